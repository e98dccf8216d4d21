"""Trường Mầm non Hoa Sen (phường Hạc Thành, Thanh Hóa): a Next.js 14 App Router site a parent wrote.

Platform
--------
The school's site was rebuilt in October 2026 by a parent (a web developer, "bố bé Bảo An, lớp
Lá 2") as a Next.js 14 App Router app on top of a Supabase table of posts edited with a TipTap
editor; the old WordPress site's posts (up to 21/10/2026) were imported with their WordPress
HTML. Every page is React Server Components output: the HTML, then the same data again in
``self.__next_f.push([1,"…"])`` flight-data scripts (strings with ``\\u003c`` escapes), next/image
``<img srcSet="/_next/image?url=…&w=…&q=75 1x, …">``, CSS-module class names
(``BaiViet_noiDung__x7Kq2``) next to Tailwind utilities.

URL scheme
----------
- ``/`` home: pinned block ("Tin nổi bật", the admin's rich text), latest five posts, boxes
  "Hoạt động của bé" and "Thông báo", album and video teasers, sidebar.
- ``/tin-tuc`` the list of all posts, six a page; pages 2+ at ``/tin-tuc/page/N`` (the pager);
  the mobile "Xem thêm bài viết" button still links the older form ``/tin-tuc?page=2``.
- ``/tin-tuc?danh-muc=<cat>`` a category (four a page, ``&page=N``), ``/tin-tuc?tag=<tag>``.
- ``/tin-tuc/<slug>`` a post; the slug is made by a JS slugify that strips the tone marks but
  not "đ" (``/tin-tuc/be-đen-tham-…``). Unknown slugs answer Next's streamed not-found UI with
  status 200 (a soft 404); other unknown paths a real 404. A path with a trailing slash is
  redirected (308) without it; one renamed post's old slug is a 308 (next.config redirects).
- ``/gioi-thieu``, ``/doi-ngu``, ``/lien-he`` (a server-action form), ``/thuc-don``,
  ``/thu-vien-anh`` (+ ``/thu-vien-anh/<album>``), ``/video`` (+ ``/video/<slug>``),
  ``/tim-kiem?q=`` (the header's GET form), ``/sitemap.xml`` (static: built 25/11/2026, stale),
  ``/robots.txt``; images at ``/_next/image?url=…``, ``/uploads/…``, ``/wp-content/uploads/…``.

Page templates
--------------
Root layout: top bar with today's date, header (logo and the school's name in an ``<h1>``,
search form), menu with drop-downs, a running announcement bar, ``<main>`` with the page and an
``<aside>`` (notices, most read, visitor counter, poll, links, a quote), footer, Zalo button.
A post: breadcrumb (Trang chủ › Tin tức › <category>), ``<article>`` with a category chip,
``<h1>`` headline, a meta row (``<time dateTime>`` in UTC, the CMS account "Người đăng",
views, reading time, sometimes "Cập nhật"), the excerpt as a lead (``BaiViet_sapo``) when the
post has one, a cover next/image, the body (``BaiViet_noiDung__x7Kq2``: TipTap or WordPress
HTML), sometimes an author card, tags, share tools and "Các tin khác" — all inside the
``<article>``. Posts that were not yet in the ISR cache are streamed: the page prints a skeleton
("Đang tải bài viết…") and the real content comes at the end of the document in
``<div hidden id="S:0">`` with React's ``$RC("B:0","S:0")``.

How each gold article is reached
--------------------------------
Home "Tin mới" lists posts 13–9 (newest first), the "Hoạt động của bé" box 10, 8, 4, the
"Thông báo" box 12, 1, the pinned block 9 and 6 (with ``?fbclid=…``); the sidebar on every page
12, 1 (notices) and 9, 4, 13, 11 (most read). ``/tin-tuc`` page 1: 13–8; ``/tin-tuc/page/2``
(static; its twin ``/tin-tuc?page=2`` streamed): 7–2; ``/tin-tuc/page/3``: 1. Categories: Tin tức - Sự kiện 13, 9, 7, 5 and on its page 2: 3 (post 3 is
reached only from a page 2: its list's or its category's; post 5 only from listings); Hoạt động
của bé 10, 8, 4; Góc phụ huynh 11, 6, 2; Thông báo 12, 1. "Các tin khác" on a post: the four
newest other posts.

Traps
-----
1. Streamed Suspense boundaries: posts 13, 11, 10 and 6 and every listing with a query string
   (categories, tags, ``?page=N``: dynamic rendering) print a loading skeleton where the content
   goes and the content itself at the end of the document inside ``<div hidden id="S:0">``. Gold: the hidden div's article is the article (title, date, body,
   images); the skeleton's "Đang tải bài viết…" is no text. A crawler dropping ``[hidden]``
   loses those posts.
2. RSC flight data: every page repeats its text and HTML (the post's body in
   ``dangerouslySetInnerHTML.__html``, the post object with ``published_at`` in UTC and the
   account ``quantri``) in ``self.__next_f.push`` scripts; the home's data also holds a draft
   post's slug. Gold: script text is never body; the draft (a soft 404) is no article.
3. Root-layout canonical: every page prints ``<link rel="canonical" href="http://<host>">`` (the
   layout's ``alternates.canonical`` is inherited) and JSON-LD/og:url are right. Gold:
   ``canonical_path`` is each post's own path; posts must not be merged into the home.
4. UTC machine dates: ``<time dateTime>`` and JSON-LD say ``2026-11-25T23:40:00.000Z`` where the
   page prints "thứ năm, 26/11/2026 - 06:40". Gold: local time with +07:00 (post 10 is on the
   26th, not the 25th); a post printed at "00:00" (post 7, ``…T17:00:00.000Z`` the day before) is
   the day alone "2026-11-12"; imported posts print a day only and are days.
5. Slugify bug keeps "đ": post 8's links print ``/tin-tuc/be-đen-tham-…`` raw, the sitemap and
   og:url ``%C4%91``. Gold: the percent-encoded path, the raw form in ``alt_paths``.
6. Soft 404: a deleted post (linked by post 5's "Xem thêm:" line and the stale sitemap) and any
   unknown slug answer 200 with Next's not-found UI under the whole chrome and
   ``<meta name="robots" content="noindex">``. Gold: not an article.
7. Two ``<h1>``: the header's "TRƯỜNG MẦM NON HOA SEN" on every page before the headline. Gold:
   the headline.
8. Duplicates: the pinned block links posts 9 and 6 as pasted from Facebook with ``?fbclid=…``;
   post 6's old slug (sitemap) redirects; trailing slashes redirect; ``/tin-tuc?page=2`` repeats
   ``/tin-tuc/page/2``. Gold: one record each, variants in ``alt_paths``.
9. Imported WordPress posts (1–4): Facebook emoji pasted as ``<img alt="🌸"
   src="https://static.xx.fbcdn.net/…">`` at the start of lines (bullets: no text, no photo),
   ``wp-caption`` divs and ``wp-block-image`` figures with captions in parentheses (taken off),
   an image left on the old domain (gold ``url``), a source line "Theo …" (post 2).
10. Bylines: the meta row's "Người đăng: quantri/BBT/vanphong.mnhs" (and JSON-LD's author) are
    CMS accounts -> nobody; the signature is the right-aligned line at the end of the body
    ("Tin, ảnh: …", "GV: … – lớp Chồi 1", "Người viết: … (Tổ trưởng …)", "Vũ Thị Mai – Nhân viên
    y tế", units "Tổ Mẫu giáo lớn", "Công đoàn trường", "Ban đại diện cha mẹ trẻ"); post 9's
    author card ("Cô Phạm Thu Trang / Phó Hiệu trưởng") has an avatar that is no photo.
11. Text pasted from a Mac: post 11's body is NFD (decomposed tone marks). Gold: NFC.
12. Official notice (post 12): letterhead table, "THÔNG BÁO / Về việc…", "Nơi nhận" and the
    signer in TipTap table markup; the page's date is the posting day 02/12 08:10. Gold: the
    letterhead's day "2026-12-01", the signer Nguyễn Thị Thu Hà as author, body without them;
    the attachment line is not body.
13. Body boundaries inside ``<article>``: tags, share tools ("🖨 In bài", "Sao chép liên kết"),
    "Các tin khác" and "Cập nhật" are in the same ``<article>``; captions as italic paragraphs
    after a TipTap image (post 13, 6, 10); a photo credit line "Ảnh: Trịnh Thu Hằng" (post 10).

Gold decisions on ambiguous points
----------------------------------
- Images: the ``src`` as printed (for next/image the ``/_next/image?url=…&w=…&q=75`` address,
  not the ``url`` it wraps); a post's cover (next/image above the body) is its first photo;
  logos, avatars, Facebook emoji pictures, album/list thumbnails are not photos.
- The excerpt printed in ``BaiViet_sapo`` (posts 13, 6) is the sapo (first body paragraph); a
  bold first paragraph of the body (posts 2, 9, 10: ``<p><strong>…</strong></p>``) too; the meta
  description (made from the first paragraph) alone is no sapo.
- A per-photo credit "Ảnh: X" gives X as photographer (post 10) and no caption.
- "Bài: X – Ảnh: Y" -> authors [X], photographers [Y]; "Bài và ảnh: X" like "Tin, ảnh: X".
- "Cô"/"GV:"/"Người viết:" before a name and the post or class after it are not the name.
- Lines of a TipTap paragraph split by ``<br>`` are paragraphs; an editor's "- " stays.
- An emoji typed as text in a title, caption or sentence stays; one pasted from Facebook as a
  picture at a line's start is that line's bullet (no text).
- A table's rows are paragraphs (cells joined by " | "), header row included.
- The imported posts print only a day (their ``dateTime`` too): the day.
- The "Xem thêm:" line, the attachment line (📎) and the source line are not body.
- Category: the breadcrumb's last section ("Tin tức - Sự kiện", "Hoạt động của bé",
  "Góc phụ huynh", "Thông báo").
"""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "nextjs_approuter_mamnon"
PLATFORM = "Next.js 14 App Router (RSC flight data, next/image, streamed Suspense) on Supabase, homemade"
START_PATH = "/"

SCHOOL = "Trường Mầm non Hoa Sen"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TODAY = date(2026, 12, 5)
VN = timezone(timedelta(hours=7))
BUILD_ID = "Xk3pQ9vT2mLr8sYb1nHc4"

CATS = {
    "su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thong-bao": "Thông báo",
}
TAGS = {
    "phat-trien-the-chat": "Phát triển thể chất",
    "tay-chan-mieng": "Tay chân miệng",
    "suc-khoe": "Sức khỏe",
}
PAGE_SIZE = 6
CAT_PAGE_SIZE = 4
DELETED_SLUG = "le-khai-giang-nam-hoc-2026-2027"
DRAFT_SLUG = "ke-hoach-to-chuc-ngay-hoi-giang-sinh-2026"
OLD_SLUGS = {"phu-huynh-cung-con-lam-do-choi-tai-che": 6}
FBCLID = {
    9: "IwAR2xK8vT0cPq7LmN3bZ5yW1hJ6dF9sR4gU2eA0oQ8iYtV7nX3kM5pL1cB",
    6: "IwZXh0bgNhZW0CMTEAAR3fT9kLp2QmX8vN1sB7cZ4yH6jW0dR5gU3eA9oK2iYtV",
}


def _nimg(url: str, w: int, alt: str = "", *, cls: str = "", priority: bool = False) -> tuple[str, str]:
    """next/image for a fixed-width image: (the <img> markup, its src as printed, unescaped)."""
    sizes = [16, 32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840]
    one = next(s for s in sizes if s >= w)
    two = next(s for s in sizes if s >= 2 * w)
    enc = quote(url, safe="")

    def at(size: int) -> str:
        return f"/_next/image?url={enc}&w={size}&q=75"

    src = at(two)
    lazy = "" if priority else ' loading="lazy"'
    fetch = ' fetchPriority="high"' if priority else ""
    h = w * 2 // 3
    markup = (
        f'<img alt="{esc(alt)}"{fetch}{lazy} width="{w}" height="{h}" decoding="async" data-nimg="1"'
        f' class="{cls}" style="color:transparent" srcSet="{esc(at(one))} 1x, {esc(at(two))} 2x"'
        f' src="{esc(src)}"/>'
    )
    return markup, src


def cover_src(url: str) -> str:
    return _nimg(url, 800)[1]


# --- the stories ------------------------------------------------------------------------------

_R = '<p style="text-align: right"><strong>{}</strong></p>'

