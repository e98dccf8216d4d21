"""Trường Chính trị tỉnh Lạng Sơn: a Hugo 0.12x static site with the Congo theme (Tailwind).

Platform
    Built by the school's IT office with Hugo 0.128 and the Congo 2.x theme, posts written in
    Decap CMS (which stores dates as UTC "…Z" timestamps), deployed as plain files to a web server
    (directory index ``index.html``, a trailing-slash redirect, no server-side code). The IT
    office overrode a few Congo partials: a top bar with the build day, a drop-down menu, a
    breadcrumb that adds the post's first category, a date line "15:04, 02/01/2006" in local time,
    a side block ("Đọc nhiều", links, a visitor-counter widget, a Google-Forms poll) and a
    "Tin liên quan" list built with Hugo's ``.Related``. The site moved from Joomla in
    November 2026: posts imported from the old site carry Hugo ``aliases`` of their Joomla URLs.

URL scheme
    ``/``                                   home: intro band, 5 newest posts, notices, side block
    ``/tin-tuc/``, ``/tin-tuc/page/<N>/``   the section list, 4 posts a page (Hugo paginator),
                                            grouped by year; ``/tin-tuc/page/1/`` is Hugo's
                                            meta-refresh alias stub of ``/tin-tuc/``
    ``/tin-tuc/<year>/<slug>/``             a post (page bundle: its images live beside it);
                                            ``…/index.html`` serves the same file; without the
                                            slash the server answers 301
    ``/categories/``, ``/categories/<c>/`` (``/page/<N>/``)   taxonomy lists; the term slugs keep
                                            their Vietnamese letters (Hugo's default), printed
                                            percent-encoded: ``/categories/th%C3%B4ng-b%C3%A1o/``
    ``/tags/``, ``/tags/<t>/``, ``/series/``, ``/series/<s>/``   the other taxonomies
    ``/gioi-thieu/``, ``/gioi-thieu/chuc-nang-nhiem-vu/``, ``/lien-he/``   plain pages
    ``/van-ban/`` and ``/van-ban/<slug>/``  a section of document entries (PDF attached)
    ``/tin-tuc-su-kien/<id>-<slug>.html``   Joomla-era URLs: Hugo alias stubs (meta refresh)
    ``/index.xml``, ``/sitemap.xml``, ``/index.json`` (Congo's search index), ``/robots.txt``

Page templates
    Congo's ``single.html``: ``<article>`` > ``<header class="max-w-prose">`` (breadcrumb ``<ol>``,
    ``<h1>``, the date/reading-time row, category and tag badges, the page-bundle feature image),
    an optional series ``<details>`` box, then ``<section class="… prose …">`` holding the table
    of contents (``<nav id="TableOfContents">``, printed *before* the text) and the text in
    ``<div class="min-w-0 min-h-0 max-w-prose grow">``; then a ``<footer>`` with Congo's author
    box, share links and "Tin liên quan". Lists use Congo's article-link cards with a thumbnail,
    the date and Hugo's automatic ``.Summary`` (first words of the text, cut with "…").

How each gold article is reached
    The 4 newest from the home page; all 13 from ``/tin-tuc/`` pages 1–4; each from its
    category page (``Thông báo`` has a page 2), most from a tag page, three from the series page,
    some from "Đọc nhiều"/"Tin liên quan". The oldest notice (``tam-dung-su-dung-hoi-truong-a``)
    has no tag, no series, is in no side list: only ``/tin-tuc/page/4/`` and
    ``/categories/thông-báo/page/2/`` link to it.

Traps
    1. Hugo alias stubs: ``/tin-tuc/page/1/`` and the Joomla-era ``/tin-tuc-su-kien/<id>-….html``
       answer 200 with only a meta refresh and a canonical link. Gold: not articles; the two
       article aliases are in their article's ``alt_paths``.
    2. A plain web server: ``…/<slug>/index.html`` serves the very same page (an editor pasted
       such a URL into a "Xem thêm" box) and ``…/<slug>`` answers 301 (used by "Đọc nhiều").
       Gold: the ``/`` form is the path and canonical; the ``index.html`` form is an alt path.
    3. Dates: Decap CMS stores UTC, so ``<time datetime="2026-12-02 23:30:00 +0000 UTC">``,
       ``article:published_time`` and JSON-LD say the 2nd while the page prints
       "06:30, 03/12/2026". Gold: the local instant "2026-12-03T06:30:00+07:00". A post whose
       front matter held a bare day prints "00:00, 10/11/2026": gold the day alone. The
       "Cập nhật" date (lastmod) is never the date. The letterhead notice: its letterhead day.
    4. Congo's table of contents (summary "Mục lục") is printed before the text and repeats its
       headings; the heading render hook appends a "#" anchor to each heading; the series box
       ("Loạt bài … Phần 1/2/3") sits between header and text. Gold: headings once, no "#", no
       TOC or series lines in the body.
    5. Bylines: Congo's author box prints the site-wide author "Ban Biên tập" (also JSON-LD
       author) on every post: nobody. The real byline is a right-aligned last paragraph in
       several forms ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - <post>", a unit alone, "BBT").
    6. Goldmark footnotes: bare ``<sup>`` numbers linking to the notes are not text; the notes
       (``<div class="footnotes">``) are paragraphs of the body, without their "↩︎" back-links.
    7. Sapo: Congo's ``lead`` shortcode (a ``div.lead``) or a bold first paragraph is the summary;
       Hugo's automatic ``.Summary`` on list cards and the front-matter ``description`` (meta
       description) are not: summary null for posts without a lead.
    8. Images: the page-bundle feature image in the header is the article's first photo (no
       caption); list thumbnails are other resized files; a figcaption in parentheses loses them;
       a figcaption "Ảnh: X" only credits a photographer (caption None); an italic centred line
       under a figure is its caption; the author-box avatar and logo are not photos.
    9. Percent-encoded Vietnamese taxonomy paths (``/tags/c%C3%B4ng-%C4%91o%C3%A0n/``): the server
       answers them decoded, in either hex case.
    10. A photo album lives under the post scheme (``/tin-tuc/2026/anh-le-be-giang-lop-k71/``,
        category "Thư viện ảnh", a gallery and one line): not an article.
    11. An official notice with a party letterhead table ("TỈNH ỦY LẠNG SƠN | ĐẢNG CỘNG SẢN VIỆT
        NAM", "Số: …", "Lạng Sơn, ngày 25 tháng 11 năm 2026", "THÔNG BÁO / …", "Nơi nhận",
        "K/T HIỆU TRƯỞNG … Chu Thị Hạnh"): date 2026-11-25, author Chu Thị Hạnh, body only the
        text between; the attached form ("Tệp đính kèm") is not body.
    12. A post filed under two categories: the badges print both, the breadcrumb the first.
        Gold: the breadcrumb's. A markdown hard line break (``<br>``) splits a paragraph; a
        typed "👉" stays; a markdown table gives rows "a | b | c".

Gold decisions on ambiguous points
    - ``category`` is the breadcrumb's last link (the post's first category), never "Tin tức".
    - The Congo ``alert`` boxes inside posts only hold "Xem thêm" links: not body.
    - ``published_at`` with a time whenever the page prints one (not midnight), in +07:00.
    - Alias stubs are alt paths of their article (they carry its canonical link); 301 forms are not
      listed (they serve nothing).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "hugo_congo_tct"
PLATFORM = "Hugo 0.12x + Congo theme (static, Tailwind)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lạng Sơn"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PAGER = 4
VN = timezone(timedelta(hours=7))

# --- taxonomies -----------------------------------------------------------------------------

CATS = {
    "dt": "Đào tạo - Bồi dưỡng",
    "hd": "Tin hoạt động",
    "nc": "Nghiên cứu - Trao đổi",
    "tb": "Thông báo",
    "dd": "Công tác Đảng - Đoàn thể",
    "al": "Thư viện ảnh",
}
TAGS = {
    "tc": "Trung cấp LLCT-HC",
    "nq": "Nghị quyết Đại hội XIV",
    "cd": "Công đoàn",
    "kh": "Nghiên cứu khoa học",
}
SERIES = {"nq": "Đưa Nghị quyết Đại hội XIV vào cuộc sống"}


def urlize(name: str) -> str:
    """Hugo's urlize with removePathAccents off: lower case, spaces to dashes, letters kept."""
    return unicodedata.normalize("NFC", name).lower().replace(" ", "-")


def term_path(kind: str, name: str) -> str:
    """The term's decoded path (what the server routes on)."""
    return f"/{kind}/{urlize(name)}/"


def href(path: str) -> str:
    """A path as Hugo prints .RelPermalink: percent-encoded UTF-8."""
    return quote(path, safe="/-._~")


# --- stories --------------------------------------------------------------------------------


def _img(slug: str, name: str, h: str, printed=None, caption=None, style="fig") -> Img:
    return Img(f"/tin-tuc/2026/{slug}/{name}_hu{h}_660x0_resize_q75_box.jpg", printed, caption, style)


