"""Blind fixture portal: Phòng GD&ĐT huyện Đức Phong, an Astro static site built from Storyblok.

Platform
    Astro 4 static build (``output: "static"``, ``trailingSlash: "always"``) whose content comes
    from Storyblok's CDN API at build time (``@storyblok/astro``). Every page is a tree of nested
    Storyblok *bloks* (``page`` > ``grid`` > ``teaser`` / ``richtext`` / ``anh`` image bloks),
    each printed with its ``data-blok-c`` / ``data-blok-uid`` attributes and, because the site
    was built from the *draft* version with ``bridge: true``, Storyblok's editable comments
    ``<!--#storyblok#{"name": …, "space": "287419", "uid": …, "id": …}-->`` in front of every blok.
    Astro's fingerprints everywhere: ``data-astro-cid-*`` scoped-style attributes, ``/_astro/``
    hashed assets and ``<astro-island>`` components (share bar, visitor counter, category lists)
    whose props are serialized JSON. The static host serves ``<dir>/index.html`` for ``<dir>/``,
    answers ``<dir>`` (no slash) with a 301 to ``<dir>/`` and ignores query strings.

URL scheme
    ``/``                              home (slider, "Tin mới" grid, "Văn bản mới", sidebar)
    ``/tin-tuc/``                      all news, 5 a page; ``/tin-tuc/trang-<n>/`` pages 2-3
                                       (``/tin-tuc/trang-1/`` is also built: a twin of page 1)
    ``/tin-tuc/<slug>/``               an article (the route the listings use: the gold path)
    ``/tin-tuc/<folder>/``             a category page (Storyblok folder): list rendered client-side
    ``/tin-tuc/<folder>/<slug>/``      the same article again, built by the catch-all
                                       ``[...slug].astro`` route from the story's ``full_slug``;
                                       home-page teasers link here (link field -> ``cached_url``)
    ``/tag/<tag>/``                    tag listings
    ``/van-ban/``, ``/van-ban/<slug>/``          documents (not articles)
    ``/thu-vien-anh/…``, ``/video/…``            albums and video pages (not articles)
    ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``, ``/tim-kiem/``
    ``/_astro/*.webp``, ``/cdn-img/f/287419/…`` (Storyblok image service behind the site's own
    rewrite), ``/uploads/…`` (files migrated from the old NukeViet site), ``/files/*.pdf``.

Page templates
    Article: breadcrumb ``Trang chủ › Tin tức › <category>``, ``<article class="bv-ct">`` with
    ``<h1 class="bv-td">``, the meta line ``<div class="bv-tt">`` (date printed the way Astro's
    ``toLocaleString("vi-VN")`` prints it: *time first*, day and month unpadded,
    ``14:30 3/12/2026``), a share-bar island, the optional intro (``<p class="bv-mt">``, only
    when the story's ``hien_mo_ta`` box is ticked), the body bloks inside ``<div class="nd-bv">``
    (richtext bloks and image bloks in turn), an optional author-card blok, tags, then
    "Các tin khác" (the five latest posts site-wide) and the sidebar.

How each gold article is reached
    A1-A5 from the home page (slider / "Tin mới"), A2, A7 from the "Thông báo" sidebar block,
    A3, A5, A9 from "Tiêu điểm" — all of those through the *full_slug* twin; A1-A6 through
    "Các tin khác" on article pages (gold path); every article through ``/tin-tuc/`` and its
    prev/next pager: A1-A4 on page 1, A5-A9 on page 2, A10-A13 only on page 3. Other ways in:
    A12's preview link (in A8's text) and A11's ``index.html`` link (in A6's text); the twins of
    A10/A4 and A3/A6 from the "Bài viết liên quan" grids inside A5 and A11; the ten latest posts
    (A1-A10) in ``/rss.xml``. A13's gold path is linked from listing page 3 and nowhere else.

Traps
    1. Two built routes per story. ``/tin-tuc/<slug>/`` and ``/tin-tuc/<folder>/<slug>/`` print
       the same article, each with a *self*-canonical (the layout builds it from
       ``Astro.url.pathname``). Gold: path ``/tin-tuc/<slug>/``; the full_slug twin, both
       ``index.html`` forms and every linked query variant are ``alt_paths``.
    2. Category pages have an article's URL shape (``/tin-tuc/chuyen-mon/``) but render their
       lists client-side: an ``<astro-island client="only">`` whose props hold the Storyblok
       query, no links. Their only link is ``<noscript>`` "Xem tất cả tin tức". Gold: no
       article is reachable from them; A8 and A10-A13 need ``/tin-tuc/trang-2/``/``trang-3/``,
       which the pager only reaches by "Cũ hơn »" (no page numbers).
    3. Editors' links: a Storyblok visual-editor preview URL (``?_storyblok=…&_storyblok_tk%5B…``)
       pasted in A8's "Xem thêm" line, and a ``…/index.html`` link in A6's text. Gold: both
       serve A12 / A11 and are listed in their ``alt_paths``; a slash-less link in A9 is a 301.
    4. Dates. The printed line is vi-VN ``toLocaleString``: ``06:15 1/12/2026`` (time before the
       day); ``<time datetime>``, ``article:published_time`` and JSON-LD carry UTC
       (``2026-11-30T23:15:00.000Z`` for A3: the UTC *day* is the day before). A4 prints the day
       only (``28/11/2026``; its UTC stamp is 17:00 of the 27th); A10 prints ``00:00 22/10/2026``
       (midnight: the day alone); A7 prints "Cập nhật" *before* the publication time; A12 prints
       seconds (``08:30:00 8/10/2026``). Gold: local time with +07:00, or the day alone.
    5. The official notice A2 (richtext letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận"
       and the signer table): body is the text between; published_at is the letterhead's
       ``2026-12-02`` although the page says ``14:05 3/12/2026``; the signer is the author.
    6. Chrome inside the body container: A5 and A11 embed a "Bài viết liên quan" grid blok
       (teaser cards with ``<h3>`` and a ``<p>`` summary) *inside* ``div.nd-bv`` between richtext
       bloks. Gold: not body; its thumbnails are not images.
    7. Bylines. Author-card blok with an avatar, a degree and a post ("ThS. Trần Minh Khoa" +
       "Phó Trưởng phòng GD&ĐT") -> the name; JSON-LD ``author`` is always the office
       (Organization) -> ignored; meta line "Người đăng: admin.pgd" and right-aligned "BBT"
       -> nobody; "Tin: Hoàng Yến - Ảnh: Phạm Quốc Bảo"; a school signing alone (A4).
    8. Captions. Richtext images carry the *file name* as alt (``img_4521.jpg``) and their
       caption is the next, centred italic paragraph (caption, not body); image bloks print
       ``<figcaption>`` plus a separate "© Phạm Quốc Bảo" credit; A9's caption is in
       parentheses (taken off); A10's image prints no line (None).
    9. Text shape. Storyblok ``hard_break`` ``<br />`` in A8 (each line its own paragraph, the
       typed "- " kept); empty ``<p></p>`` / ``<p>&nbsp;</p>`` spacers (no paragraph); A6's bare
       ``<sup><a href="#cth-1">1</a></sup>`` note calls (dropped) next to "[1]" citations (kept),
       with "Chú thích" and "Tài liệu tham khảo" as text; A13 is legacy HTML migrated from
       NukeViet (``<div>`` text separated by ``<br><br>``, "Tác giả: admin").
   10. Titles: ``<title>``/``og:title`` print the SEO title and home teasers a short teaser
       title (``Tổng kết Hội thi GVDG cấp huyện…``); gold is the ``<h1>``; A4's title keeps "🎉".
   11. A document entry (``/van-ban/cong-van-so-1245-…/``) is teased inside the news listing and
       has an article-like page (h1, date, richtext "Trích yếu"): a non-article.

Gold decisions on ambiguous points
    - The path is the listing route ``/tin-tuc/<slug>/``; canonical_path is the same although
      the full_slug twin declares itself canonical. 301 sources (slash-less) are not alt paths.
    - The intro printed in ``p.bv-mt`` is the sapo (summary and first body paragraph); when the
      box is not ticked the intro lives only in the meta description/teasers: summary null.
      A10's bold first paragraph is its sapo.
    - Listing thumbnails, og:image and the author-card avatar are not article images.
    - "Nguồn: Website Trường MN Hoa Sen" -> source "Website Trường MN Hoa Sen"; "Theo Báo Bình
      Định" -> "Báo Bình Định" (A9's "Theo kế hoạch, …" stays body text).
    - A12's byline "Tin, ảnh: Đinh Thị Hồng (Trường MN Sơn Ca)" -> the name without the unit.
    - A13's author line "Tác giả: admin" is a CMS account -> nobody.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, collapse, esc, gold_record, static_file

NAME = "storyblok_astro_pgd"
PLATFORM = "Astro static site + Storyblok headless CMS (nested bloks, editable comments)"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SPACE = "287419"
ICT = timezone(timedelta(hours=7))
PER_PAGE = 5

CATS = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "chuyen-mon": "Chuyên môn nghiệp vụ",
    "thong-bao": "Thông báo",
    "giao-duc-mam-non": "Giáo dục Mầm non",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
}
TAGS = {"hoc-sinh-gioi": "học sinh giỏi", "chuyen-doi-so": "chuyển đổi số"}


def _hx(seed: str, n: int = 8) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _sid(seed: str) -> str:
    return str(612300000 + int(_hx(seed, 6), 16) % 90000)


def sbc(name: str, seed: str) -> str:
    """Storyblok's editable comment, printed in front of a blok by the draft build."""
    meta = {"name": name, "space": SPACE, "uid": _uuid(seed), "id": _sid(seed)}
    return "<!--#storyblok#" + json.dumps(meta, ensure_ascii=False) + "-->"


def blok(name: str, seed: str) -> str:
    """``storyblokEditable(blok)`` attributes."""
    meta = {"name": name, "space": SPACE, "uid": _uuid(seed), "id": _sid(seed)}
    return f'data-blok-c="{esc(json.dumps(meta, separators=(",", ":")))}" data-blok-uid="{_sid(seed)}-{_uuid(seed)}"'


def astro_img(name: str) -> str:
    """An image optimized by Astro at build time: ``/_astro/<name>.<hash>_<hash>.webp``."""
    h = base64.urlsafe_b64encode(hashlib.sha256(name.encode()).digest()).decode().replace("-", "x").replace("_", "Q")
    return f"/_astro/{name}.{h[:8]}_Z{h[8:14]}.webp"


def sb_img(folder_hash: str, size: str, fname: str) -> str:
    """Storyblok image-service URL behind the site's own ``/cdn-img`` rewrite."""
    return f"/cdn-img/f/{SPACE}/{size}/{folder_hash}/{fname}/m/800x0/filters:quality(80)"


CID_L = "data-astro-cid-sckkx6r4"
CID_A = "data-astro-cid-m3pkvq7d"
CID_T = "data-astro-cid-ux2yt6wa"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the thirteen stories ----------------------------------------------------------------------

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;"><tbody><tr>'
    '<td style="width: 40%; text-align: center; vertical-align: top;"><p>UBND HUYỆN ĐỨC PHONG<br />'
    "<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></p><p>Số: 512/TB-PGDĐT</p></td>"
    '<td style="width: 60%; text-align: center; vertical-align: top;"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
    "VIỆT NAM</b><br /><b>Độc lập - Tự do - Hạnh phúc</b></p><p><i>Đức Phong, ngày 02 tháng 12 năm "
    "2026</i></p></td></tr></tbody></table>"
    '<p style="text-align: center;"><b>THÔNG BÁO</b></p>'
    '<p style="text-align: center;"><b>Về việc nghỉ Tết Dương lịch năm 2027</b></p>'
)
_SIGNER = (
    '<table style="width: 100%;"><tbody><tr><td style="width: 50%; vertical-align: top;">'
    "<p><b><i>Nơi nhận:</i></b><br />- Như trên;<br />- UBND huyện (b/c);<br />- Lãnh đạo Phòng;"
    "<br />- Lưu: VT.</p></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><p><b>TRƯỞNG PHÒNG</b></p>'
    "<p><i>(Đã ký)</i></p><p>&nbsp;</p><p><b>Lê Văn Quang</b></p></td></tr></tbody></table>"
)

