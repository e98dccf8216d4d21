"""Phòng Giáo dục và Đào tạo thị xã Hương Thủy (Thừa Thiên Huế) on WordPress 5.8 + MyThemeShop "Schema".

Platform: WordPress 5.8 (locale vi), MyThemeShop's Schema theme 3.9 (no ``html5`` theme support for
captions/galleries, so core prints the old ``[caption]``/``[gallery]`` markup), WP-PageNavi,
Classic Editor (TinyMCE) content passed through ``wpautop`` and ``wptexturize``, YARPP (related
posts, auto-appended to the content) and Jetpack Sharing ("sharedaddy", also appended to the
content). Permalinks ``/%postname%.html``, category base ``chuyen-muc``.

URL scheme
- ``/`` the blog home (latest posts, 5 per page), ``/page/<N>`` its next pages (``/page/1``
  answers 301 to ``/``);
- ``/<post-slug>.html`` posts; ``/<post-slug>.html/<attachment-slug>`` attachment pages;
  ``/<post-slug>.html/comment-page-<N>`` paged comments; ``/<post-slug>.html?replytocom=<id>``
  reply links; ``/<post-slug>.html?share=facebook&nb=1`` Jetpack's share redirect (302 off-site);
- ``/chuyen-muc/<slug>`` and ``/chuyen-muc/<slug>/page/<N>`` category archives (a trailing slash
  answers 301 to the form without it), ``/tag/<slug>`` tag archives, ``/author/quantri`` (+
  ``/page/<N>``) the author archive, ``/?s=<q>`` search, ``/?p=<id>`` shortlinks (301);
- ``/<page-slug>`` static pages (Giới thiệu, Cơ cấu tổ chức, Văn bản, Lịch tiếp công dân, Liên hệ).

Page templates: home/archives (``article.latestPost.excerpt`` cards with a 150x150 thumbnail,
``.front-view-content`` excerpt, "Đọc tiếp", WP-PageNavi ``div.wp-pagenavi``); single post
(``div.breadcrumb`` of ``typeof="v:Breadcrumb"`` divs, ``h1.single-title``, ``div.post-info`` with
the account, the date, the categories and the comment count, ``div.post-single-content`` holding
the theme's ``div.topad`` banner, ``div.thecontent`` (the post, then YARPP and sharedaddy) and
``div.tags``, then the ``div.postauthor`` box, the comment list and the comment form); pages
(``h1.entry-title`` and ``div.post-content``); the attachment template; a right sidebar (recent
posts with dates, WP-PostViews most read, WP-Polls, WP Statistics counter, links).

How each gold article is reached: every post is on the home listing (pages 1-3) and on its
categories' archives (``tin-tuc-su-kien`` has two pages: the oldest post is only on page 2 there
and on home page 3); the sidebar "Bài viết mới" links the five newest; YARPP links siblings.

Traps
1. Vietnamese locale month names: the theme prints ``the_time('j F, Y')`` as "3 Tháng Mười Hai,
   2026" / "16 Tháng Mười Một, 2026" / "15 Tháng Mười, 2026". "Tháng Mười" (October) is a prefix
   of November's and December's names: a reader matching it reads both as October. Gold: the day
   ("2026-12-03"); the page prints no time of publication anywhere.
2. wptexturize: the ``<h1>`` (and the body) print “curly” quotes, en dashes and the ellipsis as
   ``&#8220;``/``&#8211;``/``&#8230;``, while ``og:title`` and the meta description carry the
   typed straight quotes and hyphens, and ``<title>`` appends " &#8211; Phòng GD&ĐT Hương Thủy".
   Gold title: the ``<h1>`` as printed (curly quotes, en dash).
3. Core ``[caption]`` without html5 support: ``div.wp-caption`` holds the image and a
   ``<p class="wp-caption-text">``: a caption that is a ``<p>`` inside the content. Gold: it is
   the image's caption, not a body paragraph.
4. Core ``[gallery]`` without html5 support: ``dl.gallery-item > dt.gallery-icon`` (a 150x150
   thumbnail linked to the full file) ``+ dd.wp-caption-text.gallery-caption`` (the caption), rows
   closed by ``<br style="clear: both" />``. Gold: each thumbnail (its ``src`` as printed) is an
   article photo with the ``dd`` as caption; no ``dd`` text in the body.
5. YARPP ("Bài viết liên quan:", thumbnails and titles of other posts) and Jetpack's sharedaddy
   ("Chia sẻ:") are appended *inside* ``div.thecontent``, after the last paragraph and the byline.
   Gold: neither is body; YARPP thumbnails are not the article's images.
6. Jetpack's share buttons link to the post itself, ``/<slug>.html?share=facebook&nb=1``, which
   answers 302 to facebook.com: an on-site URL per post that is not an article nor a duplicate.
7. Paged comments: one post has 4 comments, 3 per page, newest first; the post URL shows page 2
   and "« Bình luận cũ hơn" links ``/<slug>.html/comment-page-1#comments``, which serves the whole
   article again with WordPress' own ``rel=canonical`` pointing at
   ``…/comment-page-1#comments`` (core's rel_canonical adds the comment page). Gold: one article,
   that URL in ``alt_paths``; comment dates ("03/12/2026 lúc 20:15") are not publication dates.
8. Reply links ``?replytocom=<id>#respond`` serve the article again (robots noindex, canonical to
   the post): ``alt_paths``.
9. A post in two categories: ``post-info`` lists "Giáo dục Tiểu học, Tin tức - Sự kiện", the
   breadcrumb shows the first (core sorts by name) and the post is on both archives. Gold
   category: the breadcrumb's, "Giáo dục Tiểu học".
10. "Link to: Attachment Page": an image in a post links ``/<slug>.html/dsc_0412``, the attachment
    template with an ``h1`` ("DSC_0412"), a post-info date and the image: looks like a post, is not
    (in NON_ARTICLES).
11. The theme's ``div.topad`` banner (tuyển sinh lớp 6 image) sits inside ``div.post-single-content``
    before the text on every post: not an article image.
12. The byline of the theme is the CMS account ("quantri", twice: post-info and the
    ``div.postauthor`` vcard box with its own description paragraph). Gold: nobody from it; the
    author is the right-aligned line closing the text (name without degree, post or unit).
13. An official notice pasted as a letterhead table (UBND | CỘNG HÒA …, "Số:", place and date),
    then "THÔNG BÁO / Về việc …" and a closing table (Nơi nhận | TRƯỞNG PHÒNG … name). Gold: README
    rules; its date is the letterhead's 26/11 while post-info prints 27 Tháng Mười Một.
14. Word paste through TinyMCE: ``p.MsoNormal`` with ``<o:p></o:p>``, a conditional
    ``<!--[if gte mso 9]><xml>…`` comment and ``mso-list:Ignore`` list markers.

Gold decisions on ambiguous points
- ``published_at`` is the day of ``span.thetime`` (the letterhead's day for the notice): no time
  is printed for a post; comment and attachment dates are ignored.
- Images: the ``src`` printed (WordPress' resized ``-1024x683`` / ``-150x150`` file), not the
  ``srcset`` candidates nor the full-size file the image links to.
- A caption printed in parentheses drops them; a line "Ảnh: X" alone is a credit (caption None).
- The title is the ``<h1>``'s text (wptexturized), not ``og:title``.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_mts_schema_pgd"
PLATFORM = "WordPress 5.8 + MyThemeShop Schema (WP-PageNavi, Classic Editor, YARPP, Jetpack Sharing)"
START_PATH = "/"

SITE = "Phòng GD&ĐT Hương Thủy"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
UP = "/wp-content/uploads"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-mam-non": "Giáo dục Mầm non",
    "giao-duc-tieu-hoc": "Giáo dục Tiểu học",
    "giao-duc-thcs": "Giáo dục THCS",
    "thong-bao": "Thông báo",
}
TAGS = {
    "thi-dua-khen-thuong": "thi đua khen thưởng",
    "hoat-dong-chuyen-mon": "hoạt động chuyên môn",
    "chuyen-doi-so": "chuyển đổi số",
}
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


_TEXTURIZE = {
    "“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;",
    "–": "&#8211;", "—": "&#8212;", "…": "&#8230;",
}


def tx(text: str) -> str:
    """Text as wptexturize prints it: typographic characters as numeric references (Trap 2)."""
    out = esc(text).replace("&amp;", "&#038;").replace("&quot;", "&#8221;")
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def typed(text: str) -> str:
    """What the editor typed before wptexturize: straight quotes and hyphens."""
    for a, b in (("“", '"'), ("”", '"'), ("–", "-"), ("…", "..."), ("’", "'")):
        text = text.replace(a, b)
    return text


def right(line: str, em: bool = False) -> Raw:
    inner = f"<em>{tx(line)}</em>" if em else tx(line)
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


def _mk(sid, slug, title, cat, date, blocks, **kw) -> Story:
    opts = kw.pop("opts", {})
    return Story(sid, slug, title, cat, date, blocks, opts=opts, **kw)


# --- the stories ------------------------------------------------------------------------------

S1 = _mk(
    2418,
    "hoi-nghi-so-ket-phong-trao-thi-dua-day-tot-hoc-tot-hoc-ky-i",
    "Hội nghị sơ kết phong trào thi đua “Dạy tốt – Học tốt” học kỳ I năm học 2026-2027",
    "tin-tuc-su-kien",
    "2026-12-03",
    [
        P(
            "Sáng ngày 02/12, Phòng Giáo dục và Đào tạo thị xã Hương Thủy tổ chức Hội nghị sơ kết "
            "phong trào thi đua “Dạy tốt – Học tốt” học kỳ I năm học 2026-2027 với sự tham dự của "
            "hơn 120 cán bộ quản lý các trường mầm non, tiểu học và THCS trên địa bàn.",
            "b",
        ),
        Img(
            f"{UP}/2026/12/so-ket-thi-dua-01-1024x683.jpg",
            "Quang cảnh Hội nghị sơ kết phong trào thi đua tại Hội trường UBND thị xã",
            "Quang cảnh Hội nghị sơ kết phong trào thi đua tại Hội trường UBND thị xã",
            "wpcap",
        ),
        P(
            "Báo cáo tại hội nghị cho biết, trong học kỳ I, toàn ngành đã tổ chức 312 tiết dạy "
            "minh họa, 46 chuyên đề cấp trường và 9 chuyên đề cấp thị xã; tỉ lệ học sinh chuyên cần "
            "đạt 99,2%."
        ),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc ứng dụng công nghệ "
            "thông tin trong đánh giá học sinh ở một số trường còn chậm; cơ sở vật chất tại các xã "
            "Dương Hòa, Phú Sơn chưa đáp ứng yêu cầu dạy học 2 buổi/ngày."
        ),
        Img(
            f"{UP}/2026/12/so-ket-thi-dua-02-1024x683.jpg",
            "Đồng chí Trưởng phòng GD&ĐT trao Giấy khen cho các tập thể có thành tích xuất sắc",
            "Đồng chí Trưởng phòng GD&ĐT trao Giấy khen cho các tập thể có thành tích xuất sắc",
            "wpcap",
        ),
        P(
            "Dịp này, Phòng GD&ĐT đã khen thưởng 14 tập thể và 37 cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua học kỳ I."
        ),
        right("Tin, ảnh: Trần Văn Quang"),
    ],
    authors=["Trần Văn Quang"],
    photographers=["Trần Văn Quang"],
    summary=(
        "Sáng ngày 02/12, Phòng Giáo dục và Đào tạo thị xã Hương Thủy tổ chức Hội nghị sơ kết "
        "phong trào thi đua “Dạy tốt – Học tốt” học kỳ I năm học 2026-2027 với sự tham dự của "
        "hơn 120 cán bộ quản lý các trường mầm non, tiểu học và THCS trên địa bàn."
    ),
    opts={
        "tags": ["thi-dua-khen-thuong"],
        "comments": [
            (41, "Nguyễn Thị Hằng", "03/12/2026 lúc 20:15", "Chúc mừng các tập thể, cá nhân được khen thưởng!"),
            (42, "Lê Quốc Bảo", "04/12/2026 lúc 07:02", "Mong phòng sớm đăng tải báo cáo sơ kết để các trường tham khảo."),
        ],
    },
)

S2 = _mk(
    2395,
    "ngay-hoi-doc-sach-truong-tieu-hoc-thuy-duong",
    "Ngày hội đọc sách tại Trường Tiểu học Thủy Dương",
    "giao-duc-tieu-hoc",
    "2026-12-01",
    [
        P(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong nhà trường, ngày 30/11, Trường Tiểu học "
            "Thủy Dương tổ chức Ngày hội đọc sách với chủ đề “Mỗi ngày một trang sách hay”."
        ),
        Img(
            f"{UP}/2026/12/DSC_0412-1024x683.jpg",
            "(Học sinh Trường TH Thủy Dương tham gia Ngày hội đọc sách)",
            "Học sinh Trường TH Thủy Dương tham gia Ngày hội đọc sách",
            "attach",
        ),
        P("Ngày hội gồm nhiều hoạt động:"),
        P("Trưng bày sách theo chủ đề của từng khối lớp;", "li"),
        P("Thi kể chuyện theo sách và vẽ tranh minh họa nhân vật yêu thích;", "li"),
        P("Đổi sách cũ lấy sách mới giữa các lớp.", "li"),
        P(
            "Thư viện nhà trường đã tiếp nhận hơn 800 đầu sách do phụ huynh và học sinh quyên góp, "
            "bổ sung cho tủ sách lớp học."
        ),
        right("Nguyễn Thị Hoài Thương – Trường TH Thủy Dương"),
    ],
    authors=["Nguyễn Thị Hoài Thương"],
    opts={"cats": ["giao-duc-tieu-hoc", "tin-tuc-su-kien"], "tags": ["hoat-dong-chuyen-mon"]},
)

S3 = _mk(
    2380,
    "ket-qua-hoi-thi-hoc-sinh-gioi-lop-9-cap-thi-xa",
    "Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026-2027",
    "giao-duc-thcs",
    "2026-11-30",
    [
        P(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026-2027 được tổ chức trong hai ngày "
            "21 và 22/11 tại Trường THCS Phú Bài với 486 thí sinh dự thi ở 9 môn."
        ),
        P("Kết quả theo đơn vị", "h3"),
        P("Trường | Số dự thi | Số đạt giải | Tỉ lệ", "th"),
        P("THCS Phú Bài | 78 | 41 | 52,6%", "tr"),
        P("THCS Thủy Dương | 65 | 30 | 46,2%", "tr"),
        P("THCS Thủy Phương | 54 | 22 | 40,7%", "tr"),
        P("THCS Thủy Châu | 49 | 17 | 34,7%", "tr"),
        P("Một số lưu ý", "h3"),
        P(
            "Các trường rà soát danh sách học sinh đạt giải để thành lập đội tuyển dự thi cấp tỉnh "
            "trước ngày 10/12/2026.",
            "mso",
        ),
        P(
            "Giáo viên bồi dưỡng đội tuyển xây dựng kế hoạch ôn luyện chi tiết theo tuần.",
            "mso",
        ),
        right("Tổ Chuyên môn THCS"),
    ],
    authors=["Tổ Chuyên môn THCS"],
    opts={"tags": ["hoat-dong-chuyen-mon"]},
)

S4 = _mk(
    2371,
    "thong-bao-to-chuc-hoi-thi-giao-vien-day-gioi-cap-thi-xa-bac-thcs",
    "Thông báo tổ chức Hội thi giáo viên dạy giỏi cấp thị xã bậc THCS năm học 2026-2027",
    "thong-bao",
    "2026-11-26",
    [
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
            '<td style="width: 42%; text-align: center;">UBND THỊ XÃ HƯƠNG THỦY<br />'
            "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 512/TB-PGDĐT</td>"
            '<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
            "</strong><br /><strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br />"
            "<em>Hương Thủy, ngày 26 tháng 11 năm 2026</em></td></tr></tbody></table>"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
            "<strong>Về việc tổ chức Hội thi giáo viên dạy giỏi cấp thị xã bậc THCS năm học "
            "2026-2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 1450/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT thị xã Hương Thủy về "
            "nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thông báo tổ chức Hội thi giáo viên dạy giỏi cấp "
            "thị xã bậc THCS như sau:"
        ),
        P("1. Thời gian: từ ngày 07/12 đến ngày 18/12/2026."),
        P("2. Địa điểm: Trường THCS Phú Bài và Trường THCS Thủy Dương."),
        P(
            "3. Hồ sơ dự thi: các trường gửi danh sách giáo viên đăng ký dự thi và sáng kiến kinh "
            "nghiệm về Phòng GD&ĐT (bộ phận THCS) trước ngày 04/12/2026."
        ),
        P("Đề nghị Hiệu trưởng các trường THCS triển khai thực hiện./."),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%;">'
            "<strong><em>Nơi nhận:</em></strong><br />- Các trường THCS;<br />- Lưu: VT, THCS.</td>"
            '<td style="text-align: center;"><strong>TRƯỞNG PHÒNG</strong><br /><br />'
            "<em>(Đã ký)</em><br /><br /><strong>Lê Văn Hùng</strong></td></tr></tbody></table>"
            f'<p>Tải về: <a href="{UP}/2026/11/512-TB-PGDDT.pdf">512-TB-PGDDT.pdf</a> (215 KB)</p>'
        ),
    ],
    authors=["Lê Văn Hùng"],
    opts={"shown": "2026-11-27", "tags": ["hoat-dong-chuyen-mon"]},
)

S5 = _mk(
    2362,
    "hoi-thi-be-khoe-be-ngoan-mam-non-thuy-phuong",
    "Hội thi “Bé khỏe – Bé ngoan” tại Trường Mầm non Thủy Phương",
    "giao-duc-mam-non",
    "2026-11-25",
    [
        P(
            "Nhằm tạo sân chơi bổ ích cho trẻ, ngày 22/11, Trường Mầm non Thủy Phương tổ chức Hội thi "
            "“Bé khỏe – Bé ngoan” cho 210 trẻ mẫu giáo 5-6 tuổi.",
            "b",
        ),
        P(
            "Hội thi gồm ba phần: chào hỏi, năng khiếu và vận động. Các bé đã mạnh dạn giới thiệu về "
            "bản thân, trình diễn các tiết mục múa hát và vượt qua các chướng ngại vật."
        ),
        Img(f"{UP}/2026/11/be-khoe-be-ngoan-1-1024x768.jpg", "Ảnh: Hoàng Thị Mai", None, "file"),
        P(
            "Kết thúc hội thi, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và nhiều giải "
            "khuyến khích cho các lớp."
        ),
        Img(
            f"{UP}/2026/11/be-khoe-be-ngoan-2-1024x768.jpg",
            "Phần thi vận động của lớp Lá 2",
            "Phần thi vận động của lớp Lá 2",
            "file",
        ),
        right("Tin: Nguyễn Thị Lan – Ảnh: Hoàng Thị Mai", em=True),
    ],
    authors=["Nguyễn Thị Lan"],
    photographers=["Hoàng Thị Mai"],
    summary=(
        "Nhằm tạo sân chơi bổ ích cho trẻ, ngày 22/11, Trường Mầm non Thủy Phương tổ chức Hội thi "
        "“Bé khỏe – Bé ngoan” cho 210 trẻ mẫu giáo 5-6 tuổi."
    ),
)

S6 = _mk(
    2340,
    "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
    "Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
    "tin-tuc-su-kien",
    "2026-11-20",
    [
        Raw(
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
            "<w:TrackMoves/><w:TrackFormatting/></w:WordDocument></xml><![endif]-->"
        ),
        P(
            "Trong hai ngày 18 và 19/11, Sở GD&ĐT Thừa Thiên Huế phối hợp với Phòng GD&ĐT thị xã "
            "Hương Thủy tổ chức lớp tập huấn chuyển đổi số trong quản lý trường học cho 95 cán bộ "
            "quản lý và nhân viên văn phòng.",
            "mso",
        ),
        P("Nội dung tập huấn tập trung vào:", "mso"),
        P("Sử dụng hồ sơ điện tử và chữ ký số trong nhà trường;", "msoli"),
        P("Khai thác cơ sở dữ liệu ngành và báo cáo trực tuyến;", "msoli"),
        P("Bảo đảm an toàn thông tin khi làm việc trên môi trường mạng.", "msoli"),
        P(
            "Theo kế hoạch, đến hết năm 2026, 100% trường học trên địa bàn thị xã sử dụng học bạ số "
            "đối với cấp tiểu học.",
            "mso",
        ),
        P("Học viên được thực hành trực tiếp trên hệ thống.", "mso"),
        P("Cuối khóa, mỗi học viên hoàn thành một bài kiểm tra trực tuyến.", "br"),
        Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&#038;ĐT Thừa Thiên Huế</em></p>'),
    ],
    source="Sở GD&ĐT Thừa Thiên Huế",
    opts={"tags": ["chuyen-doi-so"]},
)

S7 = _mk(
    2322,
    "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-thcs-phu-bai",
    "Chuyên đề dạy học STEM môn Khoa học tự nhiên tại Trường THCS Phú Bài",
    "giao-duc-thcs",
    "2026-11-16",
    [
        P(
            "Chiều 13/11, tại Trường THCS Phú Bài, Phòng GD&ĐT tổ chức chuyên đề “Dạy học STEM "
            "trong môn Khoa học tự nhiên lớp 8” dành cho giáo viên cốt cán các trường THCS.",
            "b",
        ),
        Img(
            f"{UP}/2026/11/chuyen-de-stem-phu-bai-1024x683.jpg",
            "Học sinh lớp 8/3 trình bày sản phẩm “Hệ thống tưới cây tự động”",
            "Học sinh lớp 8/3 trình bày sản phẩm “Hệ thống tưới cây tự động”",
            "wpcap",
        ),
        P(
            "Tiết dạy minh họa do cô giáo Phan Thị Ngọc Ánh thực hiện, học sinh làm việc theo nhóm, "
            "thiết kế và chế tạo mô hình, sau đó thuyết trình và phản biện sản phẩm của nhau."
        ),
        P(
            "“Dạy học STEM giúp học sinh vận dụng kiến thức liên môn để giải quyết vấn đề thực tiễn"
            "…”, đồng chí Phó Trưởng phòng GD&ĐT nhận xét tại buổi thảo luận.",
            "quote",
        ),
        P(
            "Các ý kiến thảo luận thống nhất: mỗi trường xây dựng ít nhất 2 chủ đề STEM mỗi học kỳ "
            "và chia sẻ học liệu trên kho dữ liệu chung của ngành."
        ),
        right("ThS. Phan Thị Ngọc Ánh – Phó Hiệu trưởng Trường THCS Phú Bài"),
    ],
    authors=["Phan Thị Ngọc Ánh"],
    summary=(
        "Chiều 13/11, tại Trường THCS Phú Bài, Phòng GD&ĐT tổ chức chuyên đề “Dạy học STEM "
        "trong môn Khoa học tự nhiên lớp 8” dành cho giáo viên cốt cán các trường THCS."
    ),
    opts={
        "tags": ["hoat-dong-chuyen-mon"],
        "comments": [
            (61, "Trần Thị Thu", "16/11/2026 lúc 21:40", "Tiết dạy rất sinh động, cảm ơn cô Ánh."),
            (62, "Hồ Văn Tâm", "17/11/2026 lúc 06:55", "Xin phép trường cho tham khảo giáo án."),
            (63, "Ngô Thị Hạnh", "17/11/2026 lúc 09:12", "Học sinh tự tin thuyết trình, rất đáng học hỏi."),
            (64, "Phạm Minh Đức", "18/11/2026 lúc 14:30", "Mong phòng tổ chức thêm chuyên đề cho môn Công nghệ."),
        ],
    },
)

S8 = _mk(
    2305,
    "hoi-khoe-phu-dong-thi-xa-huong-thuy-lan-thu-x",
    "Bế mạc Hội khỏe Phù Đổng thị xã Hương Thủy lần thứ X",
    "tin-tuc-su-kien",
    "2026-11-12",
    [
        P(
            "Sau 5 ngày tranh tài sôi nổi, chiều 11/11, Hội khỏe Phù Đổng thị xã Hương Thủy lần thứ X "
            "đã bế mạc. Hội khỏe thu hút hơn 1.200 vận động viên là học sinh của 32 trường."
        ),
        P(
            "Các vận động viên tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, cờ "
            "vua, đá cầu và kéo co."
        ),
        Img(f"{UP}/2026/11/hkpd-khai-mac-150x150.jpg", "Lễ diễu hành khai mạc", "Lễ diễu hành khai mạc", "gallery"),
        Img(f"{UP}/2026/11/hkpd-dien-kinh-150x150.jpg", "Nội dung chạy 100m nữ", "Nội dung chạy 100m nữ", "gallery"),
        Img(f"{UP}/2026/11/hkpd-keo-co-150x150.jpg", "Môn kéo co khối THCS", "Môn kéo co khối THCS", "gallery"),
        P(
            "Kết quả toàn đoàn, Trường THCS Phú Bài xếp thứ Nhất, Trường THCS Thủy Dương xếp thứ Nhì, "
            "Trường THCS Thủy Phương xếp thứ Ba."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/hoi-nghi-so-ket-phong-trao-thi-dua-day-tot-hoc-tot-'
            'hoc-ky-i.html">Hội nghị sơ kết phong trào thi đua &#8220;Dạy tốt &#8211; Học tốt&#8221;'
            "</a></p>"
        ),
        right("Bộ phận Công tác học sinh"),
    ],
    authors=["Bộ phận Công tác học sinh"],
    opts={"tags": ["thi-dua-khen-thuong"]},
)

S9 = _mk(
    2290,
    "huong-dan-su-dung-hoc-ba-so-cap-tieu-hoc",
    "Hướng dẫn sử dụng học bạ số cấp tiểu học",
    "giao-duc-tieu-hoc",
    "2026-11-06",
    [
        P(
            "Thực hiện chủ trương chuyển đổi số của ngành, Phòng GD&ĐT hướng dẫn các trường tiểu học "
            "triển khai học bạ số từ học kỳ I năm học 2026-2027."
        ),
        P("📌 Các bước thực hiện:"),
        P("- Bước 1: rà soát thông tin học sinh trên cơ sở dữ liệu ngành;"),
        P("- Bước 2: giáo viên chủ nhiệm nhập nhận xét, đánh giá;", "br"),
        P("- Bước 3: Hiệu trưởng ký số và khóa học bạ.", "br"),
        P(
            "Trong quá trình thực hiện, nếu có vướng mắc, các trường liên hệ bộ phận Tiểu học, "
            "Phòng GD&ĐT (điện thoại 0234.3861.347) để được hỗ trợ."
        ),
        Raw(
            '<p><iframe title="Hướng dẫn học bạ số" width="640" height="360" '
            'src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0" '
            "allowfullscreen></iframe></p>"
        ),
        right("Bộ phận Tiểu học"),
    ],
    authors=["Bộ phận Tiểu học"],
    opts={"tags": ["chuyen-doi-so"]},
)

S10 = _mk(
    2277,
    "thong-bao-lich-nghi-tet-duong-lich-2027",
    "Thông báo lịch nghỉ Tết Dương lịch 2027 đối với các trường học",
    "thong-bao",
    "2026-10-30",
    [
        P(
            "Phòng GD&ĐT thị xã Hương Thủy thông báo: cán bộ, giáo viên, nhân viên và học sinh các "
            "trường mầm non, tiểu học, THCS trên địa bàn thị xã nghỉ Tết Dương lịch 2027 vào ngày thứ "
            "Sáu, 01/01/2027."
        ),
        P(
            "Các trường bố trí trực bảo vệ cơ sở vật chất trong thời gian nghỉ và báo cáo tình hình "
            "về Phòng trước 10 giờ ngày 04/01/2027."
        ),
        right("BBT"),
    ],
)

S11 = _mk(
    2259,
    "mam-non-thuy-chau-to-chuc-chuyen-de-phat-trien-ngon-ngu",
    "Mầm non Thủy Châu tổ chức chuyên đề phát triển ngôn ngữ cho trẻ",
    "giao-duc-mam-non",
    "2026-10-22",
    [
        P(
            "Ngày 20/10, Trường Mầm non Thủy Châu tổ chức chuyên đề “Phát triển ngôn ngữ cho trẻ mẫu "
            "giáo thông qua hoạt động kể chuyện” với sự tham gia của giáo viên cốt cán 11 trường mầm non.",
            "b",
        ),
        Img(f"{UP}/2026/10/chuyen-de-ngon-ngu-thuy-chau-1024x683.jpg", None, None, "file"),
        P(
            "Hai hoạt động minh họa được tổ chức ở lớp Chồi 1 và lớp Lá 3, trẻ được kể lại chuyện "
            "bằng tranh, rối tay và đóng kịch."
        ),
        P(
            "Chuyên đề giúp giáo viên có thêm kinh nghiệm trong việc lựa chọn truyện phù hợp với độ "
            "tuổi và tổ chức hoạt động kể chuyện sáng tạo."
        ),
        right("Trường MN Thủy Châu"),
    ],
    authors=["Trường MN Thủy Châu"],
    summary=(
        "Ngày 20/10, Trường Mầm non Thủy Châu tổ chức chuyên đề “Phát triển ngôn ngữ cho trẻ mẫu "
        "giáo thông qua hoạt động kể chuyện” với sự tham gia của giáo viên cốt cán 11 trường mầm non."
    ),
)

S12 = _mk(
    2241,
    "ky-niem-ngay-nha-giao-viet-nam-20-11-va-nhung-tam-guong-tan-tuy",
    "Hướng tới ngày 20/11: những tấm gương tận tụy với nghề…",
    "tin-tuc-su-kien",
    "2026-10-15",
    [
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), Phòng GD&ĐT "
            "thị xã Hương Thủy giới thiệu những tấm gương nhà giáo tận tụy với nghề."
        ),
        P(
            "Cô Trần Thị Mỹ Lệ, giáo viên Trường Tiểu học Dương Hòa, đã gắn bó hơn 20 năm với học "
            "sinh vùng gò đồi. Mỗi sáng, cô vượt gần 25 km đường đèo để đến điểm trường."
        ),
        Img(
            f"{UP}/2026/10/co-my-le-duong-hoa-1024x683.jpg",
            "Cô Trần Thị Mỹ Lệ trong giờ lên lớp tại điểm trường Khe Sòng",
            "Cô Trần Thị Mỹ Lệ trong giờ lên lớp tại điểm trường Khe Sòng",
            "wpcap",
        ),
        P(
            "Thầy Nguyễn Văn Tài, Trường THCS Thủy Vân, nhiều năm liền bồi dưỡng học sinh giỏi môn "
            "Toán đạt giải cấp tỉnh."
        ),
        P("“Được thấy học trò trưởng thành là niềm vui lớn nhất của người thầy”, thầy Tài chia sẻ.", "quote"),
        right("Hồ Thị Minh Nguyệt"),
    ],
    authors=["Hồ Thị Minh Nguyệt"],
)

S13 = _mk(
    2226,
    "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027",
    "Hội nghị triển khai nhiệm vụ năm học 2026-2027",
    "tin-tuc-su-kien",
    "2026-10-05",
    [
        P(
            "Ngày 03/10, Phòng GD&ĐT thị xã Hương Thủy tổ chức Hội nghị triển khai nhiệm vụ năm học "
            "2026-2027."
        ),
        P("Năm học 2026-2027, ngành tập trung vào 5 nhiệm vụ trọng tâm:"),
        P("Nâng cao chất lượng giáo dục toàn diện;", "ol"),
        P("Đẩy mạnh chuyển đổi số trong dạy học và quản lý;", "ol"),
        P("Phát triển đội ngũ nhà giáo và cán bộ quản lý;", "ol"),
        P("Tăng cường cơ sở vật chất, xây dựng trường chuẩn quốc gia;", "ol"),
        P("Đổi mới công tác thi đua, khen thưởng.", "ol"),
        Img(
            f"{UP}/2026/10/hoi-nghi-nhiem-vu-nam-hoc-1024x683.jpg",
            "Các đại biểu dự hội nghị",
            "Các đại biểu dự hội nghị",
            "wpcap",
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND thị xã đề nghị ngành tiếp tục tham mưu "
            "sắp xếp mạng lưới trường lớp phù hợp với quy hoạch đô thị."
        ),
        right("Tin, ảnh: Trần Văn Quang"),
    ],
    authors=["Trần Văn Quang"],
    photographers=["Trần Văn Quang"],
    opts={"tags": ["thi-dua-khen-thuong"]},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}

#: the attachment page an image in S2 links to (Trap 10)
ATTACH_PATH = f"/{S2.slug}.html/dsc_0412"
#: the post with paged comments (Trap 7)
PAGED = S7
COMMENTS_PER_PAGE = 3


def cats_of(s: Story) -> list[str]:
    return s.opts.get("cats", [s.cat])


def shown_day(s: Story) -> str:
    return s.opts.get("shown") or (s.published_at or "")[:10]


def vi_date(day: str) -> str:
    """``the_time('j F, Y')`` in the vi locale (Trap 1)."""
    y, m, d = (int(x) for x in day.split("-"))
    return f"{d} {MONTHS[m - 1]}, {y}"


def post_path(s: Story) -> str:
    return f"/{s.slug}.html"


# --- page parts -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/co-cau-to-chuc", "Cơ cấu tổ chức"), ("/lich-tiep-cong-dan", "Lịch tiếp công dân")]),
    ("/chuyen-muc/tin-tuc-su-kien", "Tin tức - Sự kiện", []),
    ("#", "Chuyên môn", [
        ("/chuyen-muc/giao-duc-mam-non", "Giáo dục Mầm non"),
        ("/chuyen-muc/giao-duc-tieu-hoc", "Giáo dục Tiểu học"),
        ("/chuyen-muc/giao-duc-thcs", "Giáo dục THCS"),
    ]),
    ("/chuyen-muc/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU, start=21):
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{n}"
        if subs:
            sub = "".join(
                f'<li id="menu-item-{n * 10 + k}" class="menu-item menu-item-type-taxonomy '
                f'menu-item-{n * 10 + k}"><a href="{h}">{esc(t)}</a></li>'
                for k, (h, t) in enumerate(subs)
            )
            items.append(
                f'<li id="menu-item-{n}" class="{cls} menu-item-has-children"><a href="{href}">'
                f'{esc(label)}</a>\n<ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li id="menu-item-{n}" class="{cls}"><a href="{href}">{esc(label)}</a></li>')
    return "\n".join(items)


def _head(request: Request, title: str, canonical: str | None, extra: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html class="no-js" lang="vi">
<head itemscope itemtype="http://schema.org/WebSite">
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
{extra}{canon}<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=5.8.3' type='text/css' media='all' />
<link rel='stylesheet' id='yarppWidgetCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/widget.css?ver=5.8.3' type='text/css' media='all' />
<link rel='stylesheet' id='wp-pagenavi-css' href='/wp-content/plugins/wp-pagenavi/pagenavi-css.css?ver=2.70' type='text/css' media='all' />
<link rel='stylesheet' id='schema-stylesheet-css' href='/wp-content/themes/mts_schema/style.css?ver=3.9.12' type='text/css' media='all' />
<link rel='stylesheet' id='social-logos-css' href='/wp-content/plugins/jetpack/_inc/social-logos/social-logos.min.css?ver=10.4' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 5.8.3" />
<style type="text/css">#site-header {{ background-color: #0b5394; }} .postauthor h5 {{ color:#0b5394 }}</style>
</head>"""