S1 = "khai-giang-lop-trung-cap-llct-hc-khoa-75"
S2 = "tong-ket-cong-tac-thi-dua-khen-thuong-2026"
S3 = "van-dung-quan-diem-dai-hoi-xiv-ve-phat-trien-con-nguoi"
S4 = "thong-bao-tuyen-sinh-trung-cap-llct-hc-khoa-76"
S5 = "lich-thi-ket-thuc-hoc-phan-lop-k74"
S6 = "thong-bao-dang-ky-de-tai-nckh-cap-co-so-2027"
S7 = "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de"
S8 = "doi-moi-phuong-phap-giang-day-nghi-quyet-dai-hoi-xiv"
S9 = "boi-duong-ly-luan-chinh-tri-dang-vien-moi-cao-loc"
S10 = "hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao-llct"
S11 = "ke-hoach-hoi-thi-giang-vien-day-gioi-cap-truong-2026"
S12 = "tam-dung-su-dung-hoi-truong-a"
S13 = "cong-doan-truong-to-chuc-hoi-thao-chao-mung-20-10"
ALBUM = "anh-le-be-giang-lop-k71"


def post_path(slug: str) -> str:
    return f"/tin-tuc/2026/{slug}/"


def _right(text_: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text_)}</strong></p>')


def _xem_them(title: str, target: str) -> Raw:
    return Raw(
        '<div class="flex px-4 py-3 rounded-md bg-primary-100 dark:bg-primary-900">'
        '<span class="flex items-center pe-3 text-primary-400"><span class="relative block icon">'
        '<svg viewBox="0 0 512 512"><path fill="currentColor" d="M256 0C114.6 0 0 114.6 0 256"/></svg>'
        '</span></span><span class="dark:text-neutral-300">Xem thêm: '
        f'<a href="{target}">{esc(title)}</a></span></div>'
    )


LETTERHEAD = (
    '<table class="not-prose" style="width:100%;border:0">\n<tbody>\n<tr>'
    '<td style="text-align:center;width:45%">TỈNH ỦY LẠNG SƠN<br><strong>TRƯỜNG CHÍNH TRỊ</strong><br>*</td>'
    '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></td></tr>\n'
    '<tr><td style="text-align:center">Số: 215-TB/TCT</td>'
    '<td style="text-align:right"><em>Lạng Sơn, ngày 25 tháng 11 năm 2026</em></td></tr>\n'
    "</tbody>\n</table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>\n'
    "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị - hành chính<br>hệ không tập trung, khóa 76"
    "</strong></p>"
)
CLOSING = (
    '<table class="not-prose" style="width:100%;border:0">\n<tbody>\n<tr>'
    '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Tổ chức Tỉnh ủy (b/c);<br>- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br>"
    "- Lưu VT, P.QLĐT&amp;NCKH.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong>'
    "<br><em>(Đã ký)</em><br><br><strong>Chu Thị Hạnh</strong></td></tr>\n</tbody>\n</table>\n"
    '<p class="text-sm">Tệp đính kèm: <a href="/tin-tuc/2026/' + S4 + '/mau-don-dang-ky-hoc-k76.pdf">'
    "Mẫu đơn đăng ký dự tuyển (PDF, 96 KB)</a></p>"
)

