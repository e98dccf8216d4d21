"""Phượng Đỏ: a Substack publication run by the student-and-teacher newsroom of Trường THPT Lê Quý
Đôn (Đông Hà, Quảng Trị), served on its custom domain.

Platform
    Substack (custom domain, publication language "vi"). Every page is Substack's server-rendered
    React markup: hashed ``pencraft …-X77sOw`` class names, ``data-component-name`` on the
    editor's widgets, ``window._preloads = JSON.parse("…")`` with the page's data (the post's
    ``body_html`` included), JSON-LD with UTC timestamps, ``<time datetime="…Z">`` on cards.

URL scheme
    ``/``                                   home: hero post, three side posts, "Mới nhất" tab list,
                                            "Phổ biến" (most liked) list, "Xem tất cả" link
    ``/archive?sort=new`` / ``?sort=top``   archive: the first 12 posts server-rendered, the rest
                                            loaded on scroll from the JSON API; a GET search form
    ``/api/v1/archive?sort=new&search=&offset=12&limit=12``   the archive's next page (JSON)
    ``/s/<section>``                        section home (the newest 5 of the section, then
                                            "Xem tất cả" -> ``/s/<section>/archive?sort=new``)
    ``/p/<slug>``                           a post (newsletter, video, podcast) or a page (type "page")
    ``/p/<slug>/comments``                  the post's discussion: header and comments, no text
    ``/about``                              "Giới thiệu"
    ``/subscribe?…``                        subscribe form
    ``/feed``, ``/sitemap.xml``, ``/robots.txt``
    ``/image/fetch/<transform>/<uuid>_<w>x<h>.<ext>``   images (Substack's CDN shape, on-host)

Page templates
    post: navbar (logo, sections, "Thêm" drop-down) -> banner with the issue number and today's
    date -> ``div.post-header`` (section label, ``h1.post-title``, ``h3.subtitle``, byline block
    with avatars, names and the day "03 thg 12, 2026", like/comment buttons) ->
    ``div.available-content > div.body.markup`` (the text with Substack's widgets inside) ->
    post footer (likes, restack, share) -> "Sẵn sàng đọc thêm?" subscribe box -> "Thảo luận về
    bài viết này" (comments) -> "Bài viết khác từ Phượng Đỏ" (three cards) -> footer.

How each gold article is reached
    a1-a6, a7-a11: home and/or ``/archive?sort=new`` (the first 12 posts: 11 articles + the video);
    every article also from its section page. a12 (Hội khỏe Phù Đổng) is the 6th post of "Tin
    hoạt động": only ``/s/tin-hoat-dong/archive?sort=new`` ("Xem tất cả"), the JSON API's second
    page, the feed and the sitemap list it. a13 (Feynman) is past the archive's first 12 too: the
    section home "Góc học tập", an embedded-post card in a6, the API's second page, feed, sitemap.

Traps
    1. Infinite scroll: the archive prints 12 posts; the older ones come from
       ``/api/v1/archive?…offset=12`` (JSON). Gold: a12 and a13 are articles all the same (reached
       by the section pages, the feed, the sitemap or the API).
    2. ``/p/<slug>`` is not always an article: a page ("Liên hệ Ban biên tập", type "page", no
       date), a video post and a podcast episode share the scheme; ``/p/<slug>/comments`` prints
       the title, byline, date and long comments but no text. Gold: none of them is an article.
    3. Dates: the post prints the day only, in Substack's Vietnamese short form ("01 thg 12,
       2026"); JSON-LD ``datePublished`` and the preloads carry the UTC instant
       ("2026-11-30T18:15:00+00:00"). Gold: the instant in +07:00 ("2026-12-01T01:15:00+07:00"),
       so two posts change day against a naive UTC reading (a4, a7); a post scheduled for local
       midnight (a12: 2026-10-14T17:00Z) is the day alone "2026-10-15"; ``dateModified`` /
       ``updated_at`` ignored; cards print "4 THG 12" without a year.
    4. Widgets inside ``div.body.markup`` that print ``<p>`` text: the subscribe widget
       (``p.cta-caption`` "Cảm ơn bạn đã đọc Phượng Đỏ!…"), share buttons (``p.button-wrapper``
       "Chia sẻ"), a poll embed, an embedded-post card (another post's title and excerpt), a
       YouTube embed, a file attachment box, "Xem thêm:" lines. Gold: none of it is body.
    5. Footnotes: Substack glues the call's number to the word (``Feynman<a
       class="footnote-anchor">1</a>``). Gold: the number is dropped; the notes at the end are
       body paragraphs, without their back-link numbers.
    6. Bylines: the publication's own account ("Phượng Đỏ", "Ban biên tập Phượng Đỏ") signs in
       the header -> nobody; the real author signs at the end ("Tin: Hồ Gia Bảo (11A1) – Ảnh: Lê
       Khánh Linh (10A3)" -> [Hồ Gia Bảo], [Lê Khánh Linh]; "ThS. Đặng Văn Sơn (Tổ Toán – Tin)" ->
       [Đặng Văn Sơn]; a group alone "Nhóm phóng viên 11A4" as printed); two header bylines "A
       và B" are both authors; the ``<title>`` adds " - by X - Phượng Đỏ"; commenters are nobody.
    7. Images: ``<picture>`` with webp ``<source srcset>``, jpeg ``srcset`` widths, an
       ``a.image-link`` to the full size and a ``data-attrs`` JSON naming the S3 original
       (off-host) are one photo; the srcset URLs carry commas of their own ("w_424,c_limit,…
       424w"). Gold: the ``<img src>``; the figcaption is the caption,
       enclosing parentheses off; a figcaption "Ảnh: Võ Minh Quân" is no caption (None) but
       names the photographer. Avatars, logo, card thumbnails and og:image are not images.
    8. Sapo: Substack's subtitle (``h3.subtitle``) is the sapo (summary and first body
       paragraph); with no subtitle the meta description is Substack's automatic excerpt of the
       text (for the notice: the letterhead) -> summary null, unless a bold lead paragraph opens
       the text (a2, a10).
    9. Duplicates: share buttons link ``/p/<slug>?utm_source=substack&utm_medium=email&
       utm_content=share&action=share``; the embedded-post card links
       ``?utm_source=substack&utm_campaign=post_embed&utm_medium=web``; an edited slug
       (``/p/english-corner-ra-mat``) 301-redirects to the new one. Gold: the variants that serve
       the page are alt_paths; the redirect is not.
    10. An official notice pasted into the editor, which has no tables: the letterhead is plain
        paragraphs ("SỞ GD&ĐT QUẢNG TRỊ", "Số: 215/TB-THPTLQĐ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
        NAM", "Đông Hà, ngày 30 tháng 11 năm 2026"), "THÔNG BÁO" / "Về việc …", "Nơi nhận:" and
        the signature. Gold: none of those lines is body; the date is the letterhead's
        "2026-11-30" (the post went out on 1/12); the author is the signer Nguyễn Thị Thu Hà.
    11. Poems: a stanza is one ``<p>`` with ``<br>`` between lines. Gold: each line a paragraph.
    12. Emoji in a title ("🎉 Đội tuyển …") and in text ("… nhé! 💬") kept as printed.

Gold decisions on ambiguous points
    - ``published_at`` is the day the page prints (harmonised at merge with the house's convention,
      tests/portals/README.md: the JSON-LD instant is no time the page prints; the helper's gold
      took it, converted to Asia/Ho_Chi_Minh, whose day the printed one is).
    - Substack's subtitle is a sapo printed as its own element.
    - A pull quote (``div.pullquote``) holds words not printed elsewhere in the text: a quote
      inside the text, so a paragraph.
    - Footnote entries: their text is body, their number (a back-link) is not.
    - a8 is a reprint: "Thanh Hương" signs above "Nguồn: Báo Quảng Trị" -> authors [Thanh Hương],
      source "Báo Quảng Trị"; "Theo kế hoạch, …" inside it is text.
    - Category: the section the post is filed under, as the navbar and the post's section label
      print it.
    - Chrome not offered by Substack (visitor counter) is left out; the publication's banner line
      prints today's date; the footer prints the school's address, phone and email.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "substack_thpt"
PLATFORM = "Substack (custom domain publication, vi)"
START_PATH = "/"

PUB = "Phượng Đỏ"
PUB_FULL = "Phượng Đỏ – Bản tin học trò THPT Lê Quý Đôn"
SUBDOMAIN = "phuongdolqd"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))
LOGO = "/image/fetch/w_80,h_80,c_fill,f_auto,q_auto:good,fl_progressive:steep,g_auto/9d1f0c2e-7a44-4b1e-9f55-2c7e1b0a8d31_512x512.png"
SUBSCRIBE = "/subscribe?utm_source=navbar&utm_medium=web&simple=true"

SECTIONS = {
    "tin-hoat-dong": (184201, "Tin hoạt động", "Tin tức về các hoạt động dạy – học, phong trào Đoàn – Hội của nhà trường."),
    "guong-mat-hoc-tro": (184202, "Gương mặt học trò", "Chân dung học sinh, thầy cô tiêu biểu của trường."),
    "goc-hoc-tap": (184203, "Góc học tập", "Kinh nghiệm học tập, phương pháp ôn thi, chia sẻ từ thầy cô."),
    "van-tho-hoc-tro": (184204, "Văn – thơ học trò", "Tản văn, thơ, truyện ngắn của học sinh."),
    "phat-thanh": (184205, "Phát thanh", "Video và podcast của Ban truyền thông."),
}
NAV_MAIN = ["tin-hoat-dong", "guong-mat-hoc-tro", "goc-hoc-tap"]
NAV_MORE = ["van-tho-hoc-tro", "phat-thanh"]

PEOPLE = {
    "Phượng Đỏ": "phuongdolqd",
    "Ban biên tập Phượng Đỏ": "bbtphuongdo",
    "Trần Ngọc Hân": "ngochan",
    "Võ Minh Quân": "vominhquan",
    "Phan Thảo Nguyên": "thaonguyen12a5",
    "Lê Khánh Linh": "khanhlinh",
    "Nguyễn Hà Vy": "havy",
    "Đỗ Minh Châu": "minhchau",
    "Đoàn Bảo Ngọc": "baongocdoan",
}


# --- markup helpers for the blocks ------------------------------------------------------------


def para(t: str) -> P:
    return P(t)


def bold(t: str) -> P:
    return P(t, "b")


def head(t: str, level: int = 3) -> P:
    return P(t, f"h{level}")


def li(t: str) -> P:
    return P(t, "ul")


def oli(t: str, markup: str = "") -> P:
    return P(t, "ol" + (":" + markup if markup else ""))


def bq(t: str) -> P:
    return P(t, "bq")


def line(t: str) -> P:
    """A line after a ``<br>`` in the paragraph before it."""
    return P(t, "br")


def fnote(t: str) -> P:
    return P(t, "fn")


def pull(t: str) -> P:
    return P(t, "pull")


def mk(t: str, markup: str) -> P:
    """A paragraph whose inner markup is written out (links, emphasis, footnote calls)."""
    return P(t, "html:" + markup)


def fn_call(n: int) -> str:
    return (
        f'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
        f'id="footnote-anchor-{n}" href="#footnote-{n}" target="_self">{n}</a>'
    )


def img_path(uuid: str, w: int = 1456, size: str = "1600x1067", ext: str = "jpeg") -> str:
    return f"/image/fetch/w_{w},c_limit,f_auto,q_auto:good,fl_progressive:steep/{uuid}_{size}.{ext}"


def thumb_path(uuid: str, size: str = "1600x1067") -> str:
    return f"/image/fetch/w_320,h_213,c_fill,f_auto,q_auto:good,fl_progressive:steep,g_auto/{uuid}_{size}.jpeg"


def avatar_path(handle: str) -> str:
    seed = sum(ord(c) for c in handle) * 7919
    return f"/image/fetch/w_36,h_36,c_fill,f_auto,q_auto:good,fl_progressive:steep/{seed:08x}-5b2e-4c0d-a1f3-avatar_400x400.jpeg"


def sig(markup: str) -> Raw:
    return Raw(f"<p><em>{markup}</em></p>")


def subscribe_widget() -> Raw:
    attrs = esc(json.dumps({"url": f"https://{SUBDOMAIN}.substack.com/subscribe?", "text": "Đăng ký", "language": "vi"}, ensure_ascii=False))
    return Raw(
        f'<div class="subscription-widget-wrap-editor" data-attrs="{attrs}" data-component-name="SubscribeWidgetToDOM">'
        '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">'
        "Cảm ơn bạn đã đọc Phượng Đỏ! Đăng ký miễn phí để nhận bài viết mới và ủng hộ Ban biên tập học trò."
        '</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" '
        'name="email" placeholder="Nhập email của bạn…" tabindex="-1"><input type="submit" class="button primary" '
        'value="Đăng ký"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button">'
        "</div></div></form></div></div>"
    )


def share_button(slug: str) -> Raw:
    href = f"/p/{slug}?utm_source=substack&utm_medium=email&utm_content=share&action=share"
    attrs = esc(json.dumps({"url": f"https://{SUBDOMAIN}.substack.com{href}", "text": "Chia sẻ", "action": None, "class": None}, ensure_ascii=False))
    return Raw(
        f'<p class="button-wrapper" data-attrs="{attrs}" data-component-name="ButtonCreateButton">'
        f'<a class="button primary" href="{esc(href)}"><span>Chia sẻ</span></a></p>'
    )


def share_alt(slug: str) -> str:
    return f"/p/{slug}?utm_source=substack&utm_medium=email&utm_content=share&action=share"


def embed_alt(slug: str) -> str:
    return f"/p/{slug}?utm_source=substack&utm_campaign=post_embed&utm_medium=web"


# --- the posts ------------------------------------------------------------------------------

U = {  # image uuids
    "a1a": "3f6b2d1e-0c9a-4f1e-b7d2-8a1c55e0f101",
    "a1b": "a90e44c7-21d5-4b0f-9e3c-7d2f10b6c202",
    "a1c": "c1d2e3f4-1111-4aaa-8bbb-cover0000a1",
    "a2a": "57bd0a13-9e6f-4c21-a8d4-3b9e2f7a1303",
    "a2b": "e2c41f98-6d0b-47a5-93e1-5f0c8d2b4404",
    "a4a": "0b7e9c3d-4a1f-4e62-b5d8-c9a2e61f7505",
    "a5a": "8d3f1a2b-7c6e-4b9d-a0f5-e4c3b2a19606",
    "a5b": "f4a8b2c6-3d1e-4f7a-9b0c-d5e6f7a8b707",
    "a6c": "61e0d9c8-b7a6-4f5e-8d4c-3b2a1f0e9808",
    "a7a": "2c4e6a8b-0d1f-4a3c-b5e7-f9a1c3e5d909",
    "a7b": "9a7c5e3b-1f0d-4e2c-a4b6-d8f0a2c4e010",
    "a8a": "7e5c3a1b-9f8d-4b6a-c4e2-a0f8d6b4c111",
    "a8b": "4b2d0f8e-6c4a-4e1b-9d7f-5c3a1e9f7212",
    "a9c": "d0c1b2a3-9e8f-4d7c-8b6a-5f4e3d2c1313",
    "a10a": "1a3c5e7f-9b0d-4f2a-b4c6-e8a0c2e4f414",
    "a11a": "5e7f9a1b-3c5d-4e7f-a9b1-c3d5e7f9a515",
    "a12a": "b3d5f7a9-1c3e-4a5b-8d9f-a1c3e5f7b616",
    "a12b": "c6e8a0b2-4d6f-4b8a-9c1e-b3d5f7a9c717",
    "a13c": "e9f1a3b5-7c9d-4e1f-a3b5-c7d9e1f3a818",
    "vid": "aa11bb22-cc33-4d44-9e55-ff6677889919",
    "pod": "bb22cc33-dd44-4e55-8f66-00778899aa20",
}


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


A1 = Story(
    id=151842301,
    slug="doi-tuyen-tin-hoc-gianh-3-giai-nhat-cap-tinh",
    title="🎉 Đội tuyển Tin học giành 3 giải Nhất cấp tỉnh",
    cat="Tin hoạt động",
    published_at="2026-12-04",
    summary=(
        "Ba học sinh lớp 11A1 và 12A1 xuất sắc giành giải Nhất tại Hội thi Tin học trẻ tỉnh Quảng Trị "
        "năm 2026, góp phần đưa đội tuyển của trường xếp thứ Nhất toàn đoàn."
    ),
    sapo_outside=True,
    authors=["Hồ Gia Bảo"],
    photographers=["Lê Khánh Linh"],
    blocks=[
        para(
            "Hội thi Tin học trẻ tỉnh Quảng Trị lần thứ XXIII năm 2026 do Tỉnh đoàn phối hợp với Sở Giáo dục "
            "và Đào tạo tổ chức trong hai ngày 28 và 29/11 tại Trường Đại học Quảng Trị, thu hút 146 thí sinh "
            "đến từ 32 trường THPT trong toàn tỉnh."
        ),
        Img(img_path(U["a1a"]), "Ba thí sinh đoạt giải Nhất nhận hoa chúc mừng của Ban giám hiệu sáng 2/12",
            "Ba thí sinh đoạt giải Nhất nhận hoa chúc mừng của Ban giám hiệu sáng 2/12"),
        para(
            "Ở bảng C (THPT) – nội dung lập trình, em Trương Quốc Việt (lớp 12A1) giành giải Nhất với số điểm "
            "tuyệt đối 300/300. Hai em Nguyễn Hoàng Phúc và Lê Thị Mỹ Duyên (lớp 11A1) lần lượt giành giải "
            "Nhất ở nội dung ứng dụng tin học văn phòng và sản phẩm sáng tạo."
        ),
        subscribe_widget(),
        para(
            "Sản phẩm “Sổ tay bán trú” của Mỹ Duyên là một ứng dụng web giúp các bạn học sinh bán trú đăng ký "
            "suất ăn, báo vắng và nhận thông báo từ giáo viên quản lý. Ban giám khảo đánh giá cao tính thực "
            "tiễn và giao diện thân thiện của sản phẩm."
        ),
        head("Hai tháng ôn luyện sau giờ học"),
        para(
            "Đội tuyển được thầy Phan Văn Long, tổ Toán – Tin, bồi dưỡng từ đầu tháng 10. Các buổi ôn luyện diễn "
            "ra vào chiều thứ Ba, thứ Năm và sáng Chủ nhật tại phòng máy số 2."
        ),
        para(
            "“Điều em học được nhiều nhất không phải là thuật toán, mà là cách bình tĩnh khi chương trình chạy "
            "sai ở phút cuối”, Quốc Việt chia sẻ."
        ),
        Img(img_path(U["a1b"]), "Đội tuyển Tin học cùng thầy Phan Văn Long tại Hội thi",
            "Đội tuyển Tin học cùng thầy Phan Văn Long tại Hội thi"),
        para(
            "Với kết quả này, Trường THPT Lê Quý Đôn xếp thứ Nhất toàn đoàn; ba em đạt giải Nhất sẽ tham dự "
            "Hội thi Tin học trẻ toàn quốc dự kiến tổ chức vào tháng 7/2027."
        ),
        share_button("doi-tuyen-tin-hoc-gianh-3-giai-nhat-cap-tinh"),
        sig("Tin: Hồ Gia Bảo (11A1) – Ảnh: Lê Khánh Linh (10A3)"),
    ],
    opts={
        "utc": utc("2026-12-04T12:40:00"), "updated": utc("2026-12-04T13:02:11"), "bylines": ["Phượng Đỏ"],
        "likes": 48, "comments": [
            ("Thầy Phan Văn Long", "4 thg 12", "Chúc mừng các em! Thầy rất tự hào về sự kiên trì của cả đội trong hai tháng qua.", 12),
            ("Mẹ Mỹ Duyên", "4 thg 12", "Cảm ơn thầy cô và Ban biên tập. Con về kể chuyện ôn thi mà cả nhà đều xúc động.", 7),
            ("Nguyễn Hoàng Phúc", "5 thg 12", "Cảm ơn Phượng Đỏ đã đưa tin ạ, hẹn gặp mọi người ở vòng toàn quốc!", 5),
        ],
        "cover": U["a1a"], "share": True,
    },
)

A2 = Story(
    id=151790442,
    slug="soi-noi-hoi-thi-rung-chuong-vang-tim-hieu-ve-quan-doi",
    title="Sôi nổi Hội thi “Rung chuông vàng” tìm hiểu về Quân đội nhân dân Việt Nam",
    cat="Tin hoạt động",
    published_at="2026-12-03",
    summary=(
        "Chiều 2/12, Đoàn trường THPT Lê Quý Đôn tổ chức Hội thi “Rung chuông vàng” chào mừng 82 năm Ngày "
        "thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026) với sự tham gia của 100 học sinh khối 10 và 11."
    ),
    authors=["Trần Ngọc Hân", "Võ Minh Quân"],
    photographers=["Võ Minh Quân"],
    blocks=[
        bold(
            "Chiều 2/12, Đoàn trường THPT Lê Quý Đôn tổ chức Hội thi “Rung chuông vàng” chào mừng 82 năm Ngày "
            "thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026) với sự tham gia của 100 học sinh khối 10 và 11."
        ),
        Img(img_path(U["a2a"]), "Ảnh: Võ Minh Quân", None),
        para(
            "Mỗi chi đoàn cử 4 thí sinh tham gia. Các câu hỏi xoay quanh lịch sử hình thành và phát triển của "
            "Quân đội nhân dân Việt Nam, các chiến dịch lớn trong hai cuộc kháng chiến và truyền thống của lực "
            "lượng vũ trang tỉnh Quảng Trị."
        ),
        para(
            "Sau 25 câu hỏi, sân trường chỉ còn lại ba thí sinh. Ở câu hỏi cuối cùng về Thành cổ Quảng Trị mùa "
            "hè đỏ lửa năm 1972, em Nguyễn Khánh Vy (lớp 11A3) là người duy nhất trả lời đúng và rung được "
            "chiếc chuông vàng."
        ),
        Img(img_path(U["a2b"]), "Em Nguyễn Khánh Vy (11A3) – “người ở lại cuối cùng” của Hội thi",
            "Em Nguyễn Khánh Vy (11A3) – “người ở lại cuối cùng” của Hội thi"),
        para(
            "Xen giữa các phần thi, Ban tổ chức dành thời gian cho khán giả trả lời câu hỏi phụ và giao lưu văn "
            "nghệ với các tiết mục hát về anh bộ đội Cụ Hồ do học sinh khối 12 biểu diễn."
        ),
        para(
            "Anh Lê Văn Thành, Bí thư Đoàn trường, cho biết hội thi là hoạt động trong chuỗi chương trình "
            "giáo dục truyền thống, giúp đoàn viên hiểu và trân trọng hơn sự hy sinh của các thế hệ cha anh."
        ),
    ],
    opts={
        "utc": utc("2026-12-03T07:30:00"), "bylines": ["Trần Ngọc Hân", "Võ Minh Quân"], "likes": 36,
        "comments": [
            ("Lê Văn Thành", "3 thg 12", "Cảm ơn hai bạn phóng viên. Hẹn gặp lại ở Hội thi năm sau với khối 12 nhé!", 9),
            ("Khánh Vy 11A3", "3 thg 12", "Em vẫn run khi nhớ lại câu cuối cùng ạ 😂", 14),
            ("Hà Phương", "4 thg 12", "Không khí hôm đó vui thật sự, mong trường tổ chức thêm nhiều hoạt động như vậy.", 3),
        ],
        "cover": U["a2a"],
    },
)

A3 = Story(
    id=151702117,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="Tin hoạt động",
    published_at="2026-11-30",
    authors=["Nguyễn Thị Thu Hà"],
    blocks=[
        Raw("<p>SỞ GD&amp;ĐT QUẢNG TRỊ</p>"),
        Raw("<p><strong>TRƯỜNG THPT LÊ QUÝ ĐÔN</strong></p>"),
        Raw("<p>Số: 215/TB-THPTLQĐ</p>"),
        Raw("<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>"),
        Raw("<p><strong>Độc lập – Tự do – Hạnh phúc</strong></p>"),
        Raw("<p><em>Đông Hà, ngày 30 tháng 11 năm 2026</em></p>"),
        Raw('<h3 class="header-anchor-post">THÔNG BÁO</h3>'),
        Raw("<p><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"),
        para(
            "Căn cứ Kế hoạch số 1876/KH-SGDĐT ngày 15/11/2026 của Sở Giáo dục và Đào tạo Quảng Trị về việc "
            "kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027;"
        ),
        para("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027,"),
        para("Trường THPT Lê Quý Đôn thông báo lịch kiểm tra cuối học kỳ I như sau:"),
        head("1. Thời gian", 4),
        li("Khối 12: từ ngày 14/12/2026 đến ngày 17/12/2026."),
        li("Khối 10 và khối 11: từ ngày 18/12/2026 đến ngày 23/12/2026."),
        li("Buổi sáng bắt đầu lúc 7 giờ 15 phút; buổi chiều bắt đầu lúc 13 giờ 45 phút."),
        head("2. Hình thức", 4),
        para(
            "Theo kế hoạch, các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo đề chung của trường; các "
            "môn còn lại kiểm tra tại lớp theo thời khóa biểu, do tổ chuyên môn ra đề."
        ),
        para(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh; không mang "
            "điện thoại và tài liệu vào phòng kiểm tra."
        ),
        para(
            "Giáo viên chủ nhiệm có trách nhiệm phổ biến thông báo này đến toàn thể học sinh và cha mẹ học sinh "
            "của lớp mình phụ trách./."
        ),
        Raw("<p><strong>Nơi nhận:</strong><br>- Như trên;<br>- BGH, các tổ chuyên môn;<br>- Website, Phượng Đỏ;<br>- Lưu: VT.</p>"),
        Raw("<p><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong></p>"),
        Raw("<p><em>(Đã ký)</em></p>"),
        Raw("<p><strong>Nguyễn Thị Thu Hà</strong></p>"),
        Raw(
            '<div class="file-embed-wrapper" data-component-name="FileToDOM"><div class="file-embed-container-reader">'
            '<div class="file-embed-container-top"><img class="file-embed-thumbnail-default" '
            'src="https://substackcdn.com/image/fetch/w_48,h_48,c_fill/https%3A%2F%2Fsubstack.com%2Fimg%2Fattachment_icon.svg">'
            '<div class="file-embed-details"><div class="file-embed-details-h1">TB 215 - Lich kiem tra cuoi HKI.pdf</div>'
            '<div class="file-embed-details-h2">248KB ∙ Tệp PDF</div></div>'
            '<a class="file-embed-button wide" href="https://phuongdolqd.substack.com/api/v1/file/5c0b7f21-93a4-4d1e-b8a2-tb215.pdf">'
            '<span class="file-embed-button-text">Tải xuống</span></a></div></div></div>'
        ),
    ],
    opts={"utc": utc("2026-12-01T01:05:00"), "bylines": ["Phượng Đỏ"], "likes": 21, "comments": [], "cover": None},
)

A4 = Story(
    id=151688930,
    slug="tan-van-nhung-dem-thang-muoi-hai",
    title="Tản văn: Những đêm tháng Mười Hai",
    cat="Văn – thơ học trò",
    published_at="2026-12-01",
    summary="Có những đêm thức trắng không phải vì bài vở, mà vì những điều chưa kịp nói.",
    sapo_outside=True,
    authors=["Phan Thảo Nguyên"],
    blocks=[
        para(
            "Tháng Mười Hai ở Đông Hà bắt đầu bằng những cơn mưa dầm. Đèn đường hắt vàng lên ô cửa sổ phòng "
            "trọ, và tôi – một đứa học trò lớp 12 – vẫn ngồi đó, trước chồng đề cương chưa kịp đánh dấu."
        ),
        para(
            "Mẹ nhắn tin lúc mười một giờ: “Ngủ sớm đi con”. Tôi trả lời “Dạ”, rồi lại mở tiếp trang vở. Không "
            "phải vì tôi chăm chỉ hơn ai, mà vì sợ. Sợ kỳ thi, sợ phụ lòng, sợ cả cái ngày sẽ phải rời xa mái "
            "trường này."
        ),
        Img(img_path(U["a4a"], size="1200x800"), None, None),
        para("Có lần cô giáo dạy Văn đọc cho cả lớp nghe mấy câu thơ của Xuân Quỳnh:"),
        bq("Dữ dội và dịu êm"),
        line("Ồn ào và lặng lẽ"),
        line("Sông không hiểu nổi mình"),
        line("Sóng tìm ra tận bể"),
        para(
            "Hồi đó tôi chỉ thấy câu thơ hay. Bây giờ, vào những đêm tháng Mười Hai, tôi mới hiểu: tuổi mười "
            "tám cũng như con sóng ấy, dữ dội ở bên ngoài mà lặng lẽ ở bên trong."
        ),
        para(
            "Gần hai giờ sáng, tôi gập sách lại. Ngoài kia mưa đã tạnh. Tôi viết những dòng này để nhớ rằng "
            "mình đã từng sợ hãi, và đã từng đi qua nỗi sợ ấy cùng bạn bè, thầy cô."
        ),
        sig("Phan Thảo Nguyên (12A5)"),
    ],
    opts={
        "utc": utc("2026-11-30T18:15:00"), "bylines": ["Phan Thảo Nguyên"], "likes": 112,
        "comments": [
            ("Cô Trần Thị Mai", "1 thg 12", "Cô đọc mà thương các em lớp 12 quá. Cố lên Nguyên nhé!", 31),
            ("Minh Anh 12A5", "1 thg 12", "Đọc xong muốn khóc luôn á, đúng tâm trạng cả lớp mình mấy hôm nay.", 18),
        ],
        "cover": U["a4a"], "cover_size": "1200x800",
    },
)

A5 = Story(
    id=151604455,
    slug="nguyen-duc-huy-hoa-hoc-voi-em-la-nhung-cau-hoi",
    title="Nguyễn Đức Huy: “Hóa học với em là những câu hỏi chưa có lời đáp”",
    cat="Gương mặt học trò",
    published_at="2026-11-28",
    summary=(
        "Huy Chương Bạc Olympic Hóa học quốc tế năm 2026, cậu học trò lớp 12A2 vẫn dành mỗi buổi chiều thứ "
        "Bảy để hướng dẫn các em khối 10 làm thí nghiệm."
    ),
    sapo_outside=True,
    authors=["Lê Khánh Linh"],
    photographers=["Lê Khánh Linh"],
    blocks=[
        para(
            "Trở về từ Olympic Hóa học quốc tế (IChO) năm 2026 với tấm Huy chương Bạc, Nguyễn Đức Huy nhanh chóng "
            "trở lại nhịp học bình thường ở lớp 12A2. Phượng Đỏ đã có cuộc trò chuyện ngắn với Huy trong phòng "
            "thí nghiệm – nơi cậu gắn bó gần như mỗi ngày."
        ),
        Img(img_path(U["a5a"]), "(Huy trong phòng thí nghiệm Hóa học của trường)",
            "Huy trong phòng thí nghiệm Hóa học của trường"),
        bold("Điều gì khiến bạn chọn Hóa học?"),
        para(
            "Hồi lớp 8, em xem cô giáo làm thí nghiệm “núi lửa” với amoni đicromat. Em cứ thắc mắc mãi tại sao "
            "một chất màu cam lại biến thành đống tro xanh. Từ đó em thích đặt câu hỏi, và Hóa học luôn có câu "
            "hỏi mới cho em."
        ),
        bold("Kỷ niệm đáng nhớ nhất ở kỳ thi quốc tế?"),
        para(
            "Phần thi thực hành kéo dài năm tiếng. Em làm đổ một bình chuẩn độ ở phút thứ chín mươi và phải làm "
            "lại từ đầu. Lúc đó em nghĩ đến lời thầy dặn: sai thì làm lại, đừng hoảng. Cuối cùng em vẫn kịp."
        ),
        pull("“Sai thì làm lại, đừng hoảng” – lời thầy dặn trước kỳ thi là điều em mang theo suốt năm tiếng thực hành."),
        bold("Bạn có lời khuyên nào cho các em khối 10?"),
        para(
            "Hãy làm thí nghiệm thật nhiều và ghi chép cẩn thận. Kiến thức trong sách sẽ dễ nhớ hơn rất nhiều khi "
            "mình đã tận mắt thấy nó xảy ra."
        ),
        Img(img_path(U["a5b"]), "Huy hướng dẫn các em khối 10 chuẩn độ axit – bazơ chiều thứ Bảy",
            "Huy hướng dẫn các em khối 10 chuẩn độ axit – bazơ chiều thứ Bảy"),
        share_button("nguyen-duc-huy-hoa-hoc-voi-em-la-nhung-cau-hoi"),
        sig("Bài, ảnh: Lê Khánh Linh"),
    ],
    opts={
        "utc": utc("2026-11-28T02:00:00"), "bylines": ["Lê Khánh Linh"], "likes": 87,
        "comments": [
            ("Thầy Hoàng Minh Tâm", "28 thg 11", "Huy xứng đáng! Cảm ơn Linh đã có bài phỏng vấn rất tự nhiên.", 22),
            ("Bảo Trâm 10A2", "29 thg 11", "Anh Huy dạy tụi em chuẩn độ dễ hiểu lắm ạ ❤️", 15),
        ],
        "cover": U["a5a"], "share": True,
    },
)

A6 = Story(
    id=151522018,
    slug="5-meo-on-thi-toan-hieu-qua-giai-doan-nuoc-rut",
    title="5 mẹo ôn thi Toán hiệu quả trong giai đoạn nước rút",
    cat="Góc học tập",
    published_at="2026-11-25",
    summary=(
        "Thầy Đặng Văn Sơn, giáo viên Toán với 15 năm luyện thi, chia sẻ những thói quen nhỏ giúp học sinh "
        "lớp 12 ôn tập hiệu quả hơn trong giai đoạn nước rút."
    ),
    sapo_outside=True,
    authors=["Đặng Văn Sơn"],
    blocks=[
        mk(
            "Còn chưa đầy bảy tháng nữa là đến kỳ thi tốt nghiệp THPT năm 2027. Theo thống kê của tổ Toán, hơn "
            "60% điểm bị mất ở các bài kiểm tra thử đến từ lỗi tính toán và đọc sai đề, chứ không phải do không "
            "biết cách làm.",
            "Còn chưa đầy bảy tháng nữa là đến kỳ thi tốt nghiệp THPT năm 2027. Theo thống kê của tổ Toán, hơn "
            "60% điểm bị mất ở các bài kiểm tra thử đến từ lỗi tính toán và đọc sai đề" + fn_call(1)
            + ", chứ không phải do không biết cách làm.",
        ),
        oli(
            "Làm đề theo thời gian thật. Mỗi tuần ít nhất hai đề, bấm giờ đúng 90 phút, ngồi bàn như phòng thi.",
            "<strong>Làm đề theo thời gian thật.</strong> Mỗi tuần ít nhất hai đề, bấm giờ đúng 90 phút, ngồi bàn như phòng thi.",
        ),
        oli(
            "Lập sổ lỗi sai. Ghi lại từng câu sai, nguyên nhân và cách sửa; đọc lại sổ trước mỗi bài kiểm tra.",
            "<strong>Lập sổ lỗi sai.</strong> Ghi lại từng câu sai, nguyên nhân và cách sửa; đọc lại sổ trước mỗi bài kiểm tra.",
        ),
        oli(
            "Ôn theo chủ đề, không theo chương. Gom các dạng bài có cùng ý tưởng: cực trị, tiếp tuyến, tối ưu.",
            "<strong>Ôn theo chủ đề, không theo chương.</strong> Gom các dạng bài có cùng ý tưởng: cực trị, tiếp tuyến, tối ưu.",
        ),
        oli(
            "Giảng lại cho bạn. Nếu giải thích được cho người khác, em đã thật sự hiểu.",
            "<strong>Giảng lại cho bạn.</strong> Nếu giải thích được cho người khác, em đã thật sự hiểu" + fn_call(2) + ".",
        ),
        oli(
            "Ngủ đủ bảy tiếng. Não bộ sắp xếp lại kiến thức trong lúc ngủ; thức khuya liên tục làm giảm trí nhớ.",
            "<strong>Ngủ đủ bảy tiếng.</strong> Não bộ sắp xếp lại kiến thức trong lúc ngủ; thức khuya liên tục làm giảm trí nhớ.",
        ),
        Raw(
            '<div class="poll-embed" data-attrs="{&quot;id&quot;:90214}" data-component-name="PollToDOM">'
            '<div class="poll-container"><div class="poll-question">Bạn đang ôn Toán theo cách nào?</div>'
            '<div class="poll-options"><div class="poll-option"><span>Làm đề tổng hợp</span><span class="poll-pct">46%</span></div>'
            '<div class="poll-option"><span>Ôn theo chủ đề</span><span class="poll-pct">38%</span></div>'
            '<div class="poll-option"><span>Học nhóm</span><span class="poll-pct">16%</span></div></div>'
            '<div class="poll-footer">214 lượt bình chọn · Bình chọn đã đóng</div></div></div>'
        ),
        para(
            "Điều quan trọng nhất là sự đều đặn. Một giờ mỗi ngày trong sáu tháng có giá trị hơn nhiều so với "
            "những đêm thức trắng trước kỳ thi."
        ),
        Raw(
            '<p>Xem thêm: <a href="/p/english-corner-ra-mat">CLB Tiếng Anh ra mắt chuyên mục “English Corner”</a></p>'
        ),
        Raw("EMBED:a13"),
        sig("ThS. Đặng Văn Sơn (Tổ Toán – Tin)"),
        fnote("Số liệu tổng hợp từ ba đợt kiểm tra thử khối 12 trong tháng 10 và tháng 11/2026."),
        fnote("Đây là ý tưởng cốt lõi của phương pháp Feynman, được giới thiệu trong một số trước của Phượng Đỏ."),
    ],
    opts={
        "utc": utc("2026-11-25T09:45:00"), "bylines": ["Ban biên tập Phượng Đỏ"], "likes": 64,
        "comments": [], "cover": U["a6c"],
    },
)

A7 = Story(
    id=151433870,
    slug="hoc-sinh-le-quy-don-tri-an-thay-co-ngay-nha-giao-viet-nam",
    title="Học sinh Lê Quý Đôn tri ân thầy cô nhân Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin hoạt động",
    published_at="2026-11-20",
    authors=["Nguyễn Hà Vy"],
    blocks=[
        para(
            "Sáng 19/11, Trường THPT Lê Quý Đôn tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – "
            "20/11/2026). Tham dự buổi lễ có đại diện lãnh đạo phường Đông Hà, Ban đại diện cha mẹ học sinh, các "
            "thế hệ thầy cô giáo nghỉ hưu cùng hơn 1.300 học sinh."
        ),
        Img(img_path(U["a7a"]), "Tiết mục múa “Người thầy” của tập thể lớp 10A4",
            "Tiết mục múa “Người thầy” của tập thể lớp 10A4"),
        para(
            "Trong không khí trang trọng, thầy Võ Đình Khoa, Hiệu trưởng nhà trường, ôn lại truyền thống của "
            "ngày 20/11 và điểm lại những thành tích nổi bật của đội ngũ giáo viên trong năm học vừa qua."
        ),
        para(
            "Dịp này, 12 thầy cô giáo được nhận danh hiệu Giáo viên dạy giỏi cấp tỉnh; tập thể tổ Ngữ văn được "
            "Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong công tác bồi dưỡng học sinh giỏi."
        ),
        Raw(
            '<div id="youtube2-Xk3pL0vQ9aE" class="youtube-wrap" data-attrs="{&quot;videoId&quot;:&quot;Xk3pL0vQ9aE&quot;,'
            '&quot;startTime&quot;:null,&quot;endTime&quot;:null}" data-component-name="Youtube2ToDOM"><div class="youtube-inner">'
            '<iframe src="https://www.youtube-nocookie.com/embed/Xk3pL0vQ9aE?rel=0&amp;autoplay=0&amp;showinfo=0&amp;enablejsapi=0" '
            'frameborder="0" loading="lazy" gesture="media" allow="autoplay; fullscreen" allowautoplay="true" '
            'allowfullscreen="true" width="728" height="409"></iframe></div></div>'
        ),
        para(
            "Các chi đoàn mang đến buổi lễ những tiết mục văn nghệ do chính học sinh dàn dựng, những bó hoa tươi "
            "thắm và cả những lá thư viết tay gửi thầy cô chủ nhiệm."
        ),
        Img(img_path(U["a7b"]), None, None),
        para(
            "Buổi lễ khép lại bằng bài hát “Bụi phấn” do toàn trường cùng hát, để lại nhiều cảm xúc cho các thầy "
            "cô và học trò."
        ),
    ],
    opts={
        "utc": utc("2026-11-19T23:30:00"), "updated": utc("2026-11-21T08:12:40"), "bylines": ["Nguyễn Hà Vy"],
        "likes": 95, "comments": [], "cover": U["a7a"],
    },
)

A8 = Story(
    id=151377214,
    slug="khoi-11-trai-nghiem-thuc-te-tai-thanh-co-quang-tri",
    title="Khối 11 trải nghiệm thực tế tại Thành cổ Quảng Trị",
    cat="Tin hoạt động",
    published_at="2026-11-17",
    summary=(
        "Hơn 400 học sinh khối 11 Trường THPT Lê Quý Đôn đã có buổi học lịch sử ngoài lớp học tại Di tích "
        "quốc gia đặc biệt Thành cổ Quảng Trị."
    ),
    sapo_outside=True,
    authors=["Thanh Hương"],
    source="Báo Quảng Trị",
    blocks=[
        para(
            "Theo kế hoạch, học sinh được chia thành 11 nhóm theo lớp, mỗi nhóm có một giáo viên Lịch sử đi cùng "
            "và một hướng dẫn viên của Ban Quản lý Di tích thuyết minh tại từng điểm."
        ),
        Img(img_path(U["a8a"]), "Học sinh dâng hương tại Đài tưởng niệm trung tâm Thành cổ",
            "Học sinh dâng hương tại Đài tưởng niệm trung tâm Thành cổ"),
        para(
            "Các em đã dâng hương tại Đài tưởng niệm, tham quan Bảo tàng Thành cổ và nghe kể về 81 ngày đêm "
            "chiến đấu bảo vệ Thành cổ năm 1972. Nhiều em lặng người trước những kỷ vật, những lá thư chưa kịp "
            "gửi của các chiến sĩ."
        ),
        para(
            "Em Trần Gia Hân (lớp 11A6) chia sẻ: “Đọc trong sách giáo khoa thì biết, nhưng đứng ở đây em mới "
            "thật sự hiểu cái giá của hòa bình”."
        ),
        Img(img_path(U["a8b"]), "Hướng dẫn viên thuyết minh về trận chiến 81 ngày đêm",
            "Hướng dẫn viên thuyết minh về trận chiến 81 ngày đêm"),
        para(
            "Sau buổi trải nghiệm, mỗi nhóm hoàn thành một sản phẩm học tập dưới dạng bài thu hoạch, video ngắn "
            "hoặc tập san ảnh để báo cáo trong tiết Lịch sử tuần sau."
        ),
        Raw("<p><strong>Thanh Hương</strong></p>"),
        sig("Nguồn: Báo Quảng Trị"),
    ],
    opts={"utc": utc("2026-11-17T03:20:00"), "bylines": ["Phượng Đỏ"], "likes": 40, "comments": [], "cover": U["a8a"]},
)

A9 = Story(
    id=151290066,
    slug="clb-tieng-anh-ra-mat-english-corner",
    title="CLB Tiếng Anh ra mắt chuyên mục “English Corner”: học từ vựng qua bài hát",
    cat="Góc học tập",
    published_at="2026-11-12",
    summary="Mỗi tối thứ Sáu, Phượng Đỏ sẽ gửi đến bạn đọc một bài hát tiếng Anh cùng 10 từ vựng chọn lọc.",
    sapo_outside=True,
    authors=["Đỗ Minh Châu"],
    blocks=[
        para(
            "Sau hai tháng chuẩn bị, Câu lạc bộ Tiếng Anh (LQD English Club) chính thức ra mắt chuyên mục "
            "“English Corner” trên Phượng Đỏ. Mỗi số gồm một bài hát, phần giải nghĩa từ vựng và một câu đố nhỏ."
        ),
        para("Số đầu tiên giới thiệu bài hát “Count on Me” của Bruno Mars với các từ vựng:"),
        li("count on (somebody) – tin cậy, trông cậy vào ai"),
        li("find out – phát hiện, tìm ra"),
        li("wherever – bất cứ nơi đâu"),
        li("sail – ra khơi, đi thuyền buồm"),
        Img(img_path(U["a9c"], size="1600x900"), "Thành viên CLB Tiếng Anh thu âm số đầu tiên",
            "Thành viên CLB Tiếng Anh thu âm số đầu tiên"),
        para(
            "Câu đố tuần này: “If you ever find yourself stuck in the middle of the sea, I'll sail the world to "
            "find you.” Theo bạn, động từ “sail” trong câu này mang nghĩa đen hay nghĩa bóng?"
        ),
        para("Hãy để lại câu trả lời trong phần bình luận. Hẹn gặp các bạn vào thứ Sáu này nhé! 💬"),
        share_button("clb-tieng-anh-ra-mat-english-corner"),
    ],
    opts={
        "utc": utc("2026-11-12T14:00:00"), "bylines": ["Đỗ Minh Châu"], "likes": 58, "old_slug": "english-corner-ra-mat",
        "comments": [
            ("Quang Huy 11A7", "12 thg 11", "Nghĩa bóng ạ! Ý là sẵn sàng vượt mọi khó khăn để tìm bạn.", 11),
            ("Cô Lê Thanh Thủy", "13 thg 11", "Rất đúng, Huy! Cô mong chuyên mục duy trì đều đặn nhé các em.", 8),
        ],
        "cover": U["a9c"], "cover_size": "1600x900", "share": True,
    },
)

A10 = Story(
    id=151201533,
    slug="co-hoang-thi-bich-ngoc-20-nam-gieo-chu-tren-dat-lua",
    title="Cô Hoàng Thị Bích Ngọc và 20 năm “gieo chữ” trên đất lửa",
    cat="Gương mặt học trò",
    published_at="2026-11-05",
    summary=(
        "Hai mươi năm đứng lớp, cô Hoàng Thị Bích Ngọc, tổ trưởng tổ Ngữ văn, đã dìu dắt hàng chục học sinh "
        "đạt giải học sinh giỏi quốc gia môn Văn."
    ),
    authors=["Nhóm phóng viên 11A4"],
    blocks=[
        bold(
            "Hai mươi năm đứng lớp, cô Hoàng Thị Bích Ngọc, tổ trưởng tổ Ngữ văn, đã dìu dắt hàng chục học sinh "
            "đạt giải học sinh giỏi quốc gia môn Văn."
        ),
        para(
            "Học trò gọi cô là “cô Ngọc Văn” để phân biệt với cô Ngọc dạy Sinh. Giờ Văn của cô thường bắt đầu "
            "bằng một câu hỏi không có trong sách: “Nếu em là nhân vật này, em sẽ làm gì?”."
        ),
        Img(img_path(U["a10a"]), "Cô Hoàng Thị Bích Ngọc trong giờ dạy lớp 11A4",
            "Cô Hoàng Thị Bích Ngọc trong giờ dạy lớp 11A4"),
        para(
            "Cô về trường năm 2006, khi Quảng Trị còn nhiều khó khăn. Những năm đầu, cô đạp xe hơn mười cây số "
            "mỗi ngày để dạy thêm miễn phí cho học sinh vùng ven."
        ),
        pull("“Dạy Văn là dạy các em biết rung động trước cái đẹp và biết lên tiếng trước cái sai.”"),
        para(
            "Với cô, thành tích không phải là điều quan trọng nhất. Điều khiến cô hạnh phúc là những lá thư học "
            "trò cũ gửi về, kể rằng các em vẫn giữ thói quen đọc sách mỗi tối."
        ),
        Raw(
            '<p>Xem thêm: <a href="https://baoquangtri.vn/giao-duc/nha-giao-tam-huyet-217733.htm">'
            "Những nhà giáo tâm huyết của Quảng Trị (Báo Quảng Trị)</a></p>"
        ),
        sig("Nhóm phóng viên 11A4"),
    ],
    opts={"utc": utc("2026-11-05T08:10:00"), "bylines": ["Phượng Đỏ"], "likes": 73, "comments": [], "cover": U["a10a"]},
)

A11 = Story(
    id=151098720,
    slug="mua-phuong-cuoi",
    title="Mùa phượng cuối",
    cat="Văn – thơ học trò",
    published_at="2026-10-28",
    authors=["Đoàn Bảo Ngọc"],
    blocks=[
        Img(img_path(U["a11a"], size="1200x1600"), None, None),
        para("Tháng Mười, phượng chưa về trên sân"),
        line("Mà lòng đã nghe mùa hè rất gần"),
        line("Năm cuối cấp, bàn tay ai để lại"),
        line("Vết mực tím trên trang vở phân vân."),
        para("Ta sẽ đi, qua những mùa thi cử"),
        line("Qua cổng trường, qua cả tuổi mười tám"),
        line("Chỉ mong rằng mai này ai nhắc lại"),
        line("Vẫn còn nguyên một góc sân màu đỏ thắm."),
        para("Phượng ơi, đừng nở vội"),
        line("Để chúng mình còn được ở bên nhau…"),
        sig("Đoàn Bảo Ngọc – 12A3"),
    ],
    opts={
        "utc": utc("2026-10-28T15:45:00"), "bylines": ["Đoàn Bảo Ngọc"], "likes": 129,
        "comments": [
            ("Thảo Nguyên", "29 thg 10", "Khổ cuối làm mình nổi da gà luôn Ngọc ơi.", 20),
            ("Thầy Nguyễn Văn Hiếu", "30 thg 10", "Bài thơ có cảm xúc. Thầy góp ý nhỏ: câu 8 hơi dài, em thử lược bớt một chữ xem.", 9),
        ],
        "cover": U["a11a"], "cover_size": "1200x1600",
    },
)

A12 = Story(
    id=150874501,
    slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="Tin hoạt động",
    published_at="2026-10-15",
    summary="Hơn 600 vận động viên của 36 lớp tranh tài ở 7 môn thi đấu trong hai tuần.",
    sapo_outside=True,
    authors=["Võ Minh Quân"],
    photographers=["Võ Minh Quân"],
    blocks=[
        para(
            "Sáng 14/10, tại sân vận động nhà trường, Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 chính "
            "thức khai mạc với màn đồng diễn thể dục của 300 học sinh khối 10."
        ),
        Img(img_path(U["a12a"]), "Màn đồng diễn của học sinh khối 10 tại lễ khai mạc",
            "Màn đồng diễn của học sinh khối 10 tại lễ khai mạc"),
        para(
            "Các môn thi đấu gồm bóng đá nam, bóng chuyền nữ, cầu lông, cờ vua, điền kinh, đẩy gậy và kéo co. "
            "Kết quả hội khỏe là căn cứ để chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh Quảng Trị năm 2027."
        ),
        Img(img_path(U["a12b"]), "Trận kéo co giữa 11A2 và 11A5",
            "Trận kéo co giữa 11A2 và 11A5"),
        para("Lễ bế mạc và trao giải dự kiến diễn ra vào chiều ngày 28/10/2026."),
        sig("Tin, ảnh: Võ Minh Quân"),
    ],
    opts={"utc": utc("2026-10-14T17:00:00"), "bylines": ["Võ Minh Quân"], "likes": 17, "comments": [], "cover": U["a12a"]},
)

A13 = Story(
    id=150790338,
    slug="phuong-phap-feynman-hoc-mot-lan-nho-that-lau",
    title="Phương pháp Feynman: học một lần, nhớ thật lâu",
    cat="Góc học tập",
    published_at="2026-10-08",
    summary="Bốn bước đơn giản của nhà vật lý đoạt giải Nobel giúp bạn biến kiến thức “học thuộc” thành kiến thức “hiểu thật”.",
    sapo_outside=True,
    authors=["Đỗ Minh Châu"],
    blocks=[
        mk(
            "Richard Feynman là nhà vật lý người Mỹ, đoạt giải Nobel năm 1965, nổi tiếng với khả năng giải thích "
            "những điều phức tạp bằng ngôn ngữ đơn giản.",
            "Richard Feynman là nhà vật lý người Mỹ, đoạt giải Nobel năm 1965" + fn_call(1)
            + ", nổi tiếng với khả năng giải thích những điều phức tạp bằng ngôn ngữ đơn giản.",
        ),
        Img(img_path(U["a13c"], size="1600x900"), "Sổ tay ôn tập theo phương pháp Feynman của một bạn lớp 12A1",
            "Sổ tay ôn tập theo phương pháp Feynman của một bạn lớp 12A1"),
        head("Bước 1: Chọn một khái niệm"),
        para("Viết tên khái niệm em muốn hiểu lên đầu một trang giấy trắng, ví dụ “đạo hàm” hay “quang hợp”."),
        head("Bước 2: Giải thích như cho một em lớp 6"),
        para("Viết lời giải thích bằng ngôn ngữ đơn giản nhất, tránh thuật ngữ. Chỗ nào em phải dùng thuật ngữ, đó là chỗ em chưa hiểu."),
        head("Bước 3: Quay lại tài liệu"),
        para("Đọc lại sách giáo khoa cho những chỗ còn vướng, rồi viết lại lời giải thích."),
        head("Bước 4: Rút gọn và dùng ví dụ"),
        para("Rút lời giải thích thành vài câu ngắn kèm một ví dụ gần gũi. Nếu làm được, em đã thật sự nắm kiến thức."),
        subscribe_widget(),
        fnote("Feynman nhận giải Nobel Vật lý năm 1965 cùng Julian Schwinger và Tomonaga Shin'ichirō."),
    ],
    opts={"utc": utc("2026-10-08T04:00:00"), "bylines": ["Đỗ Minh Châu"], "likes": 26, "comments": [], "cover": U["a13c"], "cover_size": "1600x900"},
)

VIDEO = Story(
    id=151480092,
    slug="video-loi-cam-on-chua-noi-clip-tri-an-20-11",
    title="[Video] Lời cảm ơn chưa nói – clip tri ân 20/11 của khối 10",
    cat="Phát thanh",
    published_at=None,
    blocks=[
        para("Clip do Ban truyền thông khối 10 thực hiện, ghi lại những lời cảm ơn học trò chưa kịp nói với thầy cô."),
        para("Quay và dựng: nhóm Media 10A1, 10A3."),
    ],
    opts={"utc": utc("2026-11-22T13:00:00"), "bylines": ["Phượng Đỏ"], "likes": 66, "comments": [], "cover": U["vid"], "kind": "video"},
)

PODCAST = Story(
    id=150950017,
    slug="podcast-phuong-do-tap-3-ap-luc-dong-trang-lua",
    title="Podcast Phượng Đỏ – Tập 3: Áp lực đồng trang lứa",
    cat="Phát thanh",
    published_at=None,
    blocks=[
        para("Trong tập này, hai bạn dẫn Minh Châu và Gia Bảo trò chuyện với cô Nguyễn Thị Lan, giáo viên tư vấn tâm lý học đường."),
        para("Thời lượng: 24 phút. Nghe trên Substack, Spotify và Apple Podcasts."),
    ],
    opts={"utc": utc("2026-10-20T12:30:00"), "bylines": ["Đỗ Minh Châu", "Hồ Gia Bảo"], "likes": 19, "comments": [], "cover": U["pod"], "kind": "podcast"},
)

CONTACT = Story(
    id=149002113,
    slug="lien-he-ban-bien-tap",
    title="Liên hệ Ban biên tập",
    cat="",
    published_at=None,
    blocks=[
        para("Phượng Đỏ luôn chào đón bài viết, ảnh và ý kiến đóng góp của các bạn học sinh, thầy cô và cha mẹ học sinh."),
        para("Gửi bài: phuongdo.lqd@gmail.com (ghi rõ họ tên, lớp)."),
        para("Phòng Đoàn trường, tầng 1 nhà A, Trường THPT Lê Quý Đôn, 12 Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị."),
        para("Điện thoại: 0233 3852 468 (giờ hành chính)."),
    ],
    opts={"utc": utc("2025-09-01T02:00:00"), "bylines": ["Phượng Đỏ"], "likes": 0, "comments": [], "cover": None, "kind": "page"},
)

ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
FEED_POSTS = sorted([*ARTICLES, VIDEO, PODCAST], key=lambda s: s.opts["utc"], reverse=True)
ALL_POSTS = [*FEED_POSTS, CONTACT]
BY_SLUG = {s.slug: s for s in ALL_POSTS}
OLD_SLUGS = {s.opts["old_slug"]: s.slug for s in ALL_POSTS if s.opts.get("old_slug")}
SECTION_OF = {s.slug: next((k for k, v in SECTIONS.items() if v[1] == s.cat), None) for s in ALL_POSTS}
ARCHIVE_SSR = 12


# --- formatting -------------------------------------------------------------------------------


def local(story: Story) -> datetime:
    return story.opts["utc"].astimezone(ICT)


def day_long(story: Story) -> str:
    d = local(story)
    return f"{d.day:02d} thg {d.month}, {d.year}"


def day_card(story: Story) -> str:
    d = local(story)
    return f"{d.day} THG {d.month}"


def iso_z(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def iso_00(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def subtitle(story: Story) -> str | None:
    return story.summary if story.sapo_outside else None


def excerpt(story: Story) -> str:
    """Substack's automatic description: the first 150-odd characters of the text, letterhead and all."""
    words = []
    for b in story.blocks:
        if isinstance(b, P):
            words.append(b.text)
        elif isinstance(b, Raw) and b.html.startswith(("<p>", "<p><strong>", "<h3")):
            words.append(re.sub(r"<[^>]+>", " ", b.html).replace("&amp;", "&"))
    text = " ".join(" ".join(words).split())
    return text[:150].rsplit(" ", 1)[0] + "…" if len(text) > 150 else text


