"""What the fifteenth round of blind portals (Avada, JSF/PrimeFaces, Joomla 3 blog, Laravel with
Inertia SSR) taught, each rule in markups that are none of those portals' own."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL


@pytest.mark.parametrize("cls", ["mt-5 text-lg font-medium text-slate-700", "lead", "fs-5 my-3"])
def test_a_lead_set_larger_by_its_classes_is_the_summary(cls: str) -> None:
    lead = "Sáng 19/11/2026, nhà trường long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tri ân các thế hệ thầy cô."
    html = f"""<html><head><title>{TITLE}</title></head><body><main><div class="max-w-3xl">
    <h1 class="text-3xl font-bold">{TITLE}</h1><div class="text-sm text-slate-500"><span>20/11/2026</span><span>141 lượt xem</span></div>
    <p class="{cls}">{lead}</p><div class="ck-content mt-6"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></main></body></html>"""
    record = extract_article(html, URL)
    assert record["summary"] == lead
    assert record["body"].startswith(lead)


def test_a_larger_paragraph_alone_is_no_lead() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1><span>20/11/2026</span>
    <div class="content"><p class="text-lg">{P1}</p></div></main></body></html>"""
    assert extract_article(html, URL)["summary"] is None
