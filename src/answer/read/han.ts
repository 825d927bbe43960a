// Chinese words a claim or question uses that nothing reads: what is left of
// its Han text once the names, the lexicon's words and plain grammar are taken
// out. English words the lexicon never knows are details the article does not
// give; these are the same for Chinese, which has no spaces to find them by.
// Plain Mandarin, not the article's.

/**
 * Grammar, pronouns, measure words, numbers, hedges and the plain verbs of
 * saying and being. (Single characters only where they are grammar: "上" and
 * "外" start words such as 上海 and 外国, which must stay whole.)
 */
const GRAMMAR = [
  // longer first where one holds another
  "为什么", "为啥", "怎么样", "怎么", "什么", "多少", "多久", "是不是", "有没有", "是否", "可能", "应该", "可以", "已经", "曾经", "因为", "所以",
  "但是", "而且", "并且", "或者", "还是", "以及", "就是", "只是", "而是", "不是", "并非", "没有", "自己", "对方", "他们", "她们", "我们",
  "你们", "这个", "那个", "这些", "那些", "这篇", "那篇", "文章", "报道", "新闻", "根据", "表示", "声称", "认为", "觉得", "听说", "据说",
  "其实", "确实", "真的", "一直", "从来", "当时", "之前", "以前", "之后", "以后", "后来", "最后", "然后", "同时", "所有", "每个", "全部",
  "都是", "一个", "一名", "一位", "一家", "一份", "一起", "三个", "三名", "三人", "两个", "两人", "嫌疑人", "案件", "案子", "案例", "事情",
  "情况", "问题", "时候", "甚至", "虽然", "根本", "任何", "按照", "这类", "行为", "发生", "之便", "所谓", "赚钱", "想要", "打算", "试着",
  "规定", "包括", "方式", "部门", "简单", "争论", "看懂", "好奇", "朋友", "东西", "新闻", "群里", "帮我", "一首", "关于", "告诉", "知道", "分别",
  "受到", "得到", "来自", "时间", "多长", "真正", "正式", "看到", "讲了", "提到", "写了", "刚才", "刚刚", "最近", "有点", "一下", "说说", "可处", "可判", "个人中", "人中", "男子", "男人", "男的", "女子", "将其", "动了歪心思", "起了歪心思", "歪心思", "歪念头", "想问下", "想问一下", "请问",
  "某", "按", "靠", "讲", "里", "我", "你", "您", "刚", "换", "类", "便", "用", "做", "搞", "拿", "找", "见", "联系上", "能够", "接触", "必须", "一定", "肯定", "只能", "其中", "之一", "一些", "有些", "很多", "许多", "非常", "特别", "比较", "主动", "直接", "亲自", "仍然", "还在",
  "不仅", "不止", "不到", "不足", "不超过", "超过", "以上", "以下", "左右", "大约", "大概", "差不多", "至少", "最少", "最多", "最高", "最低",
  "的", "地", "得", "了", "着", "过", "是", "在", "被", "把", "让", "给", "和", "与", "跟", "同", "及", "或", "就", "都", "也", "还", "又",
  "才", "只", "很", "更", "最", "太", "吗", "呢", "吧", "啊", "呀", "嘛", "么", "哦", "啦", "他", "她", "它", "们", "这", "那", "哪", "谁",
  "个", "有", "没", "无", "不", "未", "非", "别", "从", "向", "往", "于", "为", "以", "由", "将", "之", "其", "所", "而", "并", "但", "若",
  "如", "要", "会", "能", "想", "说", "称", "据", "先", "再", "曾", "已", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十",
  "百", "千", "万", "几", "年", "月", "号",
];

/** The words of punishment, arrest, work and publishing the reader's Chinese cues look for (cues.ts). */
const CUED = [
  "坐牢", "入狱", "监禁", "有期徒刑", "徒刑", "刑期", "判刑", "被判", "判处", "判决", "处罚", "惩罚", "罚款", "行政", "逮捕", "抓获", "被抓",
  "抓住", "抓到", "拘留", "失业", "无业", "上班", "就职", "任职", "在职", "违法", "犯法", "犯罪", "网站", "官网", "网上", "无期", "终身",
  "政治权利", "剥夺", "国家秘密", "国家机密", "加上", "一共", "总共", "合计", "加起来", "相差", "差距", "法定", "上限", "下限", "发布",
  "发表", "刊登", "刊发", "媒体", "报纸", "星期", "礼拜", "周一", "宣布", "公布", "披露", "一样", "相同", "同样", "严重", "情节", "判", "罚", "抓",
];

/** Everything a Han text can hold that is read: the lexicon's words (`known`), cue words and grammar, longest first. */
export function hanVocabulary(known: readonly string[]): string[] {
  return [...new Set([...known, ...CUED, ...GRAMMAR])].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * The runs of two or more Han characters left when a vocabulary from
 * `hanVocabulary` is taken out of `text`: words nothing reads.
 */
export function hanResidue(text: string, vocabulary: readonly string[]): string[] {
  let rest = text.replace(/[^\p{Script=Han}]+/gu, " ");
  for (const k of vocabulary) if (rest.includes(k)) rest = rest.split(k).join(" ");
  return rest.match(/\p{Script=Han}{2,}/gu) ?? [];
}