def description(story: Story) -> str:
    return subtitle(story) or excerpt(story)


# --- body rendering ---------------------------------------------------------------------------


def _inner(p: P) -> str:
    style = p.style
    if style.startswith("html:"):
        return style[5:]
    if style.startswith("ol:"):
        return style[3:]
    return esc(p.text)


def _figure(img: Img) -> str:
    src = img.src
    uuid_part = src.rsplit("/", 1)[1]
    base_t = "c_limit,f_webp,q_auto:good,fl_progressive:steep"
    webp = ", ".join(f"/image/fetch/w_{w},{base_t}/{uuid_part} {w}w" for w in (424, 848, 1272, 1456))
    jpg = ", ".join(
        f"/image/fetch/w_{w},c_limit,f_auto,q_auto:good,fl_progressive:steep/{uuid_part} {w}w" for w in (424, 848, 1272, 1456)
    )
    size = uuid_part.rsplit("_", 1)[1].split(".")[0]
    width, height = (int(x) for x in size.split("x"))
    attrs = esc(json.dumps({
        "src": f"https://substack-post-media.s3.amazonaws.com/public/images/{uuid_part}",
        "srcNoWatermark": None, "fullscreen": None, "imageSize": None, "height": height, "width": width,
        "resizeWidth": None, "bytes": 184233 + width, "alt": None, "title": None, "type": "image/jpeg",
        "href": None, "belowTheFold": False, "topImage": False, "internalRedirect": None, "isProcessing": False,
        "align": None, "offset": False,
    }))
    cap = f'<figcaption class="image-caption">{esc(img.printed)}</figcaption>' if img.printed else ""
    full = f"/image/fetch/f_auto,q_auto:good,fl_progressive:steep/{uuid_part}"
    return (
        '<div class="captioned-image-container"><figure>'
        f'<a class="image-link image2 is-viewable-img" target="_blank" href="{esc(full)}" data-component-name="Image2ToDOM">'
        '<div class="image2-inset"><picture>'
        f'<source type="image/webp" srcset="{esc(webp)}" sizes="100vw">'
        f'<img src="{esc(src)}" width="1456" height="{round(1456 * height / width)}" data-attrs="{attrs}" '
        f'class="sizing-normal" alt="" title="" srcset="{esc(jpg)}" sizes="100vw" loading="lazy">'
        '</picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset">'
        '<button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image">'
        '<svg role="img" width="20" height="20" viewBox="0 0 20 20"><g><title></title><path d="M2.53 7.81"></path></g></svg>'
        "</button></div></div></div></a>" + cap + "</figure></div>"
    )