A11_SLUG = "tap-huan-ung-dung-tri-tue-nhan-tao-trong-doi-moi-phuong-phap-day-hoc"
A12_SLUG = "truong-mn-son-ca-mo-lop-tang-cuong-tieng-viet-cho-tre-dan-toc-thieu-so"
PREVIEW_A12 = (
    f"/tin-tuc/giao-duc-mam-non/{A12_SLUG}/?_storyblok=612388412&_storyblok_c=bai-viet"
    "&_storyblok_version=&_storyblok_lang=default&_storyblok_release=0&_storyblok_rl=1759887012345"
    f"&_storyblok_tk%5Bspace_id%5D={SPACE}&_storyblok_tk%5Btimestamp%5D=1759886999"
    "&_storyblok_tk%5Btoken%5D=5c1e0d9b7a3f22e1c4b8a9d06f7e2b3c41d5a6e8"
)
INDEX_A11 = f"/tin-tuc/{A11_SLUG}/index.html"

STORIES: list[Story] = [
    Story(
        1,
        "tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        "Tổng kết Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "hoat-dong-nganh",
        "2026-12-04T16:20:00+07:00",
        [
            P(
                "Dự lễ tổng kết có ông Hồ Văn Tâm, Phó Chủ tịch UBND huyện; ông Lê Văn Quang, Trưởng phòng "
                "GD&ĐT huyện cùng đại diện lãnh đạo các trường tiểu học và giáo viên tham gia hội thi."
            ),
            Img(
                astro_img("tong-ket-gvdg-th-01"),
                "Ông Hồ Văn Tâm, Phó Chủ tịch UBND huyện phát biểu tại lễ tổng kết",
                "Ông Hồ Văn Tâm, Phó Chủ tịch UBND huyện phát biểu tại lễ tổng kết",
                "blok",
            ),
            P(
                "Hội thi được tổ chức từ ngày 16/11 đến ngày 02/12/2026 với hai phần thi: trình bày biện pháp "
                "nâng cao chất lượng giảng dạy và thực hành dạy 02 tiết trên lớp. Các tiết dạy được Ban Giám "
                "khảo đánh giá cao về việc vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích cực, ứng "
                "dụng hiệu quả công nghệ thông tin và phát huy tính chủ động của học sinh."
            ),
            Raw("<p></p>"),
            P(
                "Kết quả, Ban Tổ chức công nhận 71 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện, "
                "trong đó có 18 giáo viên xếp loại xuất sắc. Trường TH Thị trấn Đức Phong, Trường TH số 1 "
                "Phước Lộc và Trường TH Tân An là ba đơn vị có tỷ lệ giáo viên đạt danh hiệu cao nhất."
            ),
            Img(
                astro_img("tong-ket-gvdg-th-02"),
                "Trao giấy chứng nhận cho các giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện",
                "Trao giấy chứng nhận cho các giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện",
                "blok",
            ),
            P(
                "Phát biểu bế mạc, ông Lê Văn Quang đề nghị các nhà trường tiếp tục phát huy kết quả hội thi, "
                "tổ chức chia sẻ, nhân rộng những tiết dạy hay trong sinh hoạt chuyên môn cấp trường, cụm "
                "trường, góp phần nâng cao chất lượng dạy học trong năm học."
            ),
            _right("<b>Tin, ảnh: Nguyễn Thị Thu Hà</b>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        summary=(
            "Chiều ngày 04/12, Phòng GD&ĐT huyện Đức Phong tổ chức Lễ tổng kết và trao giải Hội thi giáo "
            "viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 86 giáo viên đến "
            "từ 24 trường tiểu học trên địa bàn."
        ),
        sapo_outside=True,
        opts={
            "dline": "16:20 4/12/2026",
            "utc": "2026-12-04T09:20:00.000Z",
            "teaser_title": "Tổng kết Hội thi GVDG cấp huyện bậc Tiểu học",
            "seo_title": "Tổng kết Hội thi GVDG cấp huyện bậc Tiểu học 2026-2027",
            "poster": "thuha.pgd",
        },
    ),
    Story(
        2,
        "thong-bao-nghi-tet-duong-lich-nam-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục",
        "thong-bao",
        "2026-12-02",
        [
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Thông báo số 2150/TB-UBND ngày 28/11/2026 của UBND huyện Đức Phong về việc nghỉ Tết "
                "Dương lịch năm 2027;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo đến các trường mầm non, tiểu học, trung học cơ sở trên "
                "địa bàn huyện thời gian nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P(
                "1. Thời gian nghỉ: Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày vào thứ Sáu, "
                "ngày 01/01/2027 (kết hợp ngày nghỉ hằng tuần là 03 ngày, từ thứ Sáu ngày 01/01/2027 đến hết "
                "Chủ nhật ngày 03/01/2027)."
            ),
            P(
                "2. Trong thời gian nghỉ Tết, Thủ trưởng các đơn vị phân công lịch trực, đảm bảo an toàn tài "
                "sản, phòng chống cháy nổ tại đơn vị; nhắc nhở học sinh thực hiện nghiêm an toàn giao thông, "
                "không tham gia đốt pháo và các tệ nạn xã hội."
            ),
            P(
                "3. Sau thời gian nghỉ, các đơn vị tổ chức dạy học bình thường từ thứ Hai, ngày 04/01/2027 "
                "và báo cáo tình hình đơn vị trong dịp nghỉ Tết về Phòng GD&ĐT (qua bộ phận Văn phòng) "
                "trước 10 giờ ngày 05/01/2027."
            ),
            P("Nhận được Thông báo này, đề nghị Thủ trưởng các đơn vị triển khai thực hiện nghiêm túc./."),
            Raw(_SIGNER),
        ],
        authors=["Lê Văn Quang"],
        opts={
            "dline": "14:05 3/12/2026",
            "utc": "2026-12-03T07:05:00.000Z",
            "poster": "vanphong.pgd",
            "intro": "Phòng GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục trên "
            "địa bàn huyện.",
        },
    ),
    Story(
        3,
        "chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-1",
        "Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 1” tại Trường TH Thị trấn Đức Phong",
        "chuyen-mon",
        "2026-12-01T06:15:00+07:00",
        [
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn cụm trường năm học 2026 - 2027, ngày 27/11/2026, "
                "Phòng GD&ĐT huyện phối hợp với Trường TH Thị trấn Đức Phong tổ chức chuyên đề “Dạy học phát "
                "triển năng lực đọc cho học sinh lớp 1” cho cán bộ quản lý, tổ trưởng chuyên môn và giáo viên "
                "dạy lớp 1 của 8 trường thuộc cụm số 1."
            ),
            P(
                "Tại chuyên đề, cô giáo Võ Thị Kim Oanh thực hiện tiết dạy minh họa bài “Mùa thu ở vùng cao” "
                "(sách Tiếng Việt 1, bộ Kết nối tri thức với cuộc sống). Thông qua các hoạt động khởi động, "
                "đọc thành tiếng, đọc hiểu và vận dụng, học sinh được rèn kỹ năng đọc trơn, đọc đúng, ngắt "
                "nghỉ hợp lý và trả lời câu hỏi về nội dung bài đọc."
            ),
            Img(
                sb_img("8a3c9e21f4", "1600x1067", "img_4521.jpg"),
                "Cô giáo Võ Thị Kim Oanh hướng dẫn học sinh luyện đọc theo nhóm",
                "Cô giáo Võ Thị Kim Oanh hướng dẫn học sinh luyện đọc theo nhóm",
                "rt",
            ),
            P(
                "Sau tiết dạy, các đại biểu tập trung thảo luận về cách tổ chức hoạt động đọc theo hướng cá "
                "thể hóa, phân hóa đối tượng học sinh; việc xây dựng “góc đọc” trong lớp học và phối hợp với "
                "cha mẹ học sinh trong việc hình thành thói quen đọc sách tại nhà."
            ),
            Img(
                sb_img("1d77b0c2e5", "1600x1067", "img_4560.jpg"),
                "Các đại biểu thảo luận, góp ý tiết dạy minh họa",
                "Các đại biểu thảo luận, góp ý tiết dạy minh họa",
                "rt",
            ),
            P(
                "Kết luận chuyên đề, ông Trần Minh Khoa, Phó Trưởng phòng GD&ĐT huyện đánh giá cao sự chuẩn "
                "bị công phu của nhà trường và đề nghị các đơn vị vận dụng linh hoạt nội dung chuyên đề vào "
                "thực tiễn, chú trọng rèn kỹ năng đọc cho học sinh ngay từ học kỳ I."
            ),
        ],
        authors=["Trần Minh Khoa"],
        opts={
            "dline": "06:15 1/12/2026",
            "utc": "2026-11-30T23:15:00.000Z",
            "card": ("ThS. Trần Minh Khoa", "Phó Trưởng phòng GD&ĐT"),
            "poster": "khoa.tm",
            "intro": "Chuyên đề giúp giáo viên dạy lớp 1 của cụm trường số 1 chia sẻ kinh nghiệm tổ chức hoạt "
            "động đọc, xây dựng “góc đọc” trong lớp học.",
        },
    ),
    Story(
        4,
        "chuc-mung-thay-tro-truong-thcs-le-loi-dat-12-giai-tai-hoi-khoe-phu-dong-cap-tinh",
        "🎉 Chúc mừng thầy trò Trường THCS Lê Lợi đạt 12 giải tại Hội khỏe Phù Đổng cấp tỉnh",
        "hoat-dong-nganh",
        "2026-11-28",
        [
            P(
                "Tại Hội khỏe Phù Đổng tỉnh Bình Định lần thứ XI năm 2026 vừa bế mạc ngày 25/11, đoàn vận "
                "động viên Trường THCS Lê Lợi (thành viên đoàn huyện Đức Phong) đã xuất sắc giành 12 huy "
                "chương các loại ở các môn điền kinh, cờ vua và bơi lội."
            ),
            P("Cụ thể:"),
            P(
                "🥇 03 Huy chương Vàng: em Nguyễn Gia Bảo (lớp 9A2) - chạy 100m nam; em Phan Thị Mỹ Duyên "
                "(lớp 8A1) - nhảy xa nữ; em Trần Đức Anh (lớp 9A1) - cờ vua cờ nhanh nam.",
                "li",
            ),
            P(
                "🥈 04 Huy chương Bạc ở các nội dung chạy 400m nam, chạy 200m nữ, bơi ếch 50m nam và cờ vua "
                "tiêu chuẩn nữ.",
                "li",
            ),
            P("🥉 05 Huy chương Đồng ở các nội dung điền kinh và bơi lội.", "li"),
            P(
                "Thành tích trên là kết quả của quá trình tập luyện bền bỉ của các em học sinh cùng sự tận tâm "
                "của các thầy cô giáo bộ môn Giáo dục thể chất, góp phần đưa đoàn huyện Đức Phong xếp thứ 4 "
                "toàn đoàn khối THCS."
            ),
            P("Ban Giám hiệu, Công đoàn và Liên đội nhà trường nhiệt liệt chúc mừng thầy và trò! 👏👏👏"),
            Img(
                astro_img("hkpd-le-loi-2026"),
                "Đoàn vận động viên Trường THCS Lê Lợi tại Hội khỏe Phù Đổng cấp tỉnh",
                "Đoàn vận động viên Trường THCS Lê Lợi tại Hội khỏe Phù Đổng cấp tỉnh",
                "blok",
            ),
            _right("<i>Trường THCS Lê Lợi</i>"),
        ],
        authors=["Trường THCS Lê Lợi"],
        opts={
            "dline": "28/11/2026",
            "utc": "2026-11-27T17:00:00.000Z",
            "poster": "admin.pgd",
            "seo_title": "Trường THCS Lê Lợi đạt 12 giải Hội khỏe Phù Đổng tỉnh Bình Định",
            "intro": "Đoàn vận động viên Trường THCS Lê Lợi giành 3 HCV, 4 HCB, 5 HCĐ tại Hội khỏe Phù Đổng "
            "tỉnh Bình Định lần thứ XI.",
        },
    ),
    Story(
        5,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Ngành Giáo dục huyện Đức Phong long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "cong-doan-doan-the",
        "2026-11-19T16:45:00+07:00",
        [
            Img(astro_img("ky-niem-20-11-toan-canh"), "Quang cảnh Lễ kỷ niệm", "Quang cảnh Lễ kỷ niệm", "blok"),
            P(
                "Sáng ngày 19/11/2026, tại Hội trường UBND huyện, Phòng GD&ĐT phối hợp với Công đoàn ngành "
                "Giáo dục huyện Đức Phong long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, bà Nguyễn Thị Mai Hương, Chủ tịch Công đoàn ngành "
                "Giáo dục huyện khẳng định: trong năm học 2025 - 2026, đội ngũ nhà giáo toàn huyện đã vượt "
                "qua nhiều khó khăn, hoàn thành tốt nhiệm vụ; tỷ lệ học sinh hoàn thành chương trình tiểu học "
                "đạt 100%, tốt nghiệp THCS đạt 99,6%; huyện có 47 học sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
            P("Tuyên dương 35 nhà giáo tiêu biểu", "h3"),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc trong công tác "
                "giảng dạy, giáo dục học sinh; Công đoàn ngành trao 20 suất quà cho đoàn viên có hoàn cảnh "
                "khó khăn, mỗi suất trị giá 1.000.000 đồng."
            ),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
                "theo” - ông Hồ Văn Tâm, Phó Chủ tịch UBND huyện nhắn nhủ tại buổi lễ.",
                "q",
            ),
            Raw("<!--related-->"),
            Img(
                astro_img("ky-niem-20-11-van-nghe"),
                "Tiết mục văn nghệ chào mừng của giáo viên Trường MN Hoa Sen",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường MN Hoa Sen",
                "gal",
            ),
            Img(
                astro_img("ky-niem-20-11-tang-hoa"),
                "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo",
                "gal",
            ),
            Img(astro_img("ky-niem-20-11-chup-chung"), None, None, "gal"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do giáo viên các trường mầm non, tiểu "
                "học, THCS biểu diễn, để lại nhiều cảm xúc cho các đại biểu và thầy cô giáo."
            ),
            _right("<b>Tin: Hoàng Yến - Ảnh: Phạm Quốc Bảo</b>"),
        ],
        authors=["Hoàng Yến"],
        photographers=["Phạm Quốc Bảo"],
        opts={
            "dline": "16:45 19/11/2026",
            "utc": "2026-11-19T09:45:00.000Z",
            "poster": "admin.pgd",
            "credit": "© Phạm Quốc Bảo",
            "teaser_title": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
            "intro": "Tuyên dương 35 nhà giáo tiêu biểu, trao 20 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
        },
    ),
    Story(
        6,
        "mot-so-giai-phap-nang-cao-chat-luong-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        "Một số giải pháp nâng cao chất lượng sinh hoạt chuyên môn theo nghiên cứu bài học ở trường THCS",
        "chuyen-mon",
        "2026-11-17T14:00:00+07:00",
        [
            P("1. Thực trạng", "h3"),
            P(
                "Qua kiểm tra chuyên môn năm học 2025 - 2026, nhiều tổ chuyên môn vẫn còn nặng về đánh giá, "
                "xếp loại tiết dạy thay vì tập trung phân tích việc học của học sinh. Một số giáo viên còn ngại "
                "chia sẻ, chưa mạnh dạn đề xuất điều chỉnh bài học.",
                "html:<p>Qua kiểm tra chuyên môn năm học 2025 - 2026, nhiều tổ chuyên môn vẫn còn nặng về đánh "
                "giá, xếp loại tiết dạy thay vì tập trung phân tích việc học của học sinh<sup><a href=\"#cth-1\" "
                'id="ref-1">1</a></sup>. Một số giáo viên còn ngại chia sẻ, chưa mạnh dạn đề xuất điều chỉnh '
                "bài học.</p>",
            ),
            P("2. Một số giải pháp", "h3"),
            P(
                "Thứ nhất, thiết kế bài học minh họa theo hướng mở, tập trung vào mục tiêu phát triển phẩm "
                "chất, năng lực theo Chương trình giáo dục phổ thông 2018 [1]."
            ),
            P(
                "Thứ hai, khi dự giờ, giáo viên cần quan sát học sinh học như thế nào, gặp khó khăn ở đâu, "
                "nguyên nhân vì sao, thay vì chỉ chú ý đến hoạt động của giáo viên dạy minh họa [2]."
            ),
            P(
                "Thứ ba, đẩy mạnh sinh hoạt chuyên môn trên nền tảng trực tuyến, lưu trữ hồ sơ bài học nghiên "
                "cứu trên hệ thống LMS của ngành để giáo viên các trường cùng tham khảo, như đã làm tại đợt "
                "tập huấn ứng dụng AI trong dạy học vừa qua.",
                "html:<p>Thứ ba, đẩy mạnh sinh hoạt chuyên môn trên nền tảng trực tuyến, lưu trữ hồ sơ bài học "
                "nghiên cứu trên hệ thống LMS của ngành<sup><a href=\"#cth-2\" id=\"ref-2\">2</a></sup> để "
                "giáo viên các trường cùng tham khảo, như đã làm tại đợt <a href=\"" + INDEX_A11 + '" '
                'target="_self">tập huấn ứng dụng AI trong dạy học</a> vừa qua.</p>',
            ),
            P("3. Kết luận", "h3"),
            P(
                "Sinh hoạt chuyên môn theo nghiên cứu bài học chỉ thực sự hiệu quả khi mỗi giáo viên coi đó là "
                "cơ hội học hỏi lẫn nhau, không phải là gánh nặng hành chính. Rất mong nhận được sự trao đổi, "
                "góp ý của quý thầy cô."
            ),
            Raw("<p>&nbsp;</p>"),
            P("Chú thích", "h4"),
            P(
                "1. Báo cáo tổng kết công tác kiểm tra chuyên môn năm học 2025 - 2026 của Phòng GD&ĐT huyện "
                "Đức Phong.",
                'html:<p id="cth-1">1. Báo cáo tổng kết công tác kiểm tra chuyên môn năm học 2025 - 2026 của '
                "Phòng GD&amp;ĐT huyện Đức Phong.</p>",
            ),
            P(
                "2. Hệ thống quản lý học tập LMS của Sở GD&ĐT Bình Định.",
                'html:<p id="cth-2">2. Hệ thống quản lý học tập LMS của Sở GD&amp;ĐT Bình Định.</p>',
            ),
            P("Tài liệu tham khảo", "h4"),
            P(
                "[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông - Chương trình tổng thể, ban hành kèm "
                "theo Thông tư số 32/2018/TT-BGDĐT."
            ),
            P(
                "[2] Bộ GD&ĐT (2020), Tài liệu hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học, NXB "
                "Giáo dục Việt Nam."
            ),
        ],
        authors=["Đỗ Thị Lan Anh"],
        summary=(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học đã được triển khai ở các trường THCS trên địa bàn "
            "huyện từ năm 2014. Bài viết chia sẻ một số giải pháp giúp hoạt động này đi vào chiều sâu, thực "
            "chất hơn."
        ),
        sapo_outside=True,
        opts={
            "dline": "14:00 17/11/2026",
            "utc": "2026-11-17T07:00:00.000Z",
            "card": ("ThS. Đỗ Thị Lan Anh", "Chuyên viên Phòng GD&ĐT"),
            "poster": "lananh.dt",
        },
    ),
    Story(
        7,
        "ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        "thong-bao",
        "2026-11-12T10:30:00+07:00",
        [
            P(
                "Nhằm phát hiện, bồi dưỡng học sinh có năng khiếu, tuyển chọn đội tuyển tham dự Kỳ thi chọn "
                "học sinh giỏi cấp tỉnh, Phòng GD&ĐT huyện Đức Phong xây dựng kế hoạch tổ chức Kỳ thi chọn "
                "học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027 như sau:"
            ),
            P("I. Môn thi, đối tượng dự thi", "h3"),
            P(
                "Kỳ thi tổ chức cho 9 môn: Ngữ văn, Toán, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa "
                "lý và Tin học. Mỗi trường THCS được đăng ký tối đa 05 học sinh/môn; học sinh chỉ được đăng ký "
                "dự thi 01 môn."
            ),
            P("II. Lịch thi", "h3"),
            P("Ngày | Buổi | Nội dung", "tr"),
            P("08/12/2026 | Chiều | Học sinh làm thủ tục dự thi, nghe phổ biến quy chế", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Ngữ văn, Toán, Tin học", "tr"),
            P("09/12/2026 | Chiều | Thi các môn Tiếng Anh, Lịch sử, Địa lý", "tr"),
            P("10/12/2026 | Sáng | Thi các môn Vật lý, Hóa học, Sinh học", "tr"),
            P("III. Địa điểm thi", "h3"),
            P(
                "Hội đồng thi đặt tại Trường THCS Lê Lợi, thị trấn Đức Phong. Các trường gửi danh sách đăng ký "
                "dự thi (theo mẫu) qua hệ thống quản lý văn bản trước ngày 25/11/2026."
            ),
            Raw(
                '<p><a href="/files/ke-hoach-hsg9-2026-2027.pdf" target="_blank">📎 Tải về: '
                "KH-HSG9-2026-2027.pdf</a> (215 KB)</p>"
            ),
            _right("<b><i>Bộ phận Trung học cơ sở</i></b>"),
        ],
        authors=["Bộ phận Trung học cơ sở"],
        opts={
            "dline": "10:30 12/11/2026",
            "utc": "2026-11-12T03:30:00.000Z",
            "upd": "15:02 13/11/2026",
            "poster": "thcs.pgd",
            "tags": ["hoc-sinh-gioi"],
            "intro": "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện diễn ra từ ngày 08 đến 10/12/2026 tại Trường "
            "THCS Lê Lợi.",
        },
    ),
    Story(
        8,
        "truong-mn-hoa-sen-to-chuc-ngay-hoi-be-vui-khoe-an-toan-giao-thong",
        "Trường MN Hoa Sen tổ chức Ngày hội “Bé vui khỏe, an toàn giao thông”",
        "giao-duc-mam-non",
        "2026-11-05T09:45:00+07:00",
        [
            P(
                "Nhằm giúp trẻ làm quen với các quy định an toàn giao thông đơn giản, phù hợp với lứa tuổi, "
                "sáng ngày 04/11/2026, Trường Mầm non Hoa Sen tổ chức Ngày hội “Bé vui khỏe, an toàn giao "
                "thông” cho hơn 320 trẻ mẫu giáo."
            ),
            P("Ngày hội gồm các hoạt động:"),
            P("- Bé tìm hiểu ý nghĩa của đèn tín hiệu giao thông;", "br"),
            P("- Bé thực hành đi bộ qua đường đúng phần đường dành cho người đi bộ;", "br"),
            P("- Bé thi “Đội mũ bảo hiểm đúng cách” cùng bố mẹ.", "br"),
            Img(
                sb_img("5be0a1c3d2", "1200x900", "mn-hoa-sen-atgt.jpg"),
                "Các bé thực hành đi bộ qua đường tại sa bàn giao thông của nhà trường",
                "Các bé thực hành đi bộ qua đường tại sa bàn giao thông của nhà trường",
                "rt",
            ),
            P(
                "Cô Lê Thị Bích Ngọc, Hiệu trưởng nhà trường cho biết: thông qua ngày hội, trẻ được trải "
                "nghiệm thực tế, hình thành thói quen tốt khi tham gia giao thông; đồng thời nâng cao nhận "
                "thức của phụ huynh trong việc làm gương cho con em mình."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw(
                f'<p><b>Xem thêm:</b> <a href="{PREVIEW_A12.replace("&", "&amp;")}" target="_self">Trường MN '
                "Sơn Ca mở lớp tăng cường tiếng Việt cho trẻ mẫu giáo người dân tộc thiểu số</a></p>"
            ),
            _right("<i>Nguồn: Website Trường MN Hoa Sen</i>"),
        ],
        source="Website Trường MN Hoa Sen",
        opts={
            "dline": "09:45 5/11/2026",
            "utc": "2026-11-05T02:45:00.000Z",
            "poster": "admin.pgd",
            "intro": "Hơn 320 trẻ mẫu giáo được trải nghiệm, thực hành các kỹ năng an toàn giao thông.",
        },
    ),
    Story(
        9,
        "doan-kiem-tra-cua-so-gd-dt-lam-viec-ve-cong-tac-pho-cap-giao-duc-xoa-mu-chu",
        "Đoàn kiểm tra của Sở GD&ĐT làm việc về công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "hoat-dong-nganh",
        "2026-10-29T15:10:00+07:00",
        [
            P(
                "Ngày 28/10/2026, Đoàn kiểm tra của Sở GD&ĐT do ông Nguyễn Thanh Sơn, Phó Giám đốc Sở làm "
                "trưởng đoàn đã có buổi làm việc với UBND huyện Đức Phong về kết quả thực hiện công tác phổ cập "
                "giáo dục, xóa mù chữ năm 2026."
            ),
            P(
                "Theo báo cáo của UBND huyện, đến nay 100% xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm "
                "non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 2 và "
                "xóa mù chữ mức độ 2. Hồ sơ phổ cập được cập nhật đầy đủ trên hệ thống thông tin điện tử quản "
                "lý phổ cập giáo dục, xóa mù chữ."
            ),
            Img(
                astro_img("kiem-tra-pcgd-th2-phuoc-loc"),
                "(Đoàn kiểm tra làm việc tại Trường TH số 2 Phước Lộc)",
                "Đoàn kiểm tra làm việc tại Trường TH số 2 Phước Lộc",
                "blok",
            ),
            P(
                "Theo kế hoạch, trong tháng 11/2026, huyện tiếp tục mở 03 lớp xóa mù chữ tại các thôn đồng bào "
                "dân tộc thiểu số xã Phước Sơn và xã An Lâm, phấn đấu đến năm 2027 nâng tỷ lệ người trong độ "
                "tuổi 15 - 60 biết chữ lên trên 99%."
            ),
            P(
                "Ghi nhận kết quả đạt được, ông Nguyễn Thanh Sơn đề nghị huyện quan tâm bố trí kinh phí, tăng "
                "cường công tác điều tra, cập nhật số liệu, hạn chế tình trạng học sinh bỏ học giữa chừng, "
                "nhất là ở các xã vùng khó khăn."
            ),
            Raw(
                '<p><b>Xem thêm:</b> <a href="/tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11">Lễ kỷ '
                "niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</a></p>"
            ),
            _right("<b>Minh Châu</b>"),
            _right("Theo Báo Bình Định"),
        ],
        authors=["Minh Châu"],
        source="Báo Bình Định",
        opts={
            "dline": "15:10 29/10/2026",
            "utc": "2026-10-29T08:10:00.000Z",
            "poster": "admin.pgd",
            "tags": ["chuyen-doi-so"],
            "intro": "100% xã, thị trấn của huyện duy trì đạt chuẩn phổ cập giáo dục, xóa mù chữ.",
        },
    ),
    Story(
        10,
        "cong-doan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu-chao-mung-20-10",
        "Công đoàn ngành Giáo dục tổ chức Giải bóng chuyền hơi nữ chào mừng ngày Phụ nữ Việt Nam 20/10",
        "cong-doan-doan-the",
        "2026-10-22",
        [
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
                "trong hai ngày 17 và 18/10/2026, Công đoàn ngành Giáo dục huyện Đức Phong tổ chức Giải bóng "
                "chuyền hơi nữ cán bộ, giáo viên, nhân viên năm 2026.",
                "b",
            ),
            P(
                "Giải đấu thu hút 16 đội bóng với gần 200 vận động viên là nữ cán bộ, giáo viên, nhân viên đến "
                "từ các cụm trường mầm non, tiểu học và THCS trên địa bàn huyện. Các trận đấu diễn ra sôi nổi, "
                "hấp dẫn, thể hiện tinh thần đoàn kết, thi đấu cao thượng."
            ),
            Img(astro_img("bong-chuyen-hoi-nu-2026"), None, None, "blok"),
            P(
                "Kết quả: giải Nhất thuộc về đội Cụm THCS số 1; giải Nhì: đội Cụm Tiểu học Thị trấn; đồng giải "
                "Ba: đội Cụm Mầm non số 2 và đội Cụm Tiểu học Phước Lộc."
            ),
            _right("<b>BBT</b>"),
        ],
        summary=(
            "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), trong hai "
            "ngày 17 và 18/10/2026, Công đoàn ngành Giáo dục huyện Đức Phong tổ chức Giải bóng chuyền hơi nữ "
            "cán bộ, giáo viên, nhân viên năm 2026."
        ),
        opts={
            "dline": "00:00 22/10/2026",
            "utc": "2026-10-21T17:00:00.000Z",
            "poster": "admin.pgd",
            "intro": "16 đội bóng với gần 200 vận động viên nữ tham gia tranh tài.",
        },
    ),
    Story(
        11,
        A11_SLUG,
        "Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong đổi mới phương pháp dạy học cho giáo viên THCS",
        "chuyen-mon",
        "2026-10-15T10:00:00+07:00",
        [
            P(
                "Trong hai ngày 13 - 14/10/2026, Phòng GD&ĐT huyện Đức Phong tổ chức lớp tập huấn “Ứng dụng "
                "trí tuệ nhân tạo (AI) trong đổi mới phương pháp dạy học” cho 142 cán bộ quản lý, giáo viên cốt "
                "cán các trường THCS trên địa bàn."
            ),
            P("Báo cáo viên là các giảng viên Trường Đại học Quy Nhơn. Nội dung tập huấn tập trung vào:"),
            P("Giới thiệu tổng quan về trí tuệ nhân tạo và các công cụ AI tạo sinh phổ biến;", "li"),
            P("Sử dụng AI hỗ trợ thiết kế kế hoạch bài dạy, xây dựng ngân hàng câu hỏi, đề kiểm tra;", "li"),
            P(
                "Nguyên tắc sử dụng AI an toàn, có trách nhiệm; phòng tránh việc học sinh lạm dụng AI trong học "
                "tập.",
                "li",
            ),
            Img(
                sb_img("c04f9e7a12", "1280x853", "z5931847562_tap-huan-ai.jpg"),
                "Giáo viên thực hành thiết kế kế hoạch bài dạy với sự hỗ trợ của công cụ AI",
                "Giáo viên thực hành thiết kế kế hoạch bài dạy với sự hỗ trợ của công cụ AI",
                "rt",
            ),
            Raw("<!--related-->"),
            P("Kết quả sau tập huấn", "h3"),
            P(
                "Cuối đợt tập huấn, mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có ứng dụng AI. "
                "Phòng GD&ĐT yêu cầu giáo viên cốt cán tổ chức tập huấn lại tại đơn vị trước ngày 30/10/2026."
            ),
            _right("<b>Nguyễn Văn Hùng</b> <i>(Tổ CNTT - Phòng GD&amp;ĐT)</i>"),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "dline": "10:00 15/10/2026",
            "utc": "2026-10-15T03:00:00.000Z",
            "poster": "hung.cntt",
            "tags": ["chuyen-doi-so"],
            "intro": "142 cán bộ quản lý, giáo viên cốt cán các trường THCS được tập huấn ứng dụng AI trong dạy "
            "học.",
        },
    ),
    Story(
        12,
        A12_SLUG,
        "Trường MN Sơn Ca mở lớp tăng cường tiếng Việt cho trẻ mẫu giáo người dân tộc thiểu số",
        "giao-duc-mam-non",
        "2026-10-08T08:30:00+07:00",
        [
            P(
                "Năm học 2026 - 2027, Trường Mầm non Sơn Ca (xã Phước Sơn) có 87 trẻ mẫu giáo là người dân tộc "
                "Ba Na, chiếm hơn 60% tổng số trẻ toàn trường. Phần lớn các cháu khi vào lớp chưa nghe, nói "
                "thành thạo tiếng Việt, gây khó khăn cho việc tổ chức các hoạt động giáo dục.",
                "j",
            ),
            P(
                "Để khắc phục tình trạng trên, từ đầu tháng 10/2026, nhà trường mở 03 lớp tăng cường tiếng Việt "
                "vào các buổi chiều thứ Ba, thứ Năm hằng tuần. Giáo viên sử dụng tranh ảnh, đồ dùng trực quan, "
                "bài hát, câu chuyện gần gũi với cuộc sống của trẻ; đồng thời phối hợp với cộng tác viên biết "
                "tiếng Ba Na để hỗ trợ trẻ.",
                "j",
            ),
            Img(
                astro_img("mn-son-ca-tang-cuong-tv"),
                "Giờ học tăng cường tiếng Việt của các bé lớp Mẫu giáo lớn",
                "Giờ học tăng cường tiếng Việt của các bé lớp Mẫu giáo lớn",
                "blok",
            ),
            P(
                "Sau một thời gian triển khai, nhiều cháu đã mạnh dạn giao tiếp, biết chào hỏi, giới thiệu bản "
                "thân bằng tiếng Việt. Đây là tiền đề quan trọng giúp trẻ sẵn sàng vào lớp 1.",
                "j",
            ),
            _right("<b>Tin, ảnh: Đinh Thị Hồng</b> (Trường MN Sơn Ca)"),
        ],
        authors=["Đinh Thị Hồng"],
        photographers=["Đinh Thị Hồng"],
        opts={
            "dline": "08:30:00 8/10/2026",
            "utc": "2026-10-08T01:30:00.000Z",
            "poster": "admin.pgd",
            "intro": "87 trẻ mẫu giáo người Ba Na được học tăng cường tiếng Việt vào các buổi chiều trong tuần.",
        },
    ),
    Story(
        13,
        "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 khối Tiểu học và THCS",
        "hoat-dong-nganh",
        "2026-10-02",
        [
            P(
                "Ngày 01/10/2026, Phòng GD&ĐT huyện Đức Phong tổ chức Hội nghị triển khai nhiệm vụ năm học "
                "2026 - 2027 cho cán bộ quản lý các trường tiểu học và THCS trên địa bàn huyện."
            ),
            P(
                "Năm học 2026 - 2027, toàn huyện có 24 trường tiểu học với 11.842 học sinh và 15 trường THCS "
                "với 8.316 học sinh. Ngành tập trung thực hiện 5 nhiệm vụ trọng tâm, trong đó chú trọng nâng "
                "cao chất lượng dạy học ngoại ngữ, tin học; đẩy mạnh chuyển đổi số trong quản lý và dạy học; "
                "tăng cường giáo dục kỹ năng sống, giá trị sống cho học sinh."
            ),
            Img("/uploads/news/2026_10/hoi-nghi-trien-khai-nhiem-vu.jpg", None, None, "legacy"),
            P(
                "Hội nghị đã dành nhiều thời gian thảo luận các giải pháp khắc phục tình trạng thiếu giáo viên "
                "tiếng Anh, tin học ở cấp tiểu học; công tác tuyển sinh vào lớp 10 và phân luồng học sinh sau "
                "tốt nghiệp THCS."
            ),
        ],
        opts={
            "dline": "02/10/2026",
            "utc": "2026-10-01T17:00:00.000Z",
            "legacy": True,
            "poster": "admin.pgd",
            "intro": "Toàn huyện có 24 trường tiểu học và 15 trường THCS bước vào năm học mới.",
        },
    ),
]
BY_SLUG = {s.slug: s for s in STORIES}