STORIES: list[Story] = [
    Story(
        1, S1, "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 75", "dt",
        "2026-12-03T06:30:00+07:00",
        [
            _img(S1, "feature", "3d0a9c21f4b7e6d8", style="feature"),
            P("Sáng 03/12, Trường Chính trị tỉnh Lạng Sơn tổ chức Lễ khai giảng lớp Trung cấp lý "
              "luận chính trị - hành chính hệ không tập trung khóa 75 cho 112 học viên là cán bộ, "
              "công chức, viên chức các sở, ban, ngành và địa phương trong tỉnh.", "lead"),
            P("Dự lễ khai giảng có đồng chí Hoàng Văn Nghiệm, Phó Trưởng ban Tổ chức Tỉnh ủy; lãnh "
              "đạo Trường Chính trị tỉnh, các khoa, phòng và đông đủ học viên của lớp."),
            _img(S1, "khai-giang-1", "77b1e0c2a9d4f513",
                 "(Đồng chí Hiệu trưởng Nhà trường phát biểu khai giảng lớp học)",
                 "Đồng chí Hiệu trưởng Nhà trường phát biểu khai giảng lớp học"),
            P("Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: chương trình Trung cấp lý luận "
              "chính trị - hành chính trang bị cho học viên hệ thống kiến thức cơ bản về chủ nghĩa "
              "Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng và quản lý hành chính nhà nước."),
            P("Khóa học kéo dài 8 tháng, học tập trung theo đợt tại Trường. Nhà trường đề nghị học "
              "viên nghiêm túc chấp hành quy chế, tích cực nghiên cứu, trao đổi, liên hệ thực tiễn "
              "địa phương, đơn vị nơi công tác."),
            P("Thay mặt học viên, đồng chí Lăng Thị Thu, lớp trưởng, hứa quyết tâm hoàn thành tốt "
              "nhiệm vụ học tập, rèn luyện trong suốt khóa học."),
            _xem_them("Tổng kết công tác thi đua, khen thưởng năm 2026",
                      f"/tin-tuc/2026/{S2}/index.html"),
            _right("Tin, ảnh: Lường Thị Hà"),
        ],
        authors=["Lường Thị Hà"], photographers=["Lường Thị Hà"],
        summary="Sáng 03/12, Trường Chính trị tỉnh Lạng Sơn tổ chức Lễ khai giảng lớp Trung cấp lý "
        "luận chính trị - hành chính hệ không tập trung khóa 75 cho 112 học viên là cán bộ, công "
        "chức, viên chức các sở, ban, ngành và địa phương trong tỉnh.",
        opts={"local": "2026-12-03T06:30", "lastmod": "2026-12-04T10:05", "cats": ["dt"],
              "tags": ["tc"], "related": [S4, S5, S2]},
    ),
    Story(
        2, S2, "Tổng kết công tác thi đua, khen thưởng năm 2026", "hd",
        "2026-12-01T14:00:00+07:00",
        [
            P("Chiều 01/12, Trường Chính trị tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen "
              "thưởng năm 2026 và phát động phong trào thi đua năm 2027."),
            P("Năm 2026, Nhà trường mở 27 lớp đào tạo, bồi dưỡng với trên 2.300 lượt học viên; "
              "hoàn thành 6 đề tài khoa học cấp cơ sở; 100% giảng viên đạt chuẩn giờ giảng."),
            _img(S2, "tong-ket-1", "a1c9d2e0b7f34e56",
                 "(Lãnh đạo Nhà trường trao Giấy khen cho các tập thể, cá nhân)",
                 "Lãnh đạo Nhà trường trao Giấy khen cho các tập thể, cá nhân"),
            P("Kết quả bình xét thi đua năm 2026:"),
            P("TT | Danh hiệu | Số lượng", "th"),
            P("1 | Tập thể lao động xuất sắc | 2", "tr"),
            P("2 | Chiến sĩ thi đua cơ sở | 5", "tr"),
            P("3 | Lao động tiên tiến | 41", "tr"),
            P("Hội nghị đã phát động phong trào thi đua năm 2027 với chủ đề “Đổi mới, sáng tạo, "
              "nâng cao chất lượng đào tạo, bồi dưỡng cán bộ”."),
            _right("Tin: Hoàng Văn Dũng - Ảnh: Nông Thị Mai"),
        ],
        authors=["Hoàng Văn Dũng"], photographers=["Nông Thị Mai"],
        opts={"local": "2026-12-01T14:00", "cats": ["hd"], "tags": ["cd"], "related": [S13, S1]},
    ),
    Story(
        3, S3, "Vận dụng quan điểm của Đại hội XIV về phát triển con người vào công tác đào tạo "
        "cán bộ ở Lạng Sơn", "nc",
        "2026-11-20T08:00:00+07:00",
        [
            P("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tiếp tục khẳng định con người là trung "
              "tâm, chủ thể, nguồn lực quan trọng nhất và mục tiêu của sự phát triển.", "bold"),
            P("1. Quan điểm của Đại hội XIV về phát triển con người", "h2"),
            P("Văn kiện Đại hội XIV nhấn mạnh yêu cầu phát triển con người Việt Nam toàn diện, gắn "
              "kết chặt chẽ, hài hòa giữa giá trị truyền thống và giá trị hiện đại.", "ref:1:hiện đại"),
            P("Đây là sự kế thừa và phát triển quan điểm của các kỳ đại hội trước, phù hợp với yêu cầu "
              "của giai đoạn phát triển mới của đất nước."),
            P("2. Vận dụng vào công tác đào tạo cán bộ của Nhà trường", "h2"),
            P("Thứ nhất, đổi mới nội dung chương trình theo hướng tăng cường kỹ năng lãnh đạo, quản "
              "lý, gắn lý luận với thực tiễn của tỉnh miền núi, biên giới.", "ref:2:biên giới"),
            P("Thứ hai, chú trọng bồi dưỡng đạo đức, lối sống, tinh thần dám nghĩ, dám làm, dám chịu "
              "trách nhiệm vì lợi ích chung cho đội ngũ cán bộ cơ sở."),
            P("Thứ ba, nâng cao chất lượng đội ngũ giảng viên, coi đây là khâu then chốt để nâng cao "
              "chất lượng đào tạo."),
            _xem_them("Hội thảo khoa học nâng cao chất lượng đào tạo lý luận chính trị",
                      "/tin-tuc-su-kien/1312-hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao.html"),
            _right("TS. Vi Văn Thắng - Phó Hiệu trưởng"),
            P("Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb. Chính "
              "trị quốc gia Sự thật, Hà Nội, 2026, t.I.", "fn"),
            P("Tỉnh ủy Lạng Sơn: Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ "
              "2025 - 2030.", "fn"),
        ],
        authors=["Vi Văn Thắng"],
        summary="Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tiếp tục khẳng định con người là "
        "trung tâm, chủ thể, nguồn lực quan trọng nhất và mục tiêu của sự phát triển.",
        opts={"local": "2026-11-20T08:00", "cats": ["nc"], "tags": ["nq", "kh"], "series": 3,
              "toc": True, "related": [S8, S7, S10]},
    ),
    Story(
        4, S4, "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính khóa 76", "tb",
        "2026-11-25",
        [
            Raw(LETTERHEAD),
            P("Thực hiện Kế hoạch đào tạo, bồi dưỡng năm 2027, Trường Chính trị tỉnh Lạng Sơn thông "
              "báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung, khóa 76 "
              "như sau:"),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản "
              "lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã.", "li"),
            P("2. Số lượng: 120 học viên.", "li"),
            P("3. Thời gian nhận hồ sơ: từ ngày 01/12 đến hết ngày 20/12/2026 tại Phòng Quản lý đào "
              "tạo và Nghiên cứu khoa học.", "li"),
            P("Đề nghị các cơ quan, đơn vị lựa chọn, cử cán bộ đi học đúng đối tượng, tiêu chuẩn."),
            Raw(CLOSING),
        ],
        authors=["Chu Thị Hạnh"],
        opts={"local": "2026-11-26T09:15", "cats": ["tb"], "tags": ["tc"], "related": [S1, S5]},
    ),
    Story(
        5, S5, "Lịch thi kết thúc học phần lớp Trung cấp LLCT-HC khóa 74", "tb", "2026-11-10",
        [
            P("Phòng Quản lý đào tạo và Nghiên cứu khoa học thông báo lịch thi kết thúc học phần "
              "Phần III lớp Trung cấp lý luận chính trị - hành chính khóa 74 như sau:"),
            P("TT | Học phần | Ngày thi | Hình thức", "th"),
            P("1 | Quản lý hành chính nhà nước | 18/11/2026 | Viết", "tr"),
            P("2 | Kỹ năng lãnh đạo, quản lý | 25/11/2026 | Tiểu luận", "tr"),
            P("3 | Tình hình, nhiệm vụ của tỉnh Lạng Sơn | 02/12/2026 | Viết", "tr"),
            P("Học viên có mặt tại Hội trường B trước giờ thi 15 phút, mang theo thẻ học viên."),
        ],
        opts={"local": "2026-11-10", "cats": ["tb"], "tags": ["tc"], "related": [S1, S4]},
    ),
    Story(
        6, S6, "Thông báo đăng ký đề tài nghiên cứu khoa học cấp cơ sở năm 2027", "tb",
        "2026-11-18T16:45:00+07:00",
        [
            P("Để triển khai nhiệm vụ nghiên cứu khoa học năm 2027, Nhà trường đề nghị các khoa, phòng "
              "và giảng viên đăng ký đề tài khoa học cấp cơ sở."),
            P("Yêu cầu đề tài", "h3"),
            P("Đề tài bám sát thực tiễn công tác đào tạo, bồi dưỡng cán bộ của tỉnh; có tính mới, "
              "tính khả thi và khả năng ứng dụng."),
            P("Thời hạn đăng ký", "h3"),
            P("Các đơn vị gửi phiếu đăng ký về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước "
              "ngày 15/12/2026."),
            P("👉 Mọi thắc mắc xin liên hệ đồng chí Đinh Văn Khánh, điện thoại 0205.3812.416."),
            Raw('<p style="text-align: right;"><em>Phòng QLĐT&amp;NCKH</em></p>'),
        ],
        authors=["Phòng QLĐT&NCKH"],
        opts={"local": "2026-11-18T16:45", "cats": ["tb"], "tags": ["kh"], "related": [S10, S3]},
    ),
    Story(
        7, S7, "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề học tập Nghị quyết Đại hội XIV", "dd",
        "2026-11-14T10:20:00+07:00",
        [
            P("Sáng 14/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Học tập, quán triệt "
              "và vận dụng Nghị quyết Đại hội XIV của Đảng vào nhiệm vụ giảng dạy”."),
            _img(S7, "sinh-hoat-chuyen-de", "5e2f8a0c1d9b4a77", "Ảnh: Chu Văn Bình", None),
            P("Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những điểm mới của Nghị quyết, "
              "trong đó tập trung vào:"),
            P("👉 Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học;", "li"),
            P("👉 Gắn nội dung bài giảng với thực tiễn địa phương;", "li"),
            P("👉 Tăng cường đi thực tế cơ sở của giảng viên.", "li"),
            P("Chi bộ thống nhất phương châm hành động:"),
            P("Nói đi đôi với làm,", "quote"),
            P("Học đi đôi với hành.", "quote-br"),
            _xem_them("Đổi mới phương pháp giảng dạy Nghị quyết Đại hội XIV",
                      f"/tin-tuc/2026/{S8}/index.html"),
            _right("Nông Thị Mai"),
        ],
        authors=["Nông Thị Mai"], photographers=["Chu Văn Bình"],
        opts={"local": "2026-11-14T10:20", "cats": ["dd"], "tags": ["nq"], "series": 2,
              "related": [S3, S8]},
    ),
    Story(
        8, S8, "Đổi mới phương pháp giảng dạy Nghị quyết Đại hội XIV tại Trường Chính trị tỉnh", "nc",
        "2026-11-06T05:40:00+07:00",
        [
            _img(S8, "feature", "c0ffee11d2a3b4c5", style="feature"),
            P("Giảng dạy Nghị quyết Đại hội XIV của Đảng đòi hỏi giảng viên không chỉ truyền đạt đúng, "
              "đủ nội dung mà còn phải giúp người học hiểu sâu, vận dụng sáng tạo vào thực tiễn.",
              "lead"),
            P("Thực trạng", "h2"),
            P("Thời gian qua, phương pháp thuyết trình vẫn chiếm tỷ lệ lớn trong các bài giảng; việc "
              "sử dụng tình huống, nêu vấn đề còn hạn chế."),
            P("Một số giải pháp", "h2"),
            P("Xây dựng ngân hàng tình huống gắn với thực tiễn tỉnh Lạng Sơn.", "oli"),
            P("Ứng dụng công nghệ số, bài giảng điện tử trong giảng dạy.", "oli"),
            P("Tăng cường dự giờ, rút kinh nghiệm giữa các khoa.", "oli"),
            P("Như Chủ tịch Hồ Chí Minh căn dặn: “Lý luận mà không liên hệ với thực tiễn là lý luận "
              "suông”.", "quote"),
            _img(S8, "du-gio", "9a8b7c6d5e4f3a2b", "(Giảng viên Khoa Lý luận cơ sở trong một giờ dạy)",
                 "Giảng viên Khoa Lý luận cơ sở trong một giờ dạy", "md"),
            P("Đổi mới phương pháp giảng dạy là nhiệm vụ thường xuyên, lâu dài của mỗi giảng viên."),
            _right("ThS. Hoàng Thị Lan - Khoa Lý luận cơ sở"),
        ],
        authors=["Hoàng Thị Lan"],
        summary="Giảng dạy Nghị quyết Đại hội XIV của Đảng đòi hỏi giảng viên không chỉ truyền đạt "
        "đúng, đủ nội dung mà còn phải giúp người học hiểu sâu, vận dụng sáng tạo vào thực tiễn.",
        opts={"local": "2026-11-06T05:40", "cats": ["nc"], "tags": ["nq"], "series": 1, "toc": True,
              "related": [S3, S7]},
    ),
    Story(
        9, S9, "Bồi dưỡng lý luận chính trị cho đảng viên mới tại Cao Lộc", "dt",
        "2026-10-29T15:10:00+07:00",
        [
            P("Từ ngày 26 đến 29/10, Trường Chính trị tỉnh phối hợp với Trung tâm Chính trị huyện Cao "
              "Lộc mở lớp bồi dưỡng lý luận chính trị cho 85 đảng viên mới."),
            _img(S9, "dang-vien-moi", "4b3a2c1d0e9f8a7b", "Ảnh: Chu Văn Bình", None),
            P("Các học viên được nghiên cứu 6 chuyên đề về lịch sử, truyền thống của Đảng, Điều lệ "
              "Đảng, nhiệm vụ của đảng viên."),
            P("Kết thúc lớp học, 100% học viên đạt yêu cầu, trong đó 32 học viên đạt loại giỏi."),
            _right("Lộc Thị Thanh"),
        ],
        authors=["Lộc Thị Thanh"], photographers=["Chu Văn Bình"],
        opts={"local": "2026-10-29T15:10", "cats": ["dt", "hd"], "tags": [],
              "alias": "/tin-tuc-su-kien/1307-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi.html",
              "related": [S1]},
    ),
    Story(
        10, S10, "Hội thảo khoa học “Nâng cao chất lượng đào tạo lý luận chính trị trong giai đoạn "
        "mới”", "hd",
        "2026-10-22T09:00:00+07:00",
        [
            P("Ngày 22/10, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thảo khoa học “Nâng cao chất "
              "lượng đào tạo lý luận chính trị trong giai đoạn mới”."),
            P("Hội thảo nhận được 24 tham luận của các nhà khoa học, giảng viên và cán bộ quản lý."),
            _img(S10, "hoi-thao", "2f1e0d9c8b7a6f5e", "(Quang cảnh Hội thảo)", "Quang cảnh Hội thảo",
                 "md"),
            P("Các ý kiến tập trung làm rõ những yêu cầu mới đối với công tác đào tạo, đề xuất giải "
              "pháp đổi mới nội dung, chương trình."),
            P("Phát biểu kết luận, đồng chí Hiệu trưởng đề nghị các khoa tiếp thu, hoàn thiện các đề "
              "xuất để ứng dụng vào thực tiễn giảng dạy.", "br-head"),
            P("Kết quả Hội thảo sẽ được tổng hợp, xuất bản thành kỷ yếu.", "br"),
            _right("BBT"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>'),
        ],
        source="Báo Lạng Sơn",
        opts={"local": "2026-10-22T09:00", "cats": ["hd"], "tags": ["kh"],
              "alias": "/tin-tuc-su-kien/1312-hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao.html",
              "related": [S6, S3]},
    ),
    Story(
        11, S11, "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026", "tb",
        "2026-10-13T10:00:00+07:00",
        [
            P("Nhằm nâng cao chất lượng đội ngũ giảng viên, Nhà trường tổ chức Hội thi giảng viên dạy "
              "giỏi cấp trường năm 2026."),
            P("Thời gian: từ ngày 10/11 đến 14/11/2026.", "li"),
            P("Đối tượng: giảng viên cơ hữu các khoa chuyên môn.", "li"),
            P("Nội dung: mỗi giảng viên thực hiện một bài giảng lý thuyết và một phần trình bày "
              "tình huống.", "li"),
            P("Các khoa gửi danh sách giảng viên dự thi về Phòng Quản lý đào tạo và Nghiên cứu khoa "
              "học trước ngày 31/10/2026."),
            _right("Phòng Quản lý đào tạo và Nghiên cứu khoa học"),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        opts={"local": "2026-10-13T10:00", "cats": ["tb"], "tags": [], "related": []},
    ),
    Story(
        12, S12, "Thông báo tạm dừng sử dụng Hội trường A để sửa chữa", "tb",
        "2026-10-08T08:00:00+07:00",
        [
            P("Để phục vụ công tác sửa chữa, cải tạo, Nhà trường tạm dừng sử dụng Hội trường A từ "
              "ngày 12/10 đến hết ngày 30/11/2026."),
            P("Trong thời gian này, các lớp học được bố trí tại Hội trường B và các phòng học tầng 2 "
              "nhà C."),
            P("Đề nghị các khoa, phòng và học viên chủ động sắp xếp, thực hiện."),
        ],
        opts={"local": "2026-10-08T08:00", "cats": ["tb"], "tags": [], "related": []},
    ),
    Story(
        13, S13, "Công đoàn Trường tổ chức hội thao chào mừng Ngày Phụ nữ Việt Nam 20/10", "dd",
        "2026-10-19T17:30:00+07:00",
        [
            P("Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
              "Công đoàn Trường tổ chức hội thao với các môn kéo co, cầu lông và bóng chuyền hơi."),
            _img(S13, "keo-co", "6a5b4c3d2e1f0a9b", "Phần thi kéo co sôi nổi giữa các tổ công đoàn",
                 "Phần thi kéo co sôi nổi giữa các tổ công đoàn"),
            P("Hội thao thu hút gần 60 đoàn viên tham gia, tạo không khí vui tươi, đoàn kết."),
            _img(S13, "trao-giai", "0f9e8d7c6b5a4f3e", "Ban Tổ chức trao giải cho các đội đạt giải",
                 "Ban Tổ chức trao giải cho các đội đạt giải"),
            P("Kết quả: Tổ công đoàn Khoa Lý luận cơ sở đạt giải Nhất toàn đoàn."),
            _right("Tin, ảnh: Nông Thị Mai"),
        ],
        authors=["Nông Thị Mai"], photographers=["Nông Thị Mai"],
        opts={"local": "2026-10-19T17:30", "lastmod": "2026-10-21T08:12", "cats": ["dd"],
              "tags": ["cd"], "related": [S2]},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}

#: the photo album filed under the post scheme (not an article)
ALBUM_POST = {
    "slug": ALBUM,
    "title": "Ảnh: Lễ bế giảng lớp Trung cấp LLCT-HC khóa 71",
    "local": "2026-11-02T15:00",
    "cats": ["al"],
    "tags": ["tc"],
    "line": "Một số hình ảnh tại Lễ bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 71.",
    "photos": [f"be-giang-{i}" for i in range(1, 7)],
}

SERIES_PARTS = sorted((s for s in STORIES if s.opts.get("series")), key=lambda s: s.opts["series"])

# --- dates ----------------------------------------------------------------------------------


def _local(value: str) -> datetime:
    if "T" in value:
        return datetime.fromisoformat(value).replace(tzinfo=VN)
    return datetime.fromisoformat(value + "T00:00").replace(tzinfo=VN)


def dates(local: str) -> dict[str, str]:
    """What the page prints: local line, Go's time string in <time datetime>, OG and JSON-LD."""
    dt = _local(local)
    if "T" in local:  # Decap CMS: stored as UTC
        utc = dt.astimezone(UTC)
        go = utc.strftime("%Y-%m-%d %H:%M:%S +0000 UTC")
        iso = utc.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        ld = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    else:  # a bare day in the front matter: parsed in the site's time zone
        go = dt.strftime("%Y-%m-%d %H:%M:%S +0700 +07")
        iso = ld = dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return {"line": dt.strftime("%H:%M, %d/%m/%Y"), "go": go, "iso": iso, "ld": ld,
            "short": dt.strftime("%d/%m/%Y")}


# --- page chrome ----------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu/"),
                                    ("Liên hệ", "/lien-he/")]),
    ("Tin tức", "/tin-tuc/", [(CATS[k], term_path("categories", CATS[k])) for k in
                              ("hd", "dt", "nc", "tb", "dd", "al")]),
    ("Văn bản", "/van-ban/", []),
    ("Chuyên đề", "/series/", [(SERIES["nq"], term_path("series", SERIES["nq"]))]),
    ("Thẻ", "/tags/", []),
]


