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


def _page(content: str) -> str:
    return f"""<html><head><title>{TITLE}</title></head><body><div class="main"><h1>{TITLE}</h1>
    <p class="date">20/11/2026</p><div class="article-body">{content}</div></div></body></html>"""


def test_joomlas_caption_plugin_shows_the_images_title_under_it() -> None:
    # (the page loads Joomla 3's caption.js, as its article view does; Joomla 4 loads none)
    script = '<script src="/media/system/js/caption.js"></script>'
    img = '<p><img class="caption" src="/images/a.jpg" title="Học sinh lớp 8/5 trong tiết học Ngữ văn" alt=""></p>'
    record = extract_article(_page(f"{script}<p>{P1}</p>{img}<p>{P2}</p>"), URL)
    assert record["images"] == [{"url": "http://127.0.0.1:8000/images/a.jpg", "caption": "Học sinh lớp 8/5 trong tiết học Ngữ văn"}]
    assert "tiết học Ngữ văn" not in record["body"]


def test_a_caption_box_already_rendered_is_read_once() -> None:
    box = ('<div class="img_caption left"><img class="caption" src="/images/a.jpg" title="Học sinh lớp 8/5 trong tiết học" alt="">'
           '<p class="img_caption">Học sinh lớp 8/5 trong tiết học</p></div>')  # fmt: skip
    record = extract_article(_page(f"<p>{P1}</p>{box}<p>{P2}</p>"), URL)
    assert [i["caption"] for i in record["images"]] == ["Học sinh lớp 8/5 trong tiết học"]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_an_images_title_alone_is_a_tooltip() -> None:
    img = '<p><img src="/images/a.jpg" title="Học sinh lớp 8/5 trong tiết học" alt=""></p>'
    record = extract_article(_page(f"<p>{P1}</p>{img}<p>{P2}</p>"), URL)
    assert [i["caption"] for i in record["images"]] == [None]


def test_a_right_aligned_name_under_the_last_photo_signs_on_a_page_of_plain_captions() -> None:
    content = (
        f'<p>{P1}</p><p style="text-align:center"><img src="/i/1.jpg"></p><p>Đại diện Liên đội tặng hoa chúc mừng thầy cô</p>'
        f'<p>{P2}</p><p style="text-align:center"><img src="/i/2.jpg"></p><p style="text-align: right;"><em>Nguyễn Thị Minh Nguyệt</em></p>'
    )
    record = extract_article(_page(content), URL)
    assert record["authors"] == ["Nguyễn Thị Minh Nguyệt"]
    assert record["images"][-1]["caption"] is None


def test_a_date_line_with_the_tool_bars_labels_is_no_text() -> None:
    content = f'<p>Ngày cập nhật: 14/11/2026 09:20 <a href="#">In bài</a> <a href="#">A+</a> <a href="#">Chia sẻ</a></p><p>{P1}</p><p>{P2}</p>'
    assert extract_article(_page(content), URL)["body"] == f"{P1}\n\n{P2}"


def test_avadas_text_modules_are_one_text() -> None:
    content = (
        f'<div class="fusion-column-wrapper"><div class="fusion-text fusion-text-1"><p>{P1}</p></div>'
        '<div class="fusion-image-element"><span class="fusion-imageframe"><img src="/i/1.jpg"></span></div>'
        f'<div class="fusion-text fusion-text-2"><p>{P2}</p><p>{P3}</p></div></div>'
    )
    assert extract_article(_page(content), URL)["body"] == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize("wrappers", [1, 3, 4])
def test_a_featured_photo_beside_a_builders_nested_text_section_leads_it(wrappers: int) -> None:
    """The featured photo sits beside the builder's whole text section, the text several
    single-child wrappers (row > column > wrapper) down: those wrappers are no levels apart."""
    opened = "".join(f'<div class="row-{n}">' for n in range(wrappers))
    closed = "</div>" * wrappers
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="single-layout">
    <h1 class="post-heading">{TITLE}</h1><div class="post-meta-line">Đăng ngày 17/11/2026</div>
    <div class="entry-featured"><ul class="photo-set"><li><img src="/up/2026/11/hero.jpg" width="1024" height="576"></li></ul></div>
    <div class="builder-text">{opened}<div class="txt"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{closed}</div>
    </div></body></html>"""
    record = extract_article(html, URL)
    assert [i["url"] for i in record["images"]] == ["http://127.0.0.1:8000/up/2026/11/hero.jpg"]
    assert record["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_caption_box_titled_with_the_files_name_gives_its_next_line() -> None:
    box = ('<figure class="pic-frame"><img src="/up/z6021458813365_4b1f.jpg"><div class="pic-caption">'
           '<h3 class="pic-caption-head">z6021458813365_4b1f</h3><p class="pic-caption-line">Quang cảnh hội thảo khoa học</p></div></figure>')  # fmt: skip
    record = extract_article(_page(f"<p>{P1}</p>{box}<p>{P2}</p>"), URL)
    assert [i["caption"] for i in record["images"]] == ["Quang cảnh hội thảo khoa học"]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_file_name_line_under_a_photo_leaves_the_next_paragraph_in_the_text() -> None:
    content = f'<p>{P1}</p><p><img src="/up/a.jpg"></p><p style="text-align:center">IMG_2034.jpg</p><p>{P2}</p>'
    record = extract_article(_page(content), URL)
    assert [i["caption"] for i in record["images"]] == [None]
    assert record["body"] == f"{P1}\n\n{P2}"