# --- non-article content ------------------------------------------------------------------------

DOCS = [
    (
        "cong-van-so-1245-pgddt-ve-viec-to-chuc-hoat-dong-ngoai-khoa-chao-mung-ngay-22-12",
        "1245/PGDĐT",
        "2026-11-25",
        "Công văn",
        "V/v tổ chức các hoạt động ngoại khóa chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam "
        "(22/12/1944 - 22/12/2026)",
        "Trần Minh Khoa",
        "Phó Trưởng phòng",
    ),
    (
        "quyet-dinh-so-318-qd-pgddt-thanh-lap-ban-to-chuc-ky-thi-hsg-lop-9",
        "318/QĐ-PGDĐT",
        "2026-11-10",
        "Quyết định",
        "Về việc thành lập Ban Tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        "Lê Văn Quang",
        "Trưởng phòng",
    ),
    (
        "ke-hoach-so-1102-kh-pgddt-kiem-tra-noi-bo-nam-hoc-2026-2027",
        "1102/KH-PGDĐT",
        "2026-10-16",
        "Kế hoạch",
        "Kế hoạch kiểm tra nội bộ năm học 2026 - 2027",
        "Lê Văn Quang",
        "Trưởng phòng",
    ),
]
DOC1 = DOCS[0][0]
ALBUM = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam"
ALBUM_PHOTOS = [
    ("album-2011-01", "Các đại biểu dự Lễ kỷ niệm"),
    ("album-2011-02", "Tiết mục múa “Người thầy” của giáo viên Trường TH Thị trấn"),
    ("album-2011-03", "Tặng Giấy khen cho các nhà giáo tiêu biểu"),
    ("album-2011-04", "Trao quà cho đoàn viên có hoàn cảnh khó khăn"),
    ("album-2011-05", "Lãnh đạo huyện chụp ảnh lưu niệm cùng các nhà giáo"),
]
VIDEO = "phong-su-ngay-hoi-be-vui-khoe-an-toan-giao-thong"
FEED = sorted(STORIES, key=lambda s: s.opts["utc"], reverse=True)