def _embed(story: Story, request: Request) -> str:
    href = embed_alt(story.slug)
    data = {
        "id": story.id, "url": f"https://{SUBDOMAIN}.substack.com/p/{story.slug}", "publication_id": 2284417,
        "publication_name": PUB, "publication_logo_url": LOGO, "title": story.title,
        "truncated_body_text": excerpt(story), "date": iso_z(story.opts["utc"]),
        "like_count": story.opts["likes"], "comment_count": len(story.opts["comments"]),
        "bylines": [{"id": 3300 + i, "name": n, "handle": PEOPLE.get(n, "x")} for i, n in enumerate(story.opts["bylines"])],
        "utm_campaign": None, "belowTheFold": True, "type": "newsletter", "language": "vi",
    }
    return (
        f'<div class="embedded-post-wrap" data-attrs="{esc(json.dumps(data, ensure_ascii=False))}" data-component-name="EmbeddedPostToDOM">'
        f'<a class="embedded-post" native="true" href="{esc(href)}">'
        f'<div class="embedded-post-header"><img class="embedded-post-publication-logo" src="{LOGO}" loading="lazy">'
        f'<span class="embedded-post-publication-name">{PUB}</span></div>'
        f'<div class="embedded-post-title-wrapper"><div class="embedded-post-title">{esc(story.title)}</div></div>'
        f'<div class="embedded-post-body">{esc(excerpt(story))}</div>'
        '<div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">Đọc toàn bộ bài viết</span></div>'
        f'<div class="embedded-post-meta">{day_long(story)} · {story.opts["likes"]} lượt thích · {esc(story.opts["bylines"][0])}</div>'
        "</a></div>"
    )


