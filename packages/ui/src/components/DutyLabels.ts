/** 干部接待值班 (R-RUL-2): the periods of a day and the usual positions of village two-committee cadres. */

export const DUTY_PERIODS = ["morning", "afternoon", "evening"] as const;
export type DutyPeriod = (typeof DUTY_PERIODS)[number];

export const DUTY_PERIOD_LABELS: Record<DutyPeriod, string> = { morning: "上午", afternoon: "下午", evening: "晚上" };

export const CADRE_POSITIONS = ["村党支部书记", "村委会主任", "村党支部副书记", "村委会副主任", "村委委员", "村务监督委员会主任", "社区党支部书记", "社区居委会主任"] as const;
