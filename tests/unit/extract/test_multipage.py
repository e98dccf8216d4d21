"""An article printed over several pages: the pager next to its text, in the shapes platforms
print it, and the join of a later page's text (crawler.extract.multipage)."""

from __future__ import annotations

from crawler.extract import extract_raw
from crawler.extract.multipage import join_part

PARA = "Đây là đoạn văn thứ {n} của bài viết, đủ dài để được xem là nội dung chính của trang này, có dấu chấm."


def _page(body: str, title: str = "Một bài viết dài được chia thành nhiều trang") -> str:
    paras = "".join(f"<p>{PARA.format(n=i)}</p>" for i in range(1, 5))
    return f"""<html><head><title>{title}</title></head><body>
    <div id="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
    <div class="main"><h1>{title}</h1><div class="entry">{paras}{body}</div>
    <div class="other"><h3>Tin khác</h3><ul><li><a href="/tin-tuc/bai-khac-1">Một bài khác hẳn ở đây</a></li></ul></div>
    </div></body></html>"""


def test_wordpress_nextpage_links_its_second_page_and_leaves_the_pager_out_of_the_text() -> None:
    html = _page('<div class="page-links">Trang: <span class="current">1</span> <a href="https://thpt.example.vn/bai-dai/2/">2</a> <a href="https://thpt.example.vn/bai-dai/3/">3</a></div>')
    raw = extract_raw(html, "https://thpt.example.vn/bai-dai/")
    assert raw["_next_part"] == "https://thpt.example.vn/bai-dai/2/"
    assert raw["_later_part"] is False
    assert not any("Trang:" in b.get("text", "") for b in raw["blocks"])


def test_the_middle_page_links_the_next_and_knows_it_is_a_later_page() -> None:
    html = _page('<p class="pages">Trang <a href="/bai-dai/">1</a> <b>2</b> <a href="/bai-dai/3/">3</a></p>')
    raw = extract_raw(html, "https://thpt.example.vn/bai-dai/2/")
    assert raw["_next_part"] == "https://thpt.example.vn/bai-dai/3/"
    assert raw["_later_part"] is True


def test_joomla_pagebreak_turns_pages_by_words_in_the_query() -> None:
    first = _page('<ul class="pagenav"><li><a href="/tin-tuc/12-bai-dai.html?start=1" title="Trang sau">Trang sau »</a></li></ul>')
    raw = extract_raw(first, "https://pgd.example.vn/tin-tuc/12-bai-dai.html")
    assert raw["_next_part"] == "https://pgd.example.vn/tin-tuc/12-bai-dai.html?start=1"
    assert raw["_later_part"] is False
    last = _page('<ul class="pagenav"><li><a href="/tin-tuc/12-bai-dai.html?start=0">« Trang trước</a></li></ul>')
    raw = extract_raw(last, "https://pgd.example.vn/tin-tuc/12-bai-dai.html?start=1")
    assert raw["_next_part"] is None
    assert raw["_later_part"] is True


def test_a_comment_threads_pager_turns_no_page_of_the_article() -> None:
    html = _page('<div class="comments"><p>Ý kiến bạn đọc</p><div><b>1</b> <a href="/node/5?page=1">2</a></div></div>')
    raw = extract_raw(html, "https://sgddt.example.vn/node/5")
    assert raw["_next_part"] is None and raw["_later_part"] is False


def test_a_pager_that_links_every_number_says_nothing_of_this_page() -> None:
    # a photo viewer's numbers, all linked (none printed as the current page)
    html = _page('<div class="slide-nav"><a href="?anh=1">1</a> <a href="?anh=2">2</a> <a href="?anh=3">3</a></div>')
    raw = extract_raw(html, "https://thcs.example.vn/tin/5.html")
    assert raw["_next_part"] is None and raw["_later_part"] is False


def test_numbers_that_lead_to_another_address_are_no_page_of_this_article() -> None:
    html = _page('<div class="lst">Xem thêm: <b>1</b> <a href="/tin-tuc/page/2/">2</a></div>')
    raw = extract_raw(html, "https://thcs.example.vn/tin-tuc/bai-viet-moi/")
    assert raw["_next_part"] is None


def _blocks(*texts: str) -> list[dict]:
    return [{"kind": "text", "text": t} for t in texts]


def test_join_appends_the_later_text_and_prints_the_repeated_footer_once() -> None:
    one, two, three = (PARA.format(n=n) for n in (1, 2, 3))
    footer = "Viết bởi admin vào 18-09-2026 · 541 lượt đọc"
    first = {"blocks": _blocks(one, two, footer), "attachments": []}
    part = {"blocks": [{"kind": "text", "text": "Đoạn in đậm mở trang hai", "sapo": True}, *_blocks(three, "Người viết: Nguyễn Văn Tuấn", footer)],
            "attachments": ["https://x.vn/a.pdf"], "field_authors": ["Nguyễn Văn Tuấn"]}  # fmt: skip
    assert join_part(first, part) is True
    assert [b["text"] for b in first["blocks"]] == [one, two, three, "Người viết: Nguyễn Văn Tuấn", footer]
    assert first["attachments"] == ["https://x.vn/a.pdf"]
    assert first["field_authors"] == ["Nguyễn Văn Tuấn"]


def test_join_takes_a_page_that_repeats_only_the_headline_and_its_info_lines() -> None:
    # Joomla's page break prints the headline, "Danh mục: …" and "Ngày đăng …" on every page
    head = ["Một bài viết dài được chia thành nhiều trang", "Danh mục: Hoạt động chuyên môn", "Ngày đăng Thứ tư, 11 Tháng 11 2026 08:00"]
    first = {"blocks": _blocks(*head, PARA.format(n=1), PARA.format(n=2))}
    part = {"blocks": _blocks(*head, PARA.format(n=3), PARA.format(n=4))}
    assert join_part(first, part) is True
    assert [b["text"] for b in first["blocks"]][-2:] == [PARA.format(n=3), PARA.format(n=4)]


def test_join_refuses_a_page_that_repeats_the_text() -> None:
    first = {"blocks": _blocks("Đoạn một của bài.", "Đoạn hai của bài.")}
    part = {"blocks": _blocks("Đoạn một của bài.", "Đoạn hai của bài.", "Bình luận mới")}
    assert join_part(first, part) is False
    assert len(first["blocks"]) == 2


def test_the_previous_and_next_articles_are_no_pages_of_this_one() -> None:
    # Joomla 1.5's "< Trước | Tiếp >" article navigation: another id, not a page parameter
    html = _page('<table class="pagenav"><tr><th><a href="index.php?option=com_content&amp;task=view&amp;id=56&amp;Itemid=27">&lt; Trước</a></th>'
                 '<th><a href="index.php?option=com_content&amp;task=view&amp;id=58&amp;Itemid=27">Tiếp &gt;</a></th></tr></table>')  # fmt: skip
    raw = extract_raw(html, "https://pgd.example.vn/index.php?option=com_content&task=view&id=57&Itemid=27")
    assert raw["_next_part"] is None and raw["_later_part"] is False
    # numbered article addresses ("/tin/12", "/tin/13") are two articles
    html = _page('<div class="nav"><a href="/tin/11">« Trước</a> <a href="/tin/13">Sau »</a></div>')
    raw = extract_raw(html, "https://thcs.example.vn/tin/12")
    assert raw["_next_part"] is None and raw["_later_part"] is False
