"""Sở Giáo dục và Đào tạo tỉnh Ninh Thuận: a vendor's Next.js (pages router, SSR) front end on a
headless CMS (Strapi v4 with the CKEditor 5 field plugin).

Platform
--------
Every page is server-rendered by ``getServerSideProps`` and ships the whole HTML plus a
``<script id="__NEXT_DATA__" type="application/json">`` blob (Strapi's ``data/attributes`` shape,
``buildId``, ``page``, ``query``, ``gssp``). Class names are CSS Modules hashes mixed with Tailwind
utilities (``ChiTiet_tieuDe__Y3kPq text-[26px] font-bold``); the vendor named its components in
Vietnamese (``ChiTiet`` = detail, ``TheTin`` = card, ``DuongDan`` = breadcrumb). Images are
``next/image`` of Next 12: a 1×1 GIF placeholder in ``src``, the real ``/_next/image?url=<encoded
/uploads path>&w=<n>&q=75`` in ``srcSet`` and in a ``<noscript>`` copy. Pagination is Ant Design's
``<ul class="ant-pagination">`` whose items the vendor rendered as real ``<a rel="nofollow"
href="?page=n">`` (prev/next are ``<button>``s). The JSON routes ``/_next/data/<build>/….json``
answer as Next does, but nothing links to them and nothing needs them.

URL scheme
----------
- ``/`` home: react-slick "Tin nổi bật" slider (with slick's cloned slides), "Tin mới" (5 latest
  news), "Thông báo" box (3 latest), documents, album and video teasers.
- ``/tin-tuc`` all news, 6 a page, ``/tin-tuc?page=2``; ``/tin-tuc/<category-slug>`` 3 a page,
  ``?page=2``; ``/thong-bao`` notices 3 a page, ``?page=2``; ``/tag/<slug>`` tag listings;
  ``/tim-kiem?q=`` search (form only).
- articles ``/tin-tuc/<category-slug>/<slug>-<id>``; notices ``/thong-bao/<slug>-<id>``.
- not articles: ``/gioi-thieu``, ``/gioi-thieu/lanh-dao-so``, ``/lien-he``,
  ``/van-ban/<slug>-<id>`` (document entries, listed at ``/van-ban``), ``/thu-vien-anh/<slug>-<id>``
  (album), ``/video/<slug>-<id>``.
- machinery: ``/_next/image``, ``/_next/static/…``, ``/_next/data/<build>/….json``, ``/uploads/…``
  (CMS media), ``/api/tts/<id>.mp3`` (read-aloud audio), ``/robots.txt``. A path with a trailing
  slash answers 308 to the path without it, as ``next.config.js`` defaults do.

Page templates
--------------
Article: breadcrumb ``Trang chủ / Tin tức / <category> / <title cut at 48 chars…>``, a category
chip, the logo's ``<h1>`` (every page) and the title's ``<h1>``, a meta row (``<time>`` + views,
sometimes "Cập nhật"), tools (font size, print button, share), the read-aloud player, the sapo in
``<h2 class="ChiTiet_moTa__…">`` (the CMS "description" field), the rich text in
``<div class="ChiTiet_noiDung__x7TgA ck-content">``, then an author card, an editor line, tags,
share bar, "Tin liên quan" cards and a sidebar (most read, links, counter, poll).
Notice: the same shell without player and sapo, "Ngày đăng:", a "Tệp đính kèm" box.

How each gold article is reached
--------------------------------
The 9 news articles are on ``/tin-tuc`` (6 on page 1, 3 on ``?page=2``) and on their category
listings; the 4 notices on ``/thong-bao`` (3) and ``/thong-bao?page=2`` (1). The home page links
the 5 latest news, the slider (3) and 3 notices. Only ``/tin-tuc?page=2`` or
``/tin-tuc/hoat-dong-nganh?page=2`` reach 1207 (no tag, no related list, no sidebar links it), and
only ``/thong-bao?page=2`` reaches 1202. 1213 and 1198 are on ``/tin-tuc?page=2`` and on page 1
of their categories.

Traps
-----
1. **Lazy next/image placeholders** (Next 12 ``layout="intrinsic"``): each photo's ``<img src>`` is
   ``data:image/gif;base64,…`` (plus a sizer ``<img>`` with an SVG data URI); the real address is
   in ``srcSet`` and in the ``<noscript><img src>`` copy. Gold: the noscript ``src`` as printed,
   ``/_next/image?url=%2Fuploads%2F<file>&w=<2x width>&q=75`` (the largest srcSet entry); no
   ``data:`` URI is ever an image. Old migrated content (1198) keeps plain ``/uploads/old_portal``
   images: gold is that ``src``.
2. **Structured metadata that disagrees with the page**: the SEO plugin prints JSON-LD
   ``NewsArticle`` and ``article:published_time`` from ``createdAt`` (the draft's creation, a day
   or more earlier, in UTC), ``headline`` = the SEO title cut at 60 characters with "..." or
   rewritten (1224), ``author`` = the department. ``og:title`` and ``<title>`` carry the SEO
   title too. Gold: title, date and authors as the article prints them.
3. **``__NEXT_DATA__`` holds other articles' full text**: the vendor populated the "related" and
   "most viewed" relations deeply, so every article's blob carries the CMS HTML of up to 8 other
   articles (and its own raw CMS HTML, with ``/uploads`` image paths and no captions rewritten).
   Gold: only the rendered article; nothing is read from the blob.
4. **Dates in ``<time>``**: ``dateTime`` is UTC ("2026-11-20T00:30:00.000Z") while the text is
   local ("Thứ Sáu, 20/11/2026 - 07:30"); the newest article prints dayjs' relative "3 giờ trước"
   with the absolute time only in ``title``. Gold: local time with +07:00
   ("2026-12-05T09:30:00+07:00"); "Cập nhật" dates are not publication dates; a migrated article
   printing "00:00" is the day alone (1198).
5. **Widgets between the headline and the text**: font-size/print tools, a read-aloud (FPT.AI
   TTS) player with a voice ``<select>`` and a "Thời lượng" line, and for 1236 an auto-generated
   "Mục lục" (table of contents) ``<nav>`` *inside* the text container, repeating the headings as
   links. Gold: none of it is text; the headings themselves are body paragraphs once.
6. **Embeds inside the text**: CKEditor media embed turned into a YouTube ``<iframe>``, and a
   "raw-html-embed" Facebook post whose fallback ``<blockquote class="fb-xfbml-parse-ignore">``
   holds a sentence, "Đăng bởi …" and a date (1229). Gold: not body, no image.
7. **Tables in the rich text** (CKEditor ``<figure class="table">``) with ``<thead>``, ``rowspan``,
   ``colspan`` and a ``<figcaption>`` (1236, 1213, 1202). Gold: each row is a paragraph, its
   printed cells joined by " | " (a spanned cell once, in the row that prints it); the table's
   figcaption is a caption, not body. A one-column "Tin liên quan" table floated in the text
   (1207) is a related-links box: not body.
8. **Duplicate URLs**: an article filed in two categories is served under both slugs (1233 also
   at ``/tin-tuc/cong-doan-doan-the/…-1233``, linked from that listing; the page's canonical is the
   primary one); an edited slug (1219) is still linked by the home slider and answers 308 to the
   new one; ``?page=1`` repeats the first listing page. Gold: the primary path, the others in
   ``alt_paths``.
9. **Sapo printed twice** (1224): the CMS description is printed as the sapo *and* the editor
   pasted it again as the rich text's first paragraph. Gold: the sapo once, as the body's first
   paragraph. 1198 (migrated) has no description: its sapo is the bold first paragraph.
10. **Invisible characters** pasted from Word/Zalo: U+200B after a comma and ``&nbsp;`` runs
    (1224). Gold: text without zero-width characters, non-breaking spaces collapsed.
11. **Bylines in four shapes**: a right-aligned "Tin, ảnh: X" / "Tin: X - Ảnh: Y" last line in the
    text; a unit signing alone ("Phòng GDTrH"); a CMS author card with avatar, degree and post
    ("ThS. Trần Quốc Bảo" + "Phó Trưởng phòng …"); editor/poster accounts ("Biên tập: bientap02",
    "Người đăng: quantri"). Gold per README: names only, accounts nobody, the avatar is no image.
12. **Two ``<h1>``s**: the header logo prints the department's name in ``<h1>`` on every page;
    the breadcrumb's last item is the title cut with "…". Gold: the article's own ``<h1>``.
13. **Pagination that looks like nofollow chrome**: page links carry ``rel="nofollow"``, pages 2+
    say ``<meta name="robots" content="noindex,follow">``, prev/next are hrefless buttons, and the
    home page's "Xem thêm" is a button that loads more by script. Articles behind page 2 are
    gold all the same.

Gold decisions on ambiguous points
----------------------------------
- Images: the gold path is the noscript copy's ``src`` (see trap 1), not the ``/uploads`` file
  inside its ``url`` parameter. A figcaption in parentheses loses them; a figcaption that is only
  "Ảnh: X" is no caption (X is a photographer). A centred italic line right under a photo in a
  paragraph of its own is that photo's caption (1224, 1198), not body.
- The read-aloud player, "Mục lục", author card, tags and "Tin liên quan" are outside the text.
  "Xem thêm: <link>" inside the text (1219) is not body.
- An official notice (1242) is dated by its letterhead ("2026-12-04"), not by "Ngày đăng"; its
  signer is the author. Other notices are dated by their printed "Ngày đăng" time.
- A typed emoji ("📌 Lưu ý: …", 1216) is text.
- ``source``: only the closing "Nguồn: Báo Ninh Thuận" of 1207; "Theo kế hoạch, …" in 1241 is a
  body sentence.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
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
)

NAME = "nextjs_vendor_school_sgddt"
PLATFORM = "Next.js 12 (pages router, SSR) vendor front end on Strapi v4 + CKEditor 5"
START_PATH = "/"

BUILD_ID = "qT7w2Hn9LxKp4RzVb8cFd"
ICT = timezone(timedelta(hours=7))
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận"
SHORT_NAME = "Sở GD&ĐT Ninh Thuận"
PLACEHOLDER_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
NEXT_SIZES = [16, 32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840]
DEVICE_SIZES = [640, 750, 828, 1080, 1200, 1920, 2048, 3840]
ZWSP_COMMA = ",\u200b "  # Word/Zalo paste: a zero-width space after a comma
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

CATEGORIES = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "chuyen-mon-nghiep-vu": "Chuyên môn - Nghiệp vụ",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
}
NOTICE_CAT = "Thông báo"
TAGS = {
    "hoi-thi": "Hội thi",
    "nha-giao": "Nhà giáo",
    "kiem-tra-danh-gia": "Kiểm tra đánh giá",
    "chuyen-doi-so": "Chuyển đổi số",
    "cong-doan": "Công đoàn",
}


# --- images -------------------------------------------------------------------------------------


def up(name: str) -> str:
    return "/uploads/" + name


def nimg(upload: str, w: int) -> str:
    """The next/image address of an upload at width ``w`` (encodeURIComponent of the path)."""
    return f"/_next/image?url={quote(upload, safe='')}&w={w}&q=75"


def _intrinsic_widths(width: int) -> tuple[int, int]:
    one = next(s for s in NEXT_SIZES if s >= width)
    two = next(s for s in NEXT_SIZES if s >= 2 * width)
    return one, two


def photo(file: str, printed: str | None, caption: str | None, size: str = "800x533",
          kind: str = "fig") -> Img:
    """A body photo: ``kind`` fig (figure + figcaption), pimg (image in a paragraph, italic line
    under it) or old (migrated plain <img>). Its gold ``src`` is what the noscript copy prints."""
    width = int(size.split("x")[0])
    if kind == "old":
        return Img(up(file), printed, caption, f"old:{size}")
    return Img(nimg(up(file), _intrinsic_widths(width)[1]), printed, caption, f"{kind}:{size}")


def upload_of(img: Img) -> str:
    if img.src.startswith("/_next/image"):
        return unquote(img.src.split("url=", 1)[1].split("&", 1)[0])
    return img.src


_NIMG_WRAP = (
    "box-sizing:border-box;display:inline-block;overflow:hidden;width:initial;height:initial;"
    "background:none;opacity:1;border:0;margin:0;padding:0;position:relative;max-width:100%"
)
_NIMG_SIZER = (
    "box-sizing:border-box;display:block;width:initial;height:initial;background:none;opacity:1;"
    "border:0;margin:0;padding:0;max-width:100%"
)
_NIMG_SIZER_IMG = (
    "display:block;max-width:100%;width:initial;height:initial;background:none;opacity:1;"
    "border:0;margin:0;padding:0"
)
_NIMG_ABS = (
    "position:absolute;top:0;left:0;bottom:0;right:0;box-sizing:border-box;padding:0;border:none;"
    "margin:auto;display:block;width:0;height:0;min-width:100%;max-width:100%;min-height:100%;"
    "max-height:100%"
)


def next_image_intrinsic(upload: str, alt: str, width: int, height: int) -> str:
    """Next 12 ``<Image layout="intrinsic">`` as SSR prints it."""
    one, two = _intrinsic_widths(width)
    srcset = f"{esc(nimg(upload, one))} 1x, {esc(nimg(upload, two))} 2x"
    svg = (
        "data:image/svg+xml,%3csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20version=%271.1%27"
        f"%20width=%27{width}%27%20height=%27{height}%27/%3e"
    )
    return (
        f'<span style="{_NIMG_WRAP}"><span style="{_NIMG_SIZER}"><img style="{_NIMG_SIZER_IMG}" '
        f'alt="" aria-hidden="true" src="{svg}"/></span>'
        f'<img alt="{esc(alt)}" src="{PLACEHOLDER_GIF}" decoding="async" data-nimg="intrinsic" '
        f'style="{_NIMG_ABS}"/><noscript><img alt="{esc(alt)}" srcSet="{srcset}" '
        f'src="{esc(nimg(upload, two))}" decoding="async" data-nimg="intrinsic" '
        f'style="{_NIMG_ABS}" loading="lazy"/></noscript></span>'
    )


def next_image_responsive(upload: str, alt: str, ratio: str = "66.66666666666666") -> str:
    """Next 12 ``<Image layout="responsive">`` (listing thumbnails, related cards, avatars)."""
    srcset = ", ".join(f"{esc(nimg(upload, w))} {w}w" for w in DEVICE_SIZES)
    return (
        '<span style="box-sizing:border-box;display:block;overflow:hidden;width:initial;'
        'height:initial;background:none;opacity:1;border:0;margin:0;padding:0;position:relative">'
        '<span style="box-sizing:border-box;display:block;width:initial;height:initial;'
        f'background:none;opacity:1;border:0;margin:0;padding:0;padding-top:{ratio}%"></span>'
        f'<img alt="{esc(alt)}" src="{PLACEHOLDER_GIF}" decoding="async" data-nimg="responsive" '
        f'style="{_NIMG_ABS}"/><noscript><img alt="{esc(alt)}" sizes="100vw" srcSet="{srcset}" '
        f'src="{esc(nimg(upload, 3840))}" decoding="async" data-nimg="responsive" '
        f'style="{_NIMG_ABS}" loading="lazy"/></noscript></span>'
    )


# --- the stories ----------------------------------------------------------------------------------

RIGHT = '<p style="text-align:right;">{}</p>'


def tr(text: str, spans: str = "") -> P:
    return P(text, "tr" + (":" + spans if spans else ""))


N1 = Story(
    id=1241,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026 - 2027",
    cat="hoat-dong-nganh",
    published_at="2026-12-05T09:30:00+07:00",
    summary=(
        "Sáng 05/12, tại Trường THPT chuyên Lê Quý Đôn, Sở Giáo dục và Đào tạo tổ chức khai mạc "
        "Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học phổ thông năm học 2026 - 2027 với sự "
        "tham gia của 112 giáo viên đến từ 27 trường THPT, trường PTDTNT và trung tâm GDNN-GDTX "
        "trong tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự lễ khai mạc có ông Trần Minh Khoa, Phó Giám đốc Sở GD&ĐT, Trưởng ban Tổ chức Hội "
            "thi; đại diện lãnh đạo các phòng chuyên môn thuộc Sở, Ban Giám hiệu các trường có "
            "giáo viên dự thi cùng đông đảo giáo viên, học sinh Trường THPT chuyên Lê Quý Đôn."
        ),
        photo(
            "khai_mac_hoi_thi_gvdg_thpt_01_8f2a1c7d.jpg",
            "(Phó Giám đốc Sở Trần Minh Khoa phát biểu khai mạc Hội thi)",
            "Phó Giám đốc Sở Trần Minh Khoa phát biểu khai mạc Hội thi",
        ),
        P(
            "Phát biểu khai mạc, Phó Giám đốc Sở Trần Minh Khoa nhấn mạnh: Hội thi là dịp để giáo "
            "viên trao đổi, học tập kinh nghiệm trong đổi mới phương pháp dạy học theo định hướng "
            "phát triển phẩm chất, năng lực học sinh; đồng thời là cơ sở để phát hiện, bồi dưỡng "
            "và nhân rộng các điển hình tiên tiến trong đội ngũ nhà giáo của tỉnh."
        ),
        P(
            "Theo kế hoạch, Hội thi diễn ra từ ngày 05/12 đến ngày 12/12/2026, gồm hai phần: trình "
            "bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy 02 tiết trên lớp ở 12 "
            "môn học. Mỗi tiết dạy được chấm bởi tổ giám khảo gồm 03 thành viên là cán bộ quản "
            "lý, chuyên viên và giáo viên cốt cán có nhiều kinh nghiệm."
        ),
        photo(
            "boc_tham_tiet_day_02_3b9e44a1.jpg",
            "Các giáo viên dự thi bốc thăm thứ tự tiết dạy",
            "Các giáo viên dự thi bốc thăm thứ tự tiết dạy",
            "600x400",
        ),
        P(
            "Năm nay, lần đầu tiên Ban Tổ chức yêu cầu mỗi giáo viên dự thi thiết kế ít nhất một "
            "hoạt động học tập có ứng dụng công nghệ số, đồng thời công khai tiêu chí đánh giá "
            "tiết dạy trên Cổng thông tin điện tử của Sở để giáo viên chủ động chuẩn bị."
        ),
        P(
            "Kết quả Hội thi sẽ được công bố và trao thưởng trong tháng 12/2026. Những giáo viên "
            "đạt giải cao sẽ được Sở GD&ĐT xem xét đề nghị công nhận giáo viên dạy giỏi cấp tỉnh "
            "và tham gia mạng lưới giáo viên cốt cán của ngành."
        ),
        Raw(RIGHT.format("<strong>Tin, ảnh: Hoàng Yến</strong>")),
    ],
    authors=["Hoàng Yến"],
    photographers=["Hoàng Yến"],
    opts={
        "at": "2026-12-05 09:30", "created": "2026-12-04 17:12", "rel": "3 giờ trước",
        "tags": ["hoi-thi"], "cover": "khai_mac_hoi_thi_gvdg_thpt_01_8f2a1c7d.jpg",
        "editor": "bientap02",
    },
)

N2 = Story(
    id=1236,
    slug="huong-dan-kiem-tra-danh-gia-dinh-ky-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title=(
        "Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026 - 2027 "
        "đối với cấp THCS, THPT"
    ),
    cat="chuyen-mon-nghiep-vu",
    published_at="2026-12-03T14:00:00+07:00",
    summary=(
        "Sở GD&ĐT vừa ban hành văn bản hướng dẫn các phòng GD&ĐT, các trường THPT và trung tâm "
        "GDNN-GDTX tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026 - 2027 bảo đảm "
        "nghiêm túc, khách quan, đúng quy định."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Mục đích, yêu cầu", "h2"),
        P(
            "Việc kiểm tra, đánh giá định kỳ nhằm đánh giá mức độ hoàn thành yêu cầu cần đạt của "
            "chương trình môn học sau học kỳ I, làm căn cứ điều chỉnh kế hoạch dạy học trong học "
            "kỳ II và báo cáo kết quả về Sở theo quy định."
        ),
        P(
            "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả thống nhất trong tổ chuyên môn; tỉ "
            "lệ câu hỏi ở các mức độ nhận biết, thông hiểu, vận dụng phù hợp với đối tượng học "
            "sinh của từng đơn vị."
        ),
        P("2. Thời gian tổ chức", "h2"),
        P("Các đơn vị chủ động bố trí lịch kiểm tra trong khoảng thời gian sau:"),
        Raw('<figure class="table" style="width:100%;"><table><thead>'),
        P("Cấp học | Môn kiểm tra | Thời gian thực hiện", "th"),
        Raw("</thead><tbody>"),
        tr("THCS | Ngữ văn, Toán, Tiếng Anh | Từ ngày 21/12 đến ngày 26/12/2026", "rs2@0"),
        tr("Các môn học còn lại | Từ ngày 14/12 đến ngày 19/12/2026"),
        tr("THPT | Ngữ văn, Toán, Tiếng Anh | Từ ngày 23/12 đến ngày 28/12/2026", "rs2@0"),
        tr("Các môn học còn lại | Từ ngày 14/12 đến ngày 22/12/2026"),
        tr("Nhập điểm trên hệ thống CSDL ngành | Chậm nhất ngày 08/01/2027", "cs2@0"),
        Raw(
            "</tbody></table><figcaption>Bảng: Khung thời gian kiểm tra cuối học kỳ I năm học "
            "2026 - 2027</figcaption></figure>"
        ),
        P("3. Tổ chức thực hiện", "h2"),
        Raw("<ul>"),
        P(
            "Hiệu trưởng các trường THPT, Giám đốc trung tâm GDNN-GDTX xây dựng kế hoạch kiểm "
            "tra, gửi về Sở (qua Phòng Giáo dục Trung học) trước ngày 10/12/2026.",
            "li",
        ),
        P(
            "Trưởng phòng GD&ĐT các huyện, thành phố chỉ đạo các trường THCS trên địa bàn thực "
            "hiện và tổng hợp kết quả theo mẫu.",
            "li",
        ),
        P(
            "Đối với học sinh khuyết tật học hòa nhập, việc kiểm tra thực hiện theo kế hoạch giáo "
            "dục cá nhân.",
            "li",
        ),
        Raw("</ul>"),
        P(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị liên hệ Phòng Giáo "
            "dục Trung học, Sở GD&ĐT (điện thoại 0259.3822.145) để được hướng dẫn."
        ),
        Raw(RIGHT.format("<strong>Phòng GDTrH</strong>")),
    ],
    authors=["Phòng GDTrH"],
    opts={
        "at": "2026-12-03 14:00", "created": "2026-12-02 09:41", "updated": "2026-12-04 08:20",
        "toc": True, "tags": ["kiem-tra-danh-gia"], "cover": "cover_kiem_tra_hk1_5d1e0b.jpg",
    },
)

N3 = Story(
    id=1233,
    slug="lanh-dao-so-tham-tang-qua-hoc-sinh-bi-anh-huong-mua-lu-tai-huyen-ninh-phuoc",
    title="Lãnh đạo Sở thăm, tặng quà học sinh bị ảnh hưởng do mưa lũ tại huyện Ninh Phước",
    cat="hoat-dong-nganh",
    published_at="2026-12-01T10:20:00+07:00",
    summary=(
        "Ngày 30/11, đoàn công tác của Sở GD&ĐT do ông Lê Văn Thắng, Giám đốc Sở làm trưởng đoàn "
        "đã đến thăm, tặng quà các trường học và học sinh có hoàn cảnh khó khăn bị ảnh hưởng bởi "
        "đợt mưa lũ cuối tháng 11 trên địa bàn huyện Ninh Phước."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại Trường Tiểu học Phước Thái, đoàn đã trao 120 suất quà gồm sách giáo khoa, vở, "
            "cặp sách và áo ấm cho học sinh; đồng thời hỗ trợ nhà trường 30 triệu đồng để khắc "
            "phục cơ sở vật chất bị hư hỏng sau lũ."
        ),
        photo(
            "trao_qua_hs_phuoc_thai_01_c4a7e2f0.jpg",
            "(Giám đốc Sở Lê Văn Thắng trao quà cho học sinh Trường Tiểu học Phước Thái)",
            "Giám đốc Sở Lê Văn Thắng trao quà cho học sinh Trường Tiểu học Phước Thái",
        ),
        P(
            "Theo báo cáo của Phòng GD&ĐT huyện Ninh Phước, đợt mưa lũ vừa qua làm 14 điểm trường "
            "bị ngập, nhiều bàn ghế, thiết bị dạy học và tài liệu bị hư hỏng; hơn 600 học sinh "
            "phải nghỉ học từ 2 đến 4 ngày."
        ),
        P(
            "Giám đốc Sở Lê Văn Thắng ghi nhận nỗ lực của các nhà trường trong việc chủ động di "
            "dời tài sản, bảo đảm an toàn cho học sinh và nhanh chóng vệ sinh trường lớp để đón "
            "các em trở lại. Ông đề nghị ngành giáo dục huyện rà soát, thống kê đầy đủ thiệt hại, "
            "có phương án dạy bù hợp lý, không để học sinh bị hổng kiến thức."
        ),
        photo("diem_truong_sau_lu_02_9e01bb35.jpg", "Ảnh: Văn Nam", None, "1000x667"),
        P(
            "Dịp này, Công đoàn ngành Giáo dục tỉnh cũng trao 25 suất hỗ trợ, mỗi suất 2 triệu "
            "đồng cho giáo viên có nhà bị thiệt hại nặng."
        ),
        Raw(RIGHT.format("<em>Tin: Thanh Thảo - Ảnh: Văn Nam</em>")),
    ],
    authors=["Thanh Thảo"],
    photographers=["Văn Nam"],
    opts={
        "at": "2026-12-01 10:20", "created": "2026-11-30 16:03",
        "cats2": ["cong-doan-doan-the"], "tags": ["cong-doan"],
        "cover": "trao_qua_hs_phuoc_thai_01_c4a7e2f0.jpg", "editor": "bientap02",
    },
)

_FB_EMBED = (
    '<div class="raw-html-embed"><div id="fb-root"></div><div class="fb-post" '
    'data-href="https://www.facebook.com/congdoangiaoducninhthuan/posts/pfbid02xK7aQ" '
    'data-width="552" data-show-text="true"><blockquote '
    'cite="https://www.facebook.com/congdoangiaoducninhthuan/posts/pfbid02xK7aQ" '
    'class="fb-xfbml-parse-ignore"><p>Những khoảnh khắc đẹp tại Giải bóng chuyền hơi nữ Công đoàn '
    "ngành Giáo dục năm 2026. Cảm ơn các đội đã mang đến những trận cầu sôi nổi!</p>Đăng bởi "
    '<a href="https://www.facebook.com/congdoangiaoducninhthuan">Công đoàn ngành Giáo dục Ninh '
    'Thuận</a> vào&nbsp;<a href="https://www.facebook.com/congdoangiaoducninhthuan/posts/'
    'pfbid02xK7aQ">Thứ Hai, 16 tháng 11, 2026</a></blockquote></div></div>'
)
_YT_EMBED = (
    '<figure class="media"><div class="NhungVideo_khung__r8Tq2" style="position:relative;'
    'padding-bottom:56.25%;height:0"><iframe src="https://www.youtube.com/embed/Xq3vB7mR2kA" '
    'title="YouTube video player" style="position:absolute;width:100%;height:100%;top:0;left:0" '
    'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
    'picture-in-picture" allowfullscreen=""></iframe></div></figure>'
)

N4 = Story(
    id=1229,
    slug="soi-noi-giai-bong-chuyen-hoi-nu-cong-doan-nganh-giao-duc-chao-mung-ngay-nha-giao",
    title=(
        "Sôi nổi giải bóng chuyền hơi nữ Công đoàn ngành Giáo dục chào mừng Ngày Nhà giáo "
        "Việt Nam"
    ),
    cat="cong-doan-doan-the",
    published_at="2026-11-27T15:45:00+07:00",
    summary=(
        "Từ ngày 14 đến 16/11, Công đoàn ngành Giáo dục tỉnh tổ chức Giải bóng chuyền hơi nữ cán "
        "bộ, nhà giáo, người lao động năm 2026 chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Giải thu hút 18 đội bóng với gần 200 vận động viên là nữ cán bộ, giáo viên, nhân viên "
            "đến từ các công đoàn cơ sở trực thuộc. Các đội thi đấu vòng bảng chọn ra 8 đội xuất "
            "sắc nhất vào vòng tứ kết."
        ),
        photo(
            "chung_ket_bong_chuyen_hoi_nu_01_71d0aa9c.jpg",
            "Trận chung kết giữa đội Trường THPT Chu Văn An và đội Cơ quan Sở GD&ĐT",
            "Trận chung kết giữa đội Trường THPT Chu Văn An và đội Cơ quan Sở GD&ĐT",
        ),
        P(
            "Trải qua 3 ngày tranh tài sôi nổi, đội Trường THPT Chu Văn An giành chức vô địch; "
            "giải Nhì thuộc về đội Cơ quan Sở GD&ĐT; đồng giải Ba thuộc về đội Trường THPT Tháp "
            "Chàm và đội Trường PTDTNT THPT Ninh Thuận."
        ),
        Raw(_YT_EMBED),
        P(
            "Bà Nguyễn Thị Kim Liên, Chủ tịch Công đoàn ngành Giáo dục tỉnh cho biết, giải đấu "
            "không chỉ tạo sân chơi lành mạnh, rèn luyện sức khỏe cho nữ nhà giáo mà còn góp phần "
            "tăng cường tình đoàn kết, gắn bó giữa các công đoàn cơ sở trong toàn ngành."
        ),
        Raw(_FB_EMBED),
        P(
            "Ban Tổ chức đã trao cúp, huy chương và tiền thưởng cho các đội đạt giải, đồng thời "
            "trao giải phong cách cho đội Trường THPT Nguyễn Du."
        ),
    ],
    authors=["Lê Thị Minh Thư"],
    opts={
        "at": "2026-11-27 15:45", "created": "2026-11-26 20:30",
        "card": ("Lê Thị Minh Thư", "Ủy viên Ban Thường vụ Công đoàn ngành Giáo dục tỉnh",
                 "avatar_minh_thu_2a8c.jpg"),
        "tags": ["cong-doan", "nha-giao"], "cover": "chung_ket_bong_chuyen_hoi_nu_01_71d0aa9c.jpg",
    },
)

_N5_SAPO = (
    "Trong 2 ngày 21 và 22/11, Sở GD&ĐT phối hợp với Viettel Ninh Thuận tổ chức lớp tập huấn "
    "ứng dụng trí tuệ nhân tạo (AI) trong dạy học và quản lý giáo dục cho hơn 300 cán bộ quản "
    "lý, giáo viên cốt cán các cấp học."
)
N5 = Story(
    id=1224,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-va-quan-ly-giao-duc",
    title=(
        "Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học và quản lý giáo dục cho hơn 300 cán "
        "bộ, giáo viên"
    ),
    cat="chuyen-mon-nghiep-vu",
    published_at="2026-11-24T08:00:00+07:00",
    summary=_N5_SAPO,
    sapo_outside=True,
    blocks=[
        Raw(f"<p>{esc(_N5_SAPO)}</p>"),
        P(
            "Tại lớp tập huấn, các báo cáo viên đã giới thiệu tổng quan về trí tuệ nhân tạo, các "
            "nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường; hướng dẫn khai thác "
            "một số công cụ hỗ trợ soạn giáo án, thiết kế câu hỏi kiểm tra, xây dựng học liệu số "
            "và phân tích kết quả học tập của học sinh.",
            "zw",
        ),
        photo(
            "tap_huan_ai_thuc_hanh_01_0fd39b62.jpg",
            "Học viên thực hành thiết kế bài giảng với sự hỗ trợ của công cụ AI",
            "Học viên thực hành thiết kế bài giảng với sự hỗ trợ của công cụ AI",
            "700x467",
            kind="pimg",
        ),
        P(
            "Học viên được thực hành trực tiếp trên máy tính theo nhóm môn học, trao đổi về những "
            "tình huống thường gặp khi học sinh sử dụng AI để làm bài tập về nhà, qua đó thống "
            "nhất cách thiết kế nhiệm vụ học tập đòi hỏi học sinh tư duy, sáng tạo thay vì sao "
            "chép.",
            "zw",
        ),
        P(
            "Ông Trần Minh Khoa, Phó Giám đốc Sở GD&ĐT đề nghị các học viên sau tập huấn chủ động "
            "chia sẻ lại cho đồng nghiệp tại đơn vị; mỗi trường xây dựng ít nhất một chuyên đề "
            "sinh hoạt chuyên môn về ứng dụng AI trong học kỳ II.",
            "nb",
        ),
        P(
            "“Công nghệ chỉ là công cụ, người thầy vẫn giữ vai trò định hướng, truyền cảm hứng và "
            "giáo dục nhân cách cho học sinh”, ông Trần Minh Khoa nhấn mạnh.",
            "quote",
        ),
        P(
            "Đây là hoạt động nằm trong Kế hoạch chuyển đổi số ngành Giáo dục tỉnh Ninh Thuận giai "
            "đoạn 2025 - 2030, tầm nhìn đến năm 2035."
        ),
    ],
    authors=["Trần Quốc Bảo"],
    opts={
        "at": "2026-11-24 08:00", "created": "2026-11-22 21:15",
        "meta_title": "Tập huấn AI trong dạy học cho cán bộ, giáo viên Ninh Thuận",
        "card": ("ThS. Trần Quốc Bảo",
                 "Phó Trưởng phòng Quản lý chất lượng - Công nghệ thông tin",
                 "avatar_quoc_bao_77e1.jpg"),
        "tags": ["chuyen-doi-so"], "cover": "tap_huan_ai_thuc_hanh_01_0fd39b62.jpg",
    },
)

N6 = Story(
    id=1219,
    slug="ninh-thuan-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Ninh Thuận long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-nganh",
    published_at="2026-11-20T07:30:00+07:00",
    summary=(
        "Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
        "20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi lễ có bà Phạm Thị Ngọc Ánh, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo "
            "các sở, ban, ngành, đoàn thể cấp tỉnh; các thế hệ nhà giáo đã nghỉ hưu cùng hơn 250 "
            "cán bộ quản lý, giáo viên tiêu biểu của ngành."
        ),
        photo(
            "le_ky_niem_20_11_tang_hoa_01_5c2f8e19.jpg",
            "Phó Chủ tịch UBND tỉnh Phạm Thị Ngọc Ánh tặng hoa chúc mừng các nhà giáo",
            "Phó Chủ tịch UBND tỉnh Phạm Thị Ngọc Ánh tặng hoa chúc mừng các nhà giáo",
        ),
        P(
            "Báo cáo tại buổi lễ cho biết, năm học 2025 - 2026, toàn tỉnh có 28 học sinh đạt giải "
            "học sinh giỏi quốc gia, tỉ lệ tốt nghiệp THPT đạt 98,7%; 81,5% trường học đạt chuẩn "
            "quốc gia. Đội ngũ nhà giáo không ngừng được chuẩn hóa, 96,3% giáo viên đạt chuẩn "
            "trình độ đào tạo theo Luật Giáo dục 2019."
        ),
        P(
            "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Phạm Thị Ngọc Ánh ghi nhận, biểu dương "
            "những đóng góp của đội ngũ nhà giáo trong sự nghiệp phát triển giáo dục của tỉnh, "
            "đồng thời đề nghị ngành tiếp tục đổi mới quản trị nhà trường, quan tâm chăm lo đời "
            "sống vật chất, tinh thần cho giáo viên, nhất là giáo viên công tác ở vùng khó khăn."
        ),
        photo(
            "tuyen_duong_nha_giao_tieu_bieu_02_e83d1a40.jpg",
            "Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ",
            "Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ",
            "1000x667",
        ),
        P(
            "Dịp này, 45 nhà giáo được UBND tỉnh tặng Bằng khen; 12 nhà giáo được Giám đốc Sở "
            "GD&ĐT tặng danh hiệu Nhà giáo tiêu biểu năm 2026."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/thu-vien-anh/'
            'le-ky-niem-44-nam-ngay-nha-giao-viet-nam-77">Hình ảnh Lễ kỷ niệm 44 năm Ngày Nhà '
            "giáo Việt Nam</a></p>"
        ),
        Raw(RIGHT.format("<strong><em>Hoàng Yến</em></strong>")),
    ],
    authors=["Hoàng Yến"],
    opts={
        "at": "2026-11-20 07:30", "created": "2026-11-19 15:48", "updated": "2026-11-21 10:05",
        "old_slug": "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "tags": ["nha-giao"], "cover": "le_ky_niem_20_11_tang_hoa_01_5c2f8e19.jpg",
        "editor": "bientap02",
    },
)

N7 = Story(
    id=1213,
    slug="ninh-thuan-co-42-hoc-sinh-vao-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-nam-2027",
    title="Ninh Thuận có 42 học sinh được chọn vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
    cat="chuyen-mon-nghiep-vu",
    published_at="2026-11-12T16:10:00+07:00",
    summary=(
        "Sở GD&ĐT vừa công bố kết quả Kỳ thi chọn đội tuyển học sinh giỏi cấp tỉnh dự thi chọn "
        "học sinh giỏi quốc gia THPT năm 2027. Có 42 học sinh ở 10 môn thi được chọn vào đội "
        "tuyển của tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi được tổ chức trong hai ngày 04 và 05/11/2026 tại Hội đồng thi Trường THPT "
            "chuyên Lê Quý Đôn với 186 thí sinh dự thi. Đề thi do Sở GD&ĐT tổ chức ra theo cấu "
            "trúc, mức độ tương đương đề thi chọn học sinh giỏi quốc gia."
        ),
        P("Số lượng học sinh được chọn vào đội tuyển theo từng môn như sau:"),
        Raw('<figure class="table"><table style="border-collapse:collapse;" border="1"><thead>'),
        P("TT | Môn thi | Số thí sinh dự thi | Số học sinh được chọn", "th"),
        Raw("</thead><tbody>"),
        tr("1 | Toán | 24 | 6"),
        tr("2 | Ngữ văn | 22 | 6"),
        tr("3 | Vật lí | 18 | 4"),
        tr("4 | Hóa học | 20 | 4"),
        tr("5 | Tin học | 15 | 4"),
        tr("6 | Các môn còn lại (Sinh học, Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp) | 87 | 18"),
        tr("Tổng cộng | 186 | 42", "cs2@0"),
        Raw("</tbody></table></figure>"),
        P(
            "Trong số 42 học sinh được chọn, có 39 học sinh của Trường THPT chuyên Lê Quý Đôn, 3 "
            "học sinh của Trường THPT Chu Văn An và Trường THPT Tháp Chàm."
        ),
        P(
            "Các học sinh trong đội tuyển sẽ được tập trung ôn luyện từ ngày 16/11/2026 đến trước "
            "ngày thi chính thức. Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027 dự kiến diễn ra "
            "trong tháng 01/2027."
        ),
        Raw(RIGHT.format("<strong>Phòng QLCL-CNTT</strong>")),
    ],
    authors=["Phòng QLCL-CNTT"],
    opts={
        "at": "2026-11-12 16:10", "created": "2026-11-11 10:02",
        "tags": ["kiem-tra-danh-gia"], "cover": "cover_doi_tuyen_hsg_qg_2027_b2e9.jpg",
    },
)

_RELATED_BOX = (
    '<table class="tbl-tinlienquan" style="float:right;width:38%;margin:0 0 10px 15px;" '
    'border="1" cellpadding="6"><tbody><tr><td style="background:#e8f1fb;"><strong>Tin liên quan'
    '</strong></td></tr><tr><td>▸ <a href="/van-ban/ke-hoach-1850-kh-sgddt-401">Kế hoạch số '
    "1850/KH-SGDĐT tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS</a></td></tr><tr><td>▸ "
    '<a href="https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx">Bộ GD&amp;ĐT kiểm tra việc thực '
    "hiện Chương trình GDPT 2018 tại các địa phương</a></td></tr></tbody></table>"
)

N8 = Story(
    id=1207,
    slug="doan-cong-tac-bo-gddt-lam-viec-ve-thuc-hien-chuong-trinh-gdpt-2018",
    title=(
        "Đoàn công tác Bộ GD&ĐT làm việc với tỉnh Ninh Thuận về thực hiện Chương trình giáo dục "
        "phổ thông 2018"
    ),
    cat="hoat-dong-nganh",
    published_at="2026-11-05T09:00:00+07:00",
    summary=(
        "Ngày 03/11, đoàn công tác của Bộ Giáo dục và Đào tạo do bà Hoàng Thị Lan Phương, Phó Vụ "
        "trưởng Vụ Giáo dục phổ thông làm trưởng đoàn đã làm việc với UBND tỉnh và Sở GD&ĐT về "
        "tình hình thực hiện Chương trình giáo dục phổ thông 2018 trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        Raw(_RELATED_BOX),
        P(
            "Báo cáo với đoàn, ông Lê Văn Thắng, Giám đốc Sở GD&ĐT cho biết, đến nay 100% cơ sở "
            "giáo dục phổ thông trong tỉnh đã triển khai Chương trình GDPT 2018 ở tất cả các khối "
            "lớp; công tác lựa chọn sách giáo khoa, bồi dưỡng giáo viên được thực hiện đúng quy "
            "trình."
        ),
        P(
            "Tuy nhiên, tỉnh vẫn còn thiếu 312 giáo viên, chủ yếu ở các môn Tin học, Tiếng Anh, "
            "Nghệ thuật; nhiều trường ở huyện Bác Ái, Thuận Bắc chưa có đủ phòng học bộ môn theo "
            "quy định."
        ),
        photo(
            "doan_bo_khao_sat_thcs_phuoc_dai_01_44b8c0de.jpg",
            "Đoàn công tác khảo sát thực tế tại Trường THCS Phước Đại",
            "Đoàn công tác khảo sát thực tế tại Trường THCS Phước Đại",
        ),
        P(
            "Phó Vụ trưởng Hoàng Thị Lan Phương đánh giá cao sự chủ động của ngành giáo dục Ninh "
            "Thuận, đồng thời đề nghị tỉnh tiếp tục rà soát, bổ sung biên chế giáo viên, ưu tiên "
            "đầu tư cơ sở vật chất cho vùng đồng bào dân tộc thiểu số và miền núi."
        ),
        P(
            "Trước đó, đoàn đã khảo sát thực tế tại Trường THCS Phước Đại (huyện Bác Ái) và "
            "Trường THPT Nguyễn Trãi (TP Phan Rang - Tháp Chàm)."
        ),
        Raw(RIGHT.format("<strong>Minh Đức</strong>")),
        Raw('<p style="text-align:right;"><em>Nguồn: Báo Ninh Thuận</em></p>'),
    ],
    authors=["Minh Đức"],
    source="Báo Ninh Thuận",
    opts={
        "at": "2026-11-05 09:00", "created": "2026-11-04 18:25",
        "cover": "doan_bo_khao_sat_thcs_phuoc_dai_01_44b8c0de.jpg",
    },
)

N9 = Story(
    id=1198,
    slug="doan-thanh-nien-so-gddt-ra-quan-ngay-chu-nhat-xanh-tai-cac-truong-hoc",
    title="Đoàn Thanh niên Sở GD&ĐT ra quân “Ngày Chủ nhật xanh” tại các trường học",
    cat="cong-doan-doan-the",
    published_at="2026-10-22",
    summary=(
        "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng 18/10, Đoàn Thanh "
        "niên Sở GD&ĐT phối hợp với các cơ sở Đoàn trực thuộc đồng loạt ra quân dọn vệ sinh, "
        "trồng cây xanh tại 35 trường học trên địa bàn tỉnh."
    ),
    blocks=[
        P(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng 18/10, Đoàn "
            "Thanh niên Sở GD&ĐT phối hợp với các cơ sở Đoàn trực thuộc đồng loạt ra quân dọn vệ "
            "sinh, trồng cây xanh tại 35 trường học trên địa bàn tỉnh.",
            "lead",
        ),
        P(
            "Tham gia ra quân có hơn 1.500 đoàn viên, thanh niên là giáo viên trẻ và học sinh các "
            "trường THPT. Các đoàn viên đã thu gom rác thải, phát quang bụi rậm, khơi thông cống "
            "rãnh và trồng mới hơn 400 cây xanh trong khuôn viên nhà trường.",
            "legacy",
        ),
        photo(
            "old_portal/2026/10/CN_xanh_THPT_PCT_01.jpg",
            "Đoàn viên Trường THPT Phan Chu Trinh trồng cây xanh trong khuôn viên trường",
            "Đoàn viên Trường THPT Phan Chu Trinh trồng cây xanh trong khuôn viên trường",
            "600x400",
            kind="old",
        ),
        P(
            "Anh Nguyễn Hữu Tài, Bí thư Đoàn Thanh niên Sở GD&ĐT cho biết, phong trào sẽ được duy "
            "trì vào ngày Chủ nhật cuối cùng của mỗi tháng, gắn với tiêu chí xây dựng trường học "
            "xanh - sạch - đẹp - an toàn.",
            "legacy",
        ),
        P(
            "Dịp này, Đoàn Thanh niên Sở cũng phát động cuộc thi ảnh “Góc trường em xanh” dành "
            "cho học sinh, thời gian nhận bài dự thi đến hết ngày 30/11/2026.",
            "legacy",
        ),
        Raw(RIGHT.format("<strong>Tin, ảnh: Quang Huy</strong>")),
    ],
    authors=["Quang Huy"],
    photographers=["Quang Huy"],
    opts={
        "at": "2026-10-22 00:00", "created": "2026-10-21 17:00",
        "cover": "old_portal/2026/10/CN_xanh_THPT_PCT_01.jpg", "legacy": True,
    },
)

_LETTERHEAD = (
    '<figure class="table" style="width:100%;"><table style="border:none;"><tbody><tr>'
    '<td style="text-align:center;width:40%;">UBND TỈNH NINH THUẬN<br><strong>SỞ GIÁO DỤC VÀ ĐÀO '
    'TẠO</strong><br>Số: 2318/TB-SGDĐT</td><td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI '
    "CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><em>"
    "Ninh Thuận, ngày 04 tháng 12 năm 2026</em></td></tr></tbody></table></figure>"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong></p><p style="text-align:center;">'
    "<strong>Lịch tiếp công dân định kỳ của Giám đốc Sở tháng 12/2026</strong></p>"
)
_SIGNATURE = (
    '<figure class="table" style="width:100%;"><table style="border:none;"><tbody><tr>'
    '<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br>- Thanh tra '
    "tỉnh;<br>- Ban Tiếp công dân tỉnh;<br>- Cổng TTĐT Sở;<br>- Lưu: VT, TTr.</td>"
    '<td style="text-align:center;vertical-align:top;"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong>'
    "<br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thu Hà</strong></td></tr></tbody></table>"
    "</figure>"
)

T1 = Story(
    id=1242,
    slug="thong-bao-lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-thang-12-2026",
    title="Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở Giáo dục và Đào tạo tháng 12/2026",
    cat="thong-bao",
    published_at="2026-12-04",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013; Nghị định số 64/2014/NĐ-CP ngày "
            "26 tháng 6 năm 2014 của Chính phủ quy định chi tiết một số điều của Luật Tiếp công "
            "dân;",
            "doc",
        ),
        P(
            "Căn cứ Quy chế tiếp công dân của Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định "
            "số 415/QĐ-SGDĐT ngày 12 tháng 3 năm 2025 của Giám đốc Sở,",
            "doc",
        ),
        P(
            "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc Sở trong "
            "tháng 12/2026 như sau:",
            "doc",
        ),
        P("1. Thời gian: Từ 07 giờ 30 phút đến 11 giờ 00, ngày 15/12/2026 (thứ Ba).", "kv"),
        P(
            "2. Địa điểm: Phòng tiếp công dân, Sở Giáo dục và Đào tạo, số 09 đường 16 Tháng 4, "
            "TP Phan Rang - Tháp Chàm.",
            "kv",
        ),
        P(
            "3. Người tiếp công dân: Ông Lê Văn Thắng, Giám đốc Sở. Trường hợp Giám đốc Sở bận "
            "công tác đột xuất, ủy quyền Phó Giám đốc Sở tiếp công dân.",
            "kv",
        ),
        P(
            "Công dân đến liên hệ mang theo căn cước và các giấy tờ, tài liệu có liên quan đến nội "
            "dung khiếu nại, tố cáo, kiến nghị, phản ánh (nếu có).",
            "doc",
        ),
        P("Sở Giáo dục và Đào tạo thông báo để công dân biết, liên hệ./.", "doc"),
        Raw(_SIGNATURE),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={
        "at": "2026-12-05 07:45", "created": "2026-12-04 16:30",
        "files": [("2318-TB-SGDDT.pdf", "/uploads/2318_TB_SGDDT_a1b2c3d4.pdf")],
        "poster": "vanthu_sgd",
    },
)

T2 = Story(
    id=1231,
    slug="thong-bao-tuyen-dung-vien-chuc-giang-day-tai-cac-truong-thpt-nam-2026-dot-2",
    title=(
        "Thông báo tuyển dụng viên chức làm công tác giảng dạy tại các trường THPT năm 2026 "
        "(đợt 2)"
    ),
    cat="thong-bao",
    published_at="2026-11-30T10:00:00+07:00",
    blocks=[
        P(
            "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận thông báo tuyển dụng viên chức làm công tác "
            "giảng dạy tại các trường trung học phổ thông, trường phổ thông dân tộc nội trú trực "
            "thuộc Sở năm 2026 (đợt 2), cụ thể như sau:"
        ),
        P("I. Số lượng, vị trí cần tuyển", "h4"),
        P(
            "Tổng chỉ tiêu tuyển dụng: 36 chỉ tiêu, gồm các vị trí giáo viên THPT hạng III môn "
            "Tin học (9 chỉ tiêu), Tiếng Anh (8 chỉ tiêu), Giáo dục thể chất (6 chỉ tiêu), Âm nhạc "
            "(4 chỉ tiêu), Mỹ thuật (4 chỉ tiêu) và Giáo dục quốc phòng và an ninh (5 chỉ tiêu)."
        ),
        P("II. Điều kiện đăng ký dự tuyển", "h4"),
        Raw("<ol>"),
        P("Có quốc tịch Việt Nam, cư trú tại Việt Nam, đủ 18 tuổi trở lên;", "li"),
        P("Có Phiếu đăng ký dự tuyển; có lý lịch rõ ràng;", "li"),
        P(
            "Có văn bằng, chứng chỉ phù hợp với vị trí việc làm theo tiêu chuẩn chức danh nghề "
            "nghiệp giáo viên THPT hạng III;",
            "li",
        ),
        P("Đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.", "li"),
        Raw("</ol>"),
        P("III. Thời gian, địa điểm nhận Phiếu đăng ký dự tuyển", "h4"),
        P(
            "Thời gian nhận Phiếu: từ ngày 01/12/2026 đến 17 giờ 00 ngày 30/12/2026 (trong giờ "
            "hành chính các ngày làm việc)."
        ),
        P(
            "Địa điểm: Văn phòng Sở Giáo dục và Đào tạo, số 09 đường 16 Tháng 4, TP Phan Rang - "
            "Tháp Chàm. Điện thoại liên hệ: 0259.3822.108."
        ),
        Raw(RIGHT.format("<strong>Văn phòng Sở</strong>")),
    ],
    authors=["Văn phòng Sở"],
    opts={
        "at": "2026-11-30 10:00", "created": "2026-11-27 14:50",
        "files": [
            ("Thong-bao-tuyen-dung-dot-2-2026.pdf", "/uploads/TB_tuyen_dung_dot2_2026_9c1e.pdf"),
            ("Mau-phieu-dang-ky-du-tuyen.docx", "/uploads/Mau_phieu_dang_ky_du_tuyen_5af0.docx"),
        ],
        "poster": "vanphong_sgd",
    },
)

T3 = Story(
    id=1216,
    slug="dieu-chinh-thoi-gian-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs",
    title="Điều chỉnh thời gian tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS",
    cat="thong-bao",
    published_at="2026-11-18T15:20:00+07:00",
    blocks=[
        P(
            "Do ảnh hưởng của mưa lớn kéo dài trên địa bàn tỉnh, Sở GD&ĐT thông báo điều chỉnh "
            "thời gian tổ chức vòng thi thực hành của Hội thi giáo viên chủ nhiệm lớp giỏi cấp "
            "THCS năm học 2026 - 2027."
        ),
        P(
            "Thời gian tổ chức vòng thi thực hành được lùi từ ngày 23 - 27/11/2026 sang ngày 07 - "
            "11/12/2026. Địa điểm tổ chức không thay đổi: Trường THCS Lê Hồng Phong, TP Phan Rang "
            "- Tháp Chàm."
        ),
        P(
            "Các nội dung khác thực hiện theo Kế hoạch số 1850/KH-SGDĐT ngày 15/10/2026 của Sở "
            "GD&ĐT. Đề nghị Trưởng phòng GD&ĐT các huyện, thành phố thông báo đến giáo viên dự "
            "thi biết và thực hiện."
        ),
        P(
            "📌 Lưu ý: Giáo viên dự thi có mặt tại địa điểm thi trước 07 giờ 00 ngày 07/12/2026 "
            "để bốc thăm thứ tự thi."
        ),
    ],
    opts={
        "at": "2026-11-18 15:20", "created": "2026-11-18 11:02", "tags": ["hoi-thi"],
        "poster": "quantri",
    },
)

T4 = Story(
    id=1202,
    slug="cong-bo-ket-qua-xet-cong-nhan-sang-kien-cap-tinh-nam-hoc-2025-2026",
    title="Công bố kết quả xét công nhận sáng kiến cấp tỉnh năm học 2025 - 2026",
    cat="thong-bao",
    published_at="2026-10-28T08:30:00+07:00",
    blocks=[
        P(
            "Hội đồng sáng kiến cấp tỉnh ngành Giáo dục đã tổ chức xét, đánh giá 164 sáng kiến do "
            "các đơn vị trực thuộc Sở và các phòng GD&ĐT đề nghị. Kết quả có 97 sáng kiến được "
            "công nhận có phạm vi ảnh hưởng cấp tỉnh."
        ),
        P("Kết quả cụ thể theo cấp học:"),
        Raw('<figure class="table"><table border="1" cellpadding="4"><thead>'),
        P("Cấp học | Số sáng kiến đề nghị | Số sáng kiến được công nhận", "th"),
        Raw("</thead><tbody>"),
        tr("Mầm non | 28 | 17"),
        tr("Tiểu học | 41 | 25"),
        tr("THCS | 47 | 27"),
        tr("THPT và GDTX | 48 | 28"),
        Raw(
            "</tbody></table><figcaption>Nguồn số liệu: Hội đồng sáng kiến cấp tỉnh ngành Giáo "
            "dục</figcaption></figure>"
        ),
        P(
            "Danh sách chi tiết các sáng kiến được công nhận được đính kèm thông báo này. Các đơn "
            "vị căn cứ kết quả để thực hiện công tác thi đua, khen thưởng năm học 2025 - 2026 theo "
            "quy định."
        ),
    ],
    opts={
        "at": "2026-10-28 08:30", "created": "2026-10-27 16:45",
        "files": [("DS-sang-kien-cap-tinh-2025-2026.pdf", "/uploads/DS_sang_kien_2025_2026_3e7b.pdf")],
        "poster": "quantri",
    },
)

NEWS = [N1, N2, N3, N4, N5, N6, N7, N8, N9]
NOTICES = [T1, T2, T3, T4]
STORIES = NEWS + NOTICES
BY_ID = {s.id: s for s in STORIES}
#: never in related lists, sidebars or tags: reachable only through page 2 of a listing
HIDDEN = {1207, 1202}
MOST_READ = [1219, 1233, 1241, 1224, 1229]


def story_path(s: Story, cat: str | None = None) -> str:
    if s.cat == "thong-bao":
        return f"/thong-bao/{s.slug}-{s.id}"
    return f"/tin-tuc/{cat or s.cat}/{s.slug}-{s.id}"


def cat_name(s: Story) -> str:
    return NOTICE_CAT if s.cat == "thong-bao" else CATEGORIES[s.cat]


def cat_path(s: Story) -> str:
    return "/thong-bao" if s.cat == "thong-bao" else f"/tin-tuc/{s.cat}"


# --- dates ----------------------------------------------------------------------------------------


def local(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def utc_iso(stamp: str) -> str:
    """Strapi's timestamps: UTC with milliseconds and a Z."""
    return local(stamp).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def printed_long(stamp: str) -> str:
    d = local(stamp)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"


