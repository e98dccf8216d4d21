"""What the twentieth round of blind portals (a plain Django app, Express with Quill, WordPress
with GeneratePress, Liferay 7.4 display pages) taught, each rule in markups that are none of
those portals' own."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from tests.unit.extract.test_body_variants import P1, P2, TITLE, URL


def _page(head: str, content: str, after: str = "", before_title: str = "") -> str:
    return f"""<html><head><title>{TITLE}</title></head><body><article class="bai"><div class="khung">{before_title}
    <header class="dau-bai"><h1>{TITLE}</h1>{head}</header><div class="than-bai">{content}</div>{after}</div></article></body></html>"""


@pytest.mark.parametrize("label", ["Tóm tắt:", "Tóm lược :", "Nội dung tóm tắt:"])
def test_a_lead_its_label_announces_is_the_summary(label: str) -> None:
    lead = "Trong hai ngày 13 và 14/10/2026, 135 giáo viên THCS được tập huấn sử dụng các công cụ trí tuệ nhân tạo."
    head = f'<p class="small">15/10/2026</p><div class="alert"><strong>{label}</strong> {lead}</div>'
    record = extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["summary"] == lead
    assert record["body"] == f"{lead}\n\n{P1}\n\n{P2}"


def test_the_updated_time_before_the_published_one_is_not_the_date() -> None:
    head = ('<div class="meta"><time class="updated" datetime="2026-11-21T08:15:00+07:00">21/11/2026</time>'
            '<time class="entry-date published" datetime="2026-11-20T10:42:00+07:00">20/11/2026</time></div>')  # fmt: skip
    after = ('<ol class="comments"><li><article class="comment-body" itemscope itemtype="https://schema.org/Comment">'
             '<time datetime="2026-11-20T20:13:00+07:00" itemprop="datePublished">20/11/2026 lúc 20:13</time><p>Chúc mừng thầy cô!</p></article></li></ol>')  # fmt: skip
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>", after), URL)["published_at"] == "2026-11-20"


def test_a_date_labels_value_in_the_tail_of_its_box() -> None:
    head = '<div class="info"><span class="d"><span class="nhan">Ngày đăng:</span> 20/11/2026 08:30</span> <span class="u"><span class="nhan">Cập nhật:</span> 21/11/2026 15:02</span></div>'
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)["published_at"] == "2026-11-20T08:30:00+07:00"


def test_a_featured_photo_in_a_header_named_box_above_the_headline() -> None:
    above = '<div class="featured-image page-header-image-single"><img src="/up/2026/11/anh-dai-dien.jpg" width="1024" height="576" alt=""></div>'
    html = f"""<html><head><title>{TITLE}</title></head><body><article><div class="inside-article">{above}
    <header class="entry-header"><h1>{TITLE}</h1><div class="entry-meta">20/11/2026</div></header>
    <div class="entry-content"><p>{P1}</p><p>{P2}</p></div></div></article></body></html>"""
    assert [i["url"] for i in extract_article(html, URL)["images"]] == ["http://127.0.0.1:8000/up/2026/11/anh-dai-dien.jpg"]


def test_an_advert_above_the_headline_is_no_featured_photo() -> None:
    above = '<div class="qc-banner"><img src="/up/quang-cao-tuyen-sinh.jpg" width="728" height="90"></div>'
    html = f"""<html><head><title>{TITLE}</title></head><body><article><div class="inside">{above}
    <h1>{TITLE}</h1><p>20/11/2026</p><div class="entry-content"><p>{P1}</p><p>{P2}</p></div></div></article></body></html>"""
    assert extract_article(html, URL)["images"] == []


def test_field_boxes_several_wrappers_below_the_text_are_read() -> None:
    wrap = lambda inner: f'<div class="item-fragment"><div class="fragment"><div class="component">{inner}</div></div></div>'  # noqa: E731
    text = wrap(f'<div class="rich-text"><p>{P1}</p><p>{P2}</p></div>')
    fields = wrap('<p class="tac-gia">Tác giả: Đức Thành</p><p class="nguon"><em>Nguồn: Báo Hà Tĩnh</em></p>')
    html = f"""<html><head><title>{TITLE}</title></head><body><main><div class="row">{wrap(f"<h1>{TITLE}</h1>")}
    {wrap("<p>Ngày đăng: 13/11/2026</p>")}{text}{fields}</div></main></body></html>"""
    record = extract_article(html, URL)
    assert (record["authors"], record["source"]) == (["Đức Thành"], "Báo Hà Tĩnh")
    assert record["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("office", ["Bộ phận Chuyên môn", "Tổ Văn phòng"])
def test_an_office_in_the_author_field_posted_it(office: str) -> None:
    head = f'<div class="meta"><time datetime="2026-11-20">20/11/2026</time> <span class="byline">bởi <span class="author vcard"><a class="url fn n" href="/author/x/">{office}</a></span></span></div>'
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)["authors"] == [office]


def test_a_themes_entry_date_marked_updated_is_the_posts_date() -> None:
    """tagDiv's Newspaper writes the post's own date as "entry-date updated": only an "updated"
    stamp beside a published one is the last edit."""
    head = '<div class="meta"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-09T09:00:00+07:00">Tháng Mười Một 9, 2026</time></span></div>'
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)["published_at"] == "2026-11-09"


@pytest.mark.parametrize(("names", "want"), [("Phòng Kế hoạch - Tài chính", ["Phòng Kế hoạch - Tài chính"]), ("Quốc Việt - Mỹ Hạnh", ["Quốc Việt", "Mỹ Hạnh"])])
def test_an_offices_name_with_a_dash_stays_whole(names: str, want: list[str]) -> None:
    from crawler.core.bylines import parse_byline

    byline = parse_byline(f"Tác giả: {names}")
    assert byline is not None and byline.authors == want