def _menu() -> str:
    items = []
    for label, path, sub in MENU:
        if not sub:
            items.append(
                f'<li class="group mb-1 sm:mb-0 sm:me-7 sm:last:me-0"><a class="decoration-primary-500 '
                f'hover:underline hover:decoration-2 hover:underline-offset-2" href="{href(path)}" '
                f'title="{esc(label)}">{esc(label)}</a></li>'
            )
            continue
        subs = "".join(
            f'<a class="block px-4 py-1 hover:bg-primary-100" href="{href(p)}">{esc(t)}</a>' for t, p in sub
        )
        items.append(
            f'<li class="relative group mb-1 sm:mb-0 sm:me-7"><a class="decoration-primary-500 '
            f'hover:underline" href="{href(path)}" title="{esc(label)}">{esc(label)} '
            '<span class="text-xs">&#9662;</span></a><div class="absolute z-50 hidden min-w-[14rem] '
            f'bg-neutral dark:bg-neutral-800 shadow-lg rounded-md group-hover:block">{subs}</div></li>'
        )
    return "\n".join(items)


def _side() -> str:
    doc = [(S1, post_path(S1)), (S3, post_path(S3).rstrip("/")), (S4, post_path(S4)),
           (S9, BY_SLUG[S9].opts["alias"])]
    lis = "".join(
        f'<li class="py-1"><a class="hover:underline" href="{p}">{esc(BY_SLUG[s].title)}</a></li>'
        for s, p in doc
    )
    return f"""
<aside class="grid gap-6 mt-16 md:grid-cols-3 text-sm print:hidden" id="khoi-phu">
  <div class="p-4 rounded-md bg-neutral-100 dark:bg-neutral-700">
    <div class="mb-2 font-bold uppercase text-primary-700">Đọc nhiều</div><ol class="list-decimal ps-5">{lis}</ol>
  </div>
  <div class="p-4 rounded-md bg-neutral-100 dark:bg-neutral-700">
    <div class="mb-2 font-bold uppercase text-primary-700">Liên kết website</div>
    <ul>
      <li><a href="https://www.langson.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT tỉnh Lạng Sơn</a></li>
      <li><a href="https://baolangson.vn/" target="_blank" rel="noopener">Báo Lạng Sơn</a></li>
      <li><a href="https://hcma.vn/" target="_blank" rel="noopener">Học viện CTQG Hồ Chí Minh</a></li>
    </ul>
    <div class="mt-4 mb-2 font-bold uppercase text-primary-700">Thăm dò ý kiến</div>
    <p>Bạn đánh giá thế nào về giao diện website mới?</p>
    <a class="inline-block px-3 py-1 mt-1 rounded bg-primary-600 text-neutral"
       href="https://docs.google.com/forms/d/e/1FAIpQLSf-tct-ls-khaosat/viewform" target="_blank">Tham gia khảo sát</a>
  </div>
  <div class="p-4 rounded-md bg-neutral-100 dark:bg-neutral-700">
    <div class="mb-2 font-bold uppercase text-primary-700">Thống kê truy cập</div>
    <div id="tk-widget" data-site="tctls">
      <div>Đang online: <b>17</b></div><div>Hôm nay: <b>482</b></div><div>Tổng truy cập: <b>1.284.377</b></div>
    </div>
    <script src="/js/thongke.js" defer></script>
  </div>
</aside>"""