def _header() -> str:
    return f"""<div class="main-container">
<header id="site-header" class="main-header logo_in_nav_header" role="banner" itemscope itemtype="http://schema.org/WPHeader">
 <div id="regular-header"><div class="container">
  <div class="logo-wrap"><h2 id="logo" class="image-logo" itemprop="headline"><a href="/"><img src="{UP}/2021/03/logo-pgd-huong-thuy.png" alt="Phòng Giáo dục và Đào tạo thị xã Hương Thủy" width="620" height="90"></a></h2></div>
  <div class="widget-header"><div class="ngay-thang"><i class="fa fa-calendar-o"></i> {HEADER_TODAY}</div>
   <div id="search-2" class="widget widget_search"><form method="get" id="searchform" class="search-form" action="/" _lpchecked="1"><fieldset><input type="search" name="s" id="s" value="" placeholder="Tìm kiếm..."  /><button id="search-image" class="sbutton" type="submit" value=""><i class="fa fa-search"></i></button></fieldset></form></div>
  </div>
 </div></div>
 <div id="header"><div class="container">
  <div id="primary-navigation" class="primary-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">
   <a href="#" id="pull" class="toggle-mobile-menu">Menu</a>
   <nav class="navigation clearfix"><ul id="menu-menu-chinh" class="menu clearfix">
{_menu()}
   </ul></nav>
  </div>
 </div></div>
</header>"""