def _local(utc: str) -> datetime:
    return datetime.strptime(utc, "%Y-%m-%dT%H:%M:%S.000Z").replace(tzinfo=UTC).astimezone(ICT)


def _vn_day(utc: str) -> str:
    """``toLocaleDateString("vi-VN")``: unpadded day and month."""
    d = _local(utc)
    return f"{d.day}/{d.month}/{d.year}"


def _iso_day(day: str) -> str:
    y, m, d = day.split("-")
    return f"{int(d)}/{int(m)}/{y}"


def _route(s: Story) -> str:
    return f"/tin-tuc/{s.slug}/"


def _full(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}/"


def _intro(s: Story) -> str:
    return s.summary if s.sapo_outside and s.summary else s.opts["intro"]


def _thumb(s: Story) -> str:
    return astro_img(f"anh-dai-dien-{s.id:02d}")


# --- chrome ---------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"), ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")]),
    ("/tin-tuc/", "Tin tức", [("/tin-tuc/", "Tất cả tin")] + [(f"/tin-tuc/{k}/", v) for k, v in CATS.items()]),
    ("/van-ban/", "Văn bản", [("/van-ban/", "Văn bản chỉ đạo, điều hành"), ("https://vbpl.vn/", "Văn bản pháp luật")]),
    ("/thu-vien-anh/", "Thư viện", [("/thu-vien-anh/", "Album ảnh"), ("/video/", "Video clip")]),
    ("https://dichvucong.binhdinh.gov.vn/", "Dịch vụ công", []),
    ("/lien-he/", "Liên hệ", []),
]