def page(request: Request, title: str, main: str, *, canonical: str, description: str = "",
         head: str = "", side: bool = True) -> Response:
    full_title = f"{esc(title)} &middot; {esc(SITE)}" if title else esc(SITE)
    body = f"""<!doctype html>
<html lang="vi" dir="ltr" class="scroll-smooth" data-default-appearance="light" data-auto-appearance="true">
<head>
<meta charset="utf-8">
<meta http-equiv="content-language" content="vi">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>{full_title}</title>
<meta name="title" content="{full_title}">
<meta name="description" content="{esc(description)}">
<link rel="canonical" href="{base_url(request)}{href(canonical)}">
<link rel="alternate" type="application/rss+xml" href="/index.xml" title="{esc(SITE)}">
<link type="text/css" rel="stylesheet" href="/css/main.bundle.min.5c4e7d2b0a.css" integrity="sha256-XYZ">
<script defer type="text/javascript" id="script-bundle" src="/js/main.bundle.min.9a1b2c.js" data-copy="Sao chép" data-copied="Đã chép"></script>
<link rel="icon" type="image/png" sizes="32x32" href="/favicon-32x32.png">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:title" content="{esc(title or SITE)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:locale" content="vi">
<meta property="og:url" content="{base_url(request)}{href(canonical)}">
{head}
<meta name="generator" content="Hugo 0.128.2">
</head>
<body class="flex flex-col h-screen px-6 m-auto text-lg leading-7 max-w-7xl bg-neutral text-neutral-900 dark:bg-neutral-800 dark:text-neutral sm:px-14 md:px-24 lg:px-32">
<div id="the-top" class="absolute flex self-center"><a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg bg-primary-200 focus:translate-y-0 dark:bg-neutral-600" href="#main-content"><span class="font-bold text-primary-600 ltr:pr-2 rtl:pl-2 dark:text-primary-400">&darr;</span>Bỏ qua đến nội dung chính</a></div>
<div class="flex justify-between py-1 text-xs text-neutral-500 border-b border-neutral-200 print:hidden">
  <span id="ngay-hom-nay">{HEADER_DAY}</span><span>Đường dây nóng: 0205.3812.416</span>
</div>
<header class="py-6 font-semibold text-neutral-900 dark:text-neutral print:hidden sm:py-10">
<nav class="flex items-start justify-between sm:items-center">
  <div class="flex flex-row items-center">
    <a class="mr-2" href="/"><img src="/img/logo-tct-ls_hu1f2e3d4c_6021_0x64_resize_box_3.png" width="64" height="64" class="max-h-[4rem] max-w-[4rem] object-scale-down object-left" alt="{esc(SITE)}"></a>
    <a class="decoration-primary-500 hover:underline hover:decoration-2 hover:underline-offset-2" rel="me" href="/">{esc(SITE)}</a>
  </div>
  <ul class="flex flex-col list-none ltr:text-right rtl:text-left sm:flex-row">
{_menu()}
    <li class="ltr:mr-7 rtl:ml-7"><button id="search-button" title="Tìm kiếm (/)"><span class="relative block icon"><svg viewBox="0 0 512 512"><path fill="currentColor" d="M505 442.7L405.3 343"/></svg></span></button></li>
    <li><button id="appearance-switcher" type="button" aria-label="appearance switcher"><span class="icon">&#9789;</span></button></li>
  </ul>
</nav>
</header>
<div class="relative flex flex-col grow">
<main id="main-content" class="grow">
{main}
{_side() if side else ""}
</main>
<footer class="py-10 print:hidden">
  <nav class="pb-4 text-base font-medium text-neutral-500 dark:text-neutral-400"><ul class="flex flex-col list-none sm:flex-row">
    <li class="mb-1 sm:mb-0 sm:me-7"><a class="hover:underline" href="/gioi-thieu/">Giới thiệu</a></li>
    <li class="mb-1 sm:mb-0 sm:me-7"><a class="hover:underline" href="/lien-he/">Liên hệ</a></li>
    <li><a class="hover:underline" href="/index.xml">RSS</a></li></ul></nav>
  <div class="flex items-center justify-between text-sm">
    <div class="text-neutral-500 dark:text-neutral-400">
      <p><strong>{esc(SITE.upper())}</strong></p>
      <p>Địa chỉ: Số 86 đường Bà Triệu, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
      <p>Điện thoại: 0205.3812.416 - Email: truongchinhtri@langson.gov.vn</p>
      <p>&copy; 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
    </div>
    <p class="text-xs text-neutral-500 dark:text-neutral-400">Powered by <a class="hover:underline" href="https://gohugo.io/" target="_blank" rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline" href="https://github.com/jpanther/congo" target="_blank" rel="noopener noreferrer">Congo</a></p>
  </div>
</footer>
<div id="search-wrapper" class="invisible fixed inset-0 z-50 flex h-screen w-screen cursor-default flex-col bg-neutral-500/50 p-4 backdrop-blur-sm dark:bg-neutral-900/50 sm:p-6 md:p-[10vh] lg:p-[12vh]" data-url="{base_url(request)}/">
  <div id="search-modal" class="top-20 mx-auto flex min-h-0 w-full max-w-3xl flex-col rounded-md border border-neutral-200 bg-neutral shadow-lg dark:border-neutral-700 dark:bg-neutral-800">
    <header class="relative z-10 flex flex-none items-center justify-between px-2"><form class="flex min-w-0 flex-auto items-center"><input type="search" id="search-query" class="mx-1 flex h-12 flex-auto appearance-none bg-transparent focus:outline-dotted" placeholder="Tìm kiếm" tabindex="0"></form></header>
    <section class="flex-auto overflow-auto px-2"><ul id="search-results"></ul></section>
  </div>
</div>
</div>
</body>
</html>"""
    return html(body, headers={"Last-Modified": "Sat, 05 Dec 2026 01:02:03 GMT"})


