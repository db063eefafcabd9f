"""Seller or practitioner: a selling role beside a trade word (医美销售, 口腔市场专员) sells that trade."""

from __future__ import annotations

import re

SALES_WORKER = "4-01-02-01"  # 营销员: 商品与服务推广 (LABELLING.md: field and phone sales)
SALES_PROFESSIONAL = "2-06-07-02"  # 市场营销专业人员: 销售经理 and 销售总监 are its aliases
# The role words of selling, read in a title without its brackets (招聘专员（非销售）).
_SELLING = re.compile(r"销售|营销|市场(?:经理|总监|主管|专员|推广|开发|拓展)|大客户|bd")
# Roles in which a selling word names the domain, not the work: 营销中台 Java 开发, 销售数据分析, 销售客服.
_DOMAIN_ONLY = re.compile(r"(?<!市场)开发|研发|java|前端|后端|算法|数据|分析|客服")
_MANAGER = re.compile(r"经理|总监|主管|负责人|总")
# Where the first code already sells, trades or advises on money or property, the trade word is what is sold.
SELLING_CODES = ("4-01", "2-06-07", "2-06-09", "2-06-10", "2-06-11", "4-05", "4-06")
# Roles that mostly find and keep customers though the catalog lists them elsewhere (客户经理 under 客户服务管理员,
# 顾问 under consulting): the seller is one reading of them, not the first.
_CUSTOMER_ROLE = re.compile(r"客户经理|顾问")
# Roles of a business that name no trade of their own (超级经理人, 管培生, 大客户经理): what they serve or sell is
# the employer's industry (an insurer's, a bank's, a property manager's).
_BUSINESS_ROLE = re.compile(r"经理|顾问|专员|管培|储备|助理|合伙人|业务|客户|拓展|代表|主管|总监|销售|营销|渠道|bd")


def sold_by(title: str) -> tuple[str, str] | None:
    """The selling occupations a title names, the one its rank names first (销售经理: the professional);
    None where it names no selling role. `title`: lower-cased, without brackets."""
    if not _SELLING.search(title) or _DOMAIN_ONLY.search(title):
        return None
    if _MANAGER.search(title):
        return SALES_PROFESSIONAL, SALES_WORKER
    return SALES_WORKER, SALES_PROFESSIONAL


def sells_perhaps(title: str) -> bool:
    """A customer role (客户经理, 顾问) whose catalog code is not selling may still be selling. `title` as in `sold_by`."""
    return bool(_CUSTOMER_ROLE.search(title))


def business_role(title: str) -> bool:
    """The title names a business role, whose trade is the employer's industry. `title` as in `sold_by`."""
    return bool(_BUSINESS_ROLE.search(title))