def _views(s: Story) -> int:
    return s.views()


def _sidebar() -> str:
    recent = "".join(
        f'<li><div class="left"><a href="{post_path(s)}" title="{esc(s.title)}"><img width="65" height="65" '
        f'src="{thumb(s, 65)}" class="attachment-widgetthumb size-widgetthumb wp-post-image" alt="" '
        f'loading="lazy" /></a></div><div class="info"><p class="entry-title"><a href="{post_path(s)}">'
        f'{tx(s.title)}</a></p><div class="meta"><span class="post-date">{vi_date(shown_day(s))}</span>'
        f"</div></div></li>"
        for s in STORIES[:5]
    )
    popular = sorted(STORIES, key=_views, reverse=True)[:5]
    most = "".join(
        f'<li><a href="{post_path(s)}" title="{esc(s.title)}">{tx(s.title)}</a> - {_views(s)} lượt xem</li>'
        for s in popular
    )
    return f"""<aside id="sidebar" class="sidebar c-4-12" role="complementary" itemscope itemtype="http://schema.org/WPSideBar">
 <div id="mts_recent_posts_widget-2" class="widget widget_mts_recent_posts_widget horizontal-small"><h3 class="widget-title">Bài viết mới</h3><ul class="advanced-recent-posts">{recent}</ul></div>
 <div id="views-3" class="widget widget_views"><h3 class="widget-title">Tin xem nhiều</h3><ul>{most}</ul></div>
 <div id="polls-widget-2" class="widget widget_polls-widget"><h3 class="widget-title">Thăm dò ý kiến</h3>
  <div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_4_nonce" name="wp-polls-nonce" value="8c1a9e02bd" /></p><p style="text-align: center;"><strong>Bạn đánh giá thế nào về Website?</strong></p><div id="polls-4-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Rất hữu ích</label></li><li><input type="radio" id="poll-answer-14" name="poll_4" value="14" /> <label for="poll-answer-14">Hữu ích</label></li><li><input type="radio" id="poll-answer-15" name="poll_4" value="15" /> <label for="poll-answer-15">Cần cải thiện</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(4);" /></p></div></form></div></div>
 <div id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h3 class="widget-title">Thống kê truy cập</h3><ul><li><label>Đang online:&nbsp;</label>14</li><li><label>Hôm nay:&nbsp;</label>412</li><li><label>Hôm qua:&nbsp;</label>689</li><li><label>Tổng truy cập:&nbsp;</label>1.284.306</li></ul></div>
 <div id="text-5" class="widget widget_text"><h3 class="widget-title">Liên kết website</h3><div class="textwidget"><p><a href="https://thuathienhue.edu.vn" target="_blank" rel="noopener"><img src="{UP}/2021/03/banner-so-gddt.png" alt="Sở GD&amp;ĐT Thừa Thiên Huế" width="300" height="80" /></a><br /><a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="{UP}/2021/03/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT" width="300" height="80" /></a><br /><a href="https://huongthuy.thuathienhue.gov.vn" target="_blank" rel="noopener"><img src="{UP}/2021/03/banner-ubnd-huong-thuy.png" alt="UBND thị xã Hương Thủy" width="300" height="80" /></a></p></div></div>
</aside>"""


