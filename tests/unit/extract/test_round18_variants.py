"""What the eighteenth round of blind portals (a vendor's ASP.NET MVC school product, Joomla 4
with Gantry, Strikingly, a React app with a JSON API) taught, each rule in markups that are none
of those portals' own."""

from __future__ import annotations

import pytest

from crawler.core.lines import is_boilerplate_line
from crawler.core.urls import canonicalize_url
from crawler.extract import extract_article
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL


def _page(head: str, content: str, after: str = "") -> str:
    return f"""<html><head><title>{TITLE}</title></head><body><div class="chi-tiet"><h1>{TITLE}</h1>
    {head}<div class="noi-dung-bai">{content}</div>{after}</div></body></html>"""


@pytest.mark.parametrize("param", ["lang=en", "lang=vi", "culture=vi-VN", "language=vietnamese"])
def test_a_language_switch_is_no_other_page(param: str) -> None:
    base = "http://127.0.0.1:8000/tin-tuc/chi-tiet/1228/toa-dam"
    assert canonicalize_url(f"{base}?{param}") == canonicalize_url(base)
    assert canonicalize_url(f"http://127.0.0.1:8000/Home/NewsDetail?id=12&{param}") == canonicalize_url("http://127.0.0.1:8000/Home/NewsDetail?id=12")


@pytest.mark.parametrize(
    "after",
    [
        '<table class="info"><tr><td>Tác giả</td><td>Nguyễn Thị Hằng</td></tr><tr><td>Nguồn</td><td>Công đoàn trường</td></tr>'
        "<tr><td>Người đăng</td><td>hangnt</td></tr></table>",
        '<div class="fields"><div class="lbl">Tác giả</div><div class="val">Nguyễn Thị Hằng</div></div>'
        '<div class="fields"><div class="lbl">Nguồn:</div><div class="val">Công đoàn trường</div></div>',
    ],
)
def test_field_boxes_after_the_text_are_its_byline(after: str) -> None:
    record = extract_article(_page("<p>20/10/2026</p>", f"<p>{P1}</p><p>{P2}</p>", after), URL)
    assert record["authors"] == ["Nguyễn Thị Hằng"]
    assert record["source"] == "Công đoàn trường"


def test_the_posts_tags_between_its_text_and_its_fields_do_not_hide_them() -> None:
    after = (
        '<ul class="post-tags"><li><a href="/tag/stem">STEM</a></li><li><a href="/tag/thcs">THCS</a></li></ul>'
        '<ul class="extra-fields"><li><span class="label">Nguồn tin: </span><span>Sở GD&amp;ĐT Nghệ An</span></li></ul>'
    )
    assert extract_article(_page("<p>10/11/2026</p>", f"<p>{P1}</p><p>{P2}</p>", after), URL)["source"] == "Sở GD&ĐT Nghệ An"


def test_a_last_edit_date_is_not_the_publication_date() -> None:
    head = ('<dl class="info"><dd>Viết bởi: Quản trị viên</dd><dd><time datetime="2026-11-25T09:12:00+07:00" itemprop="dateModified">'
            "Cập nhật lần cuối: 25/11/2026</time></dd><dd>Lượt xem: 1366</dd></dl>")  # fmt: skip
    html = _page(head, f"<p>{P1}</p><p>{P2}</p>").replace("</head>", '<meta property="article:published_time" content="2026-11-10T08:00:00+07:00"></head>')
    assert extract_article(html, URL)["published_at"].startswith("2026-11-10")


def test_justified_paragraphs_under_photos_are_text_not_captions() -> None:
    content = (
        f'<p style="text-align: justify;">{P1}</p><p style="text-align: center;"><img src="/images/a.jpg" width="800" height="533"></p>'
        f'<p style="text-align: justify;">{P2}</p><p style="text-align: center;"><img src="/images/b.jpg" width="800" height="533"></p>'
        f'<p style="text-align: justify;">{P3}</p>'
    )
    record = extract_article(_page("<p>12/11/2026</p>", content), URL)
    assert [i["caption"] for i in record["images"]] == [None, None]
    assert record["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_an_image_address_loses_its_fragment() -> None:
    content = f'<p>{P1}</p><figure><img src="/images/stem.jpg#joomlaImage://local-images/stem.jpg?width=1024&amp;height=683"><figcaption>Học sinh giới thiệu sản phẩm STEM</figcaption></figure><p>{P2}</p>'
    record = extract_article(_page("<p>12/11/2026</p>", content), URL)
    assert [i["url"] for i in record["images"]] == ["http://127.0.0.1:8000/images/stem.jpg"]


@pytest.mark.parametrize(
    "avatar",
    ['<img class="author-pic" src="https://cdn.example.vn/c_fill,h_80,w_80/avatar_ms-lan.jpg">', '<img class="avatar avatar-80 photo" src="https://secure.gravatar.com/avatar/1a2b?s=80">'],
)
def test_the_authors_avatar_is_no_article_image(avatar: str) -> None:
    head = f'<div class="post-header">{avatar}<span>Tác giả: Ms. Lan</span> <span>23 tháng 11, 2026</span></div>'
    record = extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["images"] == []


@pytest.mark.parametrize(("line", "tags"), [("#TinTuc #HoatDong", True), ("#HoatDong, #ATGT", True), ("Số 12 #TinTuc", False)])
def test_a_hashtag_line_is_tags(line: str, tags: bool) -> None:
    assert (is_boilerplate_line(line) == "tags") is tags


def test_a_byline_above_the_hashtags_is_read() -> None:
    content = f"<p>{P1}</p><p>{P2}</p><p>Tin: Nguyễn Thị Thu Hà - Ảnh: Lê Minh Quang</p><p>#HoatDong #ATGT</p>"
    record = extract_article(_page("<p>04/11/2026</p>", content), URL)
    assert (record["authors"], record["photographers"]) == (["Nguyễn Thị Thu Hà"], ["Lê Minh Quang"])
    assert record["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("cls", ["s-common-button s-action-button", "btn btn-primary", "wp-block-button__link"])
def test_a_link_drawn_as_a_button_is_no_text(cls: str) -> None:
    content = f'<p>{P1}</p><p>{P2}</p><div><a class="{cls}" href="https://forms.gle/abc">Đăng ký ngay</a></div><p>{P3}</p>'
    assert extract_article(_page("<p>04/11/2026</p>", content), URL)["body"] == f"{P1}\n\n{P2}\n\n{P3}"