def breadcrumb(items: list[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li class="inline"><a class="hover:underline decoration-neutral-300 dark:underline-neutral-600" '
        f'href="{href(p)}">{esc(t)}</a><span class="px-1 text-primary-500">/</span></li>'
        for t, p in items
    )
    return f'<ol class="text-sm text-neutral-500 dark:text-neutral-400 print:hidden">{lis}</ol>'


def _badge(kind: str, name: str) -> str:
    return (
        f'<a href="{href(term_path(kind, name))}" class="relative mt-[0.5rem] me-2"><span class="flex '
        'cursor-pointer"><span class="rounded-md border border-primary-400 px-1 py-[1px] text-xs '
        f'font-normal text-primary-700 dark:border-primary-600 dark:text-primary-400">{esc(name)}'
        "</span></span></a>"
    )


# --- article rendering ----------------------------------------------------------------------


def _anchor(text_: str) -> str:
    s = unicodedata.normalize("NFD", text_.lower()).replace("đ", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _heading(level: int, text_: str) -> str:
    a = _anchor(text_)
    return (
        f'<h{level} class="relative group" id="{a}">{esc(text_)} <div id="{a}" class="anchor"></div>'
        '<span class="absolute top-0 w-6 transition-opacity opacity-0 ltr:-left-6 rtl:-right-6 '
        'not-prose group-hover:opacity-100"><a class="group-hover:text-primary-300 '
        f'dark:group-hover:text-neutral-700" style="text-decoration-line: none !important;" '
        f'href="#{a}" aria-label="Anchor">#</a></span></h{level}>'
    )


def _para_text(p: P) -> str:
    s = esc(p.text)
    if p.style.startswith("ref:"):
        _, n, after = p.style.split(":", 2)
        sup = (f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" '
               f'role="doc-noteref">{n}</a></sup>')
        s = s.replace(esc(after), esc(after) + sup, 1)
    return s


def _figure(img: Img, alt: str) -> str:
    big = img.src.replace("_660x0_", "_1320x0_")
    cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed and img.style == "fig" else ""
    out = (f'<figure><img class="my-0 rounded-md" loading="lazy" decoding="async" '
           f'srcset="{img.src} 660w, {big} 1320w" src="{img.src}" alt="{esc(alt)}">{cap}</figure>')
    if img.style == "md" and img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_blocks(story: Story) -> tuple[str, str]:
    """(feature image markup for the header, the text's markup)."""
    feature = ""
    out: list[str] = []
    notes: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "feature":
                big = b.src.replace("_660x0_", "_1320x0_")
                feature = (f'<div class="prose"><img class="mb-6 -mt-4 rounded-md" srcset="{b.src} 660w, '
                           f'{big} 1320w" src="{b.src}" alt="{esc(story.title)}"></div>')
            else:
                out.append(_figure(b, story.title))
        else:
            st = b.style
            if st in ("li", "oli"):
                tag = "ul" if st == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    items.append(f"<li>{_para_text(blocks[i])}</li>")
                    i += 1
                out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
                continue
            if st in ("th", "tr"):
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                    cells = blocks[i].text.split(" | ")
                    if blocks[i].style == "th":
                        rows.append("<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells)
                                    + "</tr></thead><tbody>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                    i += 1
                out.append("<table>\n" + "\n".join(rows) + "\n</tbody></table>")
                continue
            if st == "quote":
                parts = [_para_text(b)]
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "quote-br":
                    i += 1
                    parts.append(_para_text(blocks[i]))
                out.append("<blockquote>\n<p>" + "<br>\n".join(parts) + "</p>\n</blockquote>")
            elif st == "br-head":
                parts = [_para_text(b)]
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                    i += 1
                    parts.append(_para_text(blocks[i]))
                out.append("<p>" + "<br>\n".join(parts) + "</p>")
            elif st == "lead":
                out.append(f'<div class="lead text-neutral-500 dark:text-neutral-400 !mb-9 text-xl">'
                           f"{_para_text(b)}</div>")
            elif st == "bold":
                out.append(f"<p><strong>{_para_text(b)}</strong></p>")
            elif st in ("h2", "h3"):
                out.append(_heading(int(st[1]), b.text))
            elif st == "fn":
                n = len(notes) + 1
                notes.append(f'<li id="fn:{n}">\n<p>{esc(b.text)}&#160;<a href="#fnref:{n}" '
                             f'class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>')
            else:
                out.append(f"<p>{_para_text(b)}</p>")
        i += 1
    if notes:
        out.append('<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n' + "\n".join(notes)
                   + "\n</ol>\n</div>")
    return feature, "\n".join(out)


def _toc(story: Story) -> str:
    heads = [b for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    lis = "".join(f'<li><a href="#{_anchor(h.text)}">{esc(h.text)}</a></li>' for h in heads)
    return (
        '<div class="order-first lg:ml-auto px-0 lg:order-last ltr:lg:pl-8 rtl:lg:pr-8">'
        '<div class="toc ltr:pl-5 rtl:pr-5 print:hidden lg:sticky lg:top-10">'
        '<details open class="mt-0 overflow-hidden rounded-lg ltr:-ml-5 ltr:pl-5 rtl:-mr-5 rtl:pr-5 '
        'bg-neutral-100 dark:bg-neutral-700"><summary class="block py-1 text-lg font-semibold '
        'cursor-pointer bg-neutral-100 text-neutral-800 ltr:-ml-5 ltr:pl-5 rtl:-mr-5 rtl:pr-5 '
        'dark:bg-neutral-700 dark:text-neutral-100 lg:hidden">Mục lục</summary>'
        '<div class="py-2 border-dotted ltr:-ml-5 ltr:border-l ltr:pl-5 rtl:-mr-5 rtl:border-r '
        f'rtl:pr-5 border-neutral-300 dark:border-neutral-600"><nav id="TableOfContents"><ul>{lis}'
        "</ul></nav></div></details></div></div>"
    )


def _series_box(story: Story) -> str:
    rows = []
    for part in SERIES_PARTS:
        n = part.opts["series"]
        if part is story:
            rows.append(f'<div class="py-1 border-dotted border-neutral-300 ltr:-ml-5 ltr:pl-5">'
                        f"Phần {n}: Bài viết này</div>")
        else:
            rows.append(f'<div class="py-1 border-dotted border-neutral-300 ltr:-ml-5 ltr:pl-5">'
                        f'<a href="{post_path(part.slug)}">Phần {n}: {esc(part.title)}</a></div>')
    return (
        '<details class="mt-2 mb-5 overflow-hidden rounded-lg ltr:-ml-5 ltr:pl-5 rtl:-mr-5 rtl:pr-5 '
        'max-w-prose" open><summary class="py-1 text-lg font-semibold cursor-pointer bg-primary-200 '
        f'text-neutral-800 ltr:-ml-5 ltr:pl-5 dark:bg-primary-800 dark:text-neutral-100">Loạt bài: '
        f'{esc(SERIES["nq"])} - Phần {story.opts["series"]} / {len(SERIES_PARTS)}</summary>'
        + "".join(rows) + "</details>"
    )


def _reading(story: Story) -> int:
    words = sum(len(p.split()) for p in story.paragraphs)
    return max(1, round(words / 213))


def _description(story: Story) -> str:
    first = story.paragraphs[0]
    return f"{SITE} - {first[:90]}"


def _card(title: str, path: str, local: str, summary: str, thumb: str | None) -> str:
    d = dates(local)
    img = (f'<div class="flex-none pe-4 sm:pe-6"><a href="{path}" aria-label="{esc(title)}">'
           f'<img alt="{esc(title)}" class="w-24 rounded-md sm:w-40" srcset="{thumb} 160w" '
           f'src="{thumb}"></a></div>') if thumb else ""
    return f"""<article class="relative flex flex-row mt-6">{img}<div>
  <h3 class="flex items-center text-xl font-semibold"><a class="text-neutral-800 decoration-primary-500 hover:underline hover:underline-offset-2 dark:text-neutral" href="{path}">{esc(title)}</a></h3>
  <div class="text-sm text-neutral-500 dark:text-neutral-400"><div class="flex flex-row flex-wrap items-center"><time datetime="{d["go"]}">{d["short"]}</time></div></div>
  <div class="py-1 prose dark:prose-invert">{esc(summary)}</div>
</div></article>"""


def _auto_summary(words: str) -> str:
    parts = words.split()
    return " ".join(parts[:30]) + ("…" if len(parts) > 30 else "")


def _thumb(slug: str) -> str | None:
    story = BY_SLUG.get(slug)
    if story:
        feat = next((b for b in story.blocks if isinstance(b, Img) and b.style == "feature"), None)
        if feat is None:
            return None
        return feat.src.replace("_660x0_resize_q75_box", "_320x0_resize_q75_box")
    return f"/tin-tuc/2026/{ALBUM}/be-giang-1_hu7d6c5b4a_320x0_resize_q75_box.jpg"


def entries() -> list[dict]:
    """Every post of /tin-tuc/ (articles and the album), newest first."""
    rows = [
        {"slug": s.slug, "title": s.title, "local": s.opts["local"], "cats": s.opts["cats"],
         "tags": s.opts["tags"], "series": s.opts.get("series"),
         "summary": _auto_summary(" ".join(s.paragraphs))}
        for s in STORIES
    ]
    rows.append({"slug": ALBUM, "title": ALBUM_POST["title"], "local": ALBUM_POST["local"],
                 "cats": ALBUM_POST["cats"], "tags": ALBUM_POST["tags"], "series": None,
                 "summary": ALBUM_POST["line"]})
    return sorted(rows, key=lambda r: _local(r["local"]), reverse=True)


def cards(rows: list[dict]) -> str:
    out = []
    year = None
    for r in rows:
        y = r["local"][:4]
        if y != year:
            out.append(f'<h2 class="mt-12 text-2xl font-bold text-neutral-700 first:mt-8 '
                       f'dark:text-neutral-300">{y}</h2><hr class="border-dotted w-36 border-neutral-400">')
            year = y
        out.append(_card(r["title"], post_path(r["slug"]), r["local"], r["summary"], _thumb(r["slug"])))
    return "\n".join(out)


def article_page(request: Request, story: Story) -> Response:
    d = dates(story.opts["local"])
    cats = story.opts["cats"]
    crumbs = breadcrumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"),
                         (CATS[cats[0]], term_path("categories", CATS[cats[0]]))])
    upd = ""
    if story.opts.get("lastmod"):
        u = dates(story.opts["lastmod"])
        upd = (f'<span class="px-2 text-primary-500">&middot;</span><span title="Cập nhật">Cập nhật: '
               f'{u["line"]}</span>')
    badges = "".join(_badge("categories", CATS[c]) for c in cats)
    badges += "".join(_badge("tags", TAGS[t]) for t in story.opts["tags"])
    feature, text_html = render_blocks(story)
    series = _series_box(story) if story.opts.get("series") else ""
    toc = _toc(story) if story.opts.get("toc") else ""
    related = [BY_SLUG[s] for s in story.opts.get("related", [])]
    rel = ""
    if related:
        rel = ('<section class="mt-10"><h2 class="mb-4 text-2xl font-bold">Tin liên quan</h2>'
               + "".join(_card(r.title, post_path(r.slug), r.opts["local"],
                               _auto_summary(" ".join(r.paragraphs)), None) for r in related)
               + "</section>")
    path = post_path(story.slug)
    share_u = quote(base_url(request) + path, safe="")
    main = f"""<article>
  <header class="max-w-prose">
    {crumbs}
    <h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">{esc(story.title)}</h1>
    <div class="mt-1 mb-6 text-base text-neutral-500 dark:text-neutral-400 print:hidden">
      <div class="flex flex-row flex-wrap items-center"><time datetime="{d["go"]}">{d["line"]}</time>{upd}<span class="px-2 text-primary-500">&middot;</span><span title="Thời gian đọc">{_reading(story)} phút đọc</span></div>
      <div class="my-1 flex flex-wrap text-xs leading-relaxed text-neutral-500 dark:text-neutral-400">{badges}</div>
    </div>
    {feature}
  </header>
  {series}
  <section class="flex flex-col max-w-full mt-0 prose dark:prose-invert lg:flex-row">
    {toc}
    <div class="min-w-0 min-h-0 max-w-prose grow">
{text_html}
    </div>
  </section>
  <footer class="pt-8 max-w-prose print:hidden">
    <div class="flex author">
      <img class="!mt-0 !mb-0 h-24 w-24 rounded-full ltr:mr-4 rtl:ml-4" width="96" height="96" alt="Ban Biên tập" src="/img/logo-tct-ls_hu1f2e3d4c_6021_192x192_fill_box_center_3.png">
      <div class="place-self-center">
        <div class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">Tác giả</div>
        <div class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">Ban Biên tập</div>
        <div class="text-sm text-neutral-700 dark:text-neutral-400">Cổng thông tin điện tử {esc(SITE)}</div>
      </div>
    </div>
    <section class="flex flex-row flex-wrap justify-center pt-4 text-xl">
      <a target="_blank" class="m-1 rounded bg-neutral-300 p-1.5 text-neutral-700 hover:bg-primary-500" href="https://www.facebook.com/sharer/sharer.php?u={share_u}" title="Chia sẻ lên Facebook" aria-label="Chia sẻ lên Facebook"><span class="icon">f</span></a>
      <a target="_blank" class="m-1 rounded bg-neutral-300 p-1.5 text-neutral-700 hover:bg-primary-500" href="https://sp.zalo.me/share_inline?u={share_u}" title="Chia sẻ qua Zalo" aria-label="Chia sẻ qua Zalo"><span class="icon">Z</span></a>
      <a target="_blank" class="m-1 rounded bg-neutral-300 p-1.5 text-neutral-700 hover:bg-primary-500" href="mailto:?body={share_u}&amp;subject={quote(story.title)}" title="Gửi qua email" aria-label="Gửi qua email"><span class="icon">@</span></a>
      <a class="m-1 rounded bg-neutral-300 p-1.5 text-neutral-700 hover:bg-primary-500" href="javascript:window.print()" title="In bài viết"><span class="icon">&#9113;</span></a>
    </section>
    {rel}
  </footer>
</article>"""
    ld = json.dumps([{
        "@context": "https://schema.org", "@type": "Article", "articleSection": "Tin tức",
        "name": story.title, "headline": story.title, "description": _description(story),
        "inLanguage": "vi", "url": base_url(request) + path,
        "author": {"@type": "Person", "name": "Ban Biên tập"},
        "dateCreated": d["ld"], "datePublished": d["ld"],
        "dateModified": dates(story.opts.get("lastmod") or story.opts["local"])["ld"],
        "keywords": [TAGS[t] for t in story.opts["tags"]], "mainEntityOfPage": "true",
        "wordCount": str(sum(len(p.split()) for p in story.paragraphs)),
    }], ensure_ascii=False)
    first_img = next((b.src for b in story.blocks if isinstance(b, Img)), None)
    head = (
        '<meta property="og:type" content="article">\n'
        '<meta property="article:section" content="Tin tức">\n'
        f'<meta property="article:published_time" content="{d["iso"]}">\n'
        f'<meta property="article:modified_time" content="{dates(story.opts.get("lastmod") or story.opts["local"])["iso"]}">\n'
        + "".join(f'<meta property="article:tag" content="{esc(TAGS[t])}">\n' for t in story.opts["tags"])
        + (f'<meta property="og:image" content="{base_url(request)}{first_img}">\n' if first_img else "")
        + f'<script type="application/ld+json">{ld}</script>'
    )
    return page(request, story.title, main, canonical=path, description=_description(story),
                head=head)


def album_page(request: Request) -> Response:
    a = ALBUM_POST
    d = dates(a["local"])
    photos = "".join(
        f'<img src="/tin-tuc/2026/{ALBUM}/{p}_hu7d6c5b4a_660x0_resize_q75_box.jpg" class="grid-w33" '
        f'alt="{esc(a["title"])}">' for p in a["photos"]
    )
    main = f"""<article>
  <header class="max-w-prose">
    {breadcrumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (CATS["al"], term_path("categories", CATS["al"]))])}
    <h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">{esc(a["title"])}</h1>
    <div class="mt-1 mb-6 text-base text-neutral-500"><div class="flex flex-row flex-wrap items-center"><time datetime="{d["go"]}">{d["line"]}</time></div>
    <div class="my-1 flex flex-wrap text-xs">{_badge("categories", CATS["al"])}{_badge("tags", TAGS["tc"])}</div></div>
  </header>
  <section class="flex flex-col max-w-full mt-0 prose dark:prose-invert lg:flex-row">
    <div class="min-w-0 min-h-0 max-w-prose grow">
<p>{esc(a["line"])}</p>
<div id="gallery-8f1c" class="gallery">{photos}</div>
    </div>
  </section>
</article>"""
    return page(request, a["title"], main, canonical=post_path(ALBUM), description=a["line"],
                head='<meta property="og:type" content="article">')


# --- lists ----------------------------------------------------------------------------------


def pager(base: str, n: int, total: int) -> str:
    if total <= 1:
        return ""

    def url(k: int) -> str:
        return href(base) if k == 1 else href(f"{base}page/{k}/")

    lis = []
    if n > 1:
        lis.append(f'<li><a class="block mx-1" href="{url(n - 1)}" rel="prev">&larr;</a></li>')
    for k in range(1, total + 1):
        cls = "bg-primary-200 dark:bg-primary-400 dark:text-neutral-800" if k == n else ""
        lis.append(f'<li><a class="block mx-1 rounded min-w-[1.8rem] text-center hover:bg-primary-600 '
                   f'hover:text-neutral {cls}" href="{url(k)}">{k}</a></li>')
    if n < total:
        lis.append(f'<li><a class="block mx-1" href="{url(n + 1)}" rel="next">&rarr;</a></li>')
    return '<ul class="flex flex-row justify-center mt-8 mb-4">' + "".join(lis) + "</ul>"


def list_page(request: Request, base: str, title: str, crumbs: list, rows: list[dict], n: int,
              intro: str = "") -> Response | None:
    total = max(1, -(-len(rows) // PAGER))
    if n < 1 or n > total:
        return None
    chunk = rows[(n - 1) * PAGER: n * PAGER]
    main = f"""<header>
  {breadcrumb(crumbs)}
  <h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">{esc(title)}</h1>
</header>
{intro}
<section class="w-full">
{cards(chunk)}
</section>
{pager(base, n, total)}"""
    canon = base if n == 1 else f"{base}page/{n}/"
    return page(request, title, main, canonical=canon, description=f"{title} - {SITE}")


def terms_page(request: Request, kind: str, title: str, names: dict[str, str]) -> Response:
    rows = entries()
    lis = []
    for key, name in names.items():
        field_ = {"categories": "cats", "tags": "tags"}.get(kind)
        count = sum(1 for r in rows if key in r[field_]) if field_ else len(SERIES_PARTS)
        lis.append(f'<article class="w-full px-2 my-3 overflow-hidden sm:w-1/2 md:w-1/3"><h2 class="flex '
                   f'items-center"><a class="text-xl font-medium decoration-primary-500 hover:underline" '
                   f'href="{href(term_path(kind, name))}">{esc(name)}</a><span class="px-2 text-base '
                   f'text-primary-500">&middot;</span><span class="text-base text-neutral-400">{count}'
                   "</span></h2></article>")
    main = f"""<header class="mt-5 max-w-prose">{breadcrumb([("Trang chủ", "/")])}
<h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">{esc(title)}</h1></header>
<section class="flex flex-wrap -mx-2 overflow-hidden">{"".join(lis)}</section>"""
    return page(request, title, main, canonical=f"/{kind}/", description=title)


def home(request: Request) -> Response:
    rows = [r for r in entries() if r["slug"] != ALBUM][:4]
    notices = [s for s in sorted(STORIES, key=lambda s: _local(s.opts["local"]), reverse=True)
               if s.cat == "tb"][:2]
    marquee = " &nbsp;|&nbsp; ".join(
        f'<a class="hover:underline" href="{post_path(s.slug)}">{esc(s.title)}</a>' for s in notices
    )
    main = f"""<article class="max-w-full prose dark:prose-invert">
  <div class="relative"><img class="w-full h-36 object-cover rounded-md" src="/img/banner-tct-ls.jpg" alt="{esc(SITE)}"></div>
  <h1 class="mb-2 text-4xl font-extrabold">{esc(SITE)}</h1>
  <section><p>Trường Chính trị tỉnh Lạng Sơn là cơ sở đào tạo, bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho cán bộ, công chức, viên chức của hệ thống chính trị tỉnh Lạng Sơn.</p></section>
</article>
<div class="flex items-center px-4 py-2 mt-6 text-sm rounded-md bg-primary-100 dark:bg-primary-900"><strong class="pe-3 whitespace-nowrap">Thông báo:</strong><marquee scrollamount="4">{marquee}</marquee></div>
<section>
  <h2 class="mt-8 text-2xl font-extrabold">Tin mới nhất</h2>
  {cards(rows)}
</section>
<div class="mt-10 flex justify-center"><a class="px-4 py-2 rounded-md bg-neutral-400 text-neutral hover:bg-primary-500" href="/tin-tuc/page/1/">Xem tất cả tin tức &rarr;</a></div>"""
    return page(request, "", main, canonical="/", description=f"Website chính thức của {SITE}")


# --- plain pages and documents --------------------------------------------------------------

DOCS = {
    "quyet-dinh-ban-hanh-quy-che-dao-tao": (
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính",
        "456-QĐ/TCT", "15/09/2026", "qd-456-qd-tct-quy-che-dao-tao.pdf"),
    "ke-hoach-dao-tao-boi-duong-nam-2027": (
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027", "98-KH/TCT", "20/11/2026",
        "kh-98-kh-tct-dao-tao-2027.pdf"),
}


def simple_page(request: Request, path: str, title: str, inner: str) -> Response:
    main = f"""<article class="max-w-full">
  <header>{breadcrumb([("Trang chủ", "/")])}
  <h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">{esc(title)}</h1></header>
  <section class="max-w-full mt-6 prose dark:prose-invert">{inner}</section>
</article>"""
    return page(request, title, main, canonical=path, description=title)


PLAIN = {
    "/gioi-thieu/": ("Giới thiệu", """<p>Trường Chính trị tỉnh Lạng Sơn được thành lập trên cơ sở hợp nhất Trường Đảng tỉnh và Trường Hành chính tỉnh, là đơn vị sự nghiệp trực thuộc Tỉnh ủy Lạng Sơn.</p>
<p>Nhà trường có 5 khoa, 3 phòng chức năng với 62 cán bộ, viên chức, trong đó 38 giảng viên.</p>
<ul><li><a href="/gioi-thieu/chuc-nang-nhiem-vu/">Chức năng, nhiệm vụ</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul>"""),
    "/gioi-thieu/chuc-nang-nhiem-vu/": ("Chức năng, nhiệm vụ", """<p>Trường Chính trị tỉnh có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ.</p>
<ol><li>Đào tạo trung cấp lý luận chính trị - hành chính.</li><li>Bồi dưỡng kiến thức, kỹ năng lãnh đạo, quản lý.</li><li>Nghiên cứu khoa học, tổng kết thực tiễn.</li></ol>"""),
    "/lien-he/": ("Liên hệ", """<p>Địa chỉ: Số 86 đường Bà Triệu, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
<p>Điện thoại: 0205.3812.416 - Fax: 0205.3812.417</p><p>Email: <a href="mailto:truongchinhtri@langson.gov.vn">truongchinhtri@langson.gov.vn</a></p>
<iframe src="https://www.google.com/maps/embed?pb=tct-ls" width="600" height="300" loading="lazy"></iframe>"""),
}


def van_ban_list(request: Request) -> Response:
    lis = "".join(
        f'<tr><td>{esc(v[1])}</td><td>{esc(v[2])}</td><td><a href="/van-ban/{k}/">{esc(v[0])}</a></td></tr>'
        for k, v in DOCS.items()
    )
    return simple_page(request, "/van-ban/", "Văn bản",
                       f"<table><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>"
                       f"</tr></thead><tbody>{lis}</tbody></table>")


def doc_page(request: Request, key: str) -> Response:
    title, num, day, pdf = DOCS[key]
    inner = (f"<table><tbody><tr><th>Số ký hiệu</th><td>{esc(num)}</td></tr><tr><th>Ngày ban hành</th>"
             f"<td>{day}</td></tr><tr><th>Cơ quan ban hành</th><td>{esc(SITE)}</td></tr><tr><th>Trích yếu"
             f"</th><td>{esc(title)}</td></tr><tr><th>Tệp đính kèm</th><td><a href=\"/van-ban/{key}/{pdf}\">"
             f"{pdf}</a></td></tr></tbody></table>")
    return simple_page(request, f"/van-ban/{key}/", title, inner)


def alias_stub(target: str) -> Response:
    return html(
        f'<!DOCTYPE html><html lang="vi"><head><title>{target}</title><link rel="canonical" href="{target}">'
        f'<meta name="robots" content="noindex"><meta charset="utf-8"><meta http-equiv="refresh" '
        f'content="0; url={target}"></head></html>'
    )


# --- feeds ------------------------------------------------------------------------------------


def _rss(request: Request) -> Response:
    b = base_url(request)
    items = "".join(
        f"<item><title>{esc(r['title'])}</title><link>{b}{post_path(r['slug'])}</link>"
        f"<pubDate>{_local(r['local']).strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate>"
        f"<guid>{b}{post_path(r['slug'])}</guid><description>{esc(r['summary'])}</description></item>"
        for r in entries()[:10]
    )
    xml = (f'<?xml version="1.0" encoding="utf-8" standalone="yes"?><rss version="2.0"><channel>'
           f"<title>{esc(SITE)}</title><link>{b}/</link><language>vi</language>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _sitemap(request: Request) -> Response:
    b = base_url(request)
    paths = ["/", "/tin-tuc/", "/gioi-thieu/", "/lien-he/", "/van-ban/"] + [
        post_path(r["slug"]) for r in entries()
    ]
    urls = "".join(f"<url><loc>{b}{href(p)}</loc></url>" for p in paths)
    xml = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?><urlset '
           f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
    return Response(200, xml, {"Content-Type": "application/xml; charset=utf-8"})


def _search_index(request: Request) -> Response:
    data = [{"date": r["local"], "title": r["title"], "summary": r["summary"],
             "permalink": base_url(request) + post_path(r["slug"]), "section": "Tin tức"} for r in entries()]
    return Response(200, json.dumps(data, ensure_ascii=False),
                    {"Content-Type": "application/json; charset=utf-8"})


# --- routing ----------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")


class HugoCongoSite:
    def __init__(self) -> None:
        self.aliases = {s.opts["alias"]: post_path(s.slug) for s in STORIES if s.opts.get("alias")}
        self.aliases["/tin-tuc/page/1/"] = "/tin-tuc/"
        for kind, names in (("categories", CATS), ("tags", TAGS), ("series", SERIES)):
            for name in names.values():
                base = term_path(kind, name)
                self.aliases[base + "page/1/"] = href(base)

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"", {"Allow": "GET, HEAD"})
        path = unicodedata.normalize("NFC", unquote(request.path))
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        if path in self.aliases:
            return alias_stub(self.aliases[path])
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if path == "/index.xml":
            return _rss(request)
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/index.json":
            return _search_index(request)
        if path.lower().endswith(".pdf"):
            known = {f"/van-ban/{k}/{v[3]}" for k, v in DOCS.items()}
            known.add(f"/tin-tuc/2026/{S4}/mau-don-dang-ky-hoc-k76.pdf")
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else None
        if "." in path.rsplit("/", 1)[-1]:
            return static_file(path)
        if not path.endswith("/"):
            if self._page(request, path + "/") is not None:
                return redirect(href(path + "/"), 301)
            return None
        return self._page(request, path)

    def _page(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return home(request)
        n = 1
        m = _PAGED.match(path)
        if m:
            path, n = m.group("base"), int(m.group("n"))
            if n == 1:
                return None
        if path == "/tin-tuc/":
            return list_page(request, path, "Tin tức", [("Trang chủ", "/")], entries(), n)
        if n != 1 and not path.startswith(("/categories/", "/tags/", "/series/")):
            return None
        if path.startswith("/tin-tuc/2026/"):
            slug = path[len("/tin-tuc/2026/"):].strip("/")
            if slug in BY_SLUG:
                return article_page(request, BY_SLUG[slug])
            if slug == ALBUM:
                return album_page(request)
            return None
        if path in ("/categories/", "/tags/", "/series/"):
            if n != 1:
                return None
            kind = path.strip("/")
            title, names = {"categories": ("Chuyên mục", CATS), "tags": ("Thẻ", TAGS),
                            "series": ("Chuyên đề", SERIES)}[kind]
            return terms_page(request, kind, title, names)
        for kind, names, field_ in (("categories", CATS, "cats"), ("tags", TAGS, "tags"),
                                    ("series", SERIES, "series")):
            for key, name in names.items():
                if path == term_path(kind, name):
                    if field_ == "series":
                        rows = [r for r in entries() if r["series"]]
                    else:
                        rows = [r for r in entries() if key in r[field_]]
                    label = {"categories": "Chuyên mục", "tags": "Thẻ", "series": "Chuyên đề"}[kind]
                    return list_page(request, path, name, [("Trang chủ", "/"), (label, f"/{kind}/")],
                                     rows, n)
        if path in PLAIN:
            title, inner = PLAIN[path]
            return simple_page(request, path, title, inner)
        if path == "/van-ban/":
            return van_ban_list(request)
        if path.startswith("/van-ban/"):
            key = path[len("/van-ban/"):].strip("/")
            if key in DOCS:
                return doc_page(request, key)
        return None


def build_site() -> HugoCongoSite:
    return HugoCongoSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = post_path(story.slug)
    alts = [path + "index.html"]
    if story.opts.get("alias"):
        alts.append(story.opts["alias"])
    return gold_record(story, path, CATS[story.opts["cats"][0]], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/chuc-nang-nhiem-vu/",
    "/lien-he/",
    "/van-ban/quyet-dinh-ban-hanh-quy-che-dao-tao/",
    "/van-ban/ke-hoach-dao-tao-boi-duong-nam-2027/",
    post_path(ALBUM),
]