def _footer() -> str:
    return f"""</div><!--#page-->
<footer id="site-footer" role="contentinfo" itemscope itemtype="http://schema.org/WPFooter">
 <div class="container"><div class="footer-widgets first-footer-widgets widgets-num-2">
  <div class="f-widget f-widget-1"><div id="text-2" class="widget widget_text"><h3 class="widget-title">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG THỦY</h3><div class="textwidget"><p>Địa chỉ: 1160 Nguyễn Tất Thành, phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế<br />Điện thoại: 0234.3861.347 &#8211; Fax: 0234.3861.348<br />Email: pgdhuongthuy@thuathienhue.edu.vn</p></div></div></div>
  <div class="f-widget last f-widget-2"><div id="text-3" class="widget widget_text"><h3 class="widget-title">Chịu trách nhiệm nội dung</h3><div class="textwidget"><p>Trưởng phòng: Lê Văn Hùng</p><p><a href="https://www.facebook.com/pgdhuongthuy" target="_blank" rel="noopener">Fanpage Phòng GD&#038;ĐT Hương Thủy</a></p></div></div></div>
 </div></div>
 <div class="copyrights"><div class="container"><div class="row" id="copyright-note"><span><a href="/" title="Phòng Giáo dục và Đào tạo thị xã Hương Thủy">{esc(SITE)}</a> Copyright &copy; 2026.</span><div class="to-top">Theme by <a href="https://mythemeshop.com/" rel="nofollow">MyThemeShop</a>&nbsp;<a href="#blog" class="toplink" rel="nofollow"><i class="fa fa-angle-up"></i></a></div></div></div></div>
</footer>
</div><!--.main-container-->
<script type='text/javascript' src='/wp-content/themes/mts_schema/js/customscript.js?ver=3.9.12' id='customscript-js'></script>
<script type='text/javascript' src='/wp-includes/js/wp-embed.min.js?ver=5.8.3' id='wp-embed-js'></script>
</body>
</html>"""