def printed_day(stamp: str) -> str:
    return f"{local(stamp):%d/%m/%Y}"


def time_tag(stamp: str, rel: str | None = None, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    if rel:
        return (
            f'<time{attr} dateTime="{utc_iso(stamp)}" title="{printed_long(stamp)}">{rel}</time>'
        )
    return f'<time{attr} dateTime="{utc_iso(stamp)}">{printed_long(stamp)}</time>'


# --- rich text ------------------------------------------------------------------------------------


def anchor(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _row(p: P) -> str:
    cells = p.text.split(" | ")
    tag = "th" if p.style == "th" else "td"
    spans: dict[int, str] = {}
    for spec in p.style.split(":")[1:]:
        kind, idx = spec.split("@")
        attr = "rowspan" if kind.startswith("rs") else "colspan"
        spans[int(idx)] = f' {attr}="{kind[2:]}"'
    inner = "".join(
        f"<{tag}{spans.get(i, '')}><p>{esc(c)}</p></{tag}>" if tag == "td" else
        f"<{tag}{spans.get(i, '')}>{esc(c)}</{tag}>"
        for i, c in enumerate(cells)
    )
    return f"<tr>{inner}</tr>"


def render_p(p: P) -> str:
    t = esc(p.text)
    style = p.style
    if style in ("h2", "h3", "h4"):
        return f'<{style} id="{anchor(p.text)}">{t}</{style}>'
    if style == "li":
        return f"<li>{t}</li>"
    if style == "th" or style.startswith("tr"):
        return _row(p)
    if style == "zw":
        return f"<p>{t.replace(', ', ZWSP_COMMA, 2)}</p>"
    if style == "nb":
        return f"<p>{t.replace(' ', '&nbsp;', 3).replace('. ', '.&nbsp; ')}</p>"
    if style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if style == "lead":
        return (
            '<p style="text-align:justify;"><span style="font-family:times new roman,times,serif;">'
            f'<span style="font-size:14pt;"><strong>{t}</strong></span></span></p>'
        )
    if style == "legacy":
        return (
            '<p style="text-align:justify;"><span style="font-family:times new roman,times,serif;">'
            f'<span style="font-size:14pt;">&nbsp; &nbsp; {t}</span></span></p>'
        )
    if style == "kv":
        head, tail = t.split(":", 1)
        return f"<p><strong>{head}:</strong>{tail}</p>"
    if style == "doc":
        return f'<p style="text-align:justify;text-indent:36pt;">{t}</p>'
    return f"<p>{t}</p>"


def render_img(img: Img, cms: bool) -> str:
    kind, size = img.style.split(":")
    width, height = (int(x) for x in size.split("x"))
    upload = upload_of(img)
    alt = upload.rsplit("/", 1)[-1]
    if kind == "old" or cms:
        tag = (
            f'<img src="{esc(upload)}" alt="{esc(alt)}" width="{width}" height="{height}"'
            f' style="width:{width}px;height:{height}px;">'
        )
    else:
        tag = next_image_intrinsic(upload, alt, width, height)
    line = esc(img.printed) if img.printed else ""
    if kind == "fig":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image image_resized" style="width:{min(100, width // 8)}%;">{tag}{cap}</figure>'
    out = f'<p style="text-align:center;">{tag}</p>'
    if line:
        out += (
            '<p style="text-align:center;"><span style="color:#333399;"><em>'
            f"{line}</em></span></p>"
        )
    return out


def rich_text(s: Story, cms: bool = False) -> str:
    parts: list[str] = []
    for block in s.blocks:
        if isinstance(block, P):
            parts.append(render_p(block))
        elif isinstance(block, Img):
            parts.append(render_img(block, cms))
        else:
            parts.append(block.html)
    return "".join(parts)


def toc(s: Story) -> str:
    items = "".join(
        f'<li class="MucLuc_muc__f0Ea2"><a href="#{anchor(b.text)}">{esc(b.text)}</a></li>'
        for b in s.blocks
        if isinstance(b, P) and b.style in ("h2", "h3")
    )
    return (
        '<nav class="MucLuc_khung__Hs8dD rounded border border-[#cfe0f3] bg-[#f7fbff] p-4 mb-5" '
        'aria-label="Mục lục"><p class="MucLuc_tieuDe__2Jk1B font-bold">Mục lục</p>'
        f'<ol class="list-decimal pl-5">{items}</ol></nav>'
    )


def plain_words(s: Story) -> int:
    return sum(len(p.split()) for p in s.paragraphs)


def excerpt(s: Story) -> str:
    first = s.summary or s.paragraphs[0]
    return first if len(first) <= 170 else first[:167].rsplit(" ", 1)[0] + "..."


def meta_title(s: Story) -> str:
    if "meta_title" in s.opts:
        return s.opts["meta_title"]
    return s.title if len(s.title) <= 60 else s.title[:57].rstrip() + "..."


# --- Next.js data ---------------------------------------------------------------------------------


def next_json(value: object) -> str:
    """JSON as Next prints it inside the page (htmlEscapeJsonString)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (("&", "\\u0026"), (">", "\\u003e"), ("<", "\\u003c"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, rep)
    return text


def cover_of(s: Story) -> str:
    return up(s.opts.get("cover", "cover_mac_dinh_sgddt.jpg"))


def strapi_post(s: Story, deep: bool = True) -> dict:
    attrs: dict = {
        "title": s.title,
        "slug": f"{s.slug}-{s.id}",
        "description": s.summary if s.sapo_outside else None,
        "publishedAt": utc_iso(s.opts["at"]),
        "createdAt": utc_iso(s.opts["created"]),
        "updatedAt": utc_iso(s.opts.get("updated", s.opts["at"])),
        "views": s.views(),
        "category": {"data": {"id": list(CATEGORIES).index(s.cat) + 3 if s.cat in CATEGORIES
                              else 9, "attributes": {"name": cat_name(s), "slug": s.cat}}},
        "thumbnail": {"data": {"attributes": {"url": cover_of(s), "width": 1200, "height": 800,
                                              "formats": {"thumbnail": {
                                                  "url": cover_of(s).replace(
                                                      "/uploads/", "/uploads/thumbnail_")}}}}},
    }
    if deep:
        attrs["content"] = rich_text(s, cms=True)
        attrs["seo"] = {"metaTitle": meta_title(s), "metaDescription": excerpt(s)}
    return {"id": s.id, "attributes": attrs}


def related(s: Story) -> list[Story]:
    pool = NOTICES if s.cat == "thong-bao" else [n for n in NEWS if n.cat == s.cat]
    return [o for o in pool if o.id != s.id and o.id not in HIDDEN][:3]


# --- the page shell -------------------------------------------------------------------------------

_SCRIPTS = (
    '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js">'
    '</script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>'
    '<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>'
    '<script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script>'
    '<script src="/_next/static/chunks/pages/_app-7d1f3e0b9a2c4e58.js" defer=""></script>'
    '<script src="/_next/static/chunks/pages/{page_chunk}" defer=""></script>'
    f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
    f'<script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script>'
)

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"),
                                   ("/gioi-thieu/lanh-dao-so", "Lãnh đạo Sở")]),
    ("/tin-tuc", "Tin tức", [(f"/tin-tuc/{k}", v) for k, v in CATEGORIES.items()]),
    ("/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", [("/van-ban", "Văn bản chỉ đạo điều hành"),
                             ("https://vbpl.vn/ninhthuan/Pages/Home.aspx", "CSDL văn bản pháp luật")]),
    ("/thu-vien-anh", "Thư viện", [("/thu-vien-anh", "Thư viện ảnh"), ("/video", "Video")]),
    ("/lien-he", "Liên hệ", []),
]


def header() -> str:
    items = []
    for href, label, subs in _MENU:
        sub = ""
        if subs:
            sub = (
                '<ul class="Menu_xoXuong__a9Kc3 invisible absolute left-0 top-full z-30 min-w-[220px] '
                'bg-white shadow-lg group-hover:visible">'
                + "".join(
                    f'<li><a class="block px-4 py-2 hover:bg-[#e8f1fb]" href="{esc(h)}">{esc(t)}</a></li>'
                    for h, t in subs
                )
                + "</ul>"
            )
        items.append(
            f'<li class="Menu_muc__Lq1vX group relative"><a class="block px-4 py-3 font-semibold '
            f'uppercase text-white" href="{href}">{esc(label)}</a>{sub}</li>'
        )
    return (
        '<header class="DauTrang_khung__hT0Wq">'
        '<div class="DauTrang_thanhTren__0pZ3e bg-[#0b4a8b] text-[13px] text-white"><div '
        'class="container mx-auto flex justify-between px-3 py-1">'
        f'<span class="DauTrang_ngay__Ue2nV">{HEADER_TODAY}</span>'
        '<span>Đường dây nóng: <a href="tel:02593822108">0259.3822.108</a> | <a '
        'href="https://mail.ninhthuan.gov.vn">Thư điện tử công vụ</a></span></div></div>'
        '<div class="DauTrang_banner__R4nJm container mx-auto flex items-center gap-4 px-3 py-4">'
        '<a href="/" class="flex items-center gap-3"><img src="/_next/static/media/logo-sgd.8f3a2b1c.png" '
        'alt="Logo Sở Giáo dục và Đào tạo Ninh Thuận" width="86" height="86"/>'
        '<h1 class="DauTrang_ten__Zk8pW text-[24px] font-bold uppercase text-[#c0161d]">'
        'Sở Giáo dục và Đào tạo<br/><span class="text-[#0b4a8b]">Tỉnh Ninh Thuận</span></h1></a>'
        '<form class="ml-auto" action="/tim-kiem" method="get"><input type="search" name="q" '
        'placeholder="Nhập từ khóa tìm kiếm..." class="rounded border px-3 py-2"/><button '
        'type="submit" aria-label="Tìm kiếm">🔍</button></form></div>'
        '<nav class="Menu_thanh__3vBq8 bg-[#0b4a8b]"><ul class="container mx-auto flex">'
        + "".join(items)
        + "</ul></nav></header>"
    )


def breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    lis = []
    for href, label in trail:
        if href:
            lis.append(f'<li class="DuongDan_muc__xP4cL"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(
                f'<li class="DuongDan_muc__xP4cL" aria-current="page"><span>{esc(label)}</span></li>'
            )
    return (
        '<nav aria-label="breadcrumb" class="DuongDan_khung__mK2pQ my-3 text-[13px]">'
        f'<ol class="flex flex-wrap gap-1">{"".join(lis)}</ol></nav>'
    )


def sidebar() -> str:
    most = "".join(
        f'<li class="CotPhai_tinDoc__T5ch1 flex gap-2 border-b py-2"><span class="font-bold '
        f'text-[#c0161d]">{i:02d}</span><a href="{story_path(BY_ID[sid])}">'
        f"{esc(BY_ID[sid].title)}</a></li>"
        for i, sid in enumerate(MOST_READ, 1)
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for u, t in [
            ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("https://ninhthuan.gov.vn", "Cổng TTĐT tỉnh Ninh Thuận"),
            ("https://dichvucong.ninhthuan.gov.vn", "Cổng dịch vụ công tỉnh"),
            ("https://csdl.moet.gov.vn", "CSDL ngành Giáo dục"),
        ]
    )
    return (
        '<aside class="CotPhai_khung__n2Wd7 col-span-12 lg:col-span-4">'
        '<section class="CotPhai_hop__8gYt0 mb-5"><h3 class="CotPhai_tieuDeHop__Vb6r2">Tin xem '
        f'nhiều</h3><ol>{most}</ol></section>'
        '<section class="CotPhai_hop__8gYt0 mb-5"><a href="https://dichvucong.ninhthuan.gov.vn">'
        '<img src="/_next/static/media/banner-dvc.2e7f0c41.png" alt="Dịch vụ công trực tuyến" '
        'width="360" height="90"/></a><a href="https://csdl.moet.gov.vn"><img '
        'src="/_next/static/media/banner-csdl.91ac3d77.png" alt="Cơ sở dữ liệu ngành" width="360" '
        'height="90"/></a></section>'
        '<section class="CotPhai_hop__8gYt0 mb-5"><h3 class="CotPhai_tieuDeHop__Vb6r2">Liên kết '
        f'website</h3><select aria-label="Liên kết website"><option>-- Chọn liên kết --</option>'
        f"{links}</select></section>"
        '<section class="CotPhai_hop__8gYt0 mb-5"><h3 class="CotPhai_tieuDeHop__Vb6r2">Thăm dò ý '
        'kiến</h3><form><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở?'
        '</p><label><input type="radio" name="bc" value="1"/> Rất đẹp, dễ sử dụng</label><br/>'
        '<label><input type="radio" name="bc" value="2"/> Bình thường</label><br/><label><input '
        'type="radio" name="bc" value="3"/> Khó tìm thông tin</label><br/><button type="button">'
        'Bình chọn</button> <button type="button">Xem kết quả</button></form></section>'
        '<section class="CotPhai_hop__8gYt0 mb-5"><h3 class="CotPhai_tieuDeHop__Vb6r2">Thống kê '
        'truy cập</h3><ul class="ThongKe_ds__Cw7Ye"><li>Đang online: <b>37</b></li><li>Hôm nay: '
        "<b>1.512</b></li><li>Tháng này: <b>18.240</b></li><li>Tổng truy cập: <b>4.286.903</b>"
        "</li></ul></section></aside>"
    )


def footer() -> str:
    return (
        '<footer class="ChanTrang_khung__Yp3sD mt-8 bg-[#0b4a8b] text-[13px] text-white"><div '
        'class="container mx-auto grid grid-cols-12 gap-4 px-3 py-6"><div class="col-span-12 '
        'lg:col-span-8"><p class="font-bold uppercase">Cổng thông tin điện tử Sở Giáo dục và Đào '
        "tạo tỉnh Ninh Thuận</p><p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Ninh Thuận</p>"
        "<p>Địa chỉ: Số 09 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận</p><p>Điện "
        "thoại: 0259.3822.108 - Fax: 0259.3822.315 - Email: sgddt@ninhthuan.gov.vn</p><p>Chịu "
        "trách nhiệm chính: Ông Lê Văn Thắng - Giám đốc Sở</p><p>Ghi rõ nguồn “Cổng TTĐT Sở GD&amp;ĐT "
        'Ninh Thuận” khi phát hành lại thông tin từ website này.</p></div><div class="col-span-12 '
        'lg:col-span-4"><p>© 2026 Sở GD&amp;ĐT Ninh Thuận. Thiết kế và phát triển bởi <a '
        'href="https://vietsoftware.example.vn">VietSoft Solutions</a></p><p><a '
        'href="https://www.facebook.com/sogddtninhthuan">Facebook</a> · <a '
        'href="https://www.youtube.com/@sogddtninhthuan">YouTube</a> · <a '
        'href="https://zalo.me/sgddtninhthuan">Zalo OA</a></p></div></div></footer>'
    )


def page(
    request: Request,
    *,
    title: str,
    main: str,
    next_page: str,
    page_chunk: str,
    props: dict,
    query: dict | None = None,
    canonical: str | None = None,
    description: str = "",
    head_extra: str = "",
    with_sidebar: bool = True,
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}"/>' if canonical else ""
    data = {
        "props": {"pageProps": props, "__N_SSP": True},
        "page": next_page,
        "query": query or {},
        "buildId": BUILD_ID,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    body = (
        f'<div class="container mx-auto px-3"><div class="grid grid-cols-12 gap-6">'
        f'<div class="col-span-12 lg:col-span-8">{main}</div>{sidebar()}</div></div>'
        if with_sidebar
        else f'<div class="container mx-auto px-3">{main}</div>'
    )
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" '
        'content="width=device-width, initial-scale=1"/>'
        f"<title>{esc(title)}</title>"
        f'<meta name="description" content="{esc(description)}"/>'
        '<link rel="icon" href="/favicon.ico"/>'
        f"{canon}{head_extra}"
        '<meta name="next-head-count" content="12"/>'
        '<link rel="preload" href="/_next/static/css/8c1d7e0a3b2f9d41.css" as="style"/>'
        '<link rel="stylesheet" href="/_next/static/css/8c1d7e0a3b2f9d41.css" data-n-g=""/>'
        '<noscript data-n-css=""></noscript>'
        + _SCRIPTS.replace("{page_chunk}", page_chunk)
        + '</head><body><div id="__next">'
        + header()
        + f'<main class="TrangChinh_khung__Wc9e1">{body}</main>'
        + footer()
        + '</div><script id="__NEXT_DATA__" type="application/json">'
        + next_json(data)
        + "</script></body></html>"
    )
    return html(doc, headers={"X-Powered-By": "Next.js", "Cache-Control": "private, no-cache, "
                              "no-store, max-age=0, must-revalidate", "Vary": "Accept-Encoding"})


# --- article pages --------------------------------------------------------------------------------


def card(s: Story, cls: str = "TheTin_the__b7Xq1", cat: str | None = None, rel: bool = True) -> str:
    href = story_path(s, cat)
    when = s.opts["rel"] if rel and "rel" in s.opts else printed_day(s.opts["at"])
    return (
        f'<div class="{cls} flex gap-4 border-b border-dashed py-4">'
        f'<a class="TheTin_anh__c2Lm9 relative block w-[230px] shrink-0" href="{href}" '
        f'aria-label="{esc(s.title)}">{next_image_responsive(cover_of(s), s.title)}</a>'
        f'<div class="flex-1"><h3 class="TheTin_ten__9Rk2s text-[17px] font-bold"><a href="{href}">'
        f"{esc(s.title)}</a></h3>"
        f'<div class="TheTin_ngay__Zq4tP text-[12px] text-gray-500"><span>{when}</span> · '
        f'<a href="{cat_path(s)}">{esc(cat_name(s))}</a></div>'
        f'<p class="TheTin_tomTat__Xw3e8 line-clamp-3">{esc(excerpt(s))}</p></div></div>'
    )


def tts(s: Story) -> str:
    seconds = plain_words(s) * 60 // 150
    return (
        '<div class="AudioDoc_khung__9sQ2w my-4 flex flex-wrap items-center gap-3 rounded '
        'bg-[#f1f6fb] p-3"><span class="font-semibold">🎧 Nghe đọc bài viết</span>'
        f'<audio controls="" preload="none" src="/api/tts/{s.id}.mp3"></audio>'
        '<select aria-label="Chọn giọng đọc"><option value="banmai">Giọng nữ miền Bắc</option>'
        '<option value="leminh">Giọng nam miền Bắc</option><option value="lannhi">Giọng nữ '
        'miền Nam</option></select>'
        f'<span class="text-xs text-gray-500">Thời lượng: {seconds // 60:02d}:{seconds % 60:02d}'
        '</span><span class="text-[10px] text-gray-400">Công nghệ đọc tự động bởi FPT.AI</span>'
        "</div>"
    )


def tools(s: Story, request: Request, path: str) -> str:
    url = quote(base_url(request) + path, safe="")
    return (
        '<div class="ChiTiet_congCu__a8Ks2 flex items-center gap-2 text-[13px]"><span>Cỡ chữ:'
        '</span><button type="button">A-</button><button type="button">A</button><button '
        'type="button">A+</button><button type="button" class="ml-3">🖨 In bài</button>'
        f'<a class="ml-auto" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
        'target="_blank" rel="noreferrer">Facebook</a>'
        f'<a href="https://sp.zalo.me/share_inline?d={url}" target="_blank" rel="noreferrer">Zalo'
        '</a><button type="button">🔗 Sao chép liên kết</button></div>'
    )


def author_card(s: Story) -> str:
    if "card" not in s.opts:
        return ""
    name, post, avatar = s.opts["card"]
    return (
        '<div class="ChiTiet_tacGia__Lr4Wn mt-6 flex items-center gap-3 rounded border p-3">'
        f'<div class="w-[56px] shrink-0 overflow-hidden rounded-full">'
        f"{next_image_responsive(up(avatar), name, '100')}</div>"
        f'<div><b class="block">{esc(name)}</b><span class="text-[13px] text-gray-500">'
        f"{esc(post)}</span></div></div>"
    )


def jsonld(s: Story, request: Request) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta_title(s),
        "image": [base_url(request) + cover_of(s)],
        "datePublished": utc_iso(s.opts["created"]),
        "dateModified": utc_iso(s.opts.get("updated", s.opts["at"])),
        "author": {"@type": "Organization", "name": SITE_NAME},
        "publisher": {"@type": "Organization", "name": SITE_NAME, "logo": {
            "@type": "ImageObject", "url": base_url(request) + "/_next/static/media/logo-sgd.8f3a2b1c.png"}},
        "description": excerpt(s),
    }
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )


def article_page(request: Request, s: Story, route_cat: str | None) -> Response:
    path = story_path(s, route_cat)
    canonical = story_path(s)
    crumb_cat = (
        (f"/tin-tuc/{route_cat}", CATEGORIES[route_cat]) if route_cat else (cat_path(s), cat_name(s))
    )
    short = s.title if len(s.title) <= 48 else s.title[:48].rstrip() + "…"
    trail: list[tuple[str | None, str]] = [("/", "Trang chủ")]
    if s.cat != "thong-bao":
        trail.append(("/tin-tuc", "Tin tức"))
    trail += [crumb_cat, (None, short)]
    at = s.opts["at"]
    meta = [
        f'<span class="flex items-center gap-1">{"Ngày đăng: " if s.cat == "thong-bao" else "📅 "}'
        f'{time_tag(at, s.opts.get("rel"))}</span>',
        f'<span class="flex items-center gap-1">👁 {s.views():,} lượt xem</span>'.replace(",", "."),
    ]
    if "updated" in s.opts:
        meta.append(
            f'<span class="text-gray-400">Cập nhật: {printed_day(s.opts["updated"])} '
            f'{local(s.opts["updated"]):%H:%M}</span>'
        )
    sapo = (
        f'<h2 class="ChiTiet_moTa__Qm8Lz mb-4 text-[16px] font-semibold leading-7">{esc(s.summary)}</h2>'
        if s.summary and s.sapo_outside
        else ""
    )
    files = ""
    if s.opts.get("files"):
        files = (
            '<div class="ChiTiet_dinhKem__E1fGs mt-5 rounded border border-dashed p-3"><p '
            'class="font-semibold">📎 Tệp đính kèm:</p><ul>'
            + "".join(
                f'<li><a href="{href}" target="_blank" rel="noreferrer">{esc(label)}</a> '
                '<span class="text-xs text-gray-400">(Tải về)</span></li>'
                for label, href in s.opts["files"]
            )
            + "</ul></div>"
        )
    who = ""
    if s.opts.get("editor"):
        who = f'<p class="ChiTiet_bienTap__p3Rz0 mt-3 text-right text-[12px] text-gray-400">Biên tập: {s.opts["editor"]}</p>'
    elif s.opts.get("poster"):
        who = f'<p class="ChiTiet_bienTap__p3Rz0 mt-3 text-right text-[12px] text-gray-400">Người đăng: {s.opts["poster"]}</p>'
    tags = ""
    if s.opts.get("tags"):
        tags = (
            '<div class="ChiTiet_tuKhoa__Jm2Zr mt-5 flex flex-wrap gap-2"><span class="font-semibold">'
            "Từ khóa:</span>"
            + "".join(
                f'<a class="rounded bg-gray-100 px-2 py-1" href="/tag/{t}">#{esc(TAGS[t])}</a>'
                for t in s.opts["tags"]
            )
            + "</div>"
        )
    rel_items = related(s)
    rel_title = "Thông báo khác" if s.cat == "thong-bao" else "Tin liên quan"
    rel_html = (
        f'<section class="TinLienQuan_khung__Ga4yT mt-8"><h3 class="TinLienQuan_tieuDe__w1Bv6 '
        f'border-b-2 border-[#0b4a8b] text-[18px] font-bold uppercase">{rel_title}</h3>'
        '<div class="grid grid-cols-3 gap-4">'
        + "".join(
            f'<div class="TinLienQuan_the__Ym7Pp"><a href="{story_path(o)}">'
            f"{next_image_responsive(cover_of(o), o.title)}</a><h4 class=\"mt-2 text-[14px]\">"
            f'<a href="{story_path(o)}">{esc(o.title)}</a></h4><span class="text-[12px] '
            f'text-gray-400">{printed_day(o.opts["at"])}</span></div>'
            for o in rel_items
        )
        + "</div></section>"
    )
    content = (toc(s) if s.opts.get("toc") else "") + rich_text(s)
    main = (
        breadcrumb(trail)
        + '<article class="ChiTiet_khung__Hq7Vn">'
        + f'<a class="ChiTiet_chuyenMuc__pW3e1 text-[13px] font-semibold uppercase text-[#c0161d]" '
        f'href="{crumb_cat[0]}">{esc(crumb_cat[1])}</a>'
        + f'<h1 class="ChiTiet_tieuDe__Y3kPq my-2 text-[26px] font-bold leading-9 text-[#0b2f57]">'
        f"{esc(s.title)}</h1>"
        + f'<div class="ChiTiet_thongTin__2b1Fx mb-2 flex flex-wrap gap-3 text-[13px] text-gray-500">'
        f'{"<span>|</span>".join(meta)}</div>'
        + tools(s, request, path)
        + (tts(s) if s.cat != "thong-bao" else "")
        + sapo
        + f'<div class="ChiTiet_noiDung__x7TgA ck-content text-justify leading-7">{content}</div>'
        + files
        + author_card(s)
        + who
        + tags
        + '<div class="ChiTiet_chiaSe__Rt5nS mt-5 flex gap-2"><span>Chia sẻ:</span><iframe '
        'src="https://www.facebook.com/plugins/like.php?layout=button_count&amp;share=true" '
        'width="150" height="24" title="fb-like"></iframe></div>'
        + "</article>"
        + rel_html
    )
    extra_rel = [strapi_post(o) for o in rel_items] + [strapi_post(BY_ID[i]) for i in MOST_READ]
    props = {
        "post": strapi_post(s),
        "related": extra_rel[:3],
        "mostViewed": extra_rel[3:],
        "breadcrumb": [{"label": lab, "href": h} for h, lab in trail],
    }
    head = (
        f'<meta property="og:type" content="article"/><meta property="og:title" '
        f'content="{esc(meta_title(s))}"/><meta property="og:description" '
        f'content="{esc(excerpt(s))}"/><meta property="og:image" '
        f'content="{base_url(request)}{cover_of(s)}"/><meta property="og:url" '
        f'content="{base_url(request)}{canonical}"/><meta property="article:published_time" '
        f'content="{utc_iso(s.opts["created"])}"/><meta property="article:section" '
        f'content="{esc(cat_name(s))}"/>' + jsonld(s, request)
    )
    if s.cat == "thong-bao":
        next_page, chunk = "/thong-bao/[slug]", "thong-bao/%5Bslug%5D-4be21a07c93d8f15.js"
        query = {"slug": f"{s.slug}-{s.id}"}
    else:
        next_page = "/tin-tuc/[category]/[slug]"
        chunk = "tin-tuc/%5Bcategory%5D/%5Bslug%5D-9a3c5e1f0b7d2468.js"
        query = {"category": route_cat or s.cat, "slug": f"{s.slug}-{s.id}"}
    return page(
        request,
        title=f"{meta_title(s)} | {SHORT_NAME}",
        main=main,
        next_page=next_page,
        page_chunk=chunk,
        props=props,
        query=query,
        canonical=canonical,
        description=excerpt(s),
        head_extra=head,
    )


# --- listings -------------------------------------------------------------------------------------


def pager(base: str, current: int, count: int) -> str:
    if count <= 1:
        return ""
    arrow_l = '<span role="img" aria-label="left" class="anticon anticon-left">‹</span>'
    arrow_r = '<span role="img" aria-label="right" class="anticon anticon-right">›</span>'
    prev_dis = " ant-pagination-disabled" if current == 1 else ""
    next_dis = " ant-pagination-disabled" if current == count else ""
    off = ' disabled=""'
    items = "".join(
        f'<li title="{n}" class="ant-pagination-item ant-pagination-item-{n}'
        f'{" ant-pagination-item-active" if n == current else ""}" tabindex="0">'
        f'<a rel="nofollow" href="{base}?page={n}">{n}</a></li>'
        for n in range(1, count + 1)
    )
    return (
        '<ul class="ant-pagination PhanTrang_khung__c81Xs mt-6 flex justify-center" '
        'unselectable="on">'
        f'<li title="Trang trước" class="ant-pagination-prev{prev_dis}" aria-disabled="'
        f'{"true" if prev_dis else "false"}"><button class="ant-pagination-item-link" '
        f'type="button" tabindex="-1"{off if prev_dis else ""}>{arrow_l}</button></li>'
        f"{items}"
        f'<li title="Trang sau" class="ant-pagination-next{next_dis}" aria-disabled="'
        f'{"true" if next_dis else "false"}"><button class="ant-pagination-item-link" '
        f'type="button" tabindex="-1"{off if next_dis else ""}>{arrow_r}</button></li>'
        "</ul>"
    )


def listing_page(
    request: Request,
    *,
    items: list[Story],
    per_page: int,
    base: str,
    heading: str,
    trail: list[tuple[str | None, str]],
    next_page: str,
    chunk: str,
    query: dict,
    cat: str | None = None,
) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    current = int(raw)
    count = max(1, -(-len(items) // per_page))
    if current > count:
        return None
    shown = items[(current - 1) * per_page : current * per_page]
    main = (
        breadcrumb(trail)
        + f'<h2 class="DanhSach_tieuDe__kW5e0 border-b-2 border-[#0b4a8b] text-[20px] font-bold '
        f'uppercase">{esc(heading)}</h2>'
        + '<div class="DanhSach_ds__P0s7a">'
        + "".join(card(s, cat=cat if cat and cat in s.opts.get("cats2", []) else None) for s in shown)
        + "</div>"
        + pager(base, current, count)
    )
    head = '<meta name="robots" content="noindex,follow"/>' if current > 1 else ""
    props = {
        "posts": {"data": [strapi_post(s, deep=False) for s in shown],
                  "meta": {"pagination": {"page": current, "pageSize": per_page,
                                          "pageCount": count, "total": len(items)}}},
    }
    q = dict(query)
    if "page" in request.params:
        q["page"] = raw
    return page(
        request,
        title=f"{heading} | {SHORT_NAME}",
        main=main,
        next_page=next_page,
        page_chunk=chunk,
        props=props,
        query=q,
        canonical=base if current == 1 else f"{base}?page={current}",
        description=f"{heading} - Cổng thông tin điện tử {SITE_NAME}",
        head_extra=head,
    )


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["at"], reverse=True)


def news_listing(request: Request) -> Response | None:
    return listing_page(
        request, items=by_date(NEWS), per_page=6, base="/tin-tuc", heading="Tin tức",
        trail=[("/", "Trang chủ"), (None, "Tin tức")], next_page="/tin-tuc",
        chunk="tin-tuc-0d4f6a2b8c1e3579.js", query={},
    )


def category_listing(request: Request, cat: str) -> Response | None:
    items = by_date([s for s in NEWS if s.cat == cat or cat in s.opts.get("cats2", [])])
    return listing_page(
        request, items=items, per_page=3, base=f"/tin-tuc/{cat}", heading=CATEGORIES[cat],
        trail=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (None, CATEGORIES[cat])],
        next_page="/tin-tuc/[category]", chunk="tin-tuc/%5Bcategory%5D-6e2b9d0c4a8f1357.js",
        query={"category": cat}, cat=cat,
    )


def notice_listing(request: Request) -> Response | None:
    return listing_page(
        request, items=by_date(NOTICES), per_page=3, base="/thong-bao", heading=NOTICE_CAT,
        trail=[("/", "Trang chủ"), (None, NOTICE_CAT)], next_page="/thong-bao",
        chunk="thong-bao-2a7c9e1d5b3f0468.js", query={},
    )


def tag_listing(request: Request, tag: str) -> Response | None:
    if request.query:
        return None
    items = by_date([s for s in STORIES if tag in s.opts.get("tags", [])])
    return listing_page(
        request, items=items, per_page=10, base=f"/tag/{tag}", heading=f"#{TAGS[tag]}",
        trail=[("/", "Trang chủ"), (None, f"Từ khóa: {TAGS[tag]}")], next_page="/tag/[slug]",
        chunk="tag/%5Bslug%5D-1f3e5d7c9b0a2468.js", query={"slug": tag},
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in by_date(STORIES) if q and q.lower() in s.title.lower()][:10]
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Tìm kiếm")])
        + f'<h2 class="DanhSach_tieuDe__kW5e0">Kết quả tìm kiếm cho “{esc(q)}”</h2>'
        + ("".join(card(s) for s in hits) or "<p>Không tìm thấy bài viết phù hợp.</p>")
    )
    return page(
        request, title=f"Tìm kiếm | {SHORT_NAME}", main=main, next_page="/tim-kiem",
        page_chunk="tim-kiem-8b0d2f4e6a1c3579.js", props={"keyword": q, "total": len(hits)},
        query={"q": q}, head_extra='<meta name="robots" content="noindex"/>',
    )


# --- home -----------------------------------------------------------------------------------------

SLIDES = [N1, N3, N6]


def slide(s: Story, index: int, cloned: bool) -> str:
    href = story_path(s)
    if s is N6:
        href = f"/tin-tuc/{s.cat}/{s.opts['old_slug']}-{s.id}"  # the slider kept the old slug
    cls = "slick-slide slick-cloned" if cloned else "slick-slide" + (" slick-active slick-current" if index == 0 else "")
    hidden = "true" if cloned or index else "false"
    return (
        f'<div data-index="{index}" class="{cls}" tabindex="-1" aria-hidden="{hidden}" '
        'style="outline:none;width:760px"><div><div class="NoiBat_slide__Vd3kS relative">'
        f'<a href="{href}">{next_image_responsive(cover_of(s), s.title, "56.25")}</a>'
        '<div class="NoiBat_chu__0Lx4m absolute bottom-0 w-full bg-black/60 p-4 text-white">'
        f'<h3 class="text-[20px] font-bold"><a href="{href}">{esc(s.title)}</a></h3></div></div>'
        "</div></div>"
    )


def home(request: Request) -> Response:
    slides = (
        slide(SLIDES[-1], -1, True)
        + "".join(slide(s, i, False) for i, s in enumerate(SLIDES))
        + slide(SLIDES[0], len(SLIDES), True)
    )
    latest = by_date(NEWS)[:5]
    notices = [t for t in by_date(NOTICES) if t.id not in HIDDEN][:3]
    main = (
        '<section class="NoiBat_khung__Qe2Lm mt-4"><div class="slick-slider slick-initialized" '
        'dir="ltr"><button type="button" class="slick-arrow slick-prev">Previous</button>'
        f'<div class="slick-list"><div class="slick-track" style="width:3800px;opacity:1;'
        f'transform:translate3d(-760px, 0px, 0px)">{slides}</div></div><button type="button" '
        'class="slick-arrow slick-next">Next</button><ul class="slick-dots" style="display:block">'
        + "".join(f'<li class="{"slick-active" if i == 0 else ""}"><button>{i + 1}</button></li>'
                  for i in range(len(SLIDES)))
        + "</ul></div></section>"
        + '<section class="TrangChu_tinMoi__Hx2Pa mt-6"><h2 class="TrangChu_tieuDe__u7Qb1 '
        'border-b-2 border-[#0b4a8b] text-[20px] font-bold uppercase"><a href="/tin-tuc">Tin mới'
        "</a></h2>"
        + "".join(card(s) for s in latest)
        + '<div class="text-center"><button type="button" class="TrangChu_xemThem__Ks0d2 rounded '
        'border px-6 py-2">Xem thêm</button></div></section>'
        + '<section class="TrangChu_thongBao__3Fz8N mt-6"><h2 class="TrangChu_tieuDe__u7Qb1 '
        'text-[20px] font-bold uppercase"><a href="/thong-bao">Thông báo</a></h2><ul>'
        + "".join(
            f'<li class="border-b py-2">📢 <a href="{story_path(t)}">{esc(t.title)}</a> '
            f'<span class="text-[12px] text-gray-400">({printed_day(t.opts["at"])})</span></li>'
            for t in notices
        )
        + "</ul></section>"
        + '<section class="TrangChu_vanBan__Nn4e7 mt-6"><h2 class="TrangChu_tieuDe__u7Qb1 '
        'text-[20px] font-bold uppercase"><a href="/van-ban">Văn bản mới</a></h2><ul>'
        + "".join(
            f'<li class="border-b py-2"><a href="/van-ban/{d["slug"]}">{esc(d["number"])}</a> - '
            f'{esc(d["title"])}</li>'
            for d in DOCS
        )
        + "</ul></section>"
        + '<section class="TrangChu_thuVien__9mWc1 mt-6 grid grid-cols-2 gap-4"><div><h2 '
        'class="TrangChu_tieuDe__u7Qb1 font-bold uppercase"><a href="/thu-vien-anh">Thư viện ảnh'
        f'</a></h2><a href="{ALBUM_PATH}">{next_image_responsive(up(ALBUM_PHOTOS[0]), ALBUM_TITLE)}'
        f'<span>{esc(ALBUM_TITLE)}</span></a></div><div><h2 class="TrangChu_tieuDe__u7Qb1 '
        'font-bold uppercase"><a href="/video">Video</a></h2>'
        f'<a href="{VIDEO_PATH}">{next_image_responsive(up("video_bong_chuyen_thumb_6f2a.jpg"), VIDEO_TITLE)}'
        f"<span>▶ {esc(VIDEO_TITLE)}</span></a></div></section>"
    )
    props = {
        "featured": [strapi_post(s, deep=False) for s in SLIDES],
        "latest": [strapi_post(s, deep=False) for s in latest],
        "notices": [strapi_post(s, deep=False) for s in notices],
    }
    return page(
        request, title=f"Trang chủ | {SITE_NAME}", main=main, next_page="/",
        page_chunk="index-5c7e9a1b3d0f2468.js", props=props, canonical="/",
        description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Ninh Thuận",
    )


# --- pages that are not articles ------------------------------------------------------------------

DOCS = [
    {
        "slug": "ke-hoach-1850-kh-sgddt-401",
        "number": "1850/KH-SGDĐT",
        "kind": "Kế hoạch",
        "date": "15/10/2026",
        "signer": "Trần Minh Khoa",
        "title": (
            "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027"
        ),
        "file": "/uploads/KH_1850_SGDDT_hoi_thi_GVCN_7c2e.pdf",
    },
    {
        "slug": "cong-van-2150-sgddt-gdtrh-405",
        "number": "2150/SGDĐT-GDTrH",
        "kind": "Công văn",
        "date": "01/12/2026",
        "signer": "Trần Minh Khoa",
        "title": "Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026 - 2027",
        "file": "/uploads/CV_2150_SGDDT_GDTrH_b81d.pdf",
    },
]
ALBUM_PATH = "/thu-vien-anh/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-77"
ALBUM_TITLE = "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
ALBUM_PHOTOS = [
    "album_20_11_2026_01_d0e1.jpg",
    "album_20_11_2026_02_a4c9.jpg",
    "album_20_11_2026_03_57fb.jpg",
    "album_20_11_2026_04_e2a6.jpg",
    "album_20_11_2026_05_19c3.jpg",
    "album_20_11_2026_06_8b70.jpg",
]
VIDEO_PATH = "/video/giai-bong-chuyen-hoi-nu-cong-doan-nganh-giao-duc-2026-31"
VIDEO_TITLE = "Giải bóng chuyền hơi nữ Công đoàn ngành Giáo dục năm 2026"


def simple_page(request: Request, title: str, trail: list, inner: str, next_page: str,
                chunk: str, props: dict, query: dict | None = None, canonical: str = "") -> Response:
    main = (
        breadcrumb(trail)
        + f'<div class="TrangTinh_khung__Bv3s0"><h2 class="TrangTinh_tieuDe__h8Qx4 text-[22px] '
        f'font-bold uppercase text-[#0b2f57]">{esc(title)}</h2>{inner}</div>'
    )
    return page(request, title=f"{title} | {SHORT_NAME}", main=main, next_page=next_page,
                page_chunk=chunk, props=props, query=query, canonical=canonical or None,
                description=f"{title} - {SITE_NAME}")


def about(request: Request) -> Response:
    inner = (
        "<p>Sở Giáo dục và Đào tạo tỉnh Ninh Thuận là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và "
        "đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà "
        "giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học; quy chế "
        "thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>"
        "<h3>Cơ cấu tổ chức</h3><ul><li>Lãnh đạo Sở: Giám đốc và các Phó Giám đốc</li>"
        "<li>Văn phòng Sở; Thanh tra Sở</li><li>Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ"
        "</li><li>Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học</li><li>Phòng Giáo "
        "dục thường xuyên - Giáo dục chuyên nghiệp; Phòng Quản lý chất lượng - Công nghệ thông "
        "tin</li></ul><p>Các đơn vị sự nghiệp trực thuộc gồm 27 trường THPT, 02 trường PTDTNT và "
        "các trung tâm GDNN-GDTX.</p>"
    )
    return simple_page(request, "Giới thiệu chung", [("/", "Trang chủ"), (None, "Giới thiệu")],
                       inner, "/gioi-thieu", "gioi-thieu-3e5a7c9b1d0f2468.js",
                       {"page": {"id": 2, "attributes": {"title": "Giới thiệu chung"}}})


def leaders(request: Request) -> Response:
    rows = [
        ("Lê Văn Thắng", "Giám đốc Sở", "0259.3822.101", "thanglv.sgddt@ninhthuan.gov.vn"),
        ("Trần Minh Khoa", "Phó Giám đốc Sở", "0259.3822.102", "khoatm.sgddt@ninhthuan.gov.vn"),
        ("Nguyễn Thị Thu Hà", "Phó Giám đốc Sở", "0259.3822.103", "hantt.sgddt@ninhthuan.gov.vn"),
    ]
    inner = (
        '<table class="BangLanhDao_bang__t6Hc2 w-full border"><thead><tr><th>Họ và tên</th>'
        "<th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
        + "</tbody></table>"
    )
    return simple_page(
        request, "Lãnh đạo Sở",
        [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (None, "Lãnh đạo Sở")], inner,
        "/gioi-thieu/lanh-dao-so", "gioi-thieu/lanh-dao-so-7b9d1f3a5c0e2468.js",
        {"leaders": [{"name": a, "position": b} for a, b, _, _ in rows]},
    )


def contact(request: Request) -> Response:
    inner = (
        "<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH THUẬN</b></p><p>Địa chỉ: Số 09 đường 16 Tháng "
        "4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận</p><p>Điện thoại: 0259.3822.108 - Email: "
        'sgddt@ninhthuan.gov.vn</p><iframe title="Bản đồ" src="https://www.google.com/maps/embed?'
        'pb=!1m18!1m12!1m3!1d3903.2" width="100%" height="300"></iframe>'
        '<form class="LienHe_form__Ur5w1" method="post" action="/api/lien-he"><input name="hoTen" '
        'placeholder="Họ và tên *"/><input name="email" placeholder="Email *"/><input '
        'name="tieuDe" placeholder="Tiêu đề"/><textarea name="noiDung" placeholder="Nội dung">'
        '</textarea><button type="submit">Gửi liên hệ</button></form>'
    )
    return simple_page(request, "Liên hệ", [("/", "Trang chủ"), (None, "Liên hệ")], inner,
                       "/lien-he", "lien-he-0a2c4e6f8b1d3579.js", {})


def doc_listing(request: Request) -> Response | None:
    if request.query:
        return None
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/van-ban/{d["slug"]}">{esc(d["number"])}</a></td>'
        f'<td>{d["date"]}</td><td>{esc(d["title"])}</td><td><a href="{d["file"]}">Tải về</a>'
        "</td></tr>"
        for i, d in enumerate(DOCS, 1)
    )
    inner = (
        '<table class="VanBan_bang__Mx0p3 w-full"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody>"
        "</table>"
    )
    return simple_page(request, "Văn bản chỉ đạo điều hành",
                       [("/", "Trang chủ"), (None, "Văn bản")], inner, "/van-ban",
                       "van-ban-4c6e8a0b2d1f3579.js", {"documents": DOCS}, canonical="/van-ban")


def doc_page(request: Request, d: dict) -> Response:
    inner = (
        '<table class="VanBan_chiTiet__8Rq2z w-full border"><tbody>'
        f'<tr><th>Số/Ký hiệu</th><td>{esc(d["number"])}</td></tr>'
        f'<tr><th>Loại văn bản</th><td>{d["kind"]}</td></tr>'
        f'<tr><th>Ngày ban hành</th><td>{d["date"]}</td></tr>'
        "<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
        f'<tr><th>Người ký</th><td>{esc(d["signer"])}</td></tr>'
        f'<tr><th>Trích yếu</th><td>{esc(d["title"])}</td></tr>'
        f'<tr><th>Tệp đính kèm</th><td><a href="{d["file"]}">'
        f'{d["file"].rsplit("/", 1)[-1]}</a></td></tr></tbody></table>'
    )
    return simple_page(
        request, f'{d["kind"]} số {d["number"]}',
        [("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, d["number"])], inner,
        "/van-ban/[slug]", "van-ban/%5Bslug%5D-6d8f0b2c4e1a3579.js", {"document": d},
        {"slug": d["slug"]}, canonical=f'/van-ban/{d["slug"]}',
    )


def album_listing(request: Request) -> Response | None:
    if request.query:
        return None
    inner = (
        f'<div class="grid grid-cols-3 gap-4"><a href="{ALBUM_PATH}">'
        f"{next_image_responsive(up(ALBUM_PHOTOS[0]), ALBUM_TITLE)}<span>{esc(ALBUM_TITLE)} "
        f"({len(ALBUM_PHOTOS)} ảnh)</span></a></div>"
    )
    return simple_page(request, "Thư viện ảnh", [("/", "Trang chủ"), (None, "Thư viện ảnh")],
                       inner, "/thu-vien-anh", "thu-vien-anh-2b4d6f8a0c1e3579.js", {})


def album_page(request: Request) -> Response:
    inner = (
        '<p class="text-[13px] text-gray-500">Ngày đăng: 20/11/2026</p><div class="ThuVien_luoi__'
        'Tz4n6 grid grid-cols-3 gap-3">'
        + "".join(
            f'<a href="{up(p)}" data-fancybox="gallery">{next_image_responsive(up(p), ALBUM_TITLE)}</a>'
            for p in ALBUM_PHOTOS
        )
        + "</div>"
    )
    return simple_page(
        request, ALBUM_TITLE,
        [("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"), (None, ALBUM_TITLE)], inner,
        "/thu-vien-anh/[slug]", "thu-vien-anh/%5Bslug%5D-8f0a2c4e6b1d3579.js",
        {"album": {"id": 77, "photos": [up(p) for p in ALBUM_PHOTOS]}},
        {"slug": ALBUM_PATH.rsplit("/", 1)[-1]}, canonical=ALBUM_PATH,
    )


def video_listing(request: Request) -> Response | None:
    if request.query:
        return None
    inner = (
        f'<div class="grid grid-cols-3 gap-4"><a href="{VIDEO_PATH}">'
        f'{next_image_responsive(up("video_bong_chuyen_thumb_6f2a.jpg"), VIDEO_TITLE)}'
        f"<span>▶ {esc(VIDEO_TITLE)}</span></a></div>"
    )
    return simple_page(request, "Video", [("/", "Trang chủ"), (None, "Video")], inner, "/video",
                       "video-9a1c3e5b7d0f2468.js", {})


def video_page(request: Request) -> Response:
    inner = (
        '<div class="Video_khung__Kc0r8" style="position:relative;padding-bottom:56.25%"><iframe '
        'src="https://www.youtube.com/embed/Xq3vB7mR2kA" title="YouTube video player" '
        'allowfullscreen="" style="position:absolute;width:100%;height:100%"></iframe></div>'
        '<p class="text-[13px] text-gray-500">Ngày đăng: 18/11/2026 · Thời lượng: 04:12</p>'
        "<p>Những pha bóng đẹp tại Giải bóng chuyền hơi nữ Công đoàn ngành Giáo dục năm 2026.</p>"
    )
    return simple_page(
        request, VIDEO_TITLE, [("/", "Trang chủ"), ("/video", "Video"), (None, VIDEO_TITLE)],
        inner, "/video/[slug]", "video/%5Bslug%5D-1e3a5c7d9f0b2468.js",
        {"video": {"id": 31, "youtubeId": "Xq3vB7mR2kA"}},
        {"slug": VIDEO_PATH.rsplit("/", 1)[-1]}, canonical=VIDEO_PATH,
    )


# --- the server -----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)")
_NOTICE = re.compile(r"/thong-bao/([a-z0-9-]+)-(\d+)")
_CATEGORY = re.compile(r"/tin-tuc/([a-z0-9-]+)")
_TAG = re.compile(r"/tag/([a-z0-9-]+)")
_DOC = re.compile(r"/van-ban/([a-z0-9-]+)")
_TTS = re.compile(r"/api/tts/(\d+)\.mp3")
_MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 8

ROBOTS = (
    "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /_next/data/\nDisallow: /tim-kiem\n"
)


def _permanent(location: str) -> Response:
    """Next's permanent redirect: 308 with a Refresh fallback body."""
    return Response(308, location, {"Location": location, "Refresh": f"0;url={location}",
                                    "Content-Type": "text/plain"})


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/_next/image"):
            return self._image(request)
        if path.startswith("/_next/data/"):
            return self._data(request)
        if path.startswith(("/_next/static/", "/uploads/")) or path == "/favicon.ico":
            return self._static(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if m := _TTS.fullmatch(path):
            return Response(200, _MP3, {"Content-Type": "audio/mpeg"}) if int(m[1]) in BY_ID else None
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return _permanent(target)
        if request.method not in ("GET", "HEAD"):
            return Response(405, "Method Not Allowed", {"Allow": "GET, HEAD"})
        return self._route(request)

    def _route(self, request: Request) -> Response | None:
        path = request.path
        simple = {
            "/gioi-thieu": about,
            "/gioi-thieu/lanh-dao-so": leaders,
            "/lien-he": contact,
            "/van-ban": doc_listing,
            "/thu-vien-anh": album_listing,
            "/video": video_listing,
            "/tim-kiem": search_page,
            "/tin-tuc": news_listing,
            "/thong-bao": notice_listing,
        }
        if path == "/":
            return home(request)
        if path in simple:
            return simple[path](request)
        if path == ALBUM_PATH:
            return album_page(request)
        if path == VIDEO_PATH:
            return video_page(request)
        if m := _DOC.fullmatch(path):
            doc = next((d for d in DOCS if d["slug"] == m[1]), None)
            return doc_page(request, doc) if doc else None
        if m := _TAG.fullmatch(path):
            return tag_listing(request, m[1]) if m[1] in TAGS else None
        if m := _NOTICE.fullmatch(path):
            s = BY_ID.get(int(m[2]))
            if s is None or s.cat != "thong-bao" or s.slug != m[1]:
                return None
            return article_page(request, s, None)
        if m := _ARTICLE.fullmatch(path):
            return self._article(request, m[1], m[2], int(m[3]))
        if m := _CATEGORY.fullmatch(path):
            return category_listing(request, m[1]) if m[1] in CATEGORIES else None
        return None

    def _article(self, request: Request, cat: str, slug: str, sid: int) -> Response | None:
        s = BY_ID.get(sid)
        if s is None or s.cat == "thong-bao":
            return None
        if cat != s.cat and cat not in s.opts.get("cats2", []):
            return None
        if slug != s.slug:
            if slug == s.opts.get("old_slug"):
                return _permanent(story_path(s, cat if cat != s.cat else None))
            return None
        return article_page(request, s, cat if cat != s.cat else None)

    def _image(self, request: Request) -> Response:
        params = request.params
        url, width, quality = params.get("url"), params.get("w"), params.get("q")
        if not url:
            return Response(400, '"url" parameter is required', {"Content-Type": "text/plain"})
        if not width or not width.isdigit() or int(width) not in NEXT_SIZES:
            return Response(400, f'"w" parameter (width) of {width} is not allowed',
                            {"Content-Type": "text/plain"})
        if not quality or not quality.isdigit():
            return Response(400, '"q" parameter (quality) must be a number between 1 and 100',
                            {"Content-Type": "text/plain"})
        if not url.startswith("/uploads/") and not url.startswith("/_next/static/"):
            return Response(400, '"url" parameter is not allowed', {"Content-Type": "text/plain"})
        found = static_file(url)
        if found is None:
            return Response(400, "The requested resource isn't a valid image.",
                            {"Content-Type": "text/plain"})
        found.headers["Cache-Control"] = "public, max-age=60, must-revalidate"
        found.headers["Content-Disposition"] = f'inline; filename="{url.rsplit("/", 1)[-1]}"'
        return found

    def _static(self, path: str) -> Response | None:
        lower = path.lower()
        if lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.endswith(".docx"):
            return Response(200, b"PK\x03\x04" + b"\x00" * 26, {
                "Content-Type": "application/vnd.openxmlformats-officedocument."
                                "wordprocessingml.document"})
        return static_file(path)

    def _data(self, request: Request) -> Response | None:
        prefix = f"/_next/data/{BUILD_ID}"
        if not request.path.startswith(prefix + "/") or not request.path.endswith(".json"):
            return None
        route = request.path[len(prefix):-len(".json")]
        route = "/" if route == "/index" else route
        inner = Request("GET", route, request.query, request.headers)
        answer = self._route(inner)
        if answer is None:
            return Response(404, '{"notFound":true}', {"Content-Type": "application/json"})
        if answer.status == 308:
            data = {"pageProps": {"__N_REDIRECT": answer.headers["Location"],
                                  "__N_REDIRECT_STATUS": 308}, "__N_SSP": True}
        else:
            body = answer.body if isinstance(answer.body, str) else answer.body.decode("utf-8")
            blob = body.split('<script id="__NEXT_DATA__" type="application/json">', 1)[1]
            data = json.loads(blob.split("</script>", 1)[0])["props"]
        return Response(200, json.dumps(data, ensure_ascii=False),
                        {"Content-Type": "application/json", "x-nextjs-matched-path": route})


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts: list[str] = []
    for extra in s.opts.get("cats2", []):
        alts.append(story_path(s, extra))
    if s.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{s.cat}/{s.opts['old_slug']}-{s.id}")
    return gold_record(s, story_path(s), cat_name(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lanh-dao-so",
    "/lien-he",
    "/van-ban/ke-hoach-1850-kh-sgddt-401",
    "/van-ban/cong-van-2150-sgddt-gdtrh-405",
    ALBUM_PATH,
    VIDEO_PATH,
]
