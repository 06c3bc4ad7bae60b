import { describe, expect, it } from "vitest";
import { stationName } from "./station";

describe("station naming (R-ORG-3)", () => {
  it("R-ORG-3 the station name is derived from district, township and village names", () => {
    expect(stationName({ districtName: "二七区", townshipName: "侯寨乡", villageName: "樱桃沟村" })).toBe("二七区侯寨乡樱桃沟村便民服务代办站");
    expect(stationName({ districtName: "中原区", townshipName: "须水街道", villageName: "西岗社区" })).toBe("中原区须水街道西岗社区便民服务代办站");
  });

  it("R-ORG-3 a missing part is refused, naming it", () => {
    expect(() => stationName({ districtName: "二七区", townshipName: " ", villageName: "樱桃沟村" })).toThrow("乡镇（街道）名称不能为空，无法生成代办站名称");
  });
});