def _page(request: Request, title: str, body_class: str, main: str, canonical: str | None, extra_head: str = "") -> Response:
    doc = (
        _head(request, title, canonical, extra_head)
        + f'\n<body id="blog" class="{body_class} main" itemscope itemtype="http://schema.org/WebPage">\n'
        + _header()
        + f'\n<div id="page" class="single">\n{main}\n{_sidebar()}\n'
        + _footer()
    )
    return html(doc, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'})


def thumb(s: Story, size: int) -> str:
    return f"{UP}/{shown_day(s)[:4]}/{shown_day(s)[5:7]}/{s.slug[:40]}-thumb-{size}x{size}.jpg"


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    parts = ['<div typeof="v:Breadcrumb" class="root"><a rel="v:url" property="v:title" href="/">Trang chủ</a></div>']
    for href, label in trail:
        parts.append('<div><i class="fa fa-caret-right"></i></div>')
        if href:
            parts.append(
                f'<div typeof="v:Breadcrumb"><a href="{href}" rel="v:url" property="v:title">{tx(label)}</a></div>'
            )
        else:
            parts.append(f"<div><span>{tx(label)}</span></div>")
    return f'<div class="breadcrumb" xmlns:v="http://rdf.data-vocabulary.org/#">{"".join(parts)}</div>'


# --- the content (Classic Editor through wpautop) ----------------------------------------------


def _srcset(src: str) -> str:
    m = re.match(r"(.*)-(\d+)x(\d+)(\.jpg)$", src)
    if not m:
        return ""
    stem, w, h, ext = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    small = f"{stem}-300x{h * 300 // w}{ext}"
    return f' srcset="{src} {w}w, {small} 300w, {stem}{ext} 1600w" sizes="(max-width: {w}px) 100vw, {w}px"'


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)


