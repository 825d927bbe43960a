// Discord's documented limits, named once. Everything a door sends passes
// through fit.ts, which enforces them.
export const MESSAGE_CONTENT_MAX = 2000;
export const EMBEDS_PER_MESSAGE_MAX = 10;
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_TEXT_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/** title + description + field names and values + footer + author, over all embeds */
export const EMBED_TOTAL_MAX = 6000;

/** files sent with one message, and each one's alt text */
export const ATTACHMENTS_PER_MESSAGE_MAX = 10;
export const ATTACHMENT_DESCRIPTION_MAX = 1024;

export const ACTION_ROWS_MAX = 5;
export const BUTTONS_PER_ROW_MAX = 5;
export const BUTTON_LABEL_MAX = 80;
export const CUSTOM_ID_MAX = 100;
export const SELECT_OPTIONS_MAX = 25;
export const SELECT_OPTION_LABEL_MAX = 100;
export const SELECT_OPTION_VALUE_MAX = 100;
export const SELECT_OPTION_DESCRIPTION_MAX = 100;
export const SELECT_PLACEHOLDER_MAX = 150;

export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MIN = 1;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;

export const COMMAND_NAME_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 100;
export const STRING_OPTION_MAX_LENGTH = 6000;

/** Message flag: only the invoking user sees the reply. */
export const EPHEMERAL_FLAG = 64;
