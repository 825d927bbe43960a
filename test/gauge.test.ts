import { describe, expect, it } from "vitest";
import type { Law } from "../src/data/dataset.js";
import { attachGauge, gaugeFile, payloadJson } from "../src/reply/attachments.js";
import { gaugeFileName, gaugePng, gaugeSvg, markLabel, shortTerm } from "../src/reply/gauge.js";
import { fitMessage } from "../src/reply/fit.js";
import { ATTACHMENTS_PER_MESSAGE_MAX } from "../src/reply/limits.js";
import type { MessagePayload, ReplyFile } from "../src/reply/payload.js";
import { core } from "./helpers/core.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const law = () => core().data.law;
const qi = { who: "Qi", term: { life: false as const, months: 27 } };

describe("the sentencing gauge", () => {
  it("labels a term briefly: years and months, or life", () => {
    expect(markLabel(qi)).toBe("Qi: 2 y 3 m");
    expect(shortTerm({ life: false, months: 84 })).toBe("7 y");
    expect(shortTerm({ life: false, months: 5 })).toBe("5 m");
    expect(shortTerm({ life: true })).toBe("life");
  });

  it("shows a years axis, both cited bands and the marked term", () => {
    const svg = gaugeSvg(law(), qi);
    expect(svg).toContain("5–10 years");
    expect(svg).toContain("more than 10 years or life");
    expect(svg).toContain(">life<");
    expect(svg).toContain("Qi: 2 y 3 m");
    expect(svg).toContain("years in prison");
  });

  it("takes its band numbers from the law records, not from code", () => {
    const other: Law = {
      ...law(),
      provisions: law().provisions.map((p) =>
        p.kind === "standard" ? { ...p, range: { minMonths: 36, maxMonths: 84, life: false } } : { ...p, range: { minMonths: 84, maxMonths: null, life: false } },
      ),
    };
    const svg = gaugeSvg(other);
    expect(svg).toContain("3–7 years");
    expect(svg).toContain("more than 7 years");
    expect(svg).not.toContain("5–10");
    expect(svg).not.toContain(">life<");
  });

  it("is a PNG, drawn once per term and reused", () => {
    const a = gaugePng(law(), qi);
    expect(a.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(gaugePng(law(), qi)).toBe(a);
    expect(gaugePng(law(), { term: { life: false, months: 84 } })).not.toBe(a);
  });

  it("names each picture by who and term, in characters Discord accepts", () => {
    expect(gaugeFileName(qi)).toBe("gauge-qi-27m.png");
    expect(gaugeFileName({ term: { life: true } })).toBe("gauge-term-life.png");
    expect(gaugeFileName()).toBe("gauge-ranges.png");
  });

  it("attaches as an embed image that points at the file it adds, with alt text", () => {
    const base: MessagePayload = { embeds: [{ title: "x" }], allowed_mentions: { parse: [] } };
    const p = attachGauge(base, law(), qi);
    expect(p.files?.map((f) => f.name)).toEqual(["gauge-qi-27m.png"]);
    expect(p.embeds[0]!.image?.url).toBe("attachment://gauge-qi-27m.png");
    expect(p.files![0]!.description).toMatch(/5 to 10 years.*more than 10 years or life.*Qi: 2 y 3 m/);
    expect(payloadJson(p)).toEqual({ ...base, embeds: p.embeds, attachments: [{ id: "0", filename: "gauge-qi-27m.png", description: p.files![0]!.description }] });
  });
});

describe("files in the one place that fits messages", () => {
  const file = (i: number): ReplyFile => ({ ...gaugeFile(law()), name: `f${i}.png` });

  it("keeps at most ten files", () => {
    const p = fitMessage({ embeds: [], files: Array.from({ length: 12 }, (_, i) => file(i)), allowed_mentions: { parse: [] } });
    expect(p.files).toHaveLength(ATTACHMENTS_PER_MESSAGE_MAX);
  });

  it("drops an embed image whose file the message does not carry, keeps one that it does", () => {
    const p = fitMessage({
      embeds: [{ title: "a", image: { url: "attachment://gone.png" } }, { title: "b", image: { url: "attachment://f1.png" } }],
      files: [file(1)],
      allowed_mentions: { parse: [] },
    });
    expect(p.embeds[0]!.image).toBeUndefined();
    expect(p.embeds[1]!.image?.url).toBe("attachment://f1.png");
  });
});