def _img_tag(img: Img, att_id: int, size: str = "large") -> str:
    w, h = (1024, 683) if "683" in img.src else (1024, 768)
    alt = "" if img.caption is None else esc(img.caption)
    return (
        f'<img loading="lazy" class="size-{size} wp-image-{att_id}" src="{img.src}" alt="{alt}" '
        f'width="{w}" height="{h}"{_srcset(img.src)} />'
    )


def _p_open(style: str) -> str:
    return {
        "": '<p style="text-align: justify;">',
        "b": '<p style="text-align: justify;"><strong>',
        "mso": (
            '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; line-height: 150%;">'
            '<span lang="VI" style="font-size: 14.0pt; line-height: 150%; font-family: \'Times New Roman\','
            ' serif;">'
        ),
    }[style]


def _p_close(style: str) -> str:
    return {"": "</p>", "b": "</strong></p>", "mso": "<o:p></o:p></span></p>"}[style]


def render_content(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    att = s.id * 10
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            att += 1
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                items = []
                for k, g in enumerate(group):
                    items.append(
                        f"<dl class='gallery-item'>\n\t\t\t<dt class='gallery-icon landscape'>\n\t\t\t\t"
                        f"<a href='{_full(g.src)}'><img width=\"150\" height=\"150\" src=\"{g.src}\" "
                        f'class="attachment-thumbnail size-thumbnail" alt="" loading="lazy" '
                        f"aria-describedby=\"gallery-1-{att + k}\" /></a>\n\t\t\t</dt>\n\t\t\t\t"
                        f"<dd class='wp-caption-text gallery-caption' id='gallery-1-{att + k}'>\n\t\t\t\t"
                        f"{tx(g.printed or '')}\n\t\t\t\t</dd></dl>"
                    )
                    if k % 3 == 2:
                        items.append('<br style="clear: both" />')
                out.append(
                    "<style type='text/css'>#gallery-1 { margin: auto; } #gallery-1 .gallery-item "
                    "{ float: left; margin-top: 10px; text-align: center; width: 33%; }</style>\n"
                    f"<div id='gallery-1' class='gallery galleryid-{s.id} gallery-columns-3 "
                    f"gallery-size-thumbnail'>{''.join(items)}\n\t\t\t<br style='clear: both' />\n\t\t</div>"
                )
                att += len(group)
                continue
            if b.style == "wpcap":
                out.append(
                    f'<div id="attachment_{att}" style="width: 1034px" class="wp-caption aligncenter">'
                    f'<a href="{_full(b.src)}">'
                    + _img_tag(b, att).replace("<img ", f'<img aria-describedby="caption-attachment-{att}" ')
                    + f'</a><p id="caption-attachment-{att}" class="wp-caption-text">{tx(b.printed or "")}</p></div>'
                )
            elif b.style == "attach":
                out.append(
                    f'<p style="text-align: center;"><a href="{ATTACH_PATH}" rel="attachment wp-att-{att}">'
                    + _img_tag(b, att).replace('class="', 'class="aligncenter ')
                    + "</a></p>"
                )
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{tx(b.printed)}</em></p>')
            else:  # "file"
                out.append(
                    f'<p><a href="{_full(b.src)}">'
                    + _img_tag(b, att).replace('class="', 'class="aligncenter ')
                    + "</a></p>"
                )
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{tx(b.printed)}</em></p>')
            i += 1
            continue
        # a paragraph of text
        st = b.style
        if st in ("li", "ol"):
            tag = "ul" if st == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                items.append(f"<li>{tx(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if st in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{tx(c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{tx(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1" cellpadding="4"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        if st in ("h3", "h4"):
            out.append(f"<{st}><strong>{tx(b.text)}</strong></{st}>")
            i += 1
            continue
        if st == "quote":
            out.append(f"<blockquote><p><em>{tx(b.text)}</em></p></blockquote>")
            i += 1
            continue
        if st == "msoli":
            items = []
            n = 0
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "msoli":
                items.append(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 36.0pt; text-indent: -18.0pt;'
                    ' mso-list: l0 level1 lfo1;"><span lang="VI" style="font-size: 14.0pt; font-family: Symbol;">'
                    '<span style="mso-list: Ignore;">·<span style="font: 7.0pt \'Times New Roman\';">'
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
                    f'<span lang="VI" style="font-size: 14.0pt;">{tx(blocks[i].text)}<o:p></o:p></span></p>'
                )
                i += 1
                n += 1
            out.append("\n".join(items))
            continue
        # "", "b", "mso", possibly followed by "br" continuation lines
        lines = [tx(b.text)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(tx(blocks[i].text))
            i += 1
        close, opn = _p_close(st), _p_open(st)
        # a <br /> inside the bold run closes nothing: wpautop keeps it inline
        out.append(opn + "<br />\n".join(lines) + close)
    return "\n".join(out)


def _yarpp(s: Story) -> str:
    sibs = [o for o in STORIES if o is not s and set(cats_of(o)) & set(cats_of(s))][:3]
    if len(sibs) < 3:
        sibs += [o for o in STORIES if o is not s and o not in sibs][: 3 - len(sibs)]
    items = "".join(
        f"<a class='yarpp-thumbnail yarpp-thumbnail-default' rel='norewrite' href='{post_path(o)}' "
        f"title='{esc(o.title)}'>\n<img width=\"120\" height=\"120\" src=\"{thumb(o, 120)}\" "
        f'class="attachment-yarpp-thumbnail size-yarpp-thumbnail wp-post-image" alt="" loading="lazy" '
        f'data-pin-nopin="true" /><span class="yarpp-thumbnail-title">{tx(o.title)}</span></a>\n'
        for o in sibs
    )
    return (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-thumbnails'>\n"
        "<!-- YARPP Thumbnails -->\n<h3>Bài viết liên quan:</h3>\n"
        f'<div class="yarpp-thumbnails-horizontal">\n{items}</div>\n</div>'
    )


def _sharedaddy(s: Story) -> str:
    p = post_path(s)
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{s.id}" '
        f'class="share-facebook sd-button share-icon" href="{p}?share=facebook&#038;nb=1" target="_blank" '
        'title="Nhấn để chia sẻ lên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print '
        f'sd-button share-icon" href="{p}#print" target="_blank" title="Nhấn để in"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
    )


def _comments_html(s: Story, page: int | None) -> str:
    comments = s.opts.get("comments", [])
    if not comments:
        return (
            '<div id="commentsAdd"><div id="respond" class="box m-t-6"><h3 id="reply-title" class="comment-reply-title">'
            '<h4><span>Để lại bình luận</span></h4></h3><p class="nocomments">Bình luận đã đóng.</p></div></div>'
        )
    p = post_path(s)
    shown = comments
    nav = ""
    if s is PAGED:
        # newest page is the default: page 2 on the post URL, page 1 behind "Bình luận cũ hơn"
        pages = [comments[:-COMMENTS_PER_PAGE], comments[-COMMENTS_PER_PAGE:]]
        shown = pages[(page or 2) - 1]
        if (page or 2) == 2:
            nav = (
                f'<div class="navigation"><div class="alignleft"><a href="{p}/comment-page-1#comments" >'
                "&laquo; Bình luận cũ hơn</a></div><div class=\"alignright\"></div></div>"
            )
        else:
            nav = (
                '<div class="navigation"><div class="alignleft"></div><div class="alignright">'
                f'<a href="{p}#comments" >Bình luận mới hơn &raquo;</a></div></div>'
            )
    items = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}" '
        'style="position:relative;" itemscope itemtype="http://schema.org/UserComments">'
        f'<div class="comment-author vcard"><img alt="" src="/wp-content/themes/mts_schema/images/avatar.png" '
        f'class="avatar avatar-50 photo" height="50" width="50" loading="lazy" /><span class="fn" '
        f'itemprop="creator">{esc(name)}</span><span class="ago">{when}</span><span class="comment-meta">'
        f"<a rel='nofollow' class='comment-reply-link' href='{p}?replytocom={cid}#respond' "
        f"data-commentid=\"{cid}\" data-postid=\"{s.id}\" aria-label='Trả lời {esc(name)}'>Trả lời</a>"
        f'</span></div><div class="commentmetadata" itemprop="commentText"><p>{tx(body)}</p></div></div></li>'
        for cid, name, when, body in shown
    )
    return (
        f'<div id="comments"><h4 class="total-comments">{len(comments)} bình luận</h4>'
        f'<ol class="commentlist">{items}</ol>{nav}</div>'
        '<div id="commentsAdd"><div id="respond" class="box m-t-6"><h3 id="reply-title" class="comment-reply-title">'
        "<h4><span>Để lại bình luận</span></h4></h3>"
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="6" '
        'placeholder="Bình luận*"></textarea></p><p class="comment-form-author"><input id="author" '
        'name="author" type="text" placeholder="Họ tên*" value="" size="30" /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />'
        f"<input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' /></p></form></div></div>"
    )


