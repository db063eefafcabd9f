"""Examples of the statistics (瑶海区, November 2026) that the API docs show for each report."""

from __future__ import annotations

from typing import Any

PERIOD: dict[str, Any] = {"from": "2026-11-01", "to": "2026-11-30", "district": "340102", "group": None}
COMMUNITY_STATS: dict[str, Any] = {
    "code": "340102001001",
    "name": "明光路社区",
    "county": "瑶海区",
    "town": "明光路街道",
    "lat": 31.8676,
    "lon": 117.3021,
    "stations": 1,
    "seekers": 86,
    "households": 52,
    "jobs_nearby": 41,
    "matched_seekers": 63,
    "intentions": 12,
    "hires": 9,
    "hires_stable": 6,
    "hires_flexible": 3,
    "claimable_stable": 6,
    "claimable_flexible": 3,
    "employed": 45,
    "employment_rate": 0.52,
    "zero_employment_households": 2,
    "cleared_households": 1,
    "standard_met": False,
    "unmet": ["就业率 52% 低于 70%", "零就业家庭 2 户"],
}
COMMUNITY_PAGE: dict[str, Any] = {
    "items": [COMMUNITY_STATS],
    "total": 1,
    "limit": 100,
    "offset": 0,
    "period": PERIOD,
    "standard": {"employment_rate": 0.7, "zero_households": 0, "jobs_within_km": 3, "min_jobs": 20},
    "unassigned": {
        "seekers": 14,
        "employed": 5,
        "matched_seekers": 9,
        "intentions": 1,
        "hires": 1,
        "hires_stable": 1,
        "hires_flexible": 0,
    },
}
GROUP_REPORT: dict[str, Any] = {
    "items": [
        {
            "group": "veteran",
            "boost": 0.05,
            "seekers": 40,
            "shown": 30,
            "shown_rate": 0.75,
            "applied": 12,
            "intentions": 5,
            "hired": 4,
            "hire_rate": 0.1,
            "employed": 22,
            "employment_rate": 0.55,
            "exposure_ratio": 0.94,
            "hire_ratio": 0.95,
            "employment_ratio": 1.02,
            "flagged": False,
        }
    ],
    "period": PERIOD,
}
FAIR_REPORT: dict[str, Any] = {
    "items": [
        {
            "id": 4,
            "name": "2026 春风行动·瑶海区退役军人专场招聘会",
            "kind": "special",
            "status": "held",
            "starts_on": "2026-11-15",
            "ends_on": "2026-11-15",
            "district_code": "340102",
            "employers": 36,
            "jobs": 128,
            "intentions": 45,
            "hires": 17,
        }
    ],
    "targets": [{"measure": "fairs_held", "achieved": 2, "yearly_target": 24, "period_target": 2, "progress": 1.0}],
    "period": PERIOD,
}
OVERVIEW: dict[str, Any] = {
    "seekers": 1280,
    "open_jobs": 950,
    "communities": 58,
    "communities_with_seekers": 52,
    "communities_meeting_standard": 31,
    "standard_share": 0.6,
    "matched_seekers": 870,
    "intentions": 140,
    "hires": 96,
    "hires_stable": 61,
    "hires_flexible": 35,
    "employed": 820,
    "employment_rate": 0.64,
    "zero_employment_households": 7,
    "cleared_households": 3,
    "fairs_held": 2,
    "fair_employers": 58,
    "period": PERIOD,
}
DEFINITION: dict[str, Any] = {
    "measure": "employment_rate",
    "label": "就业率",
    "text": "期末最后一天在岗的登记求职者 ÷ 登记求职者",
}
JOB_POINTS: dict[str, Any] = {"items": [{"lat": 31.865, "lon": 117.3, "jobs": 12}], "radius_km": 3}
TREND: dict[str, Any] = {
    "interval": "week",
    "points": [
        {"period": "2026-11-02", "impression": 310, "view": 104, "apply": 25, "intention": 8, "hired": 4},
        {"period": "2026-11-09", "impression": 295, "view": 99, "apply": 22, "intention": 7, "hired": 5},
    ],
    "period": PERIOD,
}