def _heading(p: P, level: int) -> str:
    anchor = "".join(c if c.isalnum() else "-" for c in p.text.lower()).strip("-")[:40]
    return (
        f'<h{level} class="header-anchor-post">{esc(p.text)}'
        '<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">'
        '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">'
        f'<div id="§{esc(anchor)}" class="pencraft pc-reset header-anchor offset-top"></div>'
        '<button tabindex="0" type="button" aria-label="Link" data-href="" class="pencraft pc-reset pencraft icon-button">'
        '<svg width="18" height="18" viewBox="0 0 24 24"><path d="M10 13a5 5 0 0 0 7.54.54"></path></svg></button>'
        f"</div></div></h{level}>"
    )


def render_body(story: Story, request: Request) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    fn = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_figure(b))
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html.startswith("EMBED:"):
                out.append(_embed(BY_SLUG_ID[b.html[6:]], request))
            else:
                out.append(b.html)
            i += 1
            continue
        style = b.style
        if style in ("ul",) or style.startswith("ol"):
            tag = "ul" if style == "ul" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and (
                blocks[i].style == "ul" if tag == "ul" else blocks[i].style.startswith("ol")
            ):
                items.append(f"<li><p>{_inner(blocks[i])}</p></li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        # a paragraph and the <br> lines that follow it
        lines = [_inner(b)]
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
            lines.append(esc(blocks[j].text))
            j += 1
        inner = "<br>".join(lines)
        if style == "b":
            out.append(f"<p><strong>{inner}</strong></p>")
        elif style in ("h2", "h3", "h4"):
            out.append(_heading(b, int(style[1])))
        elif style == "bq":
            out.append(f"<blockquote><p>{inner}</p></blockquote>")
        elif style == "pull":
            out.append(f'<div class="pullquote"><p>{inner}</p></div>')
        elif style == "fn":
            fn += 1
            out.append(
                f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{fn}" '
                f'href="#footnote-anchor-{fn}" class="footnote-number" contenteditable="false" target="_self">{fn}</a>'
                f'<div class="footnote-content"><p>{inner}</p></div></div>'
            )
        else:
            out.append(f"<p>{inner}</p>")
        i = j
    return "".join(out)


BY_SLUG_ID = {"a13": A13}


# --- chrome -----------------------------------------------------------------------------------


def _abs(request: Request, path: str) -> str:
    return base_url(request) + path


def navbar(request: Request, active: str | None) -> str:
    def tab(slug: str) -> str:
        name = SECTIONS[slug][1]
        cls = " selected-cA2Ge1" if slug == active else ""
        return (
            f'<a class="pencraft pc-reset decoration-hover-underline-ClDVRM section-tab-Kq7Vd0{cls}" '
            f'href="{_abs(request, "/s/" + slug)}">{esc(name)}</a>'
        )

    more = "".join(
        f'<li role="menuitem"><a class="pencraft pc-reset menu-item-kE2d9x" href="{_abs(request, "/s/" + s)}">{esc(SECTIONS[s][1])}</a></li>'
        for s in NAV_MORE
    )
    return (
        '<div class="main-menu-content navbar-Qz8Ua1" data-testid="navbar">'
        '<div class="topbar-content pencraft pc-display-flex pc-alignItems-center pc-justifyContent-space-between pc-reset">'
        f'<a class="navbar-logo-container" href="{_abs(request, "/")}"><img class="navbar-logo" src="{LOGO}" width="40" height="40" alt=""></a>'
        f'<h1 class="navbar-title"><a class="navbar-title-link" href="{_abs(request, "/")}">{PUB}</a></h1>'
        '<div class="navbar-buttons pencraft pc-display-flex pc-gap-8 pc-reset">'
        '<button tabindex="0" type="button" aria-label="Tìm kiếm" class="pencraft pc-reset icon-button search-button-2Wq"></button>'
        f'<a class="button primary subscribe-btn-cTq2s" href="{esc(SUBSCRIBE)}">Đăng ký</a>'
        f'<a class="button sign-in-link" href="https://substack.com/sign-in?redirect=%2F&amp;for_pub={SUBDOMAIN}">Đăng nhập</a>'
        "</div></div>"
        '<div class="section-bar-tbW1oB pencraft pc-display-flex pc-gap-24 pc-reset" role="navigation">'
        f'<a class="pencraft pc-reset section-tab-Kq7Vd0{" selected-cA2Ge1" if active == "home" else ""}" href="{_abs(request, "/")}">Trang chủ</a>'
        + "".join(tab(s) for s in NAV_MAIN)
        + '<div class="dropdown-menu-wrap-F1vW" data-state="closed"><button type="button" aria-haspopup="menu" '
        'class="pencraft pc-reset section-tab-Kq7Vd0 more-tab">Thêm ▾</button>'
        f'<ul class="dropdown-menu-gh7J3s" role="menu">{more}'
        f'<li role="menuitem"><a class="menu-item-kE2d9x" href="{_abs(request, "/archive?sort=new")}">Lưu trữ</a></li>'
        f'<li role="menuitem"><a class="menu-item-kE2d9x" href="{_abs(request, "/about")}">Giới thiệu</a></li>'
        f'<li role="menuitem"><a class="menu-item-kE2d9x" href="{_abs(request, "/p/" + CONTACT.slug)}">Liên hệ</a></li>'
        "</ul></div></div></div>"
        '<div class="pub-banner-Rk4d1E pencraft pc-reset" role="note">'
        f"📰 Bản tin số 48 · {TODAY_LINE} · Tuần 14 năm học 2026 – 2027</div>"
    )


FOOTER = (
    '<div class="footer-wrap publication-footer"><div class="container"><div class="footer-terms">'
    '<span class="copyright">© 2026 CLB Báo chí – Truyền thông Trường THPT Lê Quý Đôn</span>'
    '<span class="footer-address">12 Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị · ĐT: 0233 3852 468 · '
    'Email: <a href="mailto:phuongdo.lqd@gmail.com">phuongdo.lqd@gmail.com</a></span>'
    '<a href="https://substack.com/privacy" target="_blank" rel="noopener">Quyền riêng tư</a> ∙ '
    '<a href="https://substack.com/tos" target="_blank" rel="noopener">Điều khoản</a> ∙ '
    '<a href="https://substack.com/ccpa#personal-data-collected" target="_blank" rel="noopener">Thông báo thu thập dữ liệu</a>'
    "</div>"
    '<div class="footer-social"><a href="https://www.facebook.com/thptlequydon.qt" rel="noopener">Facebook</a> · '
    '<a href="https://www.youtube.com/@phuongdolqd" rel="noopener">YouTube</a></div>'
    '<div class="footer-substack-cta"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" '
    'class="footer-substack-logo">Bắt đầu viết</a><a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;'
    'utm_content=web-footer-button">Tải ứng dụng</a></div>'
    '<div class="footer-slogan-blurb">Substack là nơi khởi nguồn của văn hoá tốt</div></div></div>'
)


def preloads_script(data: dict) -> str:
    literal = json.dumps(json.dumps(data, ensure_ascii=False)).replace("</", "<\\/")
    return f"<script>window._preloads        = JSON.parse({literal})</script>"


def pub_json(request: Request) -> dict:
    return {
        "id": 2284417, "name": PUB, "subdomain": SUBDOMAIN, "custom_domain": request.headers.get("Host", "127.0.0.1"),
        "custom_domain_optional": False, "hero_text": PUB_FULL, "logo_url": LOGO, "language": "vi",
        "author_name": "Ban biên tập Phượng Đỏ", "copyright": "CLB Báo chí – Truyền thông Trường THPT Lê Quý Đôn",
        "community_enabled": True, "invite_only": False, "payments_state": "disabled",
    }


def post_json(story: Story, request: Request, *, full: bool = False) -> dict:
    sec = SECTION_OF.get(story.slug)
    d = {
        "id": story.id, "publication_id": 2284417, "title": story.title, "social_title": story.title,
        "subtitle": subtitle(story) or "", "slug": story.slug, "post_date": iso_z(story.opts["utc"]),
        "updated_at": iso_z(story.opts.get("updated", story.opts["utc"])), "audience": "everyone",
        "type": story.opts.get("kind", "newsletter"), "canonical_url": _abs(request, "/p/" + story.slug),
        "section_id": SECTIONS[sec][0] if sec else None, "section_name": SECTIONS[sec][1] if sec else None,
        "section_slug": sec, "cover_image": (
            f"https://substack-post-media.s3.amazonaws.com/public/images/{story.opts['cover']}_{story.opts.get('cover_size', '1600x1067')}.jpeg"
            if story.opts.get("cover") else None
        ),
        "description": description(story), "truncated_body_text": excerpt(story), "wordcount": 180 + story.id % 700,
        "reactions": {"❤": story.opts["likes"]}, "comment_count": len(story.opts["comments"]),
        "write_comment_permissions": "everyone" if story.opts["comments"] else "none",
        "publishedBylines": [
            {"id": 3300 + i, "name": n, "handle": PEOPLE.get(n, "x"), "is_guest": False, "bestseller_tier": None}
            for i, n in enumerate(story.opts["bylines"])
        ],
    }
    if full:
        d["body_html"] = render_body(story, request)
    return d


def page(request: Request, title: str, main: str, *, active: str | None = None, head: str = "",
         description_text: str = PUB_FULL, preloads: dict | None = None, canonical: str | None = None) -> Response:
    data = {"isEU": False, "language": "vi", "base_url": base_url(request), "pub": pub_json(request), **(preloads or {})}
    canon = f'<link data-rh="true" rel="canonical" href="{esc(_abs(request, canonical))}">' if canonical else ""
    doc = (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">'
        f'<title data-rh="true">{esc(title)}</title>'
        f'<meta data-rh="true" name="description" content="{esc(description_text)}">'
        f'<meta data-rh="true" property="og:site_name" content="{PUB}">{canon}{head}'
        f'<link rel="alternate" type="application/rss+xml" href="{_abs(request, "/feed")}" title="{PUB}">'
        f'<link rel="icon" href="/image/fetch/f_auto,q_auto:good,fl_progressive:steep/9d1f0c2e-favicon_32x32.png">'
        '<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.6a1c0f2e9b.css">'
        '<style>:root{--web_bg_color:#fff8f2;--background_pop:#c62828;--cover_bg_color:#FFFFFF}</style>'
        '</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">'
        '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">'
        + navbar(request, active) + main + FOOTER
        + "</div></div></div>"
        + preloads_script(data)
        + '<script src="https://substackcdn.com/bundle/static/js/main.ae31f5c0.js" charset="utf-8" defer></script>'
        + "</body></html>"
    )
    return html(doc)


def byline_html(story: Story) -> str:
    names = story.opts["bylines"]
    avatars = "".join(
        f'<a href="https://substack.com/@{PEOPLE.get(n, "x")}" aria-label="{esc(n)}" class="pencraft pc-reset">'
        f'<div class="user-hover-wrapper"><img class="img-OACg1c pc-reset" src="{avatar_path(PEOPLE.get(n, "x"))}" '
        f'width="36" height="36" alt="Ảnh đại diện của {esc(n)}"></div></a>'
        for n in names
    )
    linked = " và ".join(
        f'<span data-state="closed"><a href="https://substack.com/@{PEOPLE.get(n, "x")}" '
        f'class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{esc(n)}</a></span>'
        for n in names
    )
    return (
        '<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper byline-wrapper--swap-on-mobile-Cs2Jac">'
        f'<div class="pencraft pc-display-flex pc-reset">{avatars}</div>'
        '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">'
        '<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx '
        f'weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{linked}</div>'
        '<div class="pencraft pc-display-flex pc-gap-4 pc-reset">'
        '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx '
        f'weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{day_long(story)}</div>'
        "</div></div></div>"
    )


def ufi(story: Story, request: Request) -> str:
    comments = story.opts["comments"]
    cbtn = (
        f'<a class="post-ufi-button style-button post-ufi-comment-button" href="{_abs(request, f"/p/{story.slug}/comments")}">'
        f'<span class="label">{len(comments)}</span></a>'
        if comments else ""
    )
    return (
        '<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between '
        'pc-alignItems-center flex-grow-rzmknG border-top-detail-themed-k9TZAY border-bottom-detail-themed-Ua9186 post-ufi">'
        f'<div class="like-button-container post-ufi-button style-button"><span class="label">{story.opts["likes"]}</span></div>'
        + cbtn
        + '<button class="post-ufi-button style-button restack-button" aria-label="Restack">Restack</button>'
        '<button class="post-ufi-button style-button share-button" aria-label="Chia sẻ">Chia sẻ</button></div>'
    )


def comments_html(story: Story) -> str:
    items = "".join(
        '<div class="comment" data-test="comment"><div class="comment-content">'
        f'<div class="comment-meta"><a class="commenter-name" href="https://substack.com/@reader{k}">{esc(name)}</a>'
        f'<span class="comment-date">{esc(when)}</span></div>'
        f'<div class="comment-body"><p>{esc(body)}</p></div>'
        f'<div class="comment-actions"><span class="like-count">{likes} lượt thích</span> · <span>Trả lời</span></div>'
        "</div></div>"
        for k, (name, when, body, likes) in enumerate(story.opts["comments"])
    )
    return (
        '<div class="comments-section" id="discussion"><div class="container"><h4 class="comments-heading">'
        f"Thảo luận về bài viết này</h4>{items}</div></div>"
    )


def card(story: Story, request: Request, *, big: bool = False) -> str:
    href = _abs(request, "/p/" + story.slug)
    size = story.opts.get("cover_size", "1600x1067")
    thumb = (
        f'<a href="{href}" class="image-link-Rf5z tabindex-link" tabindex="-1"><img class="post-preview-image-WvEy2e" '
        f'src="{thumb_path(story.opts["cover"], size)}" width="320" height="213" alt="" loading="lazy"></a>'
        if story.opts.get("cover") else ""
    )
    desc = subtitle(story) or excerpt(story)
    kind = story.opts.get("kind")
    badge = {"video": '<span class="post-preview-badge">▶ Video</span>', "podcast": '<span class="post-preview-badge">🎧 Podcast</span>'}.get(kind, "")
    cls = "hero-post-JGz0d5" if big else "post-preview-W3k1Hj"
    return (
        f'<div role="article" class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-24 pc-paddingBottom-24 pc-reset {cls}">'
        '<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-8 pc-reset flex-grow-rzmknG">'
        f'<a class="pencraft pc-reset color-primary-zABazT line-height-24-jnGwiv font-pub-headings-FE5byy size-17-JHHggF '
        f'weight-bold-DmI9lw reset-IxiVJZ" data-testid="post-preview-title" href="{href}">{badge}{esc(story.title)}</a>'
        f'<div class="pencraft pc-reset color-secondary-ls1g8s line-height-20-t4M0El size-15-Psle70 reset-IxiVJZ">'
        f'<a href="{href}" class="description-lnk">{esc(desc)}</a></div>'
        '<div class="pencraft pc-display-flex pc-gap-4 pc-alignItems-center pc-reset meta-EgzBVA">'
        f'<time datetime="{iso_z(story.opts["utc"])}" class="date-rtYe1v">{day_card(story)}</time>'
        f' • <span class="byline-names">{esc(" và ".join(story.opts["bylines"]))}</span></div>'
        f"</div>{thumb}</div>"
    )


def popular_box(request: Request, k: int = 5) -> str:
    top = sorted(FEED_POSTS, key=lambda s: -s.opts["likes"])[:k]
    items = "".join(
        f'<li><a class="pencraft pc-reset top-post-lnk" href="{_abs(request, "/p/" + s.slug)}">{esc(s.title)}</a>'
        f'<span class="top-post-meta">{s.opts["likes"]} ❤</span></li>'
        for s in top
    )
    return (
        '<div class="sidebar-box-pho-bien pencraft pc-reset"><h3 class="sidebar-heading-x1">Phổ biến</h3>'
        f"<ol class=\"top-posts-list\">{items}</ol>"
        '<div class="sub-count">Hơn 1.300 người đăng ký</div>'
        '<h3 class="sidebar-heading-x1">Đề xuất</h3><ul class="recommendations-list">'
        '<li><a href="https://thanhdoanquangtri.substack.com/?utm_source=homepage_recommendations">Tuổi trẻ Quảng Trị</a></li>'
        '<li><a href="https://gocsachhoctro.substack.com/?utm_source=homepage_recommendations">Góc sách học trò</a></li>'
        '<li><a href="https://baoquangtri.vn" rel="noopener">Báo Quảng Trị điện tử</a></li></ul></div>'
    )


def subscribe_footer() -> str:
    return (
        '<div class="subscribe-footer-Xh2"><h3 class="subscribe-footer-title">Sẵn sàng đọc thêm?</h3>'
        '<form class="subscription-widget-subscribe" action="/api/v1/free?nojs=true" method="post">'
        '<input type="email" name="email" placeholder="Nhập email của bạn…"><input type="hidden" name="first_url" value="">'
        '<input type="submit" class="button primary" value="Đăng ký"></form></div>'
    )


# --- pages ------------------------------------------------------------------------------------


def post_page(story: Story, request: Request) -> Response:
    kind = story.opts.get("kind", "newsletter")
    sec = SECTION_OF.get(story.slug)
    canonical = "/p/" + story.slug
    names = story.opts["bylines"]
    title_tag = f"{story.title} - by {names[0]} - {PUB}" if kind != "page" else f"{story.title} - {PUB}"
    og_img = (
        f"https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/"
        f"https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F{story.opts['cover']}_1600x1067.jpeg"
        if story.opts.get("cover") else ""
    )
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "url": _abs(request, canonical),
        "mainEntityOfPage": _abs(request, canonical), "headline": story.title, "description": description(story),
        "image": [{"@type": "ImageObject", "url": og_img}] if og_img else [],
        "datePublished": iso_00(story.opts["utc"]),
        "dateModified": iso_00(story.opts.get("updated", story.opts["utc"])), "isAccessibleForFree": True,
        "author": [{"@type": "Person", "name": n, "url": f"https://substack.com/@{PEOPLE.get(n, 'x')}"} for n in names],
        "publisher": {"@type": "Organization", "name": PUB, "url": base_url(request), "description": PUB_FULL},
    }
    head = (
        f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="{esc(story.title)}">'
        + (f'<meta data-rh="true" property="og:image" content="{esc(og_img)}">' if og_img else "")
        + f'<meta data-rh="true" name="author" content="{esc(names[0])}">'
        + '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>"
    )
    label = (
        f'<a class="pencraft pc-reset section-label-Xp1Q7c" href="{_abs(request, "/s/" + sec)}">{esc(SECTIONS[sec][1])}</a>'
        if sec else ""
    )
    sub = subtitle(story)
    sub_html = f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(sub)}</h3>' if sub else ""
    if kind == "page":
        header = f'<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{esc(story.title)}</h1></div>'
        media = ""
    else:
        header = (
            '<div class="post-header" role="region" aria-label="Post header">' + label
            + f'<h1 dir="auto" class="post-title published title-X77sOw">{esc(story.title)}</h1>' + sub_html
            + byline_html(story) + ufi(story, request) + "</div>"
        )
        media = ""
        if kind == "video":
            media = (
                '<div class="video-player-wrap" data-component-name="VideoEmbedPlayer"><video controls preload="none" '
                f'poster="{img_path(story.opts["cover"])}" src="https://substack-video.s3.amazonaws.com/video_upload/post/{story.id}/hls/master.m3u8">'
                "</video><div class=\"video-duration\">4:12</div></div>"
            )
        elif kind == "podcast":
            media = (
                '<div class="player-wrapper-outer"><div class="player-wrapper-inner"><audio controls preload="none" '
                f'src="https://api.substack.com/feed/podcast/{story.id}/a1b2c3d4.mp3"></audio>'
                '<div class="player-duration">24:08</div></div></div>'
            )
    others = [s for s in FEED_POSTS if s is not story and s.opts.get("kind") is None][:3]
    more = (
        f'<div class="more-posts-from-pub"><h3 class="more-posts-heading">Bài viết khác từ {PUB}</h3>'
        + "".join(card(s, request) for s in others) + "</div>"
    ) if kind != "page" else ""
    main = (
        '<div class="single-post-container"><div class="container"><div class="single-post">'
        f'<article class="typography newsletter-post post">{header}{media}'
        f'<div class="available-content"><div dir="auto" class="body markup">{render_body(story, request)}</div></div>'
        '<div class="visibility-check"></div>'
        + (ufi(story, request) if kind != "page" else "")
        + "</article></div></div></div>"
        + (subscribe_footer() if kind != "page" else "")
        + (comments_html(story) if story.opts["comments"] else "")
        + more
    )
    return page(
        request, title_tag, main, active=sec, head=head, description_text=description(story),
        preloads={"post": post_json(story, request, full=True), "canonicalUrl": _abs(request, canonical)},
        canonical=canonical,
    )