def single(request: Request, s: Story, comment_page: int | None = None, replyto: bool = False) -> Response:
    base = base_url(request)
    p = post_path(s)
    cats = cats_of(s)
    title = tx(s.title)
    canonical = p if comment_page is None else f"{p}/comment-page-{comment_page}#comments"
    first_img = next((b.src for b in s.blocks if isinstance(b, Img)), f"{UP}/2021/03/logo-pgd-huong-thuy.png")
    first_text = next((b.text for b in s.blocks if isinstance(b, P)), s.title)
    desc = esc(typed(first_text)[:155])
    extra = (
        (("<meta name='robots' content='noindex, follow' />\n") if replyto else "")
        + f'<meta name="description" content="{desc}" />\n'
        + '<meta property="og:type" content="article" />\n'
        + f'<meta property="og:title" content="{esc(typed(s.title))}" />\n'
        + f'<meta property="og:url" content="{base}{p}" />\n'
        + f'<meta property="og:description" content="{desc}" />\n'
        + f'<meta property="og:site_name" content="{esc(SITE)}" />\n'
        + f'<meta property="og:image" content="{base}{first_img}" />\n'
        + f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
    )
    cat_links = ", ".join(f'<a href="/chuyen-muc/{c}" rel="category tag">{tx(CATS[c])}</a>' for c in cats)
    tags = s.opts.get("tags", [])
    tag_html = (
        '<div class="tags"><span class="tagtext">Thẻ:</span>'
        + ", ".join(f'<a href="/tag/{t}" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    ncom = len(s.opts.get("comments", []))
    classes = " ".join(
        ["g", "post", f"post-{s.id}", "type-post", "status-publish", "format-standard", "has-post-thumbnail", "hentry"]
        + [f"category-{c}" for c in cats]
        + [f"tag-{t}" for t in tags]
    )
    main = f"""<article class="article" itemscope itemtype="http://schema.org/BlogPosting">
 <div id="content_box">
  {_breadcrumb([(f"/chuyen-muc/{cats[0]}", CATS[cats[0]]), (None, s.title)])}
  <div id="post-{s.id}" class="{classes}">
   <div class="single_post">
    <header>
     <h1 class="title single-title entry-title" itemprop="headline">{title}</h1>
     <div class="post-info">
      <span class="theauthor"><i class="fa fa-user"></i> <span itemprop="author"><a href="/author/quantri" title="Đăng bởi quantri" rel="author">quantri</a></span></span>
      <span class="thetime date updated"><i class="fa fa-calendar"></i> <span itemprop="datePublished">{vi_date(shown_day(s))}</span></span>
      <span class="thecategory"><i class="fa fa-tags"></i> {cat_links}</span>
      <span class="thecomment"><i class="fa fa-comments"></i> <a href="{p}#comments" itemprop="interactionCount">{ncom} Bình luận</a></span>
     </div>
    </header>
    <div class="post-single-content box mark-links entry-content">
     <div class="topad"><a href="/chuyen-muc/thong-bao"><img src="{UP}/2026/08/banner-tuyen-sinh-lop-6-2027.png" alt="" width="728" height="90" /></a></div>
     <div class="thecontent">
{render_content(s)}
{_yarpp(s)}
{_sharedaddy(s)}
     </div>
     <div class="bottomad"></div>
     {tag_html}
    </div>
   </div>
   <div class="postauthor">
    <h4>Giới thiệu tác giả</h4>
    <img alt="" src="/wp-content/themes/mts_schema/images/avatar.png" class="avatar avatar-100 photo" height="100" width="100" loading="lazy" />
    <h5 class="vcard author"><a href="/author/quantri" class="fn">quantri</a></h5>
    <p>Ban biên tập Website Phòng Giáo dục và Đào tạo thị xã Hương Thủy.</p>
   </div>
  </div>
  {_comments_html(s, comment_page)}
 </div>
</article>"""
    page_title = f"{title} &#8211; {tx(SITE)}"
    return _page(
        request,
        page_title,
        f"post-template-default single single-post postid-{s.id} single-format-standard",
        main,
        canonical,
        extra,
    )


# --- listings ---------------------------------------------------------------------------------


def _excerpt(s: Story) -> str:
    words = " ".join(b.text for b in s.blocks if isinstance(b, P)).split()
    return tx(" ".join(words[:29])) + "&nbsp;&#8230;"


def _card(s: Story) -> str:
    p = post_path(s)
    cats = ", ".join(f'<a href="/chuyen-muc/{c}" rel="category tag">{tx(CATS[c])}</a>' for c in cats_of(s))
    return f"""<article class="latestPost excerpt">
 <a href="{p}" title="{esc(s.title)}" id="featured-thumbnail" class="post-image post-image-left"><div class="featured-thumbnail"><img width="150" height="150" src="{thumb(s, 150)}" class="attachment-schema-featured size-schema-featured wp-post-image" alt="" loading="lazy" title="" /></div></a>
 <header>
  <h2 class="title front-view-title"><a href="{p}" title="{esc(s.title)}">{tx(s.title)}</a></h2>
  <div class="post-info"><span class="thetime updated"><i class="fa fa-calendar"></i> <span>{vi_date(shown_day(s))}</span></span><span class="thecategory"><i class="fa fa-tags"></i> {cats}</span></div>
 </header>
 <div class="front-view-content">{_excerpt(s)}</div>
 <div class="readMore"><a href="{p}" title="{esc(s.title)}">Đọc tiếp</a></div>
</article>"""


def _pagenavi(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        if n == 1:
            return base or "/"
        return f"{base}/page/{n}"

    parts = [f"<span class='pages'>Trang {page} trên {pages}</span>"]
    if page > 1:
        parts.append(f'<a class="previouspostslink" rel="prev" aria-label="Trang trước" href="{href(page - 1)}">&laquo;</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f"<span aria-current='page' class='current'>{n}</span>")
        else:
            cls = "page larger" if n > page else "page smaller"
            parts.append(f'<a class="{cls}" title="Trang {n}" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="nextpostslink" rel="next" aria-label="Trang sau" href="{href(page + 1)}">&raquo;</a>')
        parts.append(f'<a class="last" aria-label="Last Page" href="{href(pages)}">Cuối &raquo;</a>')
    return "<div class='wp-pagenavi' role='navigation'>\n" + "".join(parts) + "\n</div>"


def listing(request: Request, posts: list[Story], page: int, base: str, heading: str | None, trail, body_class: str) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    head = f'<h1 class="postsby"><span>{heading}</span></h1>' if heading else ""
    crumbs = _breadcrumb(trail) if trail else ""
    cards = "\n".join(_card(s) for s in chunk)
    main = f"""<div class="article">
 <div id="content_box">
  {crumbs}
  {head}
{cards}
  <!--Start Pagination-->
  {_pagenavi(base, page, pages)}
  <!--End Pagination-->
 </div>
</div>"""
    canonical = (base or "/") if page == 1 else f"{base}/page/{page}"
    title_page = f" &#8211; Trang {page}" if page > 1 else ""
    title = (heading and re.sub(r"<[^>]+>", "", heading) + title_page + " &#8211; " + tx(SITE)) or (
        tx(SITE) + title_page + " &#8211; Cổng thông tin điện tử ngành Giáo dục thị xã Hương Thủy"
    )
    return _page(request, title, body_class, main, canonical)


# --- pages ------------------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Phòng Giáo dục và Đào tạo thị xã Hương Thủy là cơ quan chuyên môn thuộc UBND thị xã, "
            "tham mưu, giúp UBND thị xã quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Toàn thị xã hiện có 15 trường mầm non, 17 trường tiểu học và 10 trường THCS với hơn "
            "21.000 học sinh.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Lê Văn Hùng.",
            "Phó Trưởng phòng: Nguyễn Thị Thanh Hương; Hoàng Đức Minh.",
            "Các bộ phận: Mầm non; Tiểu học; THCS; Tổ chức cán bộ; Kế hoạch - Tài chính; Văn phòng.",
        ],
    ),
    "lich-tiep-cong-dan": (
        "Lịch tiếp công dân",
        [
            "Lãnh đạo Phòng GD&ĐT tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở Phòng.",
            "Trường hợp ngày tiếp trùng ngày nghỉ lễ, Phòng sẽ thông báo lịch tiếp bù.",
        ],
    ),
    "van-ban": ("Văn bản", []),
    "lien-he": (
        "Liên hệ",
        [
            "Phòng Giáo dục và Đào tạo thị xã Hương Thủy",
            "Địa chỉ: 1160 Nguyễn Tất Thành, phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế.",
            "Điện thoại: 0234.3861.347 – Email: pgdhuongthuy@thuathienhue.edu.vn",
        ],
    ),
}
PAGE_IDS = {"gioi-thieu": 12, "co-cau-to-chuc": 14, "lich-tiep-cong-dan": 16, "van-ban": 18, "lien-he": 20}

DOCS = [
    ("512-TB-PGDDT.pdf", "Thông báo số 512/TB-PGDĐT về Hội thi giáo viên dạy giỏi cấp thị xã bậc THCS", "26/11/2026"),
    ("1450-KH-PGDDT.pdf", "Kế hoạch số 1450/KH-PGDĐT thực hiện nhiệm vụ năm học 2026-2027", "15/09/2026"),
    ("1388-CV-PGDDT.pdf", "Công văn số 1388/PGDĐT-THCS hướng dẫn kiểm tra đánh giá", "02/09/2026"),
]


def static_page(request: Request, slug: str) -> Response:
    title, paras = PAGES[slug]
    body = "\n".join(f"<p>{tx(t)}</p>" for t in paras)
    if slug == "van-ban":
        rows = "\n".join(
            f'<tr><td>{tx(d)}</td><td>{tx(t)}</td><td><a href="{UP}/{"2026/11" if "512" in f else "2026/09"}/{f}">Tải về</a></td></tr>'
            for f, t, d in DOCS
        )
        body = (
            '<table class="tablepress" style="width: 100%;" border="1"><thead><tr><th>Ngày ban hành</th>'
            f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    if slug == "lien-he":
        body += (
            '<div role="form" class="wpcf7" id="wpcf7-f31-p20-o1" lang="vi" dir="ltr"><form action="/lien-he#wpcf7-f31-p20-o1" '
            'method="post" class="wpcf7-form init" novalidate="novalidate"><p><label> Họ tên<br /><input type="text" '
            'name="your-name" value="" size="40" /></label></p><p><label> Nội dung<br /><textarea name="your-message" '
            'cols="40" rows="10"></textarea></label></p><p><input type="submit" value="Gửi" class="wpcf7-form-control '
            'wpcf7-submit" /></p></form></div>'
        )
    pid = PAGE_IDS[slug]
    main = f"""<article class="article">
 <div id="content_box">
  {_breadcrumb([(None, title)])}
  <div id="post-{pid}" class="g post post-{pid} type-page status-publish hentry">
   <div class="single_post">
    <header><h1 class="title entry-title">{tx(title)}</h1></header>
    <div class="post-content box mark-links entry-content">
{body}
    </div>
   </div>
  </div>
 </div>
</article>"""
    return _page(request, f"{tx(title)} &#8211; {tx(SITE)}", f"page-template-default page page-id-{pid}", main, f"/{slug}")


def attachment_page(request: Request) -> Response:
    src = f"{UP}/2026/12/DSC_0412-300x200.jpg"
    main = f"""<article class="article">
 <div id="content_box">
  {_breadcrumb([(post_path(S2), S2.title), (None, "DSC_0412")])}
  <div id="post-{S2.id * 10 + 1}" class="g post post-{S2.id * 10 + 1} attachment type-attachment status-inherit hentry">
   <div class="single_post">
    <header>
     <h1 class="title single-title entry-title">DSC_0412</h1>
     <div class="post-info"><span class="theauthor"><i class="fa fa-user"></i> <span><a href="/author/quantri" rel="author">quantri</a></span></span>
      <span class="thetime date updated"><i class="fa fa-calendar"></i> <span>1 Tháng Mười Hai, 2026</span></span></div>
    </header>
    <div class="post-single-content box mark-links entry-content"><div class="thecontent">
     <p class="attachment"><a href="{UP}/2026/12/DSC_0412.jpg"><img width="300" height="200" src="{src}" class="attachment-medium size-medium" alt="Học sinh Trường TH Thủy Dương tham gia Ngày hội đọc sách" loading="lazy" /></a></p>
     <p>Học sinh Trường TH Thủy Dương tham gia Ngày hội đọc sách</p>
    </div></div>
   </div>
  </div>
  {_comments_html(S10, None)}
 </div>
</article>"""
    return _page(
        request,
        "DSC_0412 &#8211; " + tx(SITE),
        f"attachment attachment-template-default single single-attachment postid-{S2.id * 10 + 1}",
        main,
        ATTACH_PATH,
        "<meta name='robots' content='noindex, follow' />\n",
    )


def search_page(request: Request, q: str) -> Response:
    words = q.lower().split()
    found = [s for s in STORIES if words and all(w in s.title.lower() for w in words)]
    heading = f"Kết quả tìm kiếm cho: {esc(q)}"
    if not found:
        main = (
            f'<div class="article"><div id="content_box"><h1 class="postsby"><span>{heading}</span></h1>'
            '<div class="no-results"><p><strong>Không tìm thấy bài viết nào.</strong></p></div></div></div>'
        )
        return _page(request, f"{heading} &#8211; {tx(SITE)}", "search search-no-results", main, None)
    resp = listing(request, found, 1, "", heading, None, "search search-results")
    return resp or html("", status=404)


# --- the site ---------------------------------------------------------------------------------

_LIST_RE = re.compile(r"^(?P<base>/chuyen-muc/[a-z0-9-]+|/tag/[a-z0-9-]+|/author/quantri|)(?:/page/(?P<n>\d+))?$")
_POST_RE = re.compile(r"^/(?P<slug>[a-z0-9-]+)\.html(?P<rest>/[^?]*)?$")


class WpMtsSchemaSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/favicon.ico":
            return static_file(path)
        params = request.params
        if path == "/" and "s" in params:
            return search_page(request, params["s"])
        if path == "/" and "p" in params:
            s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(post_path(s), 301) if s else None
        m = _POST_RE.match(path)
        if m:
            return self._post(request, m.group("slug"), m.group("rest") or "")
        if path != "/" and path.endswith("/"):
            trimmed = path.rstrip("/")
            if _LIST_RE.match(trimmed) or trimmed.lstrip("/") in PAGES:
                return redirect(trimmed, 301)
            return None
        if request.query and path != "/":
            return None
        m = _LIST_RE.match("" if path == "/" else path)
        if m:
            return self._list(request, m.group("base"), m.group("n"))
        slug = path.lstrip("/")
        if slug in PAGES:
            return static_page(request, slug)
        return None

    def _post(self, request: Request, slug: str, rest: str) -> Response | None:
        s = BY_SLUG.get(slug)
        if s is None:
            return None
        params = request.params
        if rest:
            if s is S2 and rest == "/dsc_0412" and not request.query:
                return attachment_page(request)
            cm = re.fullmatch(r"/comment-page-(\d+)", rest)
            if cm and s is PAGED and not request.query:
                n = int(cm.group(1))
                if n == 1:
                    return single(request, s, comment_page=1)
                if n == 2:
                    return redirect(post_path(s), 301)
            return None
        if not request.query:
            return single(request, s)
        if set(params) == {"share", "nb"} and params["share"] == "facebook":
            target = base_url(request) + post_path(s)
            return redirect(
                "https://www.facebook.com/sharer.php?u=" + quote(target, safe="") + "&t=" + quote(typed(s.title)), 302
            )
        if set(params) == {"replytocom"}:
            ids = [c[0] for c in s.opts.get("comments", [])]
            if params["replytocom"].isdigit() and int(params["replytocom"]) in ids:
                return single(request, s, replyto=True)
        return None

    def _list(self, request: Request, base: str, n: str | None) -> Response | None:
        page = int(n) if n else 1
        if n is not None and page == 1:
            return redirect(base or "/", 301)
        if base == "":
            return listing(request, STORIES, page, "", None, None, "home blog" + (" paged" if page > 1 else ""))
        kind, _, slug = base.strip("/").partition("/")
        if kind == "chuyen-muc":
            if slug not in CATS:
                return None
            posts = [s for s in STORIES if slug in cats_of(s)]
            heading = f"<span>Chuyên mục: </span>{tx(CATS[slug])}"
            return listing(request, posts, page, base, heading, [(None, CATS[slug])], f"archive category category-{slug}")
        if kind == "tag":
            if slug not in TAGS:
                return None
            posts = [s for s in STORIES if slug in s.opts.get("tags", [])]
            heading = f"<span>Thẻ: </span>{esc(TAGS[slug])}"
            return listing(request, posts, page, base, heading, [(None, TAGS[slug])], f"archive tag tag-{slug}")
        if kind == "author":
            heading = "<span>Tác giả: </span>quantri"
            return listing(request, STORIES, page, base, heading, None, "archive author author-quantri")
        return None


def build_site() -> WpMtsSchemaSite:
    return WpMtsSchemaSite()


def _alts(s: Story) -> list[str]:
    """Other URLs serving the same article: paged comments (Trap 7) and reply links (Trap 8)."""
    p = post_path(s)
    alts = [f"{p}/comment-page-1"] if s is PAGED else []
    return alts + [f"{p}?replytocom={c[0]}" for c in s.opts.get("comments", [])]


GOLD = [gold_record(s, post_path(s), CATS[cats_of(s)[0]], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lich-tiep-cong-dan",
    "/van-ban",
    "/lien-he",
    ATTACH_PATH,
]