def _nav() -> str:
    items = []
    for i, (href, label, subs) in enumerate(MENU):
        if subs:
            sub = "".join(f'<li class="mn-c-m"><a href="{esc(h)}" {CID_L}>{esc(t)}</a></li>' for h, t in subs)
            items.append(
                f'<li class="mn-m co-con" id="mn-{i + 1}" {CID_L}><a href="{esc(href)}" {CID_L}>{esc(label)} '
                f'<svg width="10" height="10" aria-hidden="true"><use href="#i-xuong"></use></svg></a>'
                f'<ul class="mn-con" {CID_L}>{sub}</ul></li>'
            )
        else:
            tgt = ' target="_blank" rel="noopener"' if href.startswith("http") else ""
            items.append(f'<li class="mn-m" id="mn-{i + 1}" {CID_L}><a href="{esc(href)}"{tgt} {CID_L}>{esc(label)}</a></li>')
    return (
        f'<nav class="mn-chinh" {CID_L}><button class="mn-nut" aria-label="Mở menu" {CID_L}>☰</button>'
        f'<ul class="mn-ds" {CID_L}>{"".join(items)}</ul></nav>'
    )


def _header() -> str:
    return (
        f'<div class="tb-tren" {CID_L}><div class="kc" {CID_L}><span class="ng-hn" {CID_L}>{TODAY}</span>'
        f'<span class="dd-nong" {CID_L}>Đường dây nóng: <a href="tel:02563851234">0256 3851 234</a></span>'
        f'<form class="o-tk" action="/tim-kiem/" method="get" role="search" {CID_L}>'
        '<input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm">'
        '<button type="submit">Tìm</button></form></div></div>'
        f'<header class="dau-trang" {CID_L}><div class="kc" {CID_L}><a class="logo" href="/" {CID_L}>'
        '<img src="/_astro/logo-pgd-ducphong.B7kq2LmZ_1x9PqA.png" alt="Logo Phòng GD&amp;ĐT Đức Phong" '
        'width="88" height="88"></a>'
        f'<div class="ten-dv" {CID_L}><p class="cq-ct">UBND HUYỆN ĐỨC PHONG</p>'
        '<p class="ten-p">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p>'
        '<p class="kh">Đổi mới - Sáng tạo - Chất lượng - Hiệu quả</p></div></div></header>' + _nav()
    )


def _teaser(s: Story, href: str, *, seed: str, thumb: bool = True, title: str | None = None) -> str:
    img = (
        f'<a class="tz-anh" href="{esc(href)}" {CID_T}><img src="{_thumb(s)}" alt="" loading="lazy" '
        f'decoding="async" width="320" height="213" {CID_T}></a>'
        if thumb
        else ""
    )
    return (
        f"{sbc('teaser', seed)}<div class=\"tz-tin\" {blok('teaser', seed)} {CID_T}>{img}"
        f'<div class="tz-nd" {CID_T}><h3 class="tz-td" {CID_T}><a href="{esc(href)}" {CID_T}>'
        f"{esc(title or s.title)}</a></h3><span class=\"tz-ng\" {CID_T}>{_vn_day(s.opts['utc'])}</span>"
        f'<p class="tz-mt" {CID_T}>{esc(_intro(s))}</p></div></div>'
    )


def _island(name: str, props: dict, inner: str, client: str = "idle", uid: str = "") -> str:
    ser = {k: [0, v] for k, v in props.items()}
    uid = uid or _hx(name + json.dumps(props), 6)
    opts = {"name": name, "value": True if client != "only" else "preact"}
    ssr = "" if client == "only" else ' ssr=""'
    return (
        f'<astro-island uid="{uid}" prefix="r{len(name)}" component-url="/_astro/{name}.{_hx(name, 8)}.js" '
        f'component-export="default" renderer-url="/_astro/client.Dv1kR8sY.js" '
        f'props="{esc(json.dumps(ser, ensure_ascii=False, separators=(",", ":")))}"{ssr} client="{client}" '
        f'opts="{esc(json.dumps(opts, separators=(",", ":")))}" await-children="">{inner}'
        + ("<!--astro:end-->" if inner else "")
        + "</astro-island>"
    )


def _sidebar() -> str:
    notices = [s for s in FEED if s.cat == "thong-bao"]
    tb = "".join(
        f'<li {CID_L}><a href="{_full(s)}">{esc(s.title)}</a> <em>({_vn_day(s.opts["utc"])})</em></li>' for s in notices
    )
    tb += f'<li {CID_L}><a href="/van-ban/{DOC1}/">Công văn số {DOCS[0][1]}: {esc(DOCS[0][4])}</a></li>'
    hot = [BY_SLUG[x] for x in (FEED[8].slug, FEED[2].slug, FEED[4].slug)]
    td = "".join(
        f'<div class="td-m" {CID_L}><a href="{_full(s)}"><img src="{_thumb(s)}" alt="" width="90" height="60" '
        f'loading="lazy"></a><a class="td-t" href="{_full(s)}">{esc(s.opts.get("teaser_title") or s.title)}</a></div>'
        for s in hot
    )
    links = [
        ("https://binhdinh.edu.vn/", "Sở GD&ĐT Bình Định"),
        ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
        ("https://ducphong.binhdinh.gov.vn/", "Cổng TTĐT huyện Đức Phong"),
        ("https://csdl.moet.gov.vn/", "CSDL ngành Giáo dục"),
        ("https://temis.csdl.edu.vn/", "Hệ thống TEMIS"),
    ]
    opts = "".join(f'<option value="{h}">{esc(t)}</option>' for h, t in links)
    counter = _island(
        "BoDem",
        {"site": "pgd-ducphong", "api": "https://counter.ducphong.edu.vn/hit"},
        f'<ul class="tk-tc" {CID_L}><li>Đang online: <b>23</b></li><li>Hôm nay: <b>1.186</b></li>'
        "<li>Hôm qua: <b>1.402</b></li><li>Tổng truy cập: <b>2.418.907</b></li></ul>",
        client="load",
    )
    return (
        f'<aside class="cot-phai" {CID_L}>'
        f'<section class="kh-b tb-b" {CID_L}><h2 class="kh-td">📢 Thông báo</h2><ul class="tb-ds">{tb}</ul></section>'
        f'<section class="kh-b" {CID_L}><h2 class="kh-td">Tiêu điểm</h2>{td}</section>'
        f'<section class="kh-b" {CID_L}><h2 class="kh-td">Lịch công tác</h2><p class="lct">'
        '<a href="https://docs.google.com/spreadsheets/d/1pGdDucPhongLichCongTac2026/pubhtml" target="_blank" '
        'rel="noopener">Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)</a></p></section>'
        f'<section class="kh-b" {CID_L}><h2 class="kh-td">Liên kết website</h2>'
        f'<select onchange="if(this.value)window.open(this.value)" aria-label="Liên kết"><option value="">'
        f"-- Chọn liên kết --</option>{opts}</select>"
        '<a class="bn" href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img '
        'src="/_astro/banner-dvc.Qm2L8xkP_Z1s9Tq.png" alt="Cổng dịch vụ công quốc gia" width="270" height="80"></a>'
        "</section>"
        f'<section class="kh-b" {CID_L}><h2 class="kh-td">Thăm dò ý kiến</h2>'
        '<form class="td-yk" method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSe_pgdDP2026/formResponse">'
        "<p>Bạn quan tâm nhất đến thông tin nào trên website?</p>"
        '<label><input type="radio" name="entry.1184" value="Tin hoạt động"> Tin hoạt động</label><br>'
        '<label><input type="radio" name="entry.1184" value="Văn bản"> Văn bản chỉ đạo</label><br>'
        '<label><input type="radio" name="entry.1184" value="Tuyển sinh"> Tuyển sinh</label><br>'
        '<button type="submit">Bình chọn</button></form></section>'
        f'<section class="kh-b" {CID_L}><h2 class="kh-td">Thống kê truy cập</h2>{counter}</section>'
        "</aside>"
    )