def comments_page(story: Story, request: Request) -> Response:
    sec = SECTION_OF.get(story.slug)
    main = (
        '<div class="single-post-container comments-page"><div class="container"><div class="post-header">'
        f'<h1 dir="auto" class="post-title published title-X77sOw"><a href="{_abs(request, "/p/" + story.slug)}">{esc(story.title)}</a></h1>'
        + (f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(subtitle(story))}</h3>' if subtitle(story) else "")
        + byline_html(story) + "</div>"
        '<div class="comments-page-sort">Sắp xếp: <span class="selected">Hàng đầu</span> · Mới nhất</div>'
        + comments_html(story) + "</div></div>"
    )
    return page(
        request, f"Bình luận - {story.title} - {PUB}", main, active=sec,
        preloads={"post": post_json(story, request), "comments_sort": "best_first"},
        canonical=f"/p/{story.slug}/comments",
    )


def home(request: Request) -> Response:
    posts = FEED_POSTS
    hero, side, latest = posts[0], posts[1:4], posts[4:8]
    main = (
        '<div class="home-page-Vt4c"><div class="container">'
        f'<div class="hero-block-JGz0d5">{card(hero, request, big=True)}'
        '<div class="hero-side-1Tb">' + "".join(card(s, request) for s in side) + "</div></div>"
        '<div class="pencraft pc-display-flex pc-gap-32 pc-reset home-columns">'
        '<div class="portable-archive-list-HX1f"><div class="tabs-home" role="tablist">'
        f'<a class="tab selected" role="tab" href="{_abs(request, "/archive?sort=new")}">Mới nhất</a>'
        f'<a class="tab" role="tab" href="{_abs(request, "/archive?sort=top")}">Phổ biến</a></div>'
        + "".join(card(s, request) for s in latest)
        + f'<div class="archive-link-wrap"><a class="button see-all-Kz" href="{_abs(request, "/archive?sort=new")}">Xem tất cả →</a></div>'
        "</div>" + popular_box(request) + "</div></div></div>"
    )
    return page(
        request, PUB_FULL, main, active="home", canonical="/",
        preloads={"posts": [post_json(s, request) for s in posts[:8]], "homepageType": "magaziney"},
    )


