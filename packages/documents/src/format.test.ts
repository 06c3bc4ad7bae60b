import { describe, expect, it } from "vitest";
import { formatCnDate, formatCnDateTime, formatYuan } from "./format";

describe("printed dates and money", () => {
  it("R-INT-5 shows instants in Asia/Shanghai and calendar days as they are", () => {
    expect(formatCnDateTime("2026-03-02T02:05:00.000Z")).toBe("2026年3月2日 10:05");
    expect(formatCnDateTime("2026-03-01T16:30:00Z")).toBe("2026年3月2日 00:30");
    expect(formatCnDate("2026-03-09")).toBe("2026年3月9日");
    expect(formatCnDate("2026-12-31T17:00:00Z")).toBe("2027年1月1日");
    expect(formatYuan(500)).toBe("5.00 元");
  });
});