def _footer() -> str:
    return (
        f'<footer class="chan-trang" {CID_L}><div class="kc" {CID_L}>'
        "<p class=\"ft-dv\"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC PHONG</b></p>"
        "<p>Địa chỉ: Số 12 đường Trần Hưng Đạo, thị trấn Đức Phong, huyện Đức Phong, tỉnh Bình Định</p>"
        "<p>Điện thoại: 0256 3851 234 - Fax: 0256 3851 235 - Email: "
        '<a href="mailto:pgddt.ducphong@binhdinh.edu.vn">pgddt.ducphong@binhdinh.edu.vn</a></p>'
        "<p>Chịu trách nhiệm nội dung: Ông Lê Văn Quang - Trưởng phòng</p>"
        '<p class="ft-mxh"><a href="https://www.facebook.com/pgddtducphong" target="_blank" rel="noopener">Facebook</a>'
        ' · <a href="https://www.youtube.com/@pgddtducphong" target="_blank" rel="noopener">YouTube</a>'
        ' · <a href="/rss.xml">RSS</a></p>'
        "<p class=\"ft-bq\">© 2026 Phòng GD&amp;ĐT huyện Đức Phong. Ghi rõ nguồn khi phát hành lại thông tin "
        "từ website này.</p><p class=\"ft-nt\">Xây dựng trên nền tảng Astro &amp; Storyblok</p></div></footer>"
    )


def _layout(
    req: Request,
    *,
    title: str,
    main: str,
    canonical: str,
    description: str = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đức Phong, tỉnh Bình Định",
    head: str = "",
    og_type: str = "website",
    og_image: str = "/_astro/og-mac-dinh.Cq2ZkP1m.jpg",
) -> str:
    base = base_url(req)
    return (
        f'<!DOCTYPE html><html lang="vi" {CID_L}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" type="image/x-icon" href="/favicon.ico">'
        '<meta name="generator" content="Astro v4.16.18">'
        f"<title>{esc(title)} | Phòng GD&amp;ĐT Đức Phong</title>"
        f'<meta name="description" content="{esc(description)}">'
        f'<link rel="canonical" href="{base}{canonical}">'
        f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
        f'<meta property="og:url" content="{base}{canonical}"><meta property="og:image" content="{base}{og_image}">'
        '<meta property="og:locale" content="vi_VN"><meta property="og:site_name" content="Phòng GD&amp;ĐT Đức Phong">'
        '<link rel="alternate" type="application/rss+xml" title="Tin tức - Phòng GD&amp;ĐT Đức Phong" href="/rss.xml">'
        '<link rel="stylesheet" href="/_astro/_slug_.Bq3kLm9x.css"><link rel="stylesheet" href="/_astro/index.Ck81Pz0a.css">'
        f"{head}"
        '<script type="module" src="/_astro/hoisted.D1a2b3c4.js"></script>'
        "<script>(()=>{var a=(s,i,o)=>{};window.Astro||(window.Astro={});})();</script>"
        f"</head><body {CID_L}>"
        '<svg style="display:none"><symbol id="i-xuong" viewBox="0 0 10 10"><path d="M0 3l5 5 5-5z"/></symbol>'
        '<symbol id="i-lich" viewBox="0 0 16 16"><path d="M2 3h12v11H2z"/></symbol></svg>'
        f"{_header()}<div class=\"kc than\" {CID_L}><main class=\"cot-trai\" {CID_L}>{main}</main>{_sidebar()}</div>"
        f"{_footer()}</body></html>"
    )


def _crumbs(*items: tuple[str, str]) -> str:
    lis = [f'<li {CID_L}><a href="/" {CID_L}>Trang chủ</a></li>']
    for href, label in items:
        lis.append(f'<li {CID_L}><span class="ng" aria-hidden="true">›</span><a href="{href}" {CID_L}>{esc(label)}</a></li>')
    return f'<nav class="dhb" aria-label="Đường dẫn" {CID_L}><ol {CID_L}>{"".join(lis)}</ol></nav>'


# --- article body ---------------------------------------------------------------------------------


def _rt_para(p: P) -> str:
    st, t = p.style, esc(p.text)
    if st.startswith("html:"):
        return st[5:]
    if st in ("h3", "h4"):
        return f"<{st}>{t}</{st}>"
    if st == "b":
        return f"<p><b>{t}</b></p>"
    if st == "q":
        return f"<blockquote><p>{t}</p></blockquote>"
    if st == "j":
        return (
            '<p style="text-align: justify;"><span style="font-family: \'Times New Roman\', serif; '
            f'font-size: 14pt;">{t}</span></p>'
        )
    return f"<p>{t}</p>"