def _archive_list(request: Request, posts: list[Story], sort: str, search: str, base: str, section: str | None) -> str:
    form = (
        f'<form class="archive-search-form" action="{esc(base)}" method="get" role="search">'
        f'<input type="hidden" name="sort" value="{esc(sort)}">'
        f'<input type="search" name="search" value="{esc(search)}" placeholder="Tìm kiếm…" class="search-input-1Cz"></form>'
    )
    tabs = (
        f'<div class="archive-sort-tabs"><a class="tab{" selected" if sort == "new" else ""}" href="{_abs(request, base + "?sort=new")}">Mới nhất</a>'
        + ("" if section else f'<a class="tab{" selected" if sort == "top" else ""}" href="{_abs(request, base + "?sort=top")}">Phổ biến</a>')
        + "</div>"
    )
    cards = "".join(card(s, request) for s in posts) or '<div class="empty-archive">Không tìm thấy bài viết nào.</div>'
    return (
        '<div class="archive-page-container"><div class="container">'
        f'<h2 class="archive-title-Pq">{"Lưu trữ" if not section else esc(SECTIONS[section][1]) + " · Lưu trữ"}</h2>'
        + tabs + form + f'<div class="portable-archive-list" data-offset="{len(posts)}">{cards}</div>'
        '<div class="archive-loading-spinner" aria-hidden="true"></div></div></div>'
    )


