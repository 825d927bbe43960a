import { describe, expect, it } from "vitest";
import { longDate, shortDate } from "../src/reply/builders.js";

const icu = (iso: string, month: "short" | "long") =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month, year: "numeric", timeZone: "UTC" });

describe("the dates replies show", () => {
  it("read as en-GB writes them", () => {
    expect(shortDate("2024-12-17")).toBe("17 Dec 2024");
    expect(longDate("2024-12-17")).toBe("17 December 2024");
    expect(shortDate("2025-09-01")).toBe("1 Sept 2025");
    expect(longDate("2025-09-01")).toBe("1 September 2025");
  });

  it("are toLocaleDateString's en-GB dates, day for day", () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(shortDate(iso)).toBe(icu(iso, "short"));
      expect(longDate(iso)).toBe(icu(iso, "long"));
    }
  });

  it("say so for a date that is not one", () => {
    expect(shortDate("2024-13-40")).toBe(icu("2024-13-40", "short"));
  });
});