def _richtext(blocks: list, seed: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            fname = b.src.split("/m/")[0].rsplit("/", 1)[-1]
            out.append(f'<p><img src="{esc(b.src)}" alt="{esc(fname)}" title=""></p>')
            if b.printed:
                out.append(f'<p style="text-align: center;"><i>{esc(b.printed)}</i></p>')
            i += 1
        elif b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            run = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li><p>{esc(p.text)}</p></li>" for p in run) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(run):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}><p>{esc(c)}</p></{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table class="sb-bang"><tbody>' + "".join(rows) + "</tbody></table>")
            i = j
        else:
            j = i + 1
            lines = [esc(b.text)]
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                lines.append(esc(blocks[j].text))
                j += 1
            out.append(f"<p>{'<br />'.join(lines)}</p>" if len(lines) > 1 else _rt_para(b))
            i = j
    return f"{sbc('richtext', seed)}<div class=\"sb-rt\" {blok('richtext', seed)} {CID_A}>{''.join(out)}</div>"


def _srcset(src: str) -> str:
    big = astro_img(src.rsplit("/", 1)[-1].split(".")[0] + "-1280")
    return f"{src} 800w, {big} 1280w"


def _image_blok(img: Img, seed: str, credit: str | None) -> str:
    cap = f'<figcaption class="ct-anh" {CID_A}>{esc(img.printed)}</figcaption>' if img.printed else ""
    cr = f'<span class="bq-anh" {CID_A}>{esc(credit)}</span>' if credit else ""
    return (
        f"{sbc('anh', seed)}<figure class=\"sb-anh\" {blok('anh', seed)} {CID_A}>"
        f'<img src="{img.src}" srcset="{_srcset(img.src)}" sizes="(max-width: 800px) 100vw, 800px" '
        f'alt="{esc(img.printed or "")}" width="800" height="533" loading="lazy" decoding="async" {CID_A}>'
        f"{cap}{cr}</figure>"
    )


def _gallery(imgs: list[Img], seed: str) -> str:
    figs = []
    for k, img in enumerate(imgs):
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        figs.append(
            f"{sbc('anh', seed + str(k))}<figure class=\"sb-anh-n\" {blok('anh', seed + str(k))} {CID_A}>"
            f'<a href="{img.src}" data-fancybox="bv"><img src="{img.src}" alt="{esc(img.printed or "")}" '
            f'width="400" height="267" loading="lazy" decoding="async"></a>{cap}</figure>'
        )
    return f"{sbc('luoi', seed)}<div class=\"sb-luoi c-3\" {blok('luoi', seed)} {CID_A}>{''.join(figs)}</div>"


RELATED = {5: (10, 4), 11: (3, 6)}


def _related(s: Story, seed: str) -> str:
    cards = "".join(_teaser(BY_ID[i], _full(BY_ID[i]), seed=f"{seed}-{i}") for i in RELATED[s.id])
    return (
        f"{sbc('grid', seed)}<div class=\"sb-grid lq-bv\" {blok('grid', seed)} {CID_A}>"
        f'<h3 class="lq-td" {CID_A}>Bài viết liên quan</h3><div class="lq-ds" {CID_A}>{cards}</div></div>'
    )


def _legacy_body(s: Story) -> str:
    parts = []
    for b in s.blocks:
        if isinstance(b, P):
            parts.append(esc(b.text))
        elif isinstance(b, Img):
            parts.append(f'<div align="center"><img src="{b.src}" width="600" border="0" alt="" /></div>')
    body = "<br /><br />".join(parts)
    seed = f"{s.slug}-cu"
    return (
        f"{sbc('noi_dung_cu', seed)}<div class=\"sb-html\" {blok('noi_dung_cu', seed)} {CID_A}>"
        f'<div style="text-align: justify;">{body}<br />&nbsp;</div>'
        '<p align="right"><strong>Tác giả: admin</strong></p></div>'
    )


def _body(s: Story) -> str:
    if s.opts.get("legacy"):
        return _legacy_body(s)
    out: list[str] = []
    run: list = []
    n = 0

    def flush() -> None:
        nonlocal n
        if run:
            out.append(_richtext(list(run), f"{s.slug}-rt{n}"))
            run.clear()
            n += 1

    i = 0
    blocks = s.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "blok":
            flush()
            out.append(_image_blok(b, f"{s.slug}-a{i}", s.opts.get("credit")))
        elif isinstance(b, Img) and b.style == "gal":
            flush()
            j = i
            while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "gal":
                j += 1
            out.append(_gallery(list(blocks[i:j]), f"{s.slug}-g{i}"))
            i = j
            continue
        elif isinstance(b, Raw) and b.html == "<!--related-->":
            flush()
            out.append(_related(s, f"{s.slug}-lq"))
        else:
            run.append(b)
        i += 1
    flush()
    return "".join(out)


_AVATARS = {"ThS. Trần Minh Khoa": "avatar-tmkhoa", "ThS. Đỗ Thị Lan Anh": "avatar-dtlanh"}


def _article(req: Request, s: Story, route: str) -> str:
    o = s.opts
    cat = CATS[s.cat]
    utc = o["utc"]
    meta = []
    if o.get("upd"):
        meta.append(f'<span class="bv-cn" {CID_A}>Cập nhật: {o["upd"]}</span><span class="ngan">|</span>')
    meta.append(
        f'<span class="bv-ng" {CID_A}><svg class="ic" width="14" height="14"><use href="#i-lich"></use></svg> '
        f'<time datetime="{utc}">{o["dline"]}</time></span>'
    )
    meta.append(f'<span class="ngan">|</span><span class="bv-nd" {CID_A}>Người đăng: {esc(o["poster"])}</span>')
    meta.append(f'<span class="ngan">|</span><span class="bv-lx" {CID_A}>Lượt xem: {s.views()}</span>')
    url = base_url(req) + route
    share = _island(
        "ChiaSe",
        {"url": url, "tieuDe": s.title},
        f'<div class="cs-bar" {CID_A}><a class="cs-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" '
        'target="_blank" rel="noopener">Chia sẻ Facebook</a>'
        f'<a class="cs-zl" href="https://zalo.me/share?url={esc(url)}" target="_blank" rel="noopener">Zalo</a>'
        '<button type="button" class="cs-in" onclick="window.print()">🖨 In bài</button>'
        '<button type="button" class="cs-cp">Sao chép liên kết</button></div>',
    )
    sapo = ""
    if s.sapo_outside and s.summary:
        sapo = f'<p class="bv-mt" {CID_A}>{esc(s.summary)}</p>'
    card = ""
    if o.get("card"):
        name, post = o["card"]
        seed = f"{s.slug}-tg"
        card = (
            f"{sbc('tac_gia', seed)}<div class=\"tg-bv\" {blok('tac_gia', seed)} {CID_A}>"
            f'<img class="tg-av" src="{astro_img(_AVATARS[name])}" alt="{esc(name)}" width="56" height="56" {CID_A}>'
            f'<div class="tg-tt" {CID_A}><span class="tg-nh">Tác giả:</span> <b class="tg-ten">{esc(name)}</b>'
            f'<br /><small class="tg-cv">{esc(post)}</small></div></div>'
        )
    tags = ""
    if o.get("tags"):
        tags = (
            f'<div class="bv-the" {CID_A}><span>Từ khóa:</span> '
            + " ".join(f'<a href="/tag/{t}/" rel="tag">#{esc(TAGS[t])}</a>' for t in o["tags"])
            + "</div>"
        )
    others = [x for x in FEED if x is not s][:5]
    khac = "".join(
        f'<li {CID_A}><a href="{_route(x)}" {CID_A}>{esc(x.title)}</a> <span class="tk-ng">({_vn_day(x.opts["utc"])})</span></li>'
        for x in others
    )
    seed = f"{s.slug}-page"
    main = (
        _crumbs(("/tin-tuc/", "Tin tức"), (f"/tin-tuc/{s.cat}/", cat))
        + f"{sbc('bai_viet', seed)}<article class=\"bv-ct\" {blok('bai_viet', seed)} {CID_A}>"
        f'<h1 class="bv-td" {CID_A}>{esc(s.title)}</h1><div class="bv-tt" {CID_A}>{"".join(meta)}</div>{share}'
        f'{sapo}<div class="nd-bv" {CID_A}>{_body(s)}</div>{card}{tags}</article>'
        f'<section class="tk-bv" {CID_A}><h2 class="tk-td" {CID_A}>Các tin khác</h2><ul class="tk-ds" {CID_A}>{khac}</ul></section>'
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": o.get("seo_title") or s.title,
        "datePublished": utc,
        "dateModified": utc,
        "author": {"@type": "Organization", "name": "Phòng GD&ĐT huyện Đức Phong"},
        "publisher": {"@type": "Organization", "name": "Phòng GD&ĐT huyện Đức Phong"},
        "image": base_url(req) + _thumb(s),
        "mainEntityOfPage": url,
    }
    head = (
        f'<meta property="article:published_time" content="{utc}">'
        f'<meta property="article:section" content="{esc(cat)}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    return _layout(
        req,
        title=o.get("seo_title") or s.title,
        main=main,
        canonical=route,
        description=_intro(s),
        head=head,
        og_type="article",
        og_image=_thumb(s),
    )


BY_ID = {s.id: s for s in STORIES}


# --- listings ---------------------------------------------------------------------------------------

#: the news feed: posts plus the document flagged "hiện trên tin tức", newest first
NEWS: list[Story | tuple] = sorted(
    [*STORIES, DOCS[0]],
    key=lambda x: x.opts["utc"] if isinstance(x, Story) else x[2] + "T00:00:00.000Z",
    reverse=True,
)
PAGES_N = (len(NEWS) + PER_PAGE - 1) // PER_PAGE


def _doc_teaser(d: tuple) -> str:
    seed = f"vb-{d[0]}"
    return (
        f"{sbc('teaser_van_ban', seed)}<div class=\"tz-tin tz-vb\" {blok('teaser_van_ban', seed)} {CID_T}>"
        f'<span class="nhan-vb" {CID_T}>Văn bản</span><div class="tz-nd" {CID_T}><h3 class="tz-td" {CID_T}>'
        f'<a href="/van-ban/{d[0]}/" {CID_T}>{esc(d[3])} số {esc(d[1])}: {esc(d[4])}</a></h3>'
        f'<span class="tz-ng" {CID_T}>{_iso_day(d[2])}</span></div></div>'
    )


def _listing(req: Request, n: int, route: str) -> str:
    items = NEWS[(n - 1) * PER_PAGE : n * PER_PAGE]
    cards = "".join(
        _teaser(x, _route(x), seed=f"ds-{x.slug}") if isinstance(x, Story) else _doc_teaser(x) for x in items
    )
    nav = [f'<span class="pt-ht" {CID_T}>Trang {n}/{PAGES_N}</span>']
    if n > 1:
        nav.insert(0, f'<a class="pt-tr" href="/tin-tuc/trang-{n - 1}/" {CID_T}>« Mới hơn</a>')
    if n < PAGES_N:
        nav.append(f'<a class="pt-sau" href="/tin-tuc/trang-{n + 1}/" {CID_T}>Cũ hơn »</a>')
    head = f'<link rel="next" href="/tin-tuc/trang-{n + 1}/">' if n < PAGES_N else ""
    main = (
        _crumbs(("/tin-tuc/", "Tin tức"))
        + f'<h1 class="ds-td" {CID_T}>Tin tức - Sự kiện</h1><div class="ds-tin" {CID_T}>{cards}</div>'
        f'<nav class="pt" aria-label="Phân trang" {CID_T}>{"".join(nav)}</nav>'
    )
    return _layout(req, title="Tin tức" + (f" - Trang {n}" if n > 1 else ""), main=main, canonical=route, head=head)


def _category(req: Request, folder: str) -> str:
    seed = f"tm-{folder}"
    island = _island(
        "DanhSachBaiViet",
        {
            "thuMuc": f"tin-tuc/{folder}/",
            "soTin": 10,
            "phienBan": "published",
            "token": "Xq7LmP2kR9sT4vWz1aB3cD5e",
            "sapXep": "content.ngay_dang:desc",
        },
        "",
        client="only",
    )
    main = (
        _crumbs(("/tin-tuc/", "Tin tức"), (f"/tin-tuc/{folder}/", CATS[folder]))
        + f"{sbc('trang_chuyen_muc', seed)}<section class=\"cm\" {blok('trang_chuyen_muc', seed)} {CID_T}>"
        f'<h1 class="ds-td" {CID_T}>{esc(CATS[folder])}</h1>{island}'
        '<noscript><p class="ko-js">Trình duyệt của bạn đang tắt JavaScript. '
        '<a href="/tin-tuc/">Xem tất cả tin tức</a></p></noscript></section>'
    )
    return _layout(req, title=CATS[folder], main=main, canonical=f"/tin-tuc/{folder}/")


def _tag(req: Request, tag: str) -> str:
    posts = [s for s in FEED if tag in s.opts.get("tags", [])]
    cards = "".join(_teaser(s, _route(s), seed=f"the-{tag}-{s.id}") for s in posts)
    main = (
        _crumbs(("/tin-tuc/", "Tin tức"), (f"/tag/{tag}/", "#" + TAGS[tag]))
        + f'<h1 class="ds-td" {CID_T}>Từ khóa: {esc(TAGS[tag])}</h1><div class="ds-tin" {CID_T}>{cards}</div>'
    )
    return _layout(req, title=f"Từ khóa: {TAGS[tag]}", main=main, canonical=f"/tag/{tag}/")


def _home(req: Request) -> str:
    top = FEED[0]
    slide = _island(
        "TrinhChieu",
        {"tocDo": 5000, "soAnh": 1},
        f"{sbc('slider', 'home-slider')}<div class=\"sl-kh\" {blok('slider', 'home-slider')} {CID_T}>"
        f"{sbc('teaser', 'home-sl-1')}<div class=\"sl-m\" {blok('teaser', 'home-sl-1')} {CID_T}>"
        f'<a href="{_full(top)}" {CID_T}><img src="{astro_img("slide-" + str(top.id))}" alt="" width="760" height="420">'
        f'<div class="sl-ch" {CID_T}><h2>{esc(top.opts.get("teaser_title") or top.title)}</h2>'
        f"<p>{esc(_intro(top))}</p></div></a></div></div>",
        client="visible",
    )
    news = "".join(_teaser(s, _full(s), seed=f"home-{s.id}", title=s.opts.get("teaser_title")) for s in FEED[1:5])
    docs = "".join(
        f'<tr {CID_T}><td>{esc(d[1])}</td><td>{_iso_day(d[2])}</td><td><a href="/van-ban/{d[0]}/">{esc(d[4])}</a></td></tr>'
        for d in DOCS
    )
    main = (
        f"{sbc('page', 'home')}<div class=\"trang\" {blok('page', 'home')} {CID_T}>{slide}"
        f"{sbc('grid', 'home-tin-moi')}<section class=\"sb-grid tin-moi\" {blok('grid', 'home-tin-moi')} {CID_T}>"
        f'<h2 class="kh-td">Tin mới</h2><div class="luoi-2">{news}</div>'
        '<p class="xem-tat"><a href="/tin-tuc/">Xem tất cả tin tức »</a></p></section>'
        f"{sbc('grid', 'home-van-ban')}<section class=\"sb-grid vb-moi\" {blok('grid', 'home-van-ban')} {CID_T}>"
        '<h2 class="kh-td">Văn bản mới</h2><table class="bang-vb"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành'
        f'</th><th>Trích yếu</th></tr></thead><tbody>{docs}</tbody></table>'
        '<p class="xem-tat"><a href="/van-ban/">Xem tất cả văn bản »</a></p></section>'
        f"{sbc('grid', 'home-media')}<section class=\"sb-grid media\" {blok('grid', 'home-media')} {CID_T}>"
        f'<h2 class="kh-td">Thư viện ảnh - Video</h2><div class="luoi-2"><a href="/thu-vien-anh/{ALBUM}/">'
        f'<img src="{astro_img(ALBUM_PHOTOS[0][0])}" alt="" width="360" height="240">'
        "<span>Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</span></a>"
        f'<a href="/video/{VIDEO}/"><img src="{astro_img("video-atgt-thumb")}" alt="" width="360" height="240">'
        "<span>▶ Phóng sự: Ngày hội “Bé vui khỏe, an toàn giao thông”</span></a></div></section></div>"
    )
    return _layout(req, title="Trang chủ", main=main, canonical="/")


# --- pages that are not articles --------------------------------------------------------------------


def _simple(req: Request, route: str, crumbs: list, h1: str, inner: str, name: str = "page") -> str:
    seed = f"p-{route}"
    main = (
        _crumbs(*crumbs)
        + f"{sbc(name, seed)}<section class=\"tr-tinh\" {blok(name, seed)} {CID_T}><h1 class=\"bv-td\">{esc(h1)}</h1>"
        f"{inner}</section>"
    )
    return _layout(req, title=h1, main=main, canonical=route)


def _gioi_thieu(req: Request) -> str:
    inner = _richtext(
        [
            P(
                "Phòng Giáo dục và Đào tạo huyện Đức Phong là cơ quan chuyên môn thuộc UBND huyện, có chức năng "
                "tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa "
                "bàn huyện; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND huyện, đồng thời "
                "chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở GD&ĐT Bình Định."
            ),
            P("Quy mô mạng lưới trường lớp", "h3"),
            P("Năm học 2026 - 2027, toàn huyện có 62 cơ sở giáo dục công lập:", ""),
            P("Mầm non: 23 trường với 6.954 trẻ;", "li"),
            P("Tiểu học: 24 trường với 11.842 học sinh;", "li"),
            P("Trung học cơ sở: 15 trường với 8.316 học sinh.", "li"),
        ],
        "gioi-thieu",
    )
    return _simple(req, "/gioi-thieu/", [("/gioi-thieu/", "Giới thiệu")], "Giới thiệu chung", inner)


def _co_cau(req: Request) -> str:
    rows = [
        ("Họ và tên", "Chức vụ", "Điện thoại", "Email"),
        ("Lê Văn Quang", "Trưởng phòng", "0905 112 358", "quanglv.ducphong@binhdinh.edu.vn"),
        ("Trần Minh Khoa", "Phó Trưởng phòng", "0914 220 741", "khoatm.ducphong@binhdinh.edu.vn"),
        ("Nguyễn Thị Thanh Bình", "Phó Trưởng phòng", "0983 556 019", "binhntt.ducphong@binhdinh.edu.vn"),
    ]
    body = "".join(
        "<tr>" + "".join(f"<td><p>{esc(c)}</p></td>" for c in r) + "</tr>" for r in rows
    )
    inner = (
        f'<h3>Lãnh đạo Phòng</h3><table class="sb-bang"><tbody>{body}</tbody></table>'
        "<h3>Các bộ phận chuyên môn</h3><ul><li><p>Bộ phận Mầm non</p></li><li><p>Bộ phận Tiểu học</p></li>"
        "<li><p>Bộ phận Trung học cơ sở</p></li><li><p>Bộ phận Tổ chức - Văn phòng</p></li></ul>"
    )
    return _simple(
        req,
        "/gioi-thieu/co-cau-to-chuc/",
        [("/gioi-thieu/", "Giới thiệu"), ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")],
        "Cơ cấu tổ chức",
        inner,
    )


def _lien_he(req: Request) -> str:
    inner = (
        "<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC PHONG</b></p>"
        "<p>Địa chỉ: Số 12 đường Trần Hưng Đạo, thị trấn Đức Phong, huyện Đức Phong, tỉnh Bình Định</p>"
        "<p>Điện thoại: 0256 3851 234 - Email: pgddt.ducphong@binhdinh.edu.vn</p>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3871.2!2d108.9!3d14.1" width="100%" '
        'height="320" loading="lazy" title="Bản đồ"></iframe>'
        '<form class="lh" method="post" action="https://formspree.io/f/xpgdducphong">'
        '<label>Họ và tên <input name="ho_ten" required></label><label>Email <input type="email" name="email"></label>'
        '<label>Nội dung <textarea name="noi_dung" rows="5"></textarea></label><button type="submit">Gửi liên hệ</button></form>'
    )
    return _simple(req, "/lien-he/", [("/lien-he/", "Liên hệ")], "Liên hệ", inner)


def _doc_file(d: tuple) -> str:
    return f"/files/{d[1].split('/')[0]}-{d[1].split('/')[1].lower().replace('đ', 'd')}.pdf"


def _van_ban_ds(req: Request) -> str:
    rows = "".join(
        f'<tr><td>{esc(d[1])}</td><td>{_iso_day(d[2])}</td><td><a href="/van-ban/{d[0]}/">{esc(d[4])}</a></td>'
        f'<td><a href="{_doc_file(d)}">Tải về</a></td></tr>'
        for d in DOCS
    )
    inner = (
        '<table class="bang-vb"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
        f"<th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _simple(req, "/van-ban/", [("/van-ban/", "Văn bản")], "Văn bản chỉ đạo, điều hành", inner)


def _van_ban(req: Request, d: tuple) -> str:
    slug, so, day, kind, trich, signer, post = d
    inner = (
        f'<table class="vb-tt"><tbody><tr><th>Số/Ký hiệu</th><td>{esc(so)}</td></tr>'
        f"<tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr><tr><th>Ngày ban hành</th><td>{_iso_day(day)}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT huyện Đức Phong</td></tr>"
        f"<tr><th>Người ký</th><td>{esc(signer)} - {esc(post)}</td></tr></tbody></table>"
        f"<h3>Trích yếu</h3><p>{esc(trich)}</p>"
        f'<p class="tep"><a href="{_doc_file(d)}" target="_blank">📄 Tải văn bản ({esc(so)}.pdf)</a></p>'
    )
    return _simple(
        req, f"/van-ban/{slug}/", [("/van-ban/", "Văn bản")], f"{kind} số {so}", inner, name="van_ban"
    )


def _album_ds(req: Request) -> str:
    inner = (
        f'<div class="luoi-2"><a href="/thu-vien-anh/{ALBUM}/"><img src="{astro_img(ALBUM_PHOTOS[0][0])}" alt="" '
        'width="360" height="240"><span>Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (19/11/2026)</span></a></div>'
    )
    return _simple(req, "/thu-vien-anh/", [("/thu-vien-anh/", "Thư viện ảnh")], "Thư viện ảnh", inner)


def _album(req: Request) -> str:
    figs = "".join(
        f'<figure class="ab-a"><a href="{astro_img(n)}" data-fancybox="album"><img src="{astro_img(n)}" alt="{esc(c)}" '
        f'width="360" height="240" loading="lazy"></a><figcaption>{esc(c)}</figcaption></figure>'
        for n, c in ALBUM_PHOTOS
    )
    inner = f'<p class="ab-ng">Ngày đăng: 20/11/2026 - {len(ALBUM_PHOTOS)} ảnh</p><div class="ab-luoi">{figs}</div>'
    return _simple(
        req,
        f"/thu-vien-anh/{ALBUM}/",
        [("/thu-vien-anh/", "Thư viện ảnh")],
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        inner,
        name="album",
    )


def _video_ds(req: Request) -> str:
    inner = (
        f'<div class="luoi-2"><a href="/video/{VIDEO}/"><img src="{astro_img("video-atgt-thumb")}" alt="" '
        'width="360" height="240"><span>▶ Phóng sự: Ngày hội “Bé vui khỏe, an toàn giao thông”</span></a></div>'
    )
    return _simple(req, "/video/", [("/video/", "Video clip")], "Video clip", inner)


def _video(req: Request) -> str:
    inner = (
        '<p class="ab-ng">06/11/2026</p><div class="vd-khung"><iframe width="760" height="428" '
        'src="https://www.youtube.com/embed/q8ZlM3tPd0w" title="YouTube video player" frameborder="0" '
        'allowfullscreen></iframe></div><p>Phóng sự của Đài Truyền thanh - Truyền hình huyện Đức Phong về Ngày hội '
        "“Bé vui khỏe, an toàn giao thông” tại Trường MN Hoa Sen.</p>"
    )
    return _simple(
        req,
        f"/video/{VIDEO}/",
        [("/video/", "Video clip")],
        "Phóng sự: Ngày hội “Bé vui khỏe, an toàn giao thông”",
        inner,
        name="video",
    )


def _search(req: Request) -> str:
    inner = (
        _island("TimKiem", {"bundlePath": "/pagefind/"}, "", client="only")
        + '<noscript><p>Chức năng tìm kiếm cần JavaScript.</p></noscript>'
    )
    return _simple(req, "/tim-kiem/", [("/tim-kiem/", "Tìm kiếm")], "Tìm kiếm", inner)


def _rss(req: Request) -> Response:
    base = base_url(req)
    items = []
    for s in FEED[:10]:
        d = datetime.strptime(s.opts["utc"], "%Y-%m-%dT%H:%M:%S.000Z")
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{_route(s)}</link><guid isPermaLink=\"true\">"
            f"{base}{_route(s)}</guid><description>{esc(_intro(s))}</description>"
            f"<pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S')} GMT</pubDate></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Phòng GD&amp;ĐT Đức Phong</title>'
        f"<description>Tin tức</description><link>{base}/</link>{''.join(items)}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/xml"})


# --- the static host ------------------------------------------------------------------------------

_NOT_FOUND = (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title></head>'
    '<body><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p><p><a href="/">Về trang chủ</a></p>'
    "</body></html>"
)


class Site:
    """A folder of built pages behind a static host (Netlify-like)."""

    def __init__(self) -> None:
        p: dict = {
            "/": _home,
            "/tin-tuc/": lambda r: _listing(r, 1, "/tin-tuc/"),
            "/gioi-thieu/": _gioi_thieu,
            "/gioi-thieu/co-cau-to-chuc/": _co_cau,
            "/lien-he/": _lien_he,
            "/van-ban/": _van_ban_ds,
            "/thu-vien-anh/": _album_ds,
            f"/thu-vien-anh/{ALBUM}/": _album,
            "/video/": _video_ds,
            f"/video/{VIDEO}/": _video,
            "/tim-kiem/": _search,
        }
        for n in range(1, PAGES_N + 1):
            route = f"/tin-tuc/trang-{n}/"
            p[route] = lambda r, n=n, route=route: _listing(r, n, route)
        for folder in CATS:
            p[f"/tin-tuc/{folder}/"] = lambda r, f=folder: _category(r, f)
        for tag in TAGS:
            p[f"/tag/{tag}/"] = lambda r, t=tag: _tag(r, t)
        for d in DOCS:
            p[f"/van-ban/{d[0]}/"] = lambda r, d=d: _van_ban(r, d)
        for s in STORIES:
            for route in (_route(s), _full(s)):
                p[route] = lambda r, s=s, route=route: _article(r, s, route)
        self.pages = p
        self.files = {_doc_file(d) for d in DOCS} | {"/files/ke-hoach-hsg9-2026-2027.pdf"}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return Response(405, "Method Not Allowed", {"Content-Type": "text/plain", "Allow": "GET, HEAD"})
        if path == "/rss.xml":
            return _rss(request)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"})
        if path in self.files:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/_astro/") and path.endswith(".webp"):
            return Response(200, static_file("x.gif").body, {"Content-Type": "image/webp"})
        if path.startswith("/cdn-img/f/"):
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path.startswith(("/_astro/", "/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        page = self.pages.get(path)
        if page is not None:
            return html(page(request), headers={"Cache-Control": "public, max-age=0, must-revalidate"})
        if not path.endswith("/") and path + "/" in self.pages:
            return redirect(path + "/", 301)
        return html(_NOT_FOUND, status=404)


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [_full(s), _route(s) + "index.html", _full(s) + "index.html"]
    if s.slug == A12_SLUG:
        alts.append(PREVIEW_A12)
    return alts


GOLD = [gold_record(s, _route(s), CATS[s.cat], canonical_path=_route(s), alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    f"/van-ban/{DOC1}/",
    f"/thu-vien-anh/{ALBUM}/",
    f"/video/{VIDEO}/",
]

assert len(GOLD) == 13 and all(collapse(g["title"]) == g["title"] for g in GOLD)