def _select(sort: str, search: str, section: str | None) -> list[Story]:
    posts = [s for s in FEED_POSTS if section is None or SECTION_OF.get(s.slug) == section]
    if search:
        q = search.casefold()
        posts = [s for s in posts if q in s.title.casefold() or q in (subtitle(s) or "").casefold()]
    if sort == "top":
        posts = sorted(posts, key=lambda s: (-s.opts["likes"], -s.opts["utc"].timestamp()))
    return posts


def archive(request: Request, section: str | None = None) -> Response | None:
    params = request.params
    sort = params.get("sort", "new")
    if sort not in ("new", "top"):
        sort = "new"
    search = params.get("search", "")
    base = "/archive" if section is None else f"/s/{section}/archive"
    posts = _select(sort, search, section)[:ARCHIVE_SSR]
    return page(
        request, f"Lưu trữ - {PUB}", _archive_list(request, posts, sort, search, base, section), active=section,
        canonical=base, preloads={"posts": [post_json(s, request) for s in posts], "sort": sort, "search": search},
    )


def section_home(request: Request, section: str) -> Response:
    sid, name, desc = SECTIONS[section]
    posts = [s for s in FEED_POSTS if SECTION_OF.get(s.slug) == section]
    shown = posts[:5]
    more = (
        f'<div class="archive-link-wrap"><a class="button see-all-Kz" href="{_abs(request, f"/s/{section}/archive?sort=new")}">Xem tất cả →</a></div>'
        if len(posts) > len(shown) else ""
    )
    main = (
        '<div class="section-page-Yy3"><div class="container">'
        f'<div class="section-hero"><h2 class="section-name-Hb2">{esc(name)}</h2><div class="section-desc">{esc(desc)}</div></div>'
        '<div class="pencraft pc-display-flex pc-gap-32 pc-reset home-columns"><div class="portable-archive-list-HX1f">'
        + "".join(card(s, request, big=(k == 0)) for k, s in enumerate(shown)) + more
        + "</div>" + popular_box(request) + "</div></div></div>"
    )
    return page(
        request, f"{name} | {PUB}", main, active=section, canonical=f"/s/{section}", description_text=desc,
        preloads={"section": {"id": sid, "name": name, "slug": section}, "posts": [post_json(s, request) for s in shown]},
    )