STORIES: list[Story] = [
    Story(
        id=13,
        slug="be-vui-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Bé vui Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        cat="su-kien",
        published_at="2026-12-04T16:45:00+07:00",
        summary=(
            "Sáng ngày 04/12/2026, Trường Mầm non Hoa Sen tổ chức Hội khỏe Phù Đổng cấp trường dành "
            "cho trẻ mẫu giáo với sự tham gia của hơn 280 bé thuộc 9 lớp."
        ),
        sapo_outside=True,
        blocks=[
            Img(cover_src("/uploads/2026/12/hkpd-2026-cover.jpg"), style="cover"),
            P(
                "Hội khỏe Phù Đổng là hoạt động thường niên nhằm phát triển thể chất, rèn luyện sự nhanh "
                "nhẹn, khéo léo và tinh thần đồng đội cho trẻ. Năm nay, chương trình được Ban giám hiệu "
                "nhà trường chuẩn bị chu đáo từ đầu tháng 11 với sự phối hợp của Ban đại diện cha mẹ trẻ."
            ),
            P("Nhiều nội dung thi hấp dẫn", "h2"),
            P(
                "Các bé được tham gia các nội dung: bật xa tại chỗ, ném bóng trúng đích, bò chui qua "
                "cổng, chạy tiếp sức và kéo co. Mỗi nội dung được thiết kế phù hợp với từng độ tuổi "
                "Mầm, Chồi, Lá."
            ),
            Img(
                "/uploads/2026/12/hkpd-2026-01.jpg",
                "Các bé lớp Lá 2 hào hứng trong phần thi chạy tiếp sức.",
                "Các bé lớp Lá 2 hào hứng trong phần thi chạy tiếp sức.",
                "em",
            ),
            P("Kết quả chung cuộc:", "br"),
            P("- Giải Nhất: lớp Lá 1, lớp Chồi 3;", "br"),
            P("- Giải Nhì: lớp Lá 2, lớp Chồi 1;", "br"),
            P("- Giải Ba: lớp Lá 3, lớp Mầm 2."),
            Img(
                "/uploads/2026/12/hkpd-2026-02.jpg",
                "Phần thi kéo co giữa hai đội lớp Chồi 1 và Chồi 3 😆",
                "Phần thi kéo co giữa hai đội lớp Chồi 1 và Chồi 3 😆",
                "em",
            ),
            P(
                "Phát biểu bế mạc, cô Nguyễn Thị Thu Hà – Hiệu trưởng nhà trường – biểu dương tinh thần "
                "thi đấu của các bé và cảm ơn sự đồng hành của quý phụ huynh. Các đội đạt giải Nhất sẽ "
                "tham gia Hội khỏe Phù Đổng cấp phường dự kiến tổ chức vào cuối tháng 12/2026."
            ),
            Raw(_R.format("Tin, ảnh: Lê Thị Lan")),
        ],
        authors=["Lê Thị Lan"],
        photographers=["Lê Thị Lan"],
        opts={
            "dt": datetime(2026, 12, 4, 16, 45, tzinfo=VN),
            "updated": datetime(2026, 12, 5, 8, 12, tzinfo=VN),
            "stream": True,
            "poster": "quantri",
            "tags": ["phat-trien-the-chat"],
        },
    ),
    Story(
        id=12,
        slug="thong-bao-lich-nghi-hoc-ngay-08-12-2026-de-phun-khu-khuan-phong-benh-tay-chan-mieng",
        title="Thông báo lịch nghỉ học ngày 08/12/2026 để phun khử khuẩn phòng bệnh tay chân miệng",
        cat="thong-bao",
        published_at="2026-12-01",
        blocks=[
            Raw(
                '<table style="width:100%;border:none"><colgroup><col style="width:42%"><col></colgroup>'
                '<tbody><tr><td colspan="1" rowspan="1"><p style="text-align: center">UBND PHƯỜNG HẠC '
                'THÀNH</p><p style="text-align: center"><strong>TRƯỜNG MẦM NON HOA SEN</strong></p>'
                '<p style="text-align: center">Số: 45/TB-MNHS</p></td><td colspan="1" rowspan="1">'
                '<p style="text-align: center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>'
                '<p style="text-align: center"><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>'
                '<p style="text-align: center"><em>Hạc Thành, ngày 01 tháng 12 năm 2026</em></p></td>'
                "</tr></tbody></table>"
                '<p style="text-align: center"><strong>THÔNG BÁO</strong><br><strong>Về việc cho trẻ '
                "nghỉ học ngày 08/12/2026 để phun khử khuẩn phòng bệnh tay chân miệng</strong></p>"
            ),
            P(
                "Căn cứ Công văn số 1268/UBND-VHXH ngày 28/11/2026 của UBND phường Hạc Thành về việc tăng "
                "cường công tác phòng, chống bệnh tay chân miệng trên địa bàn;"
            ),
            P(
                "Thực hiện kế hoạch phòng, chống dịch bệnh năm học 2026 – 2027 của nhà trường, Trường Mầm "
                "non Hoa Sen thông báo đến quý cha mẹ trẻ như sau:"
            ),
            P(
                "1. Thời gian nghỉ học: cả ngày Thứ Hai, 08/12/2026. Trẻ đi học trở lại bình thường từ "
                "Thứ Ba, 09/12/2026."
            ),
            P(
                "2. Trong thời gian trẻ nghỉ, nhà trường phối hợp với Trạm Y tế phường tổ chức phun khử "
                "khuẩn toàn bộ các phòng học, phòng ăn, khu vui chơi và khu vệ sinh; làm sạch đồ dùng, "
                "đồ chơi của trẻ."
            ),
            P(
                "3. Đề nghị quý cha mẹ trẻ theo dõi sức khỏe của con; khi trẻ có biểu hiện sốt, loét "
                "miệng, nổi ban ở lòng bàn tay, bàn chân, mông, đầu gối cần đưa trẻ đến cơ sở y tế để "
                "khám và báo ngay cho giáo viên chủ nhiệm."
            ),
            P("Nhà trường rất mong nhận được sự phối hợp của quý cha mẹ trẻ. Trân trọng thông báo!"),
            Raw(
                '<table style="width:100%;border:none"><tbody><tr><td colspan="1" rowspan="1">'
                "<p><strong><em>Nơi nhận:</em></strong><br>- Cha mẹ trẻ các lớp;<br>- UBND phường "
                '(b/c);<br>- Lưu: VT.</p></td><td colspan="1" rowspan="1"><p style="text-align: '
                'center"><strong>HIỆU TRƯỞNG</strong></p><p></p><p style="text-align: center"><em>(đã '
                'ký)</em></p><p></p><p style="text-align: center"><strong>Nguyễn Thị Thu Hà</strong>'
                "</p></td></tr></tbody></table>"
            ),
            Raw(
                '<p>📎 Tệp đính kèm: <a href="/uploads/2026/12/45-TB-MNHS.pdf" target="_blank" '
                'rel="noopener noreferrer nofollow">45-TB-MNHS.pdf</a></p>'
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "dt": datetime(2026, 12, 2, 8, 10, tzinfo=VN),
            "updated": datetime(2026, 12, 2, 9, 35, tzinfo=VN),
            "poster": "vanphong.mnhs",
            "tags": ["tay-chan-mieng"],
        },
    ),
    Story(
        id=11,
        slug="huong-dan-cha-me-cach-phong-benh-tay-chan-mieng-cho-tre-trong-mua-lanh",
        title="Hướng dẫn cha mẹ cách phòng bệnh tay chân miệng cho trẻ trong mùa lạnh",
        cat="goc-phu-huynh",
        published_at="2026-11-28T20:10:00+07:00",
        blocks=[
            P(
                "Bệnh tay chân miệng là bệnh truyền nhiễm cấp tính do vi rút đường ruột gây ra, thường "
                "gặp ở trẻ dưới 5 tuổi. Bệnh lây qua đường tiêu hóa và tiếp xúc trực tiếp với dịch tiết "
                "từ mũi, họng, nước bọt, dịch từ các bóng nước hoặc phân của trẻ bệnh.",
                "nfd",
            ),
            P("Dấu hiệu nhận biết", "h3 nfd"),
            P("Sốt nhẹ, mệt mỏi, đau họng, biếng ăn, quấy khóc;", "ul nfd"),
            P("Loét miệng: các bóng nước ở lưỡi, lợi, mặt trong má, trẻ hay chảy nước bọt;", "ul nfd"),
            P("Phát ban dạng bóng nước ở lòng bàn tay, lòng bàn chân, gối, mông.", "ul nfd"),
            P("Cha mẹ cần làm gì?", "h3 nfd"),
            P(
                "Rửa tay cho trẻ và người chăm sóc bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày, "
                "đặc biệt trước khi chế biến thức ăn, trước khi ăn và sau khi đi vệ sinh.",
                "ol nfd",
            ),
            P("Cho trẻ ăn chín, uống chín; không để trẻ mút tay, ngậm đồ chơi.", "ol nfd"),
            P("Thường xuyên lau sạch đồ chơi, sàn nhà bằng xà phòng hoặc chất tẩy rửa thông thường.", "ol nfd"),
            P(
                "Khi trẻ có dấu hiệu bệnh, cho trẻ nghỉ học, cách ly tại nhà và đưa trẻ đi khám tại cơ "
                "sở y tế gần nhất.",
                "ol nfd",
            ),
            P(
                "Tuyệt đối không tự ý chọc vỡ các bóng nước hoặc bôi thuốc không rõ nguồn gốc lên vết "
                "loét của trẻ.",
                "quote nfd",
            ),
            Img(
                "/uploads/2026/11/infographic-tay-chan-mieng.png",
                "Infographic 6 biện pháp phòng bệnh tay chân miệng cho trẻ",
                "Infographic 6 biện pháp phòng bệnh tay chân miệng cho trẻ",
                "fig",
            ),
            Raw('<p style="text-align: right"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa</em></p>'),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa",
        opts={
            "dt": datetime(2026, 11, 28, 20, 10, tzinfo=VN),
            "stream": True,
            "poster": "BBT",
            "tags": ["tay-chan-mieng", "suc-khoe"],
        },
    ),
    Story(
        id=10,
        slug="hoi-thi-be-kheo-tay-khoi-mau-giao-lon",
        title="Hội thi “Bé khéo tay” khối Mẫu giáo lớn",
        cat="hoat-dong-cua-be",
        published_at="2026-11-26T06:40:00+07:00",
        summary=(
            "Nhằm giúp trẻ phát triển sự khéo léo của đôi bàn tay và khả năng sáng tạo, ngày "
            "25/11/2026, khối Mẫu giáo lớn đã tổ chức Hội thi “Bé khéo tay” với chủ đề “Món quà tặng cô”."
        ),
        blocks=[
            P(
                "Nhằm giúp trẻ phát triển sự khéo léo của đôi bàn tay và khả năng sáng tạo, ngày "
                "25/11/2026, khối Mẫu giáo lớn đã tổ chức Hội thi “Bé khéo tay” với chủ đề “Món quà tặng cô”.",
                "lead",
            ),
            P(
                "Tham gia hội thi có 36 bé đại diện cho 3 lớp Lá 1, Lá 2, Lá 3. Trong thời gian 30 phút, "
                "các bé thể hiện kỹ năng cắt, dán, xé, nặn để tạo nên những sản phẩm xinh xắn như bưu "
                "thiếp, bó hoa giấy, khung ảnh từ que kem."
            ),
            Img(
                "/uploads/2026/11/be-kheo-tay-01.jpg",
                "(Bé Minh Châu lớp Lá 1 tỉ mỉ hoàn thiện bó hoa giấy)",
                "Bé Minh Châu lớp Lá 1 tỉ mỉ hoàn thiện bó hoa giấy",
                "em",
            ),
            Img("/uploads/2026/11/be-kheo-tay-02.jpg", "Ảnh: Trịnh Thu Hằng", None, "em"),
            P(
                "Ban giám khảo đánh giá cao sự tự tin, mạnh dạn của các bé khi giới thiệu sản phẩm của "
                "mình. Kết thúc hội thi, ban tổ chức đã trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 20 "
                "giải Khuyến khích cho các bé."
            ),
            Raw('<p style="text-align: right"><strong><em>Tổ Mẫu giáo lớn</em></strong></p>'),
        ],
        authors=["Tổ Mẫu giáo lớn"],
        photographers=["Trịnh Thu Hằng"],
        opts={
            "dt": datetime(2026, 11, 26, 6, 40, tzinfo=VN),
            "updated": datetime(2026, 11, 26, 21, 3, tzinfo=VN),
            "stream": True,
            "poster": "quantri",
        },
    ),
    Story(
        id=9,
        slug="tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        title="Tri ân thầy cô nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="su-kien",
        published_at="2026-11-20T15:20:00+07:00",
        summary=(
            "Sáng 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 – 20/11/2026) trong không khí ấm áp, tràn đầy niềm vui."
        ),
        blocks=[
            P(
                "Sáng 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 – 20/11/2026) trong không khí ấm áp, tràn đầy niềm vui.",
                "lead",
            ),
            P(
                "Tới dự buổi lễ có đại diện lãnh đạo UBND phường Hạc Thành, Ban đại diện cha mẹ trẻ cùng "
                "toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Trong buổi lễ, các bé đã mang đến những tiết mục văn nghệ đặc sắc như múa “Cô giáo em "
                "là hoa ê-đê”, tốp ca “Bông hồng tặng cô”, khiến nhiều thầy cô không khỏi xúc động."
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc "
                "trong phong trào thi đua “Dạy tốt – Học tốt” chào mừng ngày 20/11."
            ),
            Img("/uploads/2026/11/20-11-2026-01.jpg", style="grid"),
            Img("/uploads/2026/11/20-11-2026-02.jpg", style="grid"),
            Img("/uploads/2026/11/20-11-2026-03.jpg", style="grid"),
            Img("/uploads/2026/11/20-11-2026-04.jpg", style="grid"),
            Raw(
                '<p style="text-align: right">Bài: <strong>Phạm Thu Trang</strong> – Ảnh: '
                "<strong>Đỗ Minh Tuấn</strong></p>"
            ),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Đỗ Minh Tuấn"],
        opts={
            "dt": datetime(2026, 11, 20, 15, 20, tzinfo=VN),
            "poster": "quantri",
            "card": ("Cô Phạm Thu Trang", "Phó Hiệu trưởng", "/avatars/pham-thu-trang.jpg"),
        },
    ),
    Story(
        id=8,
        slug="be-đen-tham-trang-trai-rau-sach-đong-hung",
        title="Bé đến thăm trang trại rau sạch Đông Hưng",
        cat="hoat-dong-cua-be",
        published_at="2026-11-17T14:05:00+07:00",
        blocks=[
            P(
                "Trong chủ đề “Thế giới thực vật”, sáng ngày 17/11/2026, cô và trò lớp Chồi 1, Chồi 2 đã "
                "có chuyến tham quan trải nghiệm tại trang trại rau sạch Đông Hưng."
            ),
            P(
                "Tại đây, các bé được các cô chú kỹ sư nông nghiệp giới thiệu về các loại rau: cải ngọt, "
                "xà lách, su hào, cà rốt… Các bé còn được tự tay tưới rau, nhổ cỏ và thu hoạch những cây "
                "cải đầu tiên 🥬."
            ),
            Img(
                "/uploads/2026/11/trang-trai-rau-01.jpg",
                "Các bé lớp Chồi 1 tập làm “bác nông dân” tưới rau",
                "Các bé lớp Chồi 1 tập làm “bác nông dân” tưới rau",
                "fig",
            ),
            Img("/uploads/2026/11/trang-trai-rau-02.jpg", "Niềm vui thu hoạch", "Niềm vui thu hoạch", "fig"),
            P(
                "Chuyến đi giúp trẻ hiểu hơn về quá trình trồng và chăm sóc rau, biết yêu quý người lao "
                "động và có thói quen ăn nhiều rau xanh trong các bữa ăn hằng ngày."
            ),
            Raw(_R.format("GV: Hoàng Thị Ngọc Ánh – lớp Chồi 1")),
        ],
        authors=["Hoàng Thị Ngọc Ánh"],
        opts={"dt": datetime(2026, 11, 17, 14, 5, tzinfo=VN), "poster": "quantri"},
    ),
    Story(
        id=7,
        slug="chuyen-de-phat-trien-van-dong-cho-tre-mam-non-thong-qua-tro-choi-dan-gian",
        title="Chuyên đề “Phát triển vận động cho trẻ mầm non thông qua trò chơi dân gian”",
        cat="su-kien",
        published_at="2026-11-12",
        blocks=[
            Img(cover_src("/uploads/2026/11/chuyen-de-van-dong-cover.jpg"), style="cover"),
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 – 2027, ngày 11/11/2026, tổ chuyên môn khối "
                "Mẫu giáo nhỡ tổ chức chuyên đề “Phát triển vận động cho trẻ mầm non thông qua trò chơi "
                "dân gian”."
            ),
            P(
                "Theo kế hoạch, chuyên đề gồm hai phần: phần lý thuyết trao đổi về vai trò của trò chơi "
                "dân gian đối với sự phát triển thể chất của trẻ và phần thực hành tiết dạy minh họa tại "
                "lớp Chồi 2."
            ),
            P(
                "Tiết dạy minh họa do cô Nguyễn Thị Hồng Nhung thực hiện với các trò chơi: “Mèo đuổi "
                "chuột”, “Rồng rắn lên mây”, “Nhảy lò cò”, “Bịt mắt bắt dê”."
            ),
            Raw(
                '<div data-youtube-video=""><iframe width="640" height="360" allowfullscreen="true" '
                'src="https://www.youtube-nocookie.com/embed/Xk2vT1pQ9aM?modestbranding=1"></iframe></div>'
            ),
            P(
                "Qua chuyên đề, giáo viên trong tổ đã rút ra nhiều kinh nghiệm trong việc lựa chọn, tổ "
                "chức trò chơi phù hợp với từng độ tuổi, góp phần nâng cao chất lượng giáo dục phát triển "
                "vận động cho trẻ."
            ),
            Raw(
                '<p style="text-align: right"><strong>Người viết: Nguyễn Thị Hồng Nhung</strong> '
                "<em>(Tổ trưởng tổ Mẫu giáo nhỡ)</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "dt": datetime(2026, 11, 12, 0, 0, tzinfo=VN),
            "poster": "quantri",
            "tags": ["phat-trien-the-chat"],
        },
    ),
    Story(
        id=6,
        slug="phu-huynh-cung-con-lam-do-choi-tu-nguyen-vat-lieu-tai-che",
        title="Phụ huynh cùng con làm đồ chơi từ nguyên vật liệu tái chế",
        cat="goc-phu-huynh",
        published_at="2026-11-05T10:20:00+07:00",
        summary=(
            "Hưởng ứng phong trào “Xanh – Sạch – Đẹp”, nhiều gia đình đã cùng con biến vỏ hộp sữa, "
            "chai nhựa, lõi giấy thành những món đồ chơi ngộ nghĩnh gửi tặng lớp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Từ ngày 27/10 đến ngày 03/11/2026, các lớp trong trường phát động tuần lễ “Bé cùng bố mẹ "
                "làm đồ chơi tái chế”. Chỉ sau một tuần, nhà trường đã nhận được hơn 150 sản phẩm do phụ "
                "huynh và các bé cùng thực hiện."
            ),
            P(
                "Có gia đình làm ô tô từ vỏ hộp sữa, có gia đình làm chuông gió từ nắp chai, lại có những "
                "chú robot được ghép từ lõi giấy và hộp bánh. Các sản phẩm được trưng bày tại sảnh trường "
                "để các bé cùng chiêm ngưỡng."
            ),
            Img(
                "/uploads/2026/11/do-choi-tai-che-01.jpg",
                "Góc trưng bày đồ chơi tái chế tại sảnh trường",
                "Góc trưng bày đồ chơi tái chế tại sảnh trường",
                "em",
            ),
            P(
                "Anh Trần Văn Long, phụ huynh bé Gia Bảo lớp Mầm 3 chia sẻ: “Buổi tối hai bố con cùng "
                "ngồi cắt, dán, bé rất thích và tự hào khi mang sản phẩm đến lớp khoe với các bạn”."
            ),
            P(
                "Những món đồ chơi sau khi trưng bày sẽ được đưa vào góc chơi của các lớp, giúp trẻ có "
                "thêm đồ dùng học tập và hình thành ý thức bảo vệ môi trường từ những việc làm nhỏ."
            ),
            Raw(_R.format("Ban đại diện cha mẹ trẻ")),
        ],
        authors=["Ban đại diện cha mẹ trẻ"],
        opts={"dt": datetime(2026, 11, 5, 10, 20, tzinfo=VN), "stream": True, "poster": "quantri"},
    ),
    Story(
        id=5,
        slug="kham-suc-khoe-dinh-ky-cho-tre-hoc-ky-i-nam-hoc-2026-2027",
        title="Khám sức khỏe định kỳ cho trẻ học kỳ I năm học 2026 – 2027",
        cat="su-kien",
        published_at="2026-10-28T10:15:00+07:00",
        blocks=[
            Img(cover_src("/uploads/2026/10/kham-suc-khoe-cover.jpg"), style="cover"),
            P(
                "Ngày 27 và 28/10/2026, Trường Mầm non Hoa Sen phối hợp với Trạm Y tế phường Hạc Thành tổ "
                "chức khám sức khỏe định kỳ học kỳ I cho 312 trẻ của nhà trường."
            ),
            P(
                "Các bé được khám tổng quát, khám răng miệng, tai mũi họng, mắt; đo chiều cao, cân nặng "
                "và đánh giá tình trạng dinh dưỡng theo biểu đồ tăng trưởng của Tổ chức Y tế Thế giới."
            ),
            P("Độ tuổi | Số trẻ được khám | Suy dinh dưỡng thể nhẹ cân | Thừa cân, béo phì", "th"),
            P("Nhà trẻ (24 – 36 tháng) | 58 | 1 | 0", "row"),
            P("Mẫu giáo bé | 82 | 2 | 3", "row"),
            P("Mẫu giáo nhỡ | 86 | 1 | 4", "row"),
            P("Mẫu giáo lớn | 86 | 0 | 5", "row"),
            P(
                "Kết quả khám được thông báo đến từng phụ huynh qua sổ theo dõi sức khỏe và ứng dụng liên "
                "lạc của nhà trường. Đối với những trẻ có vấn đề về sức khỏe, nhân viên y tế đã tư vấn để "
                "gia đình đưa trẻ đi khám chuyên khoa."
            ),
            Raw(
                f'<p><strong>Xem thêm:</strong> <a href="/tin-tuc/{DELETED_SLUG}">Rộn ràng Lễ khai '
                "giảng năm học 2026 – 2027</a></p>"
            ),
            Raw(_R.format("Vũ Thị Mai – Nhân viên y tế")),
        ],
        authors=["Vũ Thị Mai"],
        opts={"dt": datetime(2026, 10, 28, 10, 15, tzinfo=VN), "poster": "quantri", "tags": ["suc-khoe"]},
    ),
    Story(
        id=4,
        slug="be-lam-thiep-tang-ba-tang-me-nhan-ngay-phu-nu-viet-nam-20-10",
        title="🌸 Bé làm thiệp tặng bà, tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
        cat="hoat-dong-cua-be",
        published_at="2026-10-21",
        blocks=[
            P(
                "Chào mừng ngày Phụ nữ Việt Nam 20/10, các bé lớp Mầm, Chồi, Lá đã cùng cô giáo làm những "
                "tấm thiệp xinh xắn để tặng bà, tặng mẹ.",
                "wp emo:🌸:1f338",
            ),
            P(
                "Với giấy màu, bút sáp, hoa khô và kim tuyến, mỗi bé một ý tưởng: có bạn vẽ chân dung mẹ, "
                "có bạn dán bông hoa thật to, có bạn nắn nót viết dòng chữ “Con yêu mẹ” dưới sự hướng "
                "dẫn của cô.",
                "wp emo:💐:1f490",
            ),
            Img(
                "/wp-content/uploads/2026/10/thiep-20-10-01-1024x768.jpg",
                "(Các bé lớp Lá 3 trang trí thiệp tặng mẹ)",
                "Các bé lớp Lá 3 trang trí thiệp tặng mẹ",
                "wp",
            ),
            Img(
                "/wp-content/uploads/2026/10/thiep-20-10-02-1024x768.jpg",
                "(Những tấm thiệp đầy yêu thương)",
                "Những tấm thiệp đầy yêu thương",
                "wpcap",
            ),
            P(
                "Buổi chiều, khi bà, mẹ đến đón, các bé trao tận tay món quà nhỏ cùng lời chúc: “Con chúc "
                "bà, chúc mẹ luôn mạnh khỏe và xinh đẹp ạ!”. Nhiều phụ huynh bất ngờ và xúc động trước "
                "món quà do chính tay con làm 🥰",
                "wp emo:❤️:2764",
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Trịnh Thu Hằng</strong></p>'),
        ],
        authors=["Trịnh Thu Hằng"],
        photographers=["Trịnh Thu Hằng"],
        opts={"day": date(2026, 10, 21), "wp": 2291, "poster": "quantri"},
    ),
    Story(
        id=3,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026 – 2027",
        cat="su-kien",
        published_at="2026-10-14",
        blocks=[
            P(
                "Chiều ngày 13/10/2026, Trường Mầm non Hoa Sen tổ chức Hội nghị cán bộ, viên chức, người "
                "lao động năm học 2026 – 2027 với sự tham dự của 42 cán bộ, giáo viên, nhân viên.",
                "wp",
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học "
                "2026 – 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban thanh tra nhân dân và "
                "thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ.",
                "wp",
            ),
            P("Các chỉ tiêu chủ yếu năm học 2026 – 2027:", "wp"),
            P("Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 100%;", "wpli"),
            P("Tỷ lệ trẻ suy dinh dưỡng dưới 2%;", "wpli"),
            P("100% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non;", "wpli"),
            P("Phấn đấu 85% giáo viên đạt danh hiệu Lao động tiên tiến.", "wpli"),
            Img(
                "/wp-content/uploads/2026/10/hoi-nghi-vc-01-1024x683.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "wpcap",
            ),
            P(
                "Hội nghị đã bầu Ban thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí và phát động "
                "phong trào thi đua năm học mới.",
                "wp",
            ),
            P("Hội nghị kết thúc trong không khí dân chủ, đoàn kết, thống nhất cao.", "wp"),
            Raw('<p style="text-align: right;"><strong>Công đoàn trường</strong></p>'),
        ],
        authors=["Công đoàn trường"],
        opts={"day": date(2026, 10, 14), "wp": 2250, "poster": "quantri"},
    ),
    Story(
        id=2,
        slug="7-thoi-quen-tot-giup-be-tu-lap-khi-den-truong",
        title="7 thói quen tốt giúp bé tự lập khi đến trường",
        cat="goc-phu-huynh",
        published_at="2026-10-09",
        summary=(
            "Tự lập là kỹ năng quan trọng giúp trẻ mầm non tự tin hòa nhập với môi trường lớp học. "
            "Dưới đây là 7 thói quen cha mẹ có thể cùng con rèn luyện mỗi ngày."
        ),
        blocks=[
            P(
                "Tự lập là kỹ năng quan trọng giúp trẻ mầm non tự tin hòa nhập với môi trường lớp học. "
                "Dưới đây là 7 thói quen cha mẹ có thể cùng con rèn luyện mỗi ngày.",
                "lead",
            ),
            Img(
                "https://mnhoasen.thanhhoa.edu.vn/wp-content/uploads/2026/10/tu-lap-01.jpg",
                "Bé tập tự mặc áo khoác trước khi ra về",
                "Bé tập tự mặc áo khoác trước khi ra về",
                "wpcap",
            ),
            P("1. Tự ăn uống", "h3"),
            P(
                "Khi trẻ được 2 tuổi, cha mẹ hãy để trẻ tự cầm thìa xúc cơm, tự cầm cốc uống nước dù ban "
                "đầu trẻ có thể làm rơi vãi.",
                "wp",
            ),
            P("2. Tự đi vệ sinh", "h3"),
            P(
                "Hướng dẫn trẻ nhận biết nhu cầu đi vệ sinh, biết nói với cô giáo và tự kéo quần, rửa "
                "tay sau khi đi vệ sinh.",
                "wp",
            ),
            P("3. Tự mặc, cởi quần áo", "h3"),
            P(
                "Chọn cho trẻ những bộ quần áo dễ mặc, ít cúc để trẻ tập mặc và cởi vào mỗi buổi sáng, "
                "buổi tối.",
                "wp",
            ),
            P("4. Cất dọn đồ chơi", "h3"),
            P(
                "Sau khi chơi xong, cùng trẻ cất đồ chơi vào đúng chỗ. Thói quen này giúp trẻ có ý thức "
                "giữ gìn đồ dùng và biết sắp xếp ngăn nắp.",
                "wp",
            ),
            P("5. Tự chuẩn bị balo", "h3"),
            P(
                "Tối hôm trước, cha mẹ cùng trẻ kiểm tra balo: bình nước, khăn mặt, quần áo dự phòng.",
                "wp",
            ),
            P("6. Chào hỏi lễ phép", "h3"),
            P("Nhắc trẻ chào bố mẹ, chào cô giáo khi đến lớp và khi ra về.", "wp"),
            P("7. Ngủ đúng giờ", "h3"),
            P(
                "Cho trẻ đi ngủ trước 21 giờ để sáng hôm sau dậy sớm, tỉnh táo và vui vẻ đến trường.",
                "wp",
            ),
            P(
                "Điều quan trọng là cha mẹ cần kiên nhẫn, khen ngợi khi trẻ làm được và không làm thay con.",
                "wp",
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"day": date(2026, 10, 9), "wp": 2214, "poster": "quantri"},
    ),
    Story(
        id=1,
        slug="thong-bao-tuyen-sinh-bo-sung-tre-18-24-thang-tuoi-nam-hoc-2026-2027",
        title="Thông báo tuyển sinh bổ sung trẻ 18 – 24 tháng tuổi năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-10-02",
        blocks=[
            P(
                "Căn cứ tình hình thực tế về cơ sở vật chất và đội ngũ giáo viên, Trường Mầm non Hoa Sen "
                "thông báo tuyển sinh bổ sung nhóm trẻ 18 – 24 tháng tuổi năm học 2026 – 2027 như sau:",
                "wp",
            ),
            P(
                "1. Đối tượng: trẻ sinh từ ngày 01/10/2024 đến ngày 31/03/2025 có hộ khẩu thường trú hoặc "
                "tạm trú trên địa bàn phường Hạc Thành.",
                "wp",
            ),
            P("2. Chỉ tiêu: 25 trẻ.", "wp br"),
            P(
                "3. Hồ sơ gồm: đơn xin nhập học (theo mẫu của nhà trường); bản sao giấy khai sinh; bản "
                "phô tô sổ tiêm chủng.",
                "wp br",
            ),
            P(
                "4. Thời gian nhận hồ sơ: từ ngày 05/10/2026 đến hết ngày 16/10/2026 (trong giờ hành "
                "chính) tại Văn phòng nhà trường.",
                "wp",
            ),
            P(
                "Mọi thông tin chi tiết xin liên hệ: cô Vũ Thị Thanh Hương – Phó Hiệu trưởng, điện thoại "
                "0912 456 789.",
                "wp",
            ),
            Raw(
                '<p>📎 <a href="/wp-content/uploads/2026/10/Mau-don-xin-nhap-hoc-2026.pdf">Tải mẫu đơn '
                "xin nhập học</a></p>"
            ),
        ],
        opts={"day": date(2026, 10, 2), "wp": 2188, "poster": "quantri"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: -s.id)  # newest first: ids follow the publication order


def story_path(story: Story) -> str:
    return "/tin-tuc/" + quote(story.slug)


def raw_path(story: Story) -> str:
    return "/tin-tuc/" + story.slug


# --- dates ------------------------------------------------------------------------------------

_WD = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]


def utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def supa_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def machine_date(story: Story) -> str:
    return story.opts["day"].isoformat() if "day" in story.opts else utc_iso(story.opts["dt"])


def shown_date(story: Story) -> str:
    if "day" in story.opts:
        return story.opts["day"].strftime("%d/%m/%Y")
    dt = story.opts["dt"]
    return f"{_WD[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}"


def pub_day(story: Story) -> date:
    return story.opts["day"] if "day" in story.opts else story.opts["dt"].date()


def relative(story: Story) -> str:
    days = (TODAY - pub_day(story)).days
    if days == 0:
        return "hôm nay"
    if days == 1:
        return "hôm qua"
    if days < 30:
        return f"{days} ngày trước"
    return f"khoảng {days // 30} tháng trước"


# --- body markup ------------------------------------------------------------------------------


def _tokens(style: str) -> set[str]:
    return set(style.split())


def _emoji(style: str) -> tuple[str, str] | None:
    for tok in style.split():
        if tok.startswith("emo:"):
            _, char, code = tok.split(":")
            return char, code
    return None


def _ptext(p: P) -> str:
    return text(p.text, nfd="nfd" in _tokens(p.style))


def _img_tag(src: str, alt: str = "", extra: str = "") -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}"{extra}>'


def render_img(img: Img, story: Story, idx: int) -> str:
    wp = story.opts.get("wp", 0) + idx
    if img.style == "em":
        return _img_tag(img.src, "") + f"<p><em>{esc(img.printed or '')}</em></p>"
    if img.style == "fig":
        return (
            f'<figure data-type="imageFigure">{_img_tag(img.src, img.printed or "")}'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "wp":
        small = img.src.replace("-1024x768", "-300x225")
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768" '
            f'src="{esc(img.src)}" alt="" class="wp-image-{wp}" srcset="{esc(img.src)} 1024w, '
            f'{esc(small)} 300w" sizes="(max-width: 1024px) 100vw, 1024px" />'
            f'<figcaption class="wp-element-caption">{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "wpcap":
        return (
            f'<div id="attachment_{wp}" style="width: 810px" class="wp-caption aligncenter">'
            f'<img aria-describedby="caption-attachment-{wp}" decoding="async" class="size-large '
            f'wp-image-{wp}" src="{esc(img.src)}" alt="" width="800" height="600" />'
            f'<p id="caption-attachment-{wp}" class="wp-caption-text">{esc(img.printed or "")}</p></div>'
        )
    return _img_tag(img.src)


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    i = 0
    img_idx = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "grid":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "grid":
                    group.append(blocks[i])
                    i += 1
                cells = "".join(
                    f'<a href="{esc(g.src)}" data-fancybox="gallery">{_img_tag(g.src)}</a>' for g in group
                )
                out.append(f'<div class="image-grid" data-cols="2">{cells}</div>')
                continue
            out.append(render_img(b, story, img_idx))
            img_idx += 1
            i += 1
            continue
        toks = _tokens(b.style)
        if toks & {"ul", "ol", "wpli"}:
            kind = "ol" if "ol" in toks else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and _tokens(blocks[i].style) & {"ul", "ol", "wpli"}:
                q = blocks[i]
                inner = _ptext(q) if "wpli" in _tokens(q.style) else f"<p>{_ptext(q)}</p>"
                items.append(f"<li>{inner}</li>")
                i += 1
            out.append(f"<{kind}>{''.join(items)}</{kind}>")
            continue
        if toks & {"th", "row"}:
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and _tokens(blocks[i].style) & {"th", "row"}:
                q = blocks[i]
                tag = "th" if "th" in _tokens(q.style) else "td"
                cells = "".join(
                    f'<{tag} colspan="1" rowspan="1"><p>{text(c)}</p></{tag}>' for c in q.text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(f'<table style="min-width: 100px"><colgroup><col><col><col><col></colgroup><tbody>{"".join(rows)}</tbody></table>')
            continue
        if "br" in toks:
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P):
                lines.append(_ptext(blocks[i]))
                last = "br" not in _tokens(blocks[i].style)
                i += 1
                if last:
                    break
            out.append("<p>" + "<br>".join(lines) + "</p>")
            continue
        t = _ptext(b)
        emo = _emoji(b.style)
        if emo:
            char, code = emo
            t = (
                f'<span class="x3nfvp2 x1j61x8r"><img height="16" width="16" alt="{char}" '
                f'referrerpolicy="origin-when-cross-origin" src="https://static.xx.fbcdn.net/images/emoji.php/'
                f'v9/t{code[-2:]}/1/16/{code}.png"></span> {t}'
            )
        if "h2" in toks:
            out.append(f"<h2>{t}</h2>")
        elif "h3" in toks:
            out.append(f"<h3>{t}</h3>")
        elif "quote" in toks:
            out.append(f"<blockquote><p>{t}</p></blockquote>")
        elif "lead" in toks:
            out.append(f"<p><strong>{t}</strong></p>")
        elif "wp" in toks:
            out.append(f"<p>{t}</p>\n")
        else:
            out.append(f"<p>{t}</p>")
        i += 1
    sep = "\n" if "wp" in story.opts else ""
    body = sep.join(out)
    # the WordPress import kept its leading spacer; TipTap leaves an empty paragraph at the end
    return "<p>&nbsp;</p>\n" + body if "wp" in story.opts else body + "<p></p>"


# --- RSC flight data ------------------------------------------------------------------------


def _js_string(value: str) -> str:
    """JSON.stringify plus Next's htmlEscapeJsonString."""
    s = json.dumps(value, ensure_ascii=False)
    for a, b in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        s = s.replace(a, b)
    return s


def _row(key: str, model: object) -> str:
    return f"{key}:{json.dumps(model, ensure_ascii=False, separators=(',', ':'))}\n"


def flight(route: list[str], rows: list[str], head_title: str) -> str:
    """The flight-data scripts of a page: module refs, the router tree, then the page's own rows."""
    chunks = [
        '1:HL["/_next/static/css/7c1e2b0a3d9f4e21.css","style"]\n',
        '2:I[5751,[],""]\n4:I[9275,[],""]\n5:I[1343,[],""]\n'
        '6:I[2972,["972","static/chunks/972-4a1d8f0c3b2e9d71.js","185","static/chunks/app/'
        'layout-9c0e5b3f1a2d4e67.js"],""]\n'
        '7:I[3812,["972","static/chunks/972-4a1d8f0c3b2e9d71.js","333","static/chunks/app/tin-tuc/'
        '%5Bslug%5D/page-2b7e9a1c4d3f5e80.js"],"ShareBar"]\n',
        _row(
            "0",
            [
                BUILD_ID,
                [[["", {"children": route}], None, ["$", "$L3", None, {"children": "$L8"}]]],
                [["$", "link", "0", {"rel": "stylesheet", "href": "/_next/static/css/7c1e2b0a3d9f4e21.css"}]],
            ],
        ),
        _row(
            "3",
            [
                ["$", "meta", "0", {"name": "viewport", "content": "width=device-width, initial-scale=1"}],
                ["$", "meta", "1", {"charSet": "utf-8"}],
                ["$", "title", "2", {"children": head_title}],
            ],
        ),
        *rows,
    ]
    out = ["<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>"]
    out += [f"<script>self.__next_f.push([1,{_js_string(c)}])</script>" for c in chunks]
    return "".join(out)


def post_json(story: Story) -> dict:
    return {
        "id": story.id,
        "slug": story.slug,
        "title": story.title,
        "category": story.cat,
        "excerpt": story.summary if story.sapo_outside else None,
        "content": render_body(story),
        "published_at": story.opts["day"].isoformat() if "day" in story.opts else supa_iso(story.opts["dt"]),
        "updated_at": supa_iso(story.opts.get("updated") or story.opts.get("dt") or datetime(2026, 10, 30, 9, 0, tzinfo=VN)),
        "status": "published",
        "views": story.views(),
        "author": {"username": story.opts.get("poster", "quantri")},
        "imported_from_wp": "wp" in story.opts,
    }


DRAFT = {
    "id": 14,
    "slug": DRAFT_SLUG,
    "title": "Kế hoạch tổ chức Ngày hội Giáng sinh 2026 (nháp)",
    "category": "su-kien",
    "excerpt": None,
    "content": "<p>Đang soạn…</p>",
    "published_at": None,
    "status": "draft",
    "author": {"username": "quantri"},
}


# --- chrome -------------------------------------------------------------------------------------

CSS = "/_next/static/css/7c1e2b0a3d9f4e21.css"
SCRIPTS = (
    '<script src="/_next/static/chunks/webpack-5f2a1c9e8b7d6a43.js" async=""></script>'
    '<script src="/_next/static/chunks/fd9d1056-2b8a7c3e1f4d5a69.js" async=""></script>'
    '<script src="/_next/static/chunks/main-app-8e1f0b3c7a2d9e45.js" async=""></script>'
)

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"), ("/doi-ngu", "Đội ngũ giáo viên")]),
    ("/tin-tuc", "Tin tức", [(f"/tin-tuc?danh-muc={k}", v) for k, v in CATS.items()]),
    ("/thuc-don", "Thực đơn", []),
    ("/thu-vien-anh", "Thư viện", [("/thu-vien-anh", "Thư viện ảnh"), ("/video", "Video hoạt động")]),
    ("/lien-he", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in _MENU:
        if not subs:
            items.append(
                f'<li><a class="block px-4 py-3 font-semibold text-white hover:bg-sky-600" href="{esc(href)}">'
                f"{esc(label)}</a></li>"
            )
            continue
        sub = "".join(
            f'<li><a class="block px-4 py-2 text-sm text-gray-700 hover:bg-pink-50" href="{esc(h)}">{esc(t)}</a></li>'
            for h, t in subs
        )
        items.append(
            f'<li class="group relative"><a class="flex items-center gap-1 px-4 py-3 font-semibold text-white '
            f'hover:bg-sky-600" href="{esc(href)}">{esc(label)}<svg class="h-3 w-3" viewBox="0 0 20 20" '
            f'fill="currentColor" aria-hidden="true"><path d="M5.3 7.3a1 1 0 011.4 0L10 10.6l3.3-3.3a1 1 0 '
            f'111.4 1.4l-4 4a1 1 0 01-1.4 0l-4-4a1 1 0 010-1.4z"></path></svg></a><ul class="invisible '
            f'absolute left-0 top-full z-30 min-w-[220px] rounded-b-xl bg-white py-2 shadow-lg '
            f'group-hover:visible">{sub}</ul></li>'
        )
    return (
        '<nav class="Nav_thanhMenu__2bXc1 sticky top-0 z-40 bg-sky-500 shadow"><ul class="mx-auto hidden '
        f'max-w-6xl lg:flex">{"".join(items)}</ul><button class="p-3 text-white lg:hidden" '
        'aria-label="Mở menu">☰</button></nav>'
    )


def _header() -> str:
    logo, _ = _nimg("/images/logo-hoa-sen.png", 64, "Logo Trường Mầm non Hoa Sen", priority=True)
    return (
        '<div class="bg-pink-500 text-xs text-white"><div class="mx-auto flex max-w-6xl items-center '
        f'justify-between px-4 py-1"><span>📅 {HEADER_TODAY}</span><span class="hidden md:inline">☎ '
        "Hotline: 0237 3 852 468 · ✉ mnhoasen.hacthanh@thanhhoa.edu.vn</span></div></div>"
        '<header class="Header_wrap__9fKp2 bg-white"><div class="mx-auto flex max-w-6xl items-center gap-3 '
        f'px-4 py-3"><a href="/" class="flex items-center gap-3">{logo}<div><p class="text-xs uppercase '
        'tracking-wide text-sky-600">UBND phường Hạc Thành</p><h1 class="Header_ten__Lq8sV text-xl '
        'font-extrabold text-pink-600 md:text-2xl">TRƯỜNG MẦM NON HOA SEN</h1><p class="text-xs italic '
        'text-gray-500">“Mỗi ngày đến trường là một ngày vui”</p></div></a><form action="/tim-kiem" '
        'class="ml-auto hidden items-center md:flex"><input name="q" placeholder="Tìm bài viết…" '
        'class="rounded-l-full border border-pink-200 px-4 py-1.5 text-sm"/><button type="submit" '
        'class="rounded-r-full bg-pink-500 px-3 py-1.5 text-white">🔍</button></form></div></header>'
        + _menu()
        + '<div class="ChayChu_khung__Hh3k1 overflow-hidden bg-yellow-100 text-sm text-orange-700"><div '
        'class="animate-marquee whitespace-nowrap py-1.5">📢 THÔNG BÁO: Trẻ nghỉ học ngày Thứ Hai, '
        "08/12/2026 để nhà trường phun khử khuẩn phòng bệnh tay chân miệng. "
        f'<a class="font-bold underline" href="{story_path(BY_ID[12])}">Xem chi tiết »</a> · 🎄 Đăng ký '
        "tham gia Ngày hội Giáng sinh với lớp của bé trước ngày 15/12!</div></div>"
    )


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _box(title: str, inner: str) -> str:
    return (
        '<section class="Sidebar_hop__7Gm2a mb-6 overflow-hidden rounded-2xl border border-pink-100 bg-white">'
        f'<div class="bg-gradient-to-r from-pink-400 to-orange-300 px-4 py-2 font-bold text-white">{title}</div>'
        f'<div class="p-4 text-sm">{inner}</div></section>'
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li class="border-b border-dashed py-2"><a class="hover:text-pink-600" href="{story_path(s)}">'
        f"{esc(s.title)}</a></li>"
        for s in ORDER
        if s.cat == "thong-bao"
    )
    most = "".join(
        f'<li class="flex gap-2 py-2"><span class="font-black text-pink-400">{n}</span><div><a '
        f'class="hover:text-pink-600" href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a><p '
        f'class="text-xs text-gray-400">👁 {_dots(BY_ID[i].views() + 2400)} lượt xem</p></div></li>'
        for n, i in enumerate([9, 4, 13, 11], 1)
    )
    poll = (
        '<p class="mb-2 font-semibold">Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của bé?</p>'
        '<div role="radiogroup" class="space-y-1">'
        + "".join(
            f'<label class="flex items-center gap-2"><input type="radio" name="binhchon" value="{k}"/>{v}</label>'
            for k, v in [("1", "Rất hài lòng"), ("2", "Hài lòng"), ("3", "Cần cải thiện thêm")]
        )
        + '</div><button type="button" class="mt-3 rounded-full bg-sky-500 px-4 py-1 text-white">Bình chọn'
        '</button> <button type="button" class="text-xs text-sky-600 underline">Xem kết quả</button>'
    )
    links = (
        '<ul class="space-y-1"><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục '
        'và Đào tạo</a></li><li><a href="https://thanhhoa.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT '
        'Thanh Hóa</a></li><li><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener">Cổng Dịch '
        'vụ công quốc gia</a></li><li><a href="https://www.facebook.com/mamnonhoasen.hacthanh" '
        'target="_blank" rel="noopener">Fanpage nhà trường</a></li></ul>'
    )
    counter = (
        '<ul class="Sidebar_thongKe__p0Qa1 space-y-1"><li>🟢 Đang online: <b>12</b></li><li>📈 Hôm nay: '
        "<b>356</b></li><li>📅 Hôm qua: <b>498</b></li><li>👥 Tổng truy cập: <b>128.764</b></li></ul>"
    )
    quote_ = (
        '<blockquote class="border-l-4 border-pink-300 pl-3 italic text-gray-600">“Trẻ em như búp trên cành,'
        "<br/>Biết ăn ngủ, biết học hành là ngoan.”<footer class=\"mt-1 text-xs not-italic\">— Chủ tịch Hồ Chí "
        "Minh</footer></blockquote>"
    )
    return (
        '<aside class="space-y-6">'
        + _box("📢 Thông báo mới", f'<ul class="space-y-1">{notices}</ul>')
        + _box("🔥 Đọc nhiều nhất", f"<ol>{most}</ol>")
        + _box("🗳️ Thăm dò ý kiến", poll)
        + _box("📊 Thống kê truy cập", counter)
        + _box("🔗 Liên kết website", links)
        + _box("💬 Lời hay ý đẹp", quote_)
        + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="Footer_nen__Tq4Zx mt-10 bg-sky-900 text-sm text-sky-100"><div class="mx-auto grid '
        'max-w-6xl gap-6 px-4 py-8 md:grid-cols-3"><div><p class="text-lg font-bold text-white">TRƯỜNG MẦM '
        'NON HOA SEN</p><p>📍 Số 25 phố Hàng Đồng, phường Hạc Thành, tỉnh Thanh Hóa</p><p>☎ 0237 3 852 468'
        '</p><p>✉ mnhoasen.hacthanh@thanhhoa.edu.vn</p></div><div><p class="font-bold text-white">Giờ đón '
        "trẻ</p><p>Sáng: 6h45 – 7h45 · Chiều: 16h30 – 17h15</p><p>Thứ Bảy, Chủ nhật nghỉ</p></div><div><p "
        'class="font-bold text-white">Kết nối</p><p><a href="https://www.facebook.com/mamnonhoasen.hacthanh">'
        'Facebook</a> · <a href="https://zalo.me/0912456789">Zalo</a> · <a '
        'href="https://www.youtube.com/@mamnonhoasen">YouTube</a></p></div></div><div class="border-t '
        'border-sky-800 py-3 text-center text-xs">© 2026 Trường Mầm non Hoa Sen. Thiết kế &amp; phát triển: '
        "phụ huynh bé Bảo An (lớp Lá 2) ❤️ · Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Thu Hà</div>"
        '</footer><a href="https://zalo.me/0912456789" class="fixed bottom-5 right-5 z-50 rounded-full '
        'bg-blue-500 px-4 py-3 font-bold text-white shadow-lg" target="_blank" rel="noopener">💬 Chat Zalo</a>'
    )


_RC = (
    '<script>$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a='
    'document.getElementById(b);if(a){b=a.previousSibling;if(e)b.data="$!",a.setAttribute("data-dgst",e);'
    'else{e=b.parentNode;a=b.nextSibling;var f=0;do{if(a&&8===a.nodeType){var d=a.data;if("/$"===d)if(0===f)'
    'break;else f--;else"$"!==d&&"$?"!==d&&"$!"!==d||f++}d=a.nextSibling;e.removeChild(a);a=d}while(a);'
    'for(;c.firstChild;)e.insertBefore(c.firstChild,a);b.data="$"}b._reactRetry&&b._reactRetry()}};'
    '$RC("B:0","S:0")</script>'
)

SKELETON = (
    '<div class="animate-pulse space-y-4 rounded-2xl bg-white p-5"><div class="h-4 w-40 rounded bg-pink-100">'
    '</div><div class="h-8 w-3/4 rounded bg-pink-100"></div><div class="aspect-video rounded-xl bg-pink-50">'
    '</div><div class="h-4 rounded bg-gray-100"></div><div class="h-4 w-5/6 rounded bg-gray-100"></div><p '
    'class="text-center text-sm text-gray-400">Đang tải bài viết…</p></div>'
)


def layout(
    request: Request,
    *,
    title: str,
    description: str,
    content: str,
    rows: list[str],
    route: list,
    streamed: bool = False,
    head_extra: str = "",
    robots: str | None = None,
) -> str:
    """The root layout around a page; ``streamed`` sends the skeleton and the content at the end."""
    base = base_url(request)
    full_title = f"{title} | {SCHOOL}" if title != SCHOOL else SCHOOL
    head = (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" '
        f'content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="{CSS}" '
        'data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" '
        f'href="/_next/static/chunks/webpack-5f2a1c9e8b7d6a43.js"/>{SCRIPTS}'
        f"<title>{esc(full_title)}</title><meta name=\"description\" content=\"{esc(description)}\"/>"
        + (f'<meta name="robots" content="{robots}"/>' if robots else "")
        + f'<link rel="canonical" href="{base}"/>'
        + f'<meta property="og:site_name" content="{SCHOOL}"/><meta property="og:locale" content="vi_VN"/>'
        + head_extra
        + '<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="32x32"/>'
        '<script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head>'
    )
    if streamed:
        main_inner = f'<!--$?--><template id="B:0"></template>{SKELETON}<!--/$-->'
    else:
        main_inner = content
    body = (
        '<body class="__className_d65c78 bg-pink-50/40 text-gray-800">'
        + _header()
        + '<main class="mx-auto max-w-6xl px-4 py-6 lg:grid lg:grid-cols-[1fr_300px] lg:gap-8"><div>'
        + main_inner
        + "</div>"
        + _sidebar()
        + "</main>"
        + _footer()
    )
    tail = ""
    if streamed:
        tail = f'<div hidden id="S:0">{content}</div>{_RC}'
    return head + body + tail + flight(route, rows, full_title) + "</body></html>"


def breadcrumb(items: list[tuple[str | None, str]]) -> str:
    lis = []
    for n, (href, label) in enumerate(items):
        if n:
            lis.append('<li aria-hidden="true" class="text-gray-300">›</li>')
        if href:
            lis.append(f'<li><a class="hover:text-pink-600" href="{esc(href)}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="line-clamp-1 text-gray-400">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb" class="mb-4 text-sm text-gray-500"><ol class="flex flex-wrap gap-2">{"".join(lis)}</ol></nav>'


# --- pages --------------------------------------------------------------------------------------


def thumb_url(story: Story) -> str:
    for img in story.images:
        if img.style == "cover":
            return unquote(img.src.split("url=", 1)[1].split("&", 1)[0])
        if img.src.startswith("/"):
            return img.src
    return "/images/anh-mac-dinh-hoa-sen.png"


def teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "…"


def card(story: Story) -> str:
    img, _ = _nimg(thumb_url(story), 384, story.title, cls="h-full w-full object-cover transition group-hover:scale-105")
    href = esc(raw_path(story))
    return (
        '<div class="TheTin_the__Bq9x2 group overflow-hidden rounded-2xl bg-white shadow-sm">'
        f'<a href="{href}" class="block aspect-[4/3] overflow-hidden">{img}</a><div class="p-4"><span '
        'class="rounded-full bg-sky-100 px-2 py-0.5 text-[11px] font-semibold uppercase text-sky-700">'
        f'{esc(CATS[story.cat])}</span><h3 class="mt-2 line-clamp-2 font-bold leading-snug"><a '
        f'class="hover:text-pink-600" href="{href}">{esc(story.title)}</a></h3><p class="mt-1 line-clamp-3 '
        f'text-sm text-gray-500">{esc(teaser(story))}</p><p class="mt-2 text-xs text-gray-400"><time '
        f'dateTime="{machine_date(story)}">{relative(story)}</time> · 👁 {_dots(story.views())}</p></div></div>'
    )


def list_rows(stories: list[Story]) -> list[str]:
    return [_row("8", {"posts": [{k: v for k, v in post_json(s).items() if k != "content"} for s in stories]})]


def article_content(story: Story) -> str:
    cat = CATS[story.cat]
    meta = [
        f'<span>🗓 <time dateTime="{machine_date(story)}">{shown_date(story)}</time></span>',
        f'<span>✍️ Người đăng: {esc(story.opts.get("poster", "quantri"))}</span>',
        f"<span>👁 {_dots(story.views())} lượt xem</span>",
        f'<span>⏱ {max(1, len(" ".join(story.paragraphs).split()) // 200 + 1)} phút đọc</span>',
    ]
    if "updated" in story.opts:
        up = story.opts["updated"]
        meta.append(
            f'<span class="italic">🔄 Cập nhật: <time dateTime="{utc_iso(up)}">{up:%H:%M %d/%m/%Y}</time></span>'
        )
    parts = [
        breadcrumb([("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (f"/tin-tuc?danh-muc={story.cat}", cat)]),
        '<article class="BaiViet_khung__3xQ9d rounded-2xl bg-white p-5 shadow-sm md:p-8">',
        f'<a href="/tin-tuc?danh-muc={story.cat}" class="inline-block rounded-full bg-sky-100 px-3 py-0.5 '
        f'text-xs font-semibold text-sky-700">{esc(cat)}</a>',
        '<h1 class="BaiViet_tieuDe__Zk2p1 mt-3 text-2xl font-extrabold leading-tight text-pink-700 md:text-3xl">'
        f"{esc(story.title)}</h1>",
        f'<div class="BaiViet_meta__q1W7e mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-500">{"".join(meta)}</div>',
    ]
    if story.summary and story.sapo_outside:
        parts.append(
            '<p class="BaiViet_sapo__Lm3Ty mt-5 border-l-4 border-pink-300 pl-4 text-lg font-semibold '
            f'text-gray-700">{esc(story.summary)}</p>'
        )
    for img in story.images:
        if img.style == "cover":
            markup, _ = _nimg(thumb_url(story), 800, story.title, cls="w-full rounded-xl", priority=True)
            parts.append(f'<div class="relative mt-5 overflow-hidden rounded-xl">{markup}</div>')
    if "wp" in story.opts:
        parts.append(
            '<p class="mt-4 rounded-lg bg-yellow-50 px-3 py-2 text-xs italic text-yellow-700">ℹ️ Bài viết được '
            "chuyển từ website cũ của nhà trường.</p>"
        )
    parts.append(
        f'<div class="BaiViet_noiDung__x7Kq2 prose prose-pink mt-6 max-w-none">{render_body(story)}</div>'
    )
    if "card" in story.opts:
        name, post, avatar = story.opts["card"]
        av, _ = _nimg(avatar, 48, name, cls="rounded-full")
        parts.append(
            '<div class="TacGia_the__r5Nw8 mt-6 flex items-center gap-3 rounded-xl bg-pink-50 p-3">'
            f'{av}<div><p class="text-xs text-gray-400">Người viết</p><p class="font-semibold">{esc(name)}</p>'
            f'<p class="text-xs text-gray-500">{esc(post)}</p></div></div>'
        )
    tags = story.opts.get("tags", [])
    if tags:
        chips = "".join(
            f'<a class="rounded-full border px-2 py-0.5 hover:bg-pink-50" href="/tin-tuc?tag={t}">#{esc(TAGS[t])}</a>'
            for t in tags
        )
        parts.append(f'<div class="mt-6 flex flex-wrap items-center gap-2 text-xs">🏷️ Từ khóa: {chips}</div>')
    share_url = quote("https://mnhoasen.thanhhoa.edu.vn" + story_path(story), safe="")
    parts.append(
        '<div class="mt-4 flex flex-wrap items-center gap-2 border-t pt-4 text-sm">Chia sẻ: <a '
        f'href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" '
        'class="rounded bg-blue-600 px-2 py-1 text-white">Facebook</a><a '
        f'href="https://sp.zalo.me/share_inline?u={share_url}" target="_blank" rel="noopener" class="rounded '
        'bg-sky-500 px-2 py-1 text-white">Zalo</a><button type="button" class="rounded border px-2 py-1">🔗 Sao '
        'chép liên kết</button><button type="button" class="rounded border px-2 py-1">🖨 In bài</button></div>'
    )
    others = [s for s in ORDER if s.id != story.id][:4]
    items = "".join(
        f'<li class="flex gap-3 py-2"><span class="text-pink-400">🌼</span><div><a class="font-medium '
        f'hover:text-pink-600" href="{esc(raw_path(s))}">{esc(s.title)}</a> <span class="text-xs text-gray-400">'
        f"({pub_day(s):%d/%m/%Y})</span></div></li>"
        for s in others
    )
    parts.append(
        '<section class="mt-8"><h2 class="mb-2 border-b-2 border-pink-300 pb-1 text-lg font-bold text-pink-600">'
        f'Các tin khác</h2><ul class="divide-y">{items}</ul></section></article>'
    )
    return "".join(parts)


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    content = article_content(story)
    desc = teaser(story)
    images = [
        base + (unquote(i.src.split("url=", 1)[1].split("&", 1)[0]) if i.style == "cover" else i.src)
        if i.src.startswith("/")
        else i.src
        for i in story.images
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": machine_date(story),
        "dateModified": utc_iso(story.opts["updated"]) if "updated" in story.opts else machine_date(story),
        "author": {"@type": "Person", "name": story.opts.get("poster", "quantri")},
        "publisher": {"@type": "EducationalOrganization", "name": SCHOOL, "logo": base + "/images/logo-hoa-sen.png"},
        "image": images[:1],
        "mainEntityOfPage": base + story_path(story),
    }
    head = (
        f'<meta property="og:title" content="{esc(story.title)}"/><meta property="og:description" '
        f'content="{esc(desc)}"/><meta property="og:url" content="{base}{story_path(story)}"/><meta '
        'property="og:type" content="article"/>'
        + (f'<meta property="og:image" content="{esc(images[0])}"/>' if images else "")
        + f'<meta property="article:published_time" content="{machine_date(story)}"/>'
        + '<script type="application/ld+json">'
        + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )
    body_html = render_body(story)
    rows = [
        _row(
            "8",
            [
                "$",
                "article",
                None,
                {
                    "className": "BaiViet_khung__3xQ9d rounded-2xl bg-white p-5 shadow-sm md:p-8",
                    "children": [
                        ["$", "h1", None, {"className": "BaiViet_tieuDe__Zk2p1", "children": story.title}],
                        [
                            "$",
                            "div",
                            None,
                            {
                                "className": "BaiViet_noiDung__x7Kq2 prose prose-pink mt-6 max-w-none",
                                "dangerouslySetInnerHTML": {"__html": body_html},
                            },
                        ],
                        ["$", "$L7", None, {"post": post_json(story)}],
                    ],
                },
            ],
        )
    ]
    route = ["tin-tuc", {"children": [["slug", story.slug, "d"], {"children": ["__PAGE__", {}]}]}]
    page = layout(
        request,
        title=story.title,
        description=desc,
        content=content,
        rows=rows,
        route=route,
        streamed=bool(story.opts.get("stream")),
        head_extra=head,
    )
    return html(page, headers={"x-nextjs-cache": "MISS" if story.opts.get("stream") else "HIT", "Vary": "RSC, Next-Router-State-Tree, Next-Router-Prefetch"})


NOT_FOUND = (
    '<div class="flex flex-col items-center rounded-2xl bg-white py-16 text-center"><p class="text-6xl">🙈</p>'
    '<h2 class="mt-4 text-2xl font-bold text-pink-600">404 – Không tìm thấy trang</h2><p class="mt-2 '
    'text-gray-500">Bài viết có thể đã bị xóa hoặc đường dẫn không đúng.</p><a href="/" class="mt-6 '
    'rounded-full bg-pink-500 px-5 py-2 text-white">Về trang chủ</a></div>'
)


def not_found(request: Request, *, soft: bool) -> Response:
    page = layout(
        request,
        title=SCHOOL,
        description="Trang thông tin điện tử Trường Mầm non Hoa Sen, phường Hạc Thành, tỉnh Thanh Hóa.",
        content=NOT_FOUND,
        rows=[_row("8", ["$", "$L9", None, {"notFound": True}])],
        route=["/_not-found", {"children": ["__PAGE__", {}]}],
        streamed=soft,
        robots="noindex",
    )
    return html(page, status=200 if soft else 404)


def pager(page: int, last: int, href) -> str:
    if last <= 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<a class="rounded-full px-3 py-1 hover:bg-pink-100" href="{esc(href(page - 1))}">‹ Trang trước</a>')
    for n in range(1, last + 1):
        if n == page:
            items.append(f'<span aria-current="page" class="rounded-full bg-pink-500 px-3 py-1 text-white">{n}</span>')
        else:
            items.append(f'<a class="rounded-full px-3 py-1 hover:bg-pink-100" href="{esc(href(n))}">{n}</a>')
    if page < last:
        items.append(f'<a class="rounded-full px-3 py-1 hover:bg-pink-100" href="{esc(href(page + 1))}">Trang sau ›</a>')
    return f'<nav class="PhanTrang_khung__c8Lw0 mt-8 hidden justify-center gap-1 md:flex" aria-label="Phân trang">{"".join(items)}</nav>'


def main_href(n: int) -> str:
    return "/tin-tuc" if n == 1 else f"/tin-tuc/page/{n}"


def listing_page(
    request: Request, *, stories: list[Story], page: int, size: int, heading: str, crumbs, href, more_href=None,
    streamed: bool = False, route=None,
) -> Response:
    last = max(1, -(-len(stories) // size))
    chunk = stories[(page - 1) * size : page * size]
    chips = "".join(
        f'<a class="rounded-full border border-pink-200 px-3 py-1 text-sm hover:bg-pink-100" href="{esc(h)}">{esc(t)}</a>'
        for h, t in [("/tin-tuc", "Tất cả"), *((f"/tin-tuc?danh-muc={k}", v) for k, v in CATS.items())]
    )
    if chunk:
        grid = f'<div class="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">{"".join(card(s) for s in chunk)}</div>'
    else:
        grid = '<p class="rounded-2xl bg-white p-8 text-center text-gray-400">Chưa có bài viết nào.</p>'
    more = ""
    if more_href and page < last:
        more = (
            f'<div class="mt-6 text-center md:hidden"><a class="inline-block rounded-full bg-pink-500 px-6 py-2 '
            f'font-semibold text-white" href="{esc(more_href(page + 1))}">Xem thêm bài viết</a></div>'
        )
    content = (
        breadcrumb(crumbs)
        + f'<h2 class="mb-4 text-2xl font-extrabold text-pink-600">{esc(heading)}</h2>'
        + f'<div class="mb-5 flex flex-wrap gap-2">{chips}</div>'
        + grid
        + pager(page, last, href)
        + more
    )
    title = heading if page == 1 else f"{heading} – Trang {page}"
    return html(
        layout(
            request,
            title=title,
            description=f"{heading} – Trường Mầm non Hoa Sen",
            content=content,
            rows=list_rows(chunk),
            route=route or ["tin-tuc", {"children": ["__PAGE__", {}]}],
            streamed=streamed,
        )
    )


ALBUMS = {
    "be-vui-trung-thu-2026": (
        "Bé vui Trung thu 2026",
        date(2026, 9, 25),
        [
            "Các bé lớp Lá 1 rước đèn ông sao",
            "Chú Cuội, chị Hằng đến thăm lớp",
            "Mâm cỗ Trung thu do các bé tự bày",
            "Múa lân rộn ràng sân trường",
            "Phá cỗ đêm rằm",
            "Cô và trò lớp Chồi 2",
        ],
    ),
    "le-khai-giang-nam-hoc-2026-2027": (
        "Lễ khai giảng năm học 2026 – 2027",
        date(2026, 9, 5),
        ["Các bé xếp hàng chào cờ", "Tiết mục múa khai mạc", "Cô Hiệu trưởng đánh trống khai trường", "Bé vui đến lớp"],
    ),
}
VIDEOS = {
    "mua-trong-com-lop-la-1": (
        "Múa “Trống cơm” – lớp Lá 1",
        date(2026, 11, 21),
        "pL7sQ2xV9bT",
        "Tiết mục múa “Trống cơm” của các bé lớp Lá 1 biểu diễn tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11.",
    ),
}


def home_page(request: Request) -> Response:
    base = base_url(request)
    slides = []
    for n, (img, line) in enumerate(
        [
            ("/images/slide-1.jpg", "Chào mừng bé đến với ngôi nhà thứ hai 🏡"),
            ("/images/slide-2.jpg", "Môi trường xanh – sạch – đẹp – an toàn"),
            ("/images/slide-3.jpg", "Tuyển sinh năm học 2027 – 2028"),
        ]
    ):
        markup, _ = _nimg(img, 1200, line, cls="h-full w-full object-cover", priority=n == 0)
        slides.append(
            f'<div class="Slider_anh__Pz5y7 relative aspect-[21/9] {"" if n == 0 else "hidden"}">{markup}<p '
            f'class="absolute bottom-6 left-6 rounded-xl bg-white/80 px-4 py-2 text-xl font-bold text-pink-600">'
            f"{esc(line)}</p></div>"
        )
    pinned = (
        '<section class="TrangChu_ghim__k3Ls9 mt-6 rounded-2xl border-2 border-dashed border-orange-300 bg-orange-50 p-4">'
        '<h2 class="mb-2 font-bold text-orange-600">📌 Tin nổi bật</h2><div class="prose prose-sm max-w-none">'
        f'<p>👉 <a href="{base}{story_path(BY_ID[9])}?fbclid={FBCLID[9]}" target="_blank">Xúc động Lễ tri ân '
        "thầy cô nhân ngày 20/11</a></p>"
        f'<p>👉 <a href="{base}{story_path(BY_ID[6])}?fbclid={FBCLID[6]}" target="_blank">Cùng con làm đồ chơi '
        "tái chế – lan tỏa lối sống xanh</a></p><p>👉 Lịch đón trẻ mùa đông: sáng từ 6h45, chiều đến 17h15.</p>"
        "</div></section>"
    )

    def block(title: str, more: str, stories: list[Story]) -> str:
        return (
            f'<section class="mt-8"><div class="mb-3 flex items-center justify-between"><h2 class="text-xl '
            f'font-extrabold text-pink-600">{title}</h2><a class="text-sm text-sky-600 hover:underline" '
            f'href="{esc(more)}">Xem tất cả »</a></div><div class="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">'
            f'{"".join(card(s) for s in stories)}</div></section>'
        )

    notices = "".join(
        f'<li class="py-2">📄 <a class="hover:text-pink-600" href="{esc(raw_path(s))}">{esc(s.title)}</a> '
        f'<span class="text-xs text-gray-400">{pub_day(s):%d/%m/%Y}</span></li>'
        for s in ORDER
        if s.cat == "thong-bao"
    )
    albums = "".join(
        f'<a href="/thu-vien-anh/{k}" class="group block overflow-hidden rounded-xl bg-white">'
        f'{_nimg(f"/uploads/albums/{k}/01.jpg", 384, t)[0]}<p class="p-2 text-sm font-semibold">{esc(t)}</p></a>'
        for k, (t, _d, _c) in ALBUMS.items()
    )
    videos = "".join(
        f'<a href="/video/{k}" class="block overflow-hidden rounded-xl bg-white"><img alt="{esc(t)}" '
        f'src="https://i.ytimg.com/vi/{vid}/hqdefault.jpg" class="w-full"/><p class="p-2 text-sm font-semibold">▶ '
        f"{esc(t)}</p></a>"
        for k, (t, _d, vid, _x) in VIDEOS.items()
    )
    content = (
        f'<div class="overflow-hidden rounded-2xl">{"".join(slides)}</div>'
        + pinned
        + block("🌟 Tin mới nhất", "/tin-tuc", ORDER[:5])
        + block("🧸 Hoạt động của bé", "/tin-tuc?danh-muc=hoat-dong-cua-be", [s for s in ORDER if s.cat == "hoat-dong-cua-be"][:3])
        + '<section class="mt-8 rounded-2xl bg-white p-5"><div class="mb-2 flex justify-between"><h2 class="text-xl '
        'font-extrabold text-pink-600">📢 Thông báo</h2><a class="text-sm text-sky-600" '
        f'href="/tin-tuc?danh-muc=thong-bao">Xem tất cả »</a></div><ul class="divide-y">{notices}</ul></section>'
        + '<section class="mt-8"><div class="mb-3 flex justify-between"><h2 class="text-xl font-extrabold text-pink-600">'
        f'📷 Thư viện ảnh</h2><a class="text-sm text-sky-600" href="/thu-vien-anh">Xem tất cả »</a></div><div '
        f'class="grid grid-cols-2 gap-4">{albums}</div></section>'
        + '<section class="mt-8"><div class="mb-3 flex justify-between"><h2 class="text-xl font-extrabold text-pink-600">'
        f'🎬 Video</h2><a class="text-sm text-sky-600" href="/video">Xem tất cả »</a></div><div '
        f'class="grid grid-cols-2 gap-4">{videos}</div></section>'
    )
    posts = [{k: v for k, v in post_json(s).items() if k != "content"} for s in ORDER] + [DRAFT]
    rows = [_row("8", ["$", "$La", None, {"posts": posts, "pinnedHtml": pinned}])]
    head = (
        f'<meta property="og:title" content="{SCHOOL}"/><meta property="og:url" content="{base}/"/>'
        '<meta property="og:type" content="website"/>'
    )
    return html(
        layout(
            request,
            title=SCHOOL,
            description="Trang thông tin điện tử Trường Mầm non Hoa Sen, phường Hạc Thành, tỉnh Thanh Hóa.",
            content=content,
            rows=rows,
            route=["__PAGE__", {}],
            head_extra=head,
        )
    )


def simple_page(request: Request, route: str, title: str, crumbs, inner: str) -> Response:
    content = (
        breadcrumb(crumbs)
        + '<div class="rounded-2xl bg-white p-5 shadow-sm md:p-8">'
        + f'<h2 class="mb-4 text-2xl font-extrabold text-pink-600">{esc(title)}</h2>{inner}</div>'
    )
    return html(
        layout(
            request,
            title=title,
            description=f"{title} – Trường Mầm non Hoa Sen",
            content=content,
            rows=[_row("8", ["$", "div", None, {"className": "prose", "dangerouslySetInnerHTML": {"__html": inner}}])],
            route=[route, {"children": ["__PAGE__", {}]}],
        )
    )


HOME_CRUMB = ("/", "Trang chủ")


def intro_page(request: Request) -> Response:
    photo, _ = _nimg("/images/toan-canh-truong.jpg", 800, "Toàn cảnh Trường Mầm non Hoa Sen", cls="rounded-xl")
    inner = (
        "<div class=\"prose max-w-none\"><p>Trường Mầm non Hoa Sen được thành lập năm 1998 theo Quyết định của UBND "
        "thị xã Thanh Hóa (nay là phường Hạc Thành). Trải qua hơn 28 năm xây dựng và phát triển, nhà trường "
        "đã trở thành địa chỉ tin cậy của phụ huynh trong việc chăm sóc, nuôi dưỡng và giáo dục trẻ.</p>"
        f"{photo}<p>Năm học 2026 – 2027, nhà trường có 9 nhóm, lớp với 312 trẻ; 42 cán bộ, giáo viên, "
        "nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p><h3>Thành tích</h3>"
        "<ul><li>Trường đạt chuẩn Quốc gia mức độ 2 (năm 2022);</li><li>Kiểm định chất lượng giáo dục cấp độ 3;"
        "</li><li>Nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</li></ul></div>"
    )
    return simple_page(request, "gioi-thieu", "Giới thiệu chung", [HOME_CRUMB, ("/gioi-thieu", "Giới thiệu")], inner)


STAFF = [
    ("Nguyễn Thị Thu Hà", "Hiệu trưởng", "nguyen-thi-thu-ha"),
    ("Phạm Thu Trang", "Phó Hiệu trưởng", "pham-thu-trang"),
    ("Vũ Thị Thanh Hương", "Phó Hiệu trưởng", "vu-thi-thanh-huong"),
    ("Nguyễn Thị Hồng Nhung", "Tổ trưởng tổ Mẫu giáo nhỡ", "nguyen-thi-hong-nhung"),
    ("Lê Thị Lan", "Giáo viên lớp Lá 2", "le-thi-lan"),
    ("Hoàng Thị Ngọc Ánh", "Giáo viên lớp Chồi 1", "hoang-thi-ngoc-anh"),
    ("Vũ Thị Mai", "Nhân viên y tế", "vu-thi-mai"),
]


def staff_page(request: Request) -> Response:
    cards = "".join(
        f'<div class="rounded-xl bg-pink-50 p-4 text-center">{_nimg(f"/avatars/{k}.jpg", 96, n, cls="mx-auto rounded-full")[0]}'
        f'<p class="mt-2 font-bold">{esc(n)}</p><p class="text-xs text-gray-500">{esc(p)}</p></div>'
        for n, p, k in STAFF
    )
    inner = f'<p class="mb-4">Đội ngũ cán bộ, giáo viên nhà trường năm học 2026 – 2027.</p><div class="grid grid-cols-2 gap-4 md:grid-cols-3">{cards}</div>'
    return simple_page(request, "doi-ngu", "Đội ngũ giáo viên", [HOME_CRUMB, ("/gioi-thieu", "Giới thiệu")], inner)


def contact_page(request: Request) -> Response:
    sent = request.method == "POST"
    notice = '<p class="mb-4 rounded bg-green-50 p-3 text-green-700">✅ Cảm ơn quý phụ huynh, nhà trường đã nhận được tin nhắn!</p>' if sent else ""
    inner = (
        notice
        + "<p>📍 Số 25 phố Hàng Đồng, phường Hạc Thành, tỉnh Thanh Hóa</p><p>☎ 0237 3 852 468 – Hotline tuyển "
        "sinh: 0912 456 789</p><p>✉ mnhoasen.hacthanh@thanhhoa.edu.vn</p>"
        '<iframe class="my-4 h-64 w-full rounded-xl" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3752"'
        ' loading="lazy"></iframe>'
        '<form action="" encType="multipart/form-data" method="POST" class="space-y-3"><input type="hidden" '
        'name="$ACTION_ID_7f3a9c1e5b2d4f60a8e1c3b5d7f9a2c4e6b8d0f1"/><input name="hoTen" required="" '
        'placeholder="Họ và tên phụ huynh" class="w-full rounded border px-3 py-2"/><input name="dienThoai" '
        'placeholder="Số điện thoại" class="w-full rounded border px-3 py-2"/><textarea name="noiDung" '
        'placeholder="Nội dung cần trao đổi" class="w-full rounded border px-3 py-2"></textarea><button '
        'type="submit" class="rounded-full bg-pink-500 px-5 py-2 text-white">Gửi liên hệ</button></form>'
    )
    return simple_page(request, "lien-he", "Liên hệ", [HOME_CRUMB, ("/lien-he", "Liên hệ")], inner)


MENU_WEEK = [
    ("Thứ Hai", "Cháo thịt bằm, sữa", "Cơm, thịt gà rim, canh bí xanh nấu tôm", "Bánh flan, sữa chua"),
    ("Thứ Ba", "Phở bò", "Cơm, cá basa sốt cà chua, canh rau ngót", "Chè đậu xanh"),
    ("Thứ Tư", "Bánh mì, sữa tươi", "Cơm, thịt lợn rang, canh cải nấu thịt", "Cháo gà, chuối"),
    ("Thứ Năm", "Mì gà", "Cơm, trứng chưng thịt, canh mồng tơi", "Sữa chua, thanh long"),
    ("Thứ Sáu", "Xôi gấc, sữa", "Cơm, tôm rim, canh chua", "Bánh bông lan, sữa"),
]


def menu_page(request: Request) -> Response:
    cell = '<td class="border px-2 py-1">{}</td>'
    rows = "".join("<tr>" + "".join(cell.format(esc(c)) for c in r) + "</tr>" for r in MENU_WEEK)
    inner = (
        '<p class="mb-3 italic">Tuần 1 tháng 12/2026 (từ 30/11 đến 04/12/2026) – áp dụng cho trẻ mẫu giáo.</p>'
        '<table class="w-full text-sm"><thead><tr class="bg-pink-100"><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th>'
        f"<th>Bữa chiều</th></tr></thead><tbody>{rows}</tbody></table>"
        '<p class="mt-3 text-xs text-gray-500">Bộ phận nuôi dưỡng – Trường Mầm non Hoa Sen</p>'
    )
    return simple_page(request, "thuc-don", "Thực đơn của bé", [HOME_CRUMB, ("/thuc-don", "Thực đơn")], inner)


def albums_page(request: Request) -> Response:
    cards = "".join(
        f'<a href="/thu-vien-anh/{k}" class="block overflow-hidden rounded-xl bg-pink-50">'
        f'{_nimg(f"/uploads/albums/{k}/01.jpg", 384, t)[0]}<p class="p-2 font-semibold">{esc(t)}</p><p '
        f'class="px-2 pb-2 text-xs text-gray-400">{d:%d/%m/%Y} · {len(c)} ảnh</p></a>'
        for k, (t, d, c) in ALBUMS.items()
    )
    return simple_page(
        request, "thu-vien-anh", "Thư viện ảnh", [HOME_CRUMB, ("/thu-vien-anh", "Thư viện ảnh")],
        f'<div class="grid grid-cols-2 gap-4">{cards}</div>',
    )


def album_page(request: Request, key: str) -> Response:
    title, day, caps = ALBUMS[key]
    cells = "".join(
        f'<figure class="overflow-hidden rounded-xl">{_nimg(f"/uploads/albums/{key}/{n:02d}.jpg", 384, c)[0]}'
        f'<figcaption class="p-1 text-center text-xs">{esc(c)}</figcaption></figure>'
        for n, c in enumerate(caps, 1)
    )
    inner = f'<p class="mb-3 text-xs text-gray-400">📅 Ngày đăng: {day:%d/%m/%Y} · {len(caps)} ảnh</p><div class="grid grid-cols-2 gap-3 md:grid-cols-3">{cells}</div>'
    return simple_page(request, "thu-vien-anh", title, [HOME_CRUMB, ("/thu-vien-anh", "Thư viện ảnh")], inner)


def videos_page(request: Request) -> Response:
    cards = "".join(
        f'<a href="/video/{k}" class="block rounded-xl bg-pink-50 p-2"><img alt="{esc(t)}" '
        f'src="https://i.ytimg.com/vi/{vid}/hqdefault.jpg" class="w-full rounded"/><p class="mt-1 font-semibold">▶ '
        f"{esc(t)}</p></a>"
        for k, (t, _d, vid, _x) in VIDEOS.items()
    )
    return simple_page(request, "video", "Video hoạt động", [HOME_CRUMB, ("/video", "Video")], f'<div class="grid grid-cols-2 gap-4">{cards}</div>')


def video_page(request: Request, key: str) -> Response:
    title, day, vid, line = VIDEOS[key]
    inner = (
        f'<p class="mb-3 text-xs text-gray-400">📅 {day:%d/%m/%Y}</p><div class="aspect-video"><iframe '
        f'class="h-full w-full" src="https://www.youtube-nocookie.com/embed/{vid}" allowfullscreen=""></iframe>'
        f"</div><p class=\"mt-3\">{esc(line)}</p>"
    )
    return simple_page(request, "video", title, [HOME_CRUMB, ("/video", "Video")], inner)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        inner = '<p class="text-gray-500">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        needle = unicodedata.normalize("NFC", q).lower()
        hits = [s for s in ORDER if needle in s.title.lower()]
        items = "".join(f'<li class="py-2"><a href="{esc(raw_path(s))}">{esc(s.title)}</a></li>' for s in hits)
        inner = f'<p class="mb-2">Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p><ul class="divide-y">{items}</ul>'
    return simple_page(request, "tim-kiem", "Tìm kiếm", [HOME_CRUMB, (None, "Tìm kiếm")], inner)


def sitemap(request: Request) -> Response:
    base = base_url(request)
    built = "2026-11-25T02:14:31.118Z"
    paths = ["/", "/gioi-thieu", "/doi-ngu", "/lien-he", "/thuc-don", "/tin-tuc", "/thu-vien-anh", "/video"]
    for s in ORDER:
        if pub_day(s) > date(2026, 11, 25):
            continue
        if s.id == 6:
            paths.append("/tin-tuc/" + next(iter(OLD_SLUGS)))
        else:
            paths.append(story_path(s))
    paths.append("/tin-tuc/" + DELETED_SLUG)
    urls = "".join(
        f"<url>\n<loc>{base}{p}</loc>\n<lastmod>{built}</lastmod>\n<changefreq>weekly</changefreq>\n"
        f"<priority>{'1' if p == '/' else '0.8'}</priority>\n</url>\n"
        for p in paths
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
    return Response(200, xml, {"Content-Type": "application/xml"})


def next_image(request: Request) -> Response | None:
    url = request.params.get("url", "")
    if not url.startswith("/"):
        return None
    found = static_file(url)
    if found is None:
        return None
    return Response(200, found.body, {"Content-Type": "image/webp" if url.endswith(".jpg") else found.headers["Content-Type"], "Cache-Control": "public, max-age=60, must-revalidate"})


class Site:
    def respond(self, request: Request) -> Response | None:
        response = self.route(request)
        if response is not None and response.headers.get("Content-Type", "").startswith("text/html"):
            response.headers.setdefault("X-Powered-By", "Next.js")
        return response

    def route(self, request: Request) -> Response | None:  # a router: one branch per route
        path = request.path
        if path == "/_next/image":
            return next_image(request)
        if path.startswith(("/_next/static/", "/uploads/", "/wp-content/", "/images/", "/avatars/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            body = f"User-Agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\n\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return sitemap(request)
        if path != "/" and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 308)
        dpath = unicodedata.normalize("NFC", unquote(path))
        params = request.params
        if dpath == "/":
            return home_page(request)
        if dpath == "/tin-tuc":
            return self.news(request, params)
        if dpath.startswith("/tin-tuc/page/"):
            n = dpath.rsplit("/", 1)[1]
            last = -(-len(ORDER) // PAGE_SIZE)
            if not n.isdigit() or not 2 <= int(n) <= last:
                return not_found(request, soft=False)
            return listing_page(
                request, stories=ORDER, page=int(n), size=PAGE_SIZE, heading="Tin tức",
                crumbs=[HOME_CRUMB, ("/tin-tuc", "Tin tức")], href=main_href,
                route=["tin-tuc", {"children": ["page", {"children": [["n", n, "d"], {"children": ["__PAGE__", {}]}]}]}],
            )
        if dpath.startswith("/tin-tuc/") and dpath.count("/") == 2:
            slug = dpath.split("/", 2)[2]
            if slug in OLD_SLUGS:
                return redirect(story_path(BY_ID[OLD_SLUGS[slug]]), 308)
            story = BY_SLUG.get(slug)
            if story is None:
                return not_found(request, soft=True)
            return article_page(request, story)
        pages = {
            "/gioi-thieu": intro_page,
            "/doi-ngu": staff_page,
            "/lien-he": contact_page,
            "/thuc-don": menu_page,
            "/thu-vien-anh": albums_page,
            "/video": videos_page,
            "/tim-kiem": search_page,
        }
        if dpath in pages:
            return pages[dpath](request)
        if dpath.startswith("/thu-vien-anh/") and dpath.split("/", 2)[2] in ALBUMS:
            return album_page(request, dpath.split("/", 2)[2])
        if dpath.startswith("/video/") and dpath.split("/", 2)[2] in VIDEOS:
            return video_page(request, dpath.split("/", 2)[2])
        return not_found(request, soft=False)

    def news(self, request: Request, params: dict[str, str]) -> Response:
        raw = params.get("page", "1")
        page = int(raw) if raw.isdigit() and int(raw) >= 1 else 1
        cat = params.get("danh-muc")
        tag = params.get("tag")
        crumbs = [HOME_CRUMB, ("/tin-tuc", "Tin tức")]
        if cat in CATS:
            stories = [s for s in ORDER if s.cat == cat]
            return listing_page(
                request, stories=stories, page=page, size=CAT_PAGE_SIZE, heading=CATS[cat],
                crumbs=[*crumbs, (f"/tin-tuc?danh-muc={cat}", CATS[cat])],
                href=lambda n: f"/tin-tuc?danh-muc={cat}" + (f"&page={n}" if n > 1 else ""),
                streamed=True,
            )
        if tag in TAGS:
            stories = [s for s in ORDER if tag in s.opts.get("tags", [])]
            return listing_page(
                request, stories=stories, page=page, size=CAT_PAGE_SIZE, heading=f"#{TAGS[tag]}",
                crumbs=[*crumbs, (None, f"Từ khóa: {TAGS[tag]}")],
                href=lambda n: f"/tin-tuc?tag={tag}" + (f"&page={n}" if n > 1 else ""),
                streamed=True,
            )
        # the list itself: /tin-tuc (static) or the older /tin-tuc?page=N (dynamic, streamed)
        return listing_page(
            request, stories=ORDER, page=page, size=PAGE_SIZE, heading="Tin tức", crumbs=crumbs,
            href=main_href, more_href=lambda n: f"/tin-tuc?page={n}", streamed=bool(request.query),
        )


def build_site() -> Site:
    return Site()


def _alt(story: Story) -> list[str]:
    alts: list[str] = []
    if story.id in FBCLID:
        alts.append(f"{story_path(story)}?fbclid={FBCLID[story.id]}")
    alts += ["/tin-tuc/" + old for old, sid in OLD_SLUGS.items() if sid == story.id]
    if raw_path(story) != story_path(story):
        alts.append(raw_path(story))
    return alts


GOLD = [
    gold_record(s, story_path(s), CATS[s.cat], canonical_path=story_path(s), alt_paths=_alt(s)) for s in ORDER
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/doi-ngu",
    "/lien-he",
    "/thuc-don",
    "/thu-vien-anh/be-vui-trung-thu-2026",
    "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027",
    "/video/mua-trong-com-lop-la-1",
]