ABOUT_PEOPLE = [
    ("Trần Thị Mai", "Giáo viên Ngữ văn, phụ trách CLB Báo chí"),
    ("Đỗ Minh Châu", "Trưởng ban biên tập, lớp 12A1"),
    ("Võ Minh Quân", "Phóng viên ảnh, lớp 11A2"),
    ("Lê Khánh Linh", "Phóng viên, lớp 10A3"),
]


def about(request: Request) -> Response:
    people = "".join(
        f'<div class="contributor-Wz"><img src="{avatar_path(n)}" width="36" height="36" alt="">'
        f'<div><div class="contributor-name">{esc(n)}</div><div class="contributor-bio">{esc(r)}</div></div></div>'
        for n, r in ABOUT_PEOPLE
    )
    main = (
        '<div class="about-page"><div class="container"><div class="content-about">'
        f"<h1 class=\"about-title\">Giới thiệu {PUB}</h1><div class=\"body markup\">"
        "<p>Phượng Đỏ là bản tin của Câu lạc bộ Báo chí – Truyền thông Trường THPT Lê Quý Đôn, thành lập năm 2021. "
        "Toàn bộ bài viết, hình ảnh và podcast do học sinh thực hiện dưới sự hướng dẫn của thầy cô.</p>"
        "<p>Bản tin phát hành miễn phí vào tối thứ Sáu hằng tuần, gồm các chuyên mục Tin hoạt động, Gương mặt học trò, "
        "Góc học tập, Văn – thơ học trò và Phát thanh.</p></div>"
        f'<h3 class="contributors-heading">Những người viết</h3><div class="contributors-list">{people}</div>'
        f'<a class="button primary" href="{esc(SUBSCRIBE)}">Đăng ký nhận bản tin</a></div></div></div>'
    )
    return page(request, f"Giới thiệu - {PUB}", main, canonical="/about")


def subscribe(request: Request) -> Response:
    main = (
        '<div class="subscribe-page-Kq"><div class="container">'
        f'<img src="{LOGO}" width="80" height="80" alt=""><h1>{PUB}</h1><p class="subscribe-hero">{esc(PUB_FULL)}</p>'
        '<form class="subscription-widget-subscribe" action="/api/v1/free?nojs=true" method="post">'
        '<input type="email" name="email" placeholder="Nhập email của bạn…"><input type="submit" class="button primary" value="Đăng ký"></form>'
        f'<a class="no-thanks" href="{_abs(request, "/")}">Để sau</a></div></div>'
    )
    return page(request, f"Đăng ký - {PUB}", main, canonical="/subscribe")


def api_archive(request: Request) -> Response:
    params = request.params
    try:
        offset = max(0, int(params.get("offset", "0") or 0))
        limit = max(1, min(50, int(params.get("limit", "12") or 12)))
    except ValueError:
        return Response(400, b'{"error":"Bad request"}', {"Content-Type": "application/json"})
    sort = params.get("sort", "new")
    posts = _select("top" if sort == "top" else "new", params.get("search", ""), None)[offset:offset + limit]
    body = json.dumps([post_json(s, request) for s in posts], ensure_ascii=False)
    return Response(200, body.encode("utf-8"), {"Content-Type": "application/json; charset=utf-8"})


def feed(request: Request) -> Response:
    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><description><![CDATA[{description(s)}]]></description>"
        f"<link>{_abs(request, '/p/' + s.slug)}</link><guid isPermaLink=\"false\">{_abs(request, '/p/' + s.slug)}</guid>"
        f"<dc:creator><![CDATA[{' và '.join(s.opts['bylines'])}]]></dc:creator>"
        f"<pubDate>{s.opts['utc'].strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
        f"<content:encoded><![CDATA[{render_body(s, request)}]]></content:encoded></item>"
        for s in FEED_POSTS
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
        f"<channel><title><![CDATA[{PUB}]]></title><description><![CDATA[{PUB_FULL}]]></description>"
        f"<link>{base_url(request)}</link><generator>Substack</generator><language><![CDATA[vi]]></language>"
        f"<lastBuildDate>Sat, 05 Dec 2026 01:00:00 GMT</lastBuildDate>{items}</channel></rss>"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/xml; charset=utf-8"})


def sitemap(request: Request) -> Response:
    urls = ["/", "/archive", "/about", *(f"/s/{k}" for k in SECTIONS), *(f"/p/{s.slug}" for s in ALL_POSTS)]
    body = "".join(f"<url><loc>{_abs(request, u)}</loc><changefreq>daily</changefreq></url>" for u in urls)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/xml; charset=utf-8"})


def robots(request: Request) -> Response:
    txt = (
        "User-agent: *\nDisallow: /action/\nDisallow: /publish\nDisallow: /sign-in\nDisallow: /api/v1/*/comments\n\n"
        f"Sitemap: {_abs(request, '/sitemap.xml')}\n"
    )
    return Response(200, txt.encode(), {"Content-Type": "text/plain; charset=utf-8"})


class SubstackSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/image/fetch/"):
            return static_file(path)
        if path == "/":
            return home(request)
        if path == "/archive":
            return archive(request)
        if path == "/api/v1/archive":
            return api_archive(request)
        if path == "/about":
            return about(request)
        if path == "/subscribe":
            return subscribe(request)
        if path == "/feed":
            return feed(request)
        if path == "/sitemap.xml":
            return sitemap(request)
        if path == "/robots.txt":
            return robots(request)
        parts = path.strip("/").split("/")
        if parts[0] == "s" and len(parts) in (2, 3) and parts[1] in SECTIONS:
            if len(parts) == 2:
                return section_home(request, parts[1])
            if parts[2] == "archive":
                return archive(request, parts[1])
            return None
        if parts[0] == "p" and len(parts) in (2, 3):
            slug = parts[1]
            if slug in OLD_SLUGS and len(parts) == 2:
                return redirect(f"/p/{OLD_SLUGS[slug]}" + (f"?{request.query}" if request.query else ""), 301)
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if len(parts) == 2:
                return post_page(story, request)
            if parts[2] == "comments" and story.opts["comments"]:
                return comments_page(story, request)
        return None


def build_site() -> SubstackSite:
    return SubstackSite()


def _record(story: Story, *, share: bool = False, embed: bool = False) -> dict:
    path = f"/p/{story.slug}"
    alts = []
    if share:
        alts.append(share_alt(story.slug))
    if embed:
        alts.append(embed_alt(story.slug))
    return gold_record(story, path, story.cat, canonical_path=path, alt_paths=alts)


GOLD = [_record(s, share=bool(s.opts.get("share")), embed=(s is A13)) for s in ARTICLES]

NON_ARTICLES = [
    "/about",
    f"/p/{CONTACT.slug}",
    f"/p/{VIDEO.slug}",
    f"/p/{PODCAST.slug}",
    f"/p/{A2.slug}/comments",
]
