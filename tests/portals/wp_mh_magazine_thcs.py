"""Trường THCS Trần Phú (thành phố Phủ Lý, tỉnh Hà Nam): WordPress 6, MH Magazine lite, Yoast SEO.

Platform
    WordPress 6.6 with the MH Magazine lite theme (child theme "mh-tranphu"), Yoast SEO (head meta,
    JSON-LD graph, breadcrumbs), "Yet Another Related Posts Plugin" (thumbnail template, appended
    to the post's content), WP-Print (print views) and WP-Polls; widgets in the sidebar, in MH's
    "mh-posts-1" area (between a post's header and its text) and in four footer columns.

URL scheme
    ``/<yyyy>/<mm>/<slug>/``               a post (the permalink, Yoast's canonical)
    ``/?p=<id>``                           the shortlink (``<link rel='shortlink'>``): the same post,
                                           served 200 (redirect_canonical is off on this host)
    ``/<slug>/print/``                     WP-Print's print view of a post
    ``/category/<slug>/``                  a category, 5 posts a page;
    ``/category/<slug>/page/<N>/``         its page N (page 1 written so answers 301 to the base)
    ``/tag/<slug>/``                       a tag archive
    ``/author/quantri/`` (``page/<N>/``)   the author archive of the one CMS account
    ``/<page-slug>/``                      static pages (giới thiệu, liên hệ, đội ngũ, thư viện ảnh)
    ``/?s=<q>``                            search

Page templates
    * home: MH front-page widgets: a three-post "slider" block, one "mh_custom_posts" block per
      category, the sidebar; no pagination;
    * archive (category/tag/author): ``article.mh-loop-item`` rows (thumbnail link, title link,
      date, comment-count link ``#mh-comments``, excerpt ending in an ``[...]`` link), then
      ``div.mh-loop-pagination`` with ``page-numbers`` links;
    * post: Yoast breadcrumb ``p#breadcrumbs``; ``article.post`` with ``h1.entry-title``,
      ``p.mh-meta.entry-meta`` (date, account, categories, comments), the ``mh-posts-1`` widget,
      ``div.entry-content`` (MH's featured ``figure.entry-thumbnail`` first, then the text, then
      the YARPP block), ``div.entry-tags``, the ``mh-posts-2`` widget, the comment list;
    * print view: WP-Print's ``#BlogTitle`` / ``#BlogDate`` / ``#BlogContent`` page (noindex);
    * static page: ``article.page`` with ``h1.entry-title`` and text, no date.

How each gold article is reached
    The home page links the 9 newest (slider, category blocks, "Bài viết mới"); the two oldest
    "Tin tức" posts (ids 2101, 2108) are linked only from ``/category/tin-tuc/page/2/`` (and page 3
    of the author archive); 2130 and 2115 from page 1 of their categories. There is no previous /
    next post navigation (the child theme removes MH's ``mh-post-nav``); YARPP lists never link
    2101 or 2108 (2115 is also in the YARPP list of 2161). Print views are linked only from the
    two posts with a ``[print_link]``; every print view and ``/?p=<id>`` is still served.

Traps
    1. Yoast prints the publication time only in its head meta and JSON-LD, in UTC
       (``article:published_time`` ``2026-11-09T22:50:00+00:00``): for posts made before 07:00 the
       UTC day is the day before the day the page prints. Gold: the local time with +07:00
       ("2026-11-10T05:50:00+07:00"); ``article:modified_time`` / ``dateModified`` (later) is
       never the publication date.
    2. The visible date is the site's ``date_format`` "d F, Y" in Vietnamese month words
       ("10 Tháng Mười Một, 2026"), not digits; the header bar prints today "Thứ Bảy, 05/12/2026",
       and comment and sidebar dates sit in the same page. Gold: as trap 1.
    3. MH's featured image is printed inside ``div.entry-content`` as ``figure.entry-thumbnail``
       whose ``<img title>`` is the attachment's title: often a camera/Zalo file name
       ("z6021458874123_9f1c2e"). Gold: the photo is the article's first image; its caption is
       the ``figcaption`` when there is one, else None (never the title attribute).
    4. Classic-editor captions: the theme declares no HTML5 caption support, so ``[caption]``
       prints ``div.wp-caption`` with the caption in a ``<p class="wp-caption-text">`` — a ``<p>``
       among the text paragraphs. Gold: the line is the image's caption, not body.
    5. ``[gallery]`` without HTML5 support prints ``dl.gallery-item`` / ``dt.gallery-icon`` /
       ``dd.gallery-caption``: thumbnails (``-150x150``) linked to the full files, captions in
       ``<dd>``, some items without one, ``<br style="clear: both">`` between rows. Gold: each
       thumbnail as printed (its ``src``) in order, the ``dd`` text its caption, None where absent;
       the ``dd`` lines are not body.
    6. YARPP appends "Bài viết liên quan:" with thumbnails and titles of other posts INSIDE
       ``div.entry-content`` after the byline. Gold: not body, its images are not the article's.
    7. WP-Print's ``[print_link]`` is the first ``<p class="print-link">`` of some posts' content
       ("In bài viết" linking ``/<slug>/print/``), so the text's first ``<p>`` is a tool link; the
       print view itself is the same article (gold ``alt_paths``), printing its date with a time
       ("@ 5:50 sáng") and its links again under "URL bài viết". Gold: the print link is no text;
       the bold lead after it is the sapo.
    8. MH's ``mh-posts-1`` widget area puts a text widget (an admission notice, with its own
       ``<p>``s) INSIDE ``<article>`` between the header and ``div.entry-content``; ``mh-posts-2``
       puts another after the tags. Gold: neither is body.
    9. wptexturize: the ``h1`` prints “curly quotes” and " – " as ``&#8220;``/``&#8211;``
       references, while ``<title>``, ``og:title`` and the JSON-LD headline carry Yoast's SEO
       title with straight quotes and a " | Trường THCS Trần Phú" suffix (one post has a custom,
       shorter SEO title). Gold: the ``h1`` as printed, curly quotes and en dashes kept.
   10. One post is filed under two categories: ``entry-meta-categories`` lists them
       alphabetically ("Hoạt động chuyên môn, Tin tức") while Yoast's primary category — the one
       the breadcrumb prints — is "Tin tức". Gold: the breadcrumb's category.
   11. The same post is linked several times: archive thumbnail, title and ``[...]`` excerpt
       links, the ``#mh-comments`` count link, the shortlink ``/?p=<id>`` (served 200 with the
       canonical of the permalink) and the print view. Gold: one record per post, the shortlink
       and print view in ``alt_paths``.
   12. The entry meta's author is the CMS account "quantri" (also Yoast's ``twitter:data1`` and
       JSON-LD author); the real byline is a right-aligned closing line ("Tin, ảnh: …", "Tin: … -
       Ảnh: …", a unit, or a name followed by its post). Gold: authors/photographers from the
       closing line, never "quantri".
   13. Comments (closed, no reply links) print "mh-comment-body" paragraphs and their own dates
       after the article. Gold: not body.
   14. A notice printed as an official document (letterhead table, "THÔNG BÁO / Về việc …", "Nơi
       nhận" and signer table) posted on 01/12 for a letterhead dated 30/11. Gold: date
       "2026-11-30", signer the author, letterhead/closing not body.
   15. Static pages get Yoast's ``og:type`` "article" and ``article:modified_time`` like posts,
       with long text: they are in NON_ARTICLES.

Gold decisions on ambiguous points
    * ``published_at`` takes the time from Yoast's UTC meta (converted to +07:00): the page
      states it, machine-readably, and the visible day agrees with it in local time; the notice
      takes its letterhead day (house convention).
    * Gallery images are gold as their printed thumbnails (``-150x150``), not the linked files.
    * The featured ``figure.entry-thumbnail`` is the article's first image (it is inside the
      content element and is the lead photo); its figcaption is a caption.
    * A table row is one paragraph, cells joined by " | "; a heading or list item is a paragraph.
    * "Xem thêm: <link>" lines are no text; the right-aligned byline/source lines are no text.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_mh_magazine_thcs"
PLATFORM = "WordPress 6 + MH Magazine lite + Yoast SEO + YARPP + WP-Print"
START_PATH = "/"

SITE = "Trường THCS Trần Phú"
TODAY_BAR = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
UP = "/wp-content/uploads"

CATS = {
    "tin-tuc": "Tin tức",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội",
    "thong-bao": "Thông báo",
}
TAGS = {
    "hoi-thi": "Hội thi",
    "nha-giao-viet-nam": "Nhà giáo Việt Nam",
    "an-toan-truong-hoc": "An toàn trường học",
}
MONTHS = {10: "Tháng Mười", 11: "Tháng Mười Một", 12: "Tháng Mười Hai"}

_TEXTURE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "‘": "&#8216;", "’": "&#8217;", "…": "&#8230;"}


def tx(value: str) -> str:
    """Escape, then write wptexturize's characters as the numeric references it prints."""
    out = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    for ch, ref in _TEXTURE.items():
        out = out.replace(ch, ref)
    return out


def _plain(value: str) -> str:
    """Yoast's SEO title form: straight quotes and hyphens, as typed."""
    return value.replace("“", '"').replace("”", '"').replace("–", "-")


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --------------------------------------------------------------------------------------------
# The 13 posts
# --------------------------------------------------------------------------------------------

S_A = Story(
    2101,
    "hoi-nghi-can-bo-vien-chuc-nam-hoc-2026-2027",
    "Hội nghị cán bộ, viên chức năm học 2026 – 2027",
    "tin-tuc",
    "2026-10-08T07:40:00+07:00",
    [
        Img(f"{UP}/2026/10/hoi-nghi-cbvc-678x381.jpg", "Quang cảnh Hội nghị cán bộ, viên chức",
            "Quang cảnh Hội nghị cán bộ, viên chức", style="thumb"),
        P("Sáng ngày 07/10/2026, Trường THCS Trần Phú long trọng tổ chức Hội nghị cán bộ, viên chức "
          "năm học 2026 – 2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên nhà trường."),
        P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, trong đó nhà trường có 96,8% học sinh "
          "xếp loại học lực khá, giỏi; 42 học sinh đạt giải trong kỳ thi học sinh giỏi cấp thành phố."),
        P("Các đại biểu đã thảo luận, đóng góp ý kiến vào Quy chế chi tiêu nội bộ, Quy chế dân chủ "
          "ở cơ sở và kế hoạch thực hiện nhiệm vụ năm học mới."),
        P("Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành."),
        _right("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"dt": "2026-10-08T07:40", "mod": "2026-10-09T10:02", "related": [2156, 2172]},
)

S_B = Story(
    2108,
    "tuyen-truyen-phong-chong-duoi-nuoc-cho-hoc-sinh",
    "Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
    "tin-tuc",
    "2026-10-15T06:10:00+07:00",
    [
        Raw('<p class="print-link"><a href="{print}" title="In bài viết" rel="nofollow">'
            '<img class="WP-PrintIcon" src="/wp-content/plugins/wp-print/images/print.gif" alt="In bài viết" '
            'title="In bài viết" style="border: 0px;" /></a>&nbsp;<a href="{print}" title="In bài viết" '
            'rel="nofollow">In bài viết</a></p>'),
        P("Nhằm nâng cao nhận thức và kỹ năng phòng, chống đuối nước cho học sinh, chiều 14/10/2026 "
          "Trường THCS Trần Phú phối hợp với Công an phường Lê Hồng Phong tổ chức buổi tuyên truyền "
          "dưới cờ.", "lead"),
        Img(f"{UP}/2026/10/tuyen-truyen-duoi-nuoc-1.jpg",
            "Đồng chí Đại úy Nguyễn Hữu Thắng tuyên truyền cho học sinh",
            "Đồng chí Đại úy Nguyễn Hữu Thắng tuyên truyền cho học sinh", style="wpcap"),
        P("Tại buổi tuyên truyền, các em được nghe phân tích nguyên nhân dẫn đến tai nạn đuối nước, "
          "những địa điểm nguy hiểm như ao hồ, sông Đáy, sông Châu và các hố công trình."),
        P("Các em cũng được hướng dẫn cách sơ cứu ban đầu khi gặp người bị đuối nước."),
        Img(f"{UP}/2026/10/tuyen-truyen-duoi-nuoc-2.jpg",
            "Học sinh thực hành sơ cứu", "Học sinh thực hành sơ cứu", style="wpcap"),
        P("Kết thúc buổi tuyên truyền, nhà trường tặng 20 chiếc phao cứu sinh cho Chi đội 8A và 8B."),
        _right("<strong><em>Tin, ảnh: Trần Văn Hùng</em></strong>"),
    ],
    authors=["Trần Văn Hùng"],
    photographers=["Trần Văn Hùng"],
    summary=("Nhằm nâng cao nhận thức và kỹ năng phòng, chống đuối nước cho học sinh, chiều 14/10/2026 "
             "Trường THCS Trần Phú phối hợp với Công an phường Lê Hồng Phong tổ chức buổi tuyên truyền "
             "dưới cờ."),
    opts={"dt": "2026-10-15T06:10", "mod": "2026-10-15T06:10", "related": [2179, 2143]},
)

S_C = Story(
    2115,
    "chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-8",
    "Chuyên đề “Dạy học phát triển năng lực” môn Ngữ văn 8",
    "hoat-dong-chuyen-mon",
    "2026-10-20T15:30:00+07:00",
    [
        P("Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 19/10/2026 tổ Ngữ văn "
          "tổ chức chuyên đề “Dạy học phát triển năng lực” qua bài “Lặng lẽ Sa Pa”."),
        P("Mục tiêu của chuyên đề", "h"),
        P("Giúp giáo viên thống nhất cách tổ chức hoạt động đọc hiểu văn bản truyện.", "li"),
        P("Rèn kỹ năng đặt câu hỏi mở, khuyến khích học sinh trình bày ý kiến.", "li"),
        P("Chia sẻ kinh nghiệm sử dụng phiếu học tập và sơ đồ tư duy.", "li"),
        Img(f"{UP}/2026/10/chuyen-de-ngu-van-8-1024x683.jpg",
            "Tiết dạy minh họa của cô Vũ Thị Ngọc tại lớp 8C", "Tiết dạy minh họa của cô Vũ Thị Ngọc tại lớp 8C",
            style="block"),
        P("Kết quả", "h"),
        P("Tiết dạy minh họa được các đồng nghiệp đánh giá cao; học sinh chủ động, hào hứng. Các ý kiến "
          "thảo luận tập trung vào việc phân bố thời gian giữa các hoạt động."),
        _right("<strong>ThS. Nguyễn Thị Thu Hà</strong> – Tổ trưởng tổ Ngữ văn"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"dt": "2026-10-20T15:30", "mod": "2026-10-21T08:00", "related": [2161, 2137]},
)

S_D = Story(
    2122,
    "lien-doi-ra-quan-ke-hoach-nho",
    "Liên đội THCS Trần Phú ra quân “Kế hoạch nhỏ” thu gom giấy vụn",
    "cong-tac-doi",
    "2026-10-26T09:00:00+07:00",
    [
        P("Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 – 2027, sáng 24/10 Liên đội THCS Trần Phú "
          "đã tổ chức ra quân thu gom giấy vụn, vỏ lon và chai nhựa."),
        Img(f"{UP}/2026/10/ke-hoach-nho-1.jpg", "(Các chi đội tập kết giấy vụn tại sân trường)",
            "Các chi đội tập kết giấy vụn tại sân trường", style="plain"),
        P("Sau một buổi sáng, toàn liên đội thu được hơn 1,2 tấn giấy vụn và 150 kg vỏ lon, chai nhựa."),
        Img(f"{UP}/2026/10/ke-hoach-nho-2.jpg", "Ảnh: Lê Minh Đức", None, style="plain"),
        P("Toàn bộ số tiền thu được sẽ dùng để mua sách vở tặng học sinh có hoàn cảnh khó khăn."),
        _right("<em>Bài: Đỗ Thị Mai – Ảnh: Lê Minh Đức</em>"),
    ],
    authors=["Đỗ Thị Mai"],
    photographers=["Lê Minh Đức"],
    opts={"dt": "2026-10-26T09:00", "mod": "2026-10-26T09:00", "related": [2150, 2156]},
)

S_E = Story(
    2130,
    "hoc-sinh-khoi-9-tham-quan-den-tran-thuong",
    "Học sinh khối 9 tham quan, trải nghiệm tại Khu di tích Đền Trần Thương",
    "tin-tuc",
    "2026-11-02T08:20:00+07:00",
    [
        Img(f"{UP}/2026/11/z6021458874123_9f1c2e-678x381.jpg", None, None, style="thumb"),
        P("Ngày 31/10/2026, hơn 200 học sinh khối 9 đã có chuyến tham quan, trải nghiệm tại Khu di tích "
          "lịch sử Đền Trần Thương, xã Nhân Đạo, tỉnh Hà Nam.", "more"),
        P("Tại đây, các em được nghe thuyết minh về thân thế, sự nghiệp của Hưng Đạo Đại vương Trần Quốc "
          "Tuấn và lễ hội phát lương “Lộc Thánh” rằm tháng Giêng."),
        P("Chuyến đi giúp các em hiểu sâu hơn các bài học lịch sử và giáo dục địa phương."),
        Raw('<p><strong>Xem thêm:</strong> <a href="{rel:2150}">Hội thi “Em yêu lịch sử Việt Nam” cấp trường</a></p>'),
        _right("<strong>Phạm Quốc Toản</strong>"),
    ],
    authors=["Phạm Quốc Toản"],
    opts={
        "dt": "2026-11-02T08:20", "mod": "2026-11-03T21:14", "related": [2150, 2156],
        "thumb_title": "z6021458874123_9f1c2e",
        "comments": [
            ("Phụ huynh lớp 9B", "02 Tháng Mười Một, 2026 lúc 20:41",
             "Cảm ơn nhà trường đã tổ chức chuyến đi rất ý nghĩa cho các con."),
            ("Nguyễn Hoàng Nam", "03 Tháng Mười Một, 2026 lúc 07:12",
             "Em mong năm sau được đi tiếp Khu di tích Tam Chúc ạ."),
        ],
    },
)

S_F = Story(
    2137,
    "thao-giang-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "Thao giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "hoat-dong-chuyen-mon",
    "2026-11-06T14:00:00+07:00",
    [
        P("Từ ngày 02/11 đến 06/11/2026, các tổ chuyên môn đã tổ chức đợt thao giảng chào mừng kỷ niệm "
          "44 năm Ngày Nhà giáo Việt Nam."),
        P("Tổ Khoa học tự nhiên có 6 tiết dạy, tổ Khoa học xã hội có 5 tiết dạy.", "br"),
        P("Tổng số tiết xếp loại Tốt là 10/11 tiết, đạt 90,9%."),
        P("Nhiều tiết dạy ứng dụng hiệu quả công nghệ thông tin và phòng học bộ môn."),
        _right("<strong>Tổ Khoa học tự nhiên</strong>"),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    opts={"dt": "2026-11-06T14:00", "mod": "2026-11-06T14:00", "related": [2161, 2156],
          "tags": ["nha-giao-viet-nam"]},
)

S_G = Story(
    2143,
    "doan-cong-tac-phong-gddt-kiem-tra-noi-bo",
    "Đoàn công tác Phòng GD&ĐT Phủ Lý kiểm tra nội bộ tại trường",
    "tin-tuc",
    "2026-11-10T05:50:00+07:00",
    [
        P("Trong hai ngày 08 và 09/11/2026, đoàn công tác Phòng Giáo dục và Đào tạo thành phố Phủ Lý do "
          "đồng chí Trưởng phòng làm trưởng đoàn đã kiểm tra công tác quản lý, dạy học tại nhà trường."),
        Img(f"{UP}/2026/11/kiem-tra-noi-bo-1024x576.jpg", "Đoàn công tác dự giờ tại lớp 7A",
            "Đoàn công tác dự giờ tại lớp 7A", style="block"),
        P("Đoàn đã dự 12 tiết dạy, kiểm tra hồ sơ chuyên môn của 15 giáo viên và hồ sơ quản lý của "
          "Ban giám hiệu."),
        P("Theo kết luận của đoàn, nhà trường thực hiện nghiêm túc chương trình giáo dục phổ thông 2018, "
          "hồ sơ sổ sách đầy đủ, khoa học."),
        _right("<em>Nguồn: Phòng GD&amp;ĐT thành phố Phủ Lý</em>"),
    ],
    source="Phòng GD&ĐT thành phố Phủ Lý",
    opts={"dt": "2026-11-10T05:50", "mod": "2026-11-12T16:30", "related": [2161, 2137],
          "cats": ["tin-tuc", "hoat-dong-chuyen-mon"],
          "seo": "Kiểm tra nội bộ tại THCS Trần Phú"},
)

S_H = Story(
    2150,
    "hoi-thi-em-yeu-lich-su-viet-nam-cap-truong",
    "Hội thi “Em yêu lịch sử Việt Nam” cấp trường",
    "cong-tac-doi",
    "2026-11-14T16:45:00+07:00",
    [
        P("Chiều 13/11/2026, Liên đội THCS Trần Phú tổ chức Hội thi “Em yêu lịch sử Việt Nam” với sự "
          "tham gia của 12 đội chơi đến từ các chi đội khối 6 và 7."),
        P("Hội thi gồm ba phần: Khởi động, Vượt chướng ngại vật và Về đích."),
        Img(f"{UP}/2026/11/em-yeu-lich-su-1-150x150.jpg", "Phần thi Khởi động", "Phần thi Khởi động",
            style="gallery"),
        Img(f"{UP}/2026/11/em-yeu-lich-su-2-150x150.jpg", None, None, style="gallery"),
        Img(f"{UP}/2026/11/em-yeu-lich-su-3-150x150.jpg", "Chi đội 7B giành giải Nhất",
            "Chi đội 7B giành giải Nhất", style="gallery"),
        P("Kết quả: giải Nhất thuộc về Chi đội 7B, giải Nhì Chi đội 6A, giải Ba Chi đội 6D và 7C."),
        _right("<strong>Đỗ Thị Mai</strong> – TPT Đội"),
    ],
    authors=["Đỗ Thị Mai"],
    opts={"dt": "2026-11-14T16:45", "mod": "2026-11-14T16:45", "related": [2156, 2137],
          "tags": ["hoi-thi"], "gallery_id": 1},
)

S_I = Story(
    2156,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    "tin-tuc",
    "2026-11-20T10:15:00+07:00",
    [
        Img(f"{UP}/2026/11/le-20-11-678x381.jpg", "Ban Giám hiệu tặng hoa các thầy cô giáo hưu trí",
            "Ban Giám hiệu tặng hoa các thầy cô giáo hưu trí", style="thumb"),
        P("Sáng 20/11/2026, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."),
        P("Phát biểu tại buổi lễ, cô Hiệu trưởng Phạm Thị Lan nhấn mạnh:"),
        P("“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh noi theo.”",
          "quote"),
        P("Nhân dịp này, nhà trường khen thưởng 14 giáo viên có thành tích xuất sắc trong đợt thao giảng."),
        Img(f"{UP}/2026/11/le-20-11-van-nghe-150x150.jpg", "Tiết mục văn nghệ của học sinh lớp 9A",
            "Tiết mục văn nghệ của học sinh lớp 9A", style="gallery"),
        Img(f"{UP}/2026/11/le-20-11-khen-thuong-150x150.jpg", "Khen thưởng giáo viên", "Khen thưởng giáo viên",
            style="gallery"),
        _right("<em>Tin: Nguyễn Văn Bình – Ảnh: Trần Văn Hùng</em>"),
    ],
    authors=["Nguyễn Văn Bình"],
    photographers=["Trần Văn Hùng"],
    opts={
        "dt": "2026-11-20T10:15", "mod": "2026-11-21T09:00", "related": [2137, 2161, 2172],
        "tags": ["nha-giao-viet-nam"], "gallery_id": 1, "thumb_title": "IMG_20261120_083512",
        "comments": [
            ("Cựu học sinh K2015", "20 Tháng Mười Một, 2026 lúc 12:03",
             "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
        ],
    },
)

S_J = Story(
    2161,
    "ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong",
    "Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
    "hoat-dong-chuyen-mon",
    "2026-11-24T20:30:00+07:00",
    [
        P("Sau ba tuần thi, Ban tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027 công bố "
          "kết quả như sau:"),
        P("TT | Họ và tên | Môn | Xếp loại", "row"),
        P("1 | Vũ Thị Ngọc | Ngữ văn | Giỏi", "row"),
        P("2 | Hoàng Văn Kiên | Toán | Giỏi", "row"),
        P("3 | Lê Thị Hạnh | Khoa học tự nhiên | Giỏi", "row"),
        P("4 | Trịnh Minh Quân | Tiếng Anh | Khá", "row"),
        P("Nhà trường chọn 3 giáo viên xếp loại Giỏi tham dự Hội thi cấp thành phố."),
    ],
    opts={"dt": "2026-11-24T20:30", "mod": "2026-11-25T07:45", "related": [2137, 2115],
          "tags": ["hoi-thi"]},
)

S_K = Story(
    2168,
    "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
    "thong-bao",
    "2026-11-30",
    [
        Raw('<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
            '<td style="width: 40%; text-align: center;">PHÒNG GD&amp;ĐT TP PHỦ LÝ<br />'
            '<strong>TRƯỜNG THCS TRẦN PHÚ</strong><br />Số: 156/TB-THCSTP</td>'
            '<td style="width: 60%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
            '<strong>Độc lập – Tự do – Hạnh phúc</strong><br /><em>Phủ Lý, ngày 30 tháng 11 năm 2026</em></td>'
            '</tr></tbody></table>'),
        Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
            '<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>'),
        P("Căn cứ kế hoạch giáo dục năm học 2026-2027 của nhà trường, Trường THCS Trần Phú thông báo lịch "
          "kiểm tra cuối học kỳ I như sau:"),
        P("Ngày 21/12/2026: Ngữ văn, Tiếng Anh.", "li"),
        P("Ngày 22/12/2026: Toán, Khoa học tự nhiên.", "li"),
        P("Ngày 23/12/2026: Lịch sử và Địa lí, Giáo dục công dân, Tin học.", "li"),
        P("Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."),
        Raw('<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
            '<td style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br />- Phòng GD&amp;ĐT (b/c);<br />'
            '- GVCN các lớp;<br />- Lưu: VT.</td>'
            '<td style="width: 50%; text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
            '<em>(Đã ký)</em><br /><br /><strong>Phạm Thị Lan</strong></td>'
            '</tr></tbody></table>'),
    ],
    authors=["Phạm Thị Lan"],
    opts={"dt": "2026-12-01T07:05", "mod": "2026-12-01T07:05", "related": [2161, 2179]},
)

S_L = Story(
    2172,
    "tong-ket-hoi-khoe-phu-dong-cap-truong-nam-2026",
    "Tổng kết Hội khỏe Phù Đổng cấp trường năm 2026",
    "tin-tuc",
    "2026-12-02T06:30:00+07:00",
    [
        Raw('<p class="print-link"><a href="{print}" title="In bài viết" rel="nofollow">In bài viết</a></p>'),
        Img(f"{UP}/2026/12/hkpd-2026-678x381.jpg", "Các vận động viên tranh tài nội dung chạy 100 m",
            "Các vận động viên tranh tài nội dung chạy 100 m", style="thumb"),
        P("Sau một tuần thi đấu sôi nổi, Hội khỏe Phù Đổng cấp trường năm 2026 đã bế mạc chiều 01/12.",
          "lead"),
        P("Hội khỏe có 320 vận động viên tham gia ở các môn điền kinh, cờ vua, bóng bàn, đá cầu và "
          "bóng đá nam."),
        Img(f"{UP}/2026/12/hkpd-2026-bong-da.jpg", "Trận chung kết bóng đá nam khối 9",
            "Trận chung kết bóng đá nam khối 9", style="wpcap"),
        P("Ban tổ chức đã trao 48 huy chương Vàng, 48 huy chương Bạc và 72 huy chương Đồng."),
        P("Nhà trường sẽ chọn 25 vận động viên xuất sắc tham dự Hội khỏe Phù Đổng thành phố Phủ Lý."),
        _right("<strong>Tin, ảnh: Trần Văn Hùng</strong>"),
    ],
    authors=["Trần Văn Hùng"],
    photographers=["Trần Văn Hùng"],
    summary="Sau một tuần thi đấu sôi nổi, Hội khỏe Phù Đổng cấp trường năm 2026 đã bế mạc chiều 01/12.",
    opts={"dt": "2026-12-02T06:30", "mod": "2026-12-03T10:20", "related": [2179, 2156],
          "thumb_title": "DSC_0412"},
)

S_M = Story(
    2179,
    "tap-huan-ky-nang-phong-chay-chua-chay",
    "Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên",
    "tin-tuc",
    "2026-12-04T11:20:00+07:00",
    [
        P("Sáng 03/12/2026, Phòng Cảnh sát PCCC và CNCH Công an tỉnh Hà Nam phối hợp với nhà trường tổ "
          "chức tập huấn kỹ năng phòng cháy, chữa cháy cho 58 cán bộ, giáo viên, nhân viên."),
        Img(f"{UP}/2026/12/tap-huan-pccc-1-1024x683.jpg", "Hướng dẫn sử dụng bình chữa cháy",
            "Hướng dẫn sử dụng bình chữa cháy", style="block"),
        P("Các học viên được hướng dẫn cách sử dụng bình chữa cháy xách tay, thoát nạn khi có khói và "
          "sơ cứu người bị bỏng."),
        P("Theo kế hoạch, từ tháng 01/2027 nhà trường sẽ tổ chức diễn tập thoát nạn cho toàn thể học sinh."),
        Img(f"{UP}/2026/12/tap-huan-pccc-2-1024x683.jpg", None, None, style="block"),
        _right("<strong>Lê Thị Hạnh</strong>"),
    ],
    authors=["Lê Thị Hạnh"],
    opts={"dt": "2026-12-04T11:20", "mod": "2026-12-04T11:20", "related": [2172, 2168],
          "tags": ["an-toan-truong-hoc"]},
)

STORIES = [S_M, S_L, S_K, S_J, S_I, S_H, S_G, S_F, S_E, S_D, S_C, S_B, S_A]  # newest first
BY_ID = {s.id: s for s in STORIES}


def _dt(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts["dt"])


def permalink(story: Story) -> str:
    d = _dt(story)
    return f"/{d.year}/{d.month:02d}/{story.slug}/"


def print_path(story: Story) -> str:
    return f"/{story.slug}/print/"


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def shown_date(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month]}, {d.year}"


def utc(local: str) -> str:
    return (datetime.fromisoformat(local) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def thumb(story: Story, size: str) -> str | None:
    lead = next((b for b in story.blocks if isinstance(b, Img) and b.style == "thumb"), None)
    if lead is None:
        return None
    return lead.src.replace("-678x381", f"-{size}")


def excerpt(story: Story, words: int = 30) -> str:
    text = " ".join(p.text for p in story.blocks if isinstance(p, P))
    parts = text.split()
    return " ".join(parts[:words]) + (" " if len(parts) > words else "")


# --------------------------------------------------------------------------------------------
# Chrome
# --------------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/doi-ngu-giao-vien/", "Đội ngũ giáo viên")]),
    ("/category/tin-tuc/", "Tin tức", []),
    ("/category/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn", []),
    ("/category/cong-tac-doi/", "Công tác Đội", []),
    ("/category/thong-bao/", "Thông báo", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU, start=30):
        sub = ""
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{n}"
        if subs:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu">' + "".join(
                f'<li id="menu-item-{n}{k}" class="menu-item menu-item-{n}{k}"><a href="{h}">{esc(t)}</a></li>'
                for k, (h, t) in enumerate(subs)) + "</ul>"
        items.append(f'<li id="menu-item-{n}" class="{cls}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return ('<div class="mh-main-nav-wrap"><nav class="mh-navigation mh-main-nav mh-container mh-container-inner '
            'clearfix" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">'
            '<div class="menu-menu-chinh-container"><ul id="menu-menu-chinh" class="menu">'
            + "".join(items) + "</ul></div></nav></div>")


def _widget_title(t: str) -> str:
    return f'<h4 class="mh-widget-title"><span class="mh-widget-title-inner">{esc(t)}</span></h4>'


def _sidebar() -> str:
    recent = []
    for s in STORIES[:5]:
        th = thumb(s, "80x60") or "/wp-content/themes/mh-magazine-lite/images/placeholder-small.png"
        recent.append(
            f'<li class="post-{s.id} mh-custom-posts-item mh-custom-posts-small clearfix">'
            f'<figure class="mh-custom-posts-thumb"><a class="mh-thumb-link" href="{permalink(s)}" '
            f'title="{esc(_plain(s.title))}"><img width="80" height="60" src="{th}" alt="" /></a></figure>'
            f'<div class="mh-custom-posts-header"><p class="mh-custom-posts-small-title">'
            f'<a href="{permalink(s)}" title="{esc(_plain(s.title))}">{tx(s.title)}</a></p>'
            f'<div class="mh-meta entry-meta"><span class="mh-meta-date updated"><i class="fa fa-clock-o"></i>'
            f'{shown_date(_dt(s))}</span></div></div></li>')
    return (
        '<aside class="mh-widget-col-1 mh-sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">'
        '<div id="search-2" class="mh-widget widget_search"><form role="search" method="get" class="search-form" '
        'action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" '
        'class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>'
        '<input type="submit" class="search-submit" value="Tìm kiếm" /></form></div>'
        '<div id="mh_custom_posts-3" class="mh-widget mh_custom_posts">' + _widget_title("Bài viết mới")
        + '<ul class="mh-custom-posts-widget clearfix">' + "".join(recent) + "</ul></div>"
        '<div id="text-7" class="mh-widget widget_text">' + _widget_title("Lịch công tác")
        + '<div class="textwidget"><p>Tuần 14 (07/12 – 12/12/2026): Kiểm tra hồ sơ tổ chuyên môn; '
        'ôn tập cuối học kỳ I.</p></div></div>'
        '<div id="polls-widget-2" class="mh-widget widget_polls-widget">' + _widget_title("Thăm dò ý kiến")
        + '<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" '
        'method="post"><p style="text-align: center;"><strong>Bạn thấy website nhà trường thế nào?</strong></p>'
        '<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">'
        '<li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /><label for="poll-answer-7">Rất hữu ích</label></li>'
        '<li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /><label for="poll-answer-8">Bình thường</label></li>'
        '</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " '
        'class="Buttons" /></p></div></form></div></div>'
        '<div id="custom_html-4" class="widget_text mh-widget widget_custom_html">' + _widget_title("Thống kê truy cập")
        + '<div class="textwidget custom-html-widget"><ul class="tk-truycap"><li>Đang online: 17</li>'
        '<li>Hôm nay: 412</li><li>Tổng truy cập: 1.284.905</li></ul></div></div>'
        '<div id="nav_menu-2" class="mh-widget widget_nav_menu">' + _widget_title("Liên kết website")
        + '<ul class="menu"><li><a href="https://hanam.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Hà Nam</a></li>'
        '<li><a href="https://phuly.edu.vn/" target="_blank" rel="noopener">Phòng GD&amp;ĐT Phủ Lý</a></li>'
        '<li><a href="https://www.facebook.com/thcstranphuphuly" target="_blank" rel="noopener">Fanpage nhà trường</a></li>'
        "</ul></div></aside>")


def _footer() -> str:
    return (
        '<footer class="mh-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter">'
        '<div class="mh-container mh-container-inner mh-footer-widgets mh-row clearfix">'
        '<div class="mh-col-1-4 mh-widget-col-1 mh-footer-area mh-footer-1"><div id="text-2" class="mh-footer-widget widget_text">'
        '<h6 class="mh-widget-title mh-footer-widget-title"><span class="mh-widget-title-inner mh-footer-widget-title-inner">'
        'Trường THCS Trần Phú</span></h6><div class="textwidget"><p>Địa chỉ: Số 12 đường Trần Phú, phường Quang Trung, '
        'thành phố Phủ Lý, tỉnh Hà Nam</p><p>Điện thoại: 0226 3852 417 – Email: thcstranphu.phuly@hanam.edu.vn</p>'
        '</div></div></div>'
        '<div class="mh-col-1-4 mh-widget-col-1 mh-footer-area mh-footer-2"><div id="nav_menu-3" class="mh-footer-widget widget_nav_menu">'
        '<h6 class="mh-widget-title mh-footer-widget-title"><span class="mh-widget-title-inner mh-footer-widget-title-inner">'
        'Chuyên mục</span></h6><ul class="menu">'
        + "".join(f'<li><a href="/category/{k}/">{esc(v)}</a></li>' for k, v in CATS.items())
        + '</ul></div></div>'
        '<div class="mh-col-1-4 mh-widget-col-1 mh-footer-area mh-footer-3"><div id="text-3" class="mh-footer-widget widget_text">'
        '<h6 class="mh-widget-title mh-footer-widget-title"><span class="mh-widget-title-inner mh-footer-widget-title-inner">'
        'Giờ làm việc</span></h6><div class="textwidget"><p>Sáng: 7h00 – 11h30<br />Chiều: 13h30 – 17h00</p></div></div></div>'
        '<div class="mh-col-1-4 mh-widget-col-1 mh-footer-area mh-footer-4"><div id="text-4" class="mh-footer-widget widget_text">'
        '<h6 class="mh-widget-title mh-footer-widget-title"><span class="mh-widget-title-inner mh-footer-widget-title-inner">'
        'Bản đồ</span></h6><div class="textwidget"><p><img src="/wp-content/uploads/2024/03/ban-do-truong.png" '
        'alt="Bản đồ" width="260" height="160" /></p></div></div></div>'
        '</div></footer>'
        '<div class="mh-copyright-wrap"><div class="mh-container mh-container-inner clearfix">'
        '<p class="mh-copyright">Copyright &copy; 2026 | Trường THCS Trần Phú – Phủ Lý | WordPress Theme by '
        '<a href="https://mhthemes.com/themes/mh-magazine/" rel="nofollow">MH Themes</a></p></div></div>')


def _page(request: Request, *, title: str, body: str, canonical: str, head_extra: str = "",
          body_class: str = "home blog", description: str | None = None) -> Response:
    base = base_url(request)
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<!-- This site is optimized with the Yoast SEO plugin v23.6 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{desc}
<link rel="canonical" href="{base}{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE)}" />
{head_extra}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='mh-magazine-lite-css' href='/wp-content/themes/mh-magazine-lite/style.css?ver=2.10.0' type='text/css' media='all' />
<link rel='stylesheet' id='mh-font-awesome-css' href='/wp-content/themes/mh-magazine-lite/includes/font-awesome.min.css' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body id="mh-mobile" class="{body_class} mh-right-sb" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="mh-container mh-container-outer">
<div class="mh-header-mobile-nav mh-clearfix"></div>
<div class="mh-top-bar"><div class="mh-container mh-container-inner clearfix"><span class="mh-header-date">{TODAY_BAR}</span></div></div>
<header class="mh-header" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div class="mh-container mh-container-inner mh-row clearfix">
<div class="mh-custom-header clearfix">
<div class="mh-site-identity"><div class="mh-site-logo" role="banner" itemscope="itemscope" itemtype="https://schema.org/Brand">
<a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2024/03/logo-thcs-tran-phu.png" class="custom-logo" alt="{esc(SITE)}" /></a>
<div class="mh-header-text"><a class="mh-header-text-link" href="/" title="{esc(SITE)}" rel="home">
<h2 class="mh-header-title">{esc(SITE)}</h2><h3 class="mh-header-tagline">Thành phố Phủ Lý – Tỉnh Hà Nam</h3></a></div>
</div></div></div></div>
</header>
{_menu()}
<div class="mh-wrapper clearfix">
<div id="main-content" class="mh-content" role="main" itemprop="mainContentOfPage">
{body}
</div>
{_sidebar()}
</div>
</div><!-- .mh-container-outer -->
{_footer()}
<script type="text/javascript" src="/wp-content/themes/mh-magazine-lite/js/scripts.js?ver=2.10.0" id="mh-scripts-js"></script>
</body>
</html>"""
    return html(page)


# --------------------------------------------------------------------------------------------
# Posts
# --------------------------------------------------------------------------------------------


def _img_tag(img: Img, cls: str, extra: str = "") -> str:
    return f'<img decoding="async" class="{cls}" src="{img.src}" alt=""{extra} />'


def _render_blocks(story: Story) -> str:
    """The post's ``the_content`` (after MH's featured figure), with each style's markup."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "thumb")]
    i = 0
    att = story.id * 10
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            markup = b.html.replace("{print}", print_path(story))
            if "{rel:" in markup:
                rid = int(markup.split("{rel:")[1].split("}")[0])
                markup = markup.replace(f"{{rel:{rid}}}", permalink(BY_ID[rid]))
            out.append(markup)
            i += 1
            continue
        if isinstance(b, Img):
            att += 1
            if b.style == "gallery":
                items = []
                gid = story.opts.get("gallery_id", 1)
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    g = blocks[i]
                    att += 1
                    full = g.src.replace("-150x150", "")
                    cap_id = f"gallery-{gid}-{att}"
                    dd = (f"<dd class='wp-caption-text gallery-caption' id='{cap_id}'>\n\t\t\t\t{esc(g.printed)}\n\t\t\t\t</dd>"
                          if g.printed else "")
                    aria = f' aria-describedby="{cap_id}"' if g.printed else ""
                    items.append(
                        f"<dl class='gallery-item'>\n\t\t\t<dt class='gallery-icon landscape'>\n\t\t\t\t"
                        f"<a href='{full}'><img width=\"150\" height=\"150\" src=\"{g.src}\" "
                        f"class=\"attachment-thumbnail size-thumbnail\" alt=\"\"{aria} decoding=\"async\" /></a>\n"
                        f"\t\t\t</dt>{dd}</dl>")
                    if len(items) % 3 == 0:
                        items.append('<br style="clear: both" />')
                    i += 1
                out.append(f"<div id='gallery-{gid}' class='gallery galleryid-{story.id} gallery-columns-3 "
                           f"gallery-size-thumbnail'>" + "".join(items) + '\n\t\t\t<br style="clear: both" />\n\t\t</div>')
                continue
            if b.style == "wpcap":
                out.append(
                    f'<div id="attachment_{att}" style="width: 810px" class="wp-caption aligncenter">'
                    f'<img aria-describedby="caption-attachment-{att}" decoding="async" class="size-full wp-image-{att}" '
                    f'src="{b.src}" alt="" width="800" height="533" />'
                    f'<p id="caption-attachment-{att}" class="wp-caption-text">{tx(b.printed or "")}</p></div>')
            elif b.style == "block":
                cap = f'<figcaption class="wp-element-caption">{tx(b.printed)}</figcaption>' if b.printed else ""
                out.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                           f'src="{b.src}" alt="" class="wp-image-{att}" />{cap}</figure>')
            else:  # plain: an image in a centred paragraph, its line under it in italics
                out.append(f'<p style="text-align: center;"><img decoding="async" class="aligncenter size-full '
                           f'wp-image-{att}" src="{b.src}" alt="" width="800" height="600" /></p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{tx(b.printed)}</em></p>')
            i += 1
            continue
        # paragraphs
        if b.style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{tx(p.text)}</li>" for p in run) + "\n</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cell = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{tx(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<figure class="wp-block-table"><table class="has-fixed-layout"><thead>' + rows[0]
                           + "</thead><tbody>" + "".join(rows[1:]) + "</tbody></table></figure>")
            continue
        if b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{tx(b.text)}<br />\n{tx(nxt.text)}</p>")
            i += 2
            continue
        if b.style == "h":
            out.append(f'<h3 class="wp-block-heading">{tx(b.text)}</h3>')
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{tx(b.text)}</p></blockquote>')
        elif b.style == "lead":
            out.append(f"<p><strong>{tx(b.text)}</strong></p>")
        elif b.style == "more":
            out.append(f'<p>{tx(b.text)}<span id="more-{story.id}"></span></p>')
        else:
            out.append(f"<p>{tx(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _featured(story: Story) -> str:
    lead = next((b for b in story.blocks if isinstance(b, Img) and b.style == "thumb"), None)
    if lead is None:
        return ""
    title = story.opts.get("thumb_title", lead.src.rsplit("/", 1)[1].split("-678x381")[0])
    cap = f'<figcaption class="wp-caption-text">{esc(lead.printed)}</figcaption>\n' if lead.printed else ""
    return (f'\n<figure class="entry-thumbnail">\n<img src="{lead.src}" alt="" title="{esc(title)}" />\n'
            f"{cap}</figure>\n")


def _yarpp(story: Story) -> str:
    links = []
    for rid in story.opts.get("related", []):
        r = BY_ID[rid]
        th = thumb(r, "120x120") or "/wp-content/plugins/yet-another-related-posts-plugin/images/default.png"
        links.append(
            f'<a class="yarpp-thumbnail" rel="norewrite" href="{permalink(r)}" title="{esc(_plain(r.title))}">\n'
            f'<img width="120" height="120" src="{th}" class="attachment-yarpp-thumbnail size-yarpp-thumbnail '
            f'wp-post-image" alt="" data-pin-nopin="true" /><span class="yarpp-thumbnail-title">{tx(r.title)}</span></a>')
    return ("<div class='yarpp yarpp-related yarpp-related-website yarpp-template-thumbnails'>\n"
            "<h3>Bài viết liên quan:</h3>\n<div class=\"yarpp-thumbnails-horizontal\">\n"
            + "\n".join(links) + "\n</div>\n</div>")


def _comments(story: Story) -> str:
    items = story.opts.get("comments", [])
    if not items:
        return ('<div id="mh-comments" class="mh-comments-wrap"><p class="mh-no-comments">'
                "Bình luận đã bị đóng.</p></div>")
    lis = []
    for n, (who, when, said) in enumerate(items, start=1):
        cid = story.id * 100 + n
        lis.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}">'
            f'<div class="vcard meta"><img alt="" src="/wp-content/uploads/avatar-default-48x48.png" class="avatar avatar-48 photo" '
            f'height="48" width="48" /><span class="fn">{esc(who)}</span> | '
            f'<a href="{permalink(story)}#comment-{cid}">{esc(when)}</a></div>'
            f'<div class="mh-comment-body"><p>{esc(said)}</p></div></div></li>')
    return (f'<div id="mh-comments" class="mh-comments-wrap"><h4 class="mh-widget-title">'
            f'<span class="mh-widget-title-inner">{len(items)} bình luận</span></h4>'
            f'<ol class="commentlist mh-comment-list">' + "".join(lis) + "</ol>"
            '<p class="mh-no-comments">Bình luận đã bị đóng.</p></div>')


def _cats_links(story: Story) -> str:
    names = sorted(cats_of(story), key=lambda k: CATS[k])
    return ", ".join(f'<a href="/category/{k}/" rel="category tag">{esc(CATS[k])}</a>' for k in names)


def _head_post(request: Request, story: Story) -> str:
    base = base_url(request)
    url = base + permalink(story)
    seo = story.opts.get("seo", _plain(story.title))
    th = thumb(story, "678x381")
    pub, mod = utc(story.opts["dt"]), utc(story.opts["mod"])
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
             "author": {"name": "quantri", "@id": base + "/#/schema/person/7c1f0e"},
             "headline": seo, "datePublished": pub, "dateModified": mod,
             "mainEntityOfPage": {"@id": url}, "wordCount": 180 + story.id % 97,
             "publisher": {"@id": base + "/#organization"},
             "articleSection": [CATS[k] for k in cats_of(story)], "inLanguage": "vi"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{seo} | {SITE}",
             "isPartOf": {"@id": base + "/#website"}, "datePublished": pub, "dateModified": mod,
             "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": base + "/"},
                {"@type": "ListItem", "position": 2, "name": CATS[story.cat], "item": f"{base}/category/{story.cat}/"},
                {"@type": "ListItem", "position": 3, "name": seo}]},
            {"@type": "Person", "@id": base + "/#/schema/person/7c1f0e", "name": "quantri",
             "url": base + "/author/quantri/"},
        ],
    }
    og_img = f'<meta property="og:image" content="{base}{th}" />\n<meta property="og:image:width" content="678" />\n' if th else ""
    return (f'<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(seo)} | {esc(SITE)}" />\n'
            f'<meta property="og:url" content="{url}" />\n'
            f'<meta property="article:publisher" content="https://www.facebook.com/thcstranphuphuly" />\n'
            f'<meta property="article:published_time" content="{pub}" />\n'
            f'<meta property="article:modified_time" content="{mod}" />\n{og_img}'
            f'<meta name="author" content="quantri" />\n'
            f'<meta name="twitter:card" content="summary_large_image" />\n'
            f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="quantri" />\n'
            f'<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="2 phút" />\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n'
            f"<link rel='shortlink' href='{base}/?p={story.id}' />")


def post_page(request: Request, story: Story) -> Response:
    d = _dt(story)
    tags = story.opts.get("tags", [])
    tag_html = ""
    if tags:
        tag_html = ('<div class="entry-tags clearfix"><i class="fa fa-tag"></i><ul><li>'
                    + "</li><li>".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
                    + "</li></ul></div>")
    ncom = len(story.opts.get("comments", []))
    cls = " ".join(f"category-{k}" for k in cats_of(story)) + "".join(f" tag-{t}" for t in tags)
    body = f"""<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » <span><a href="/category/{story.cat}/">{esc(CATS[story.cat])}</a></span> » <span class="breadcrumb_last" aria-current="page">{tx(story.title)}</span></span></p>
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry {cls}">
<header class="entry-header clearfix"><h1 class="entry-title">{tx(story.title)}</h1><p class="mh-meta entry-meta">
<span class="entry-meta-date updated"><i class="fa fa-clock-o"></i>{shown_date(d)}</span>
<span class="entry-meta-author author vcard"><i class="fa fa-user"></i><a class="fn" href="/author/quantri/">quantri</a></span>
<span class="entry-meta-categories"><i class="fa fa-folder-open-o"></i>{_cats_links(story)}</span>
<span class="entry-meta-comments"><i class="fa fa-comment-o"></i><a class="mh-comment-scroll" href="{permalink(story)}#mh-comments">{ncom}</a></span>
</p>
</header>
<div id="text-5" class="mh-widget mh-posts-1 widget_text"><div class="textwidget"><p><strong>THÔNG BÁO TUYỂN SINH:</strong> Nhà trường tiếp nhận hồ sơ học sinh chuyển đến học kỳ II từ ngày 15/12/2026.</p>
<p>Chi tiết liên hệ văn phòng nhà trường trong giờ hành chính.</p></div></div>
<div class="entry-content clearfix">{_featured(story)}{_render_blocks(story)}
{_yarpp(story)}
</div>{tag_html}
<div id="text-6" class="mh-widget mh-posts-2 widget_text"><div class="textwidget"><p>Mọi ý kiến đóng góp xin gửi về hộp thư thcstranphu.phuly@hanam.edu.vn</p></div></div>
</article>
{_comments(story)}"""
    seo = story.opts.get("seo", _plain(story.title))
    return _page(request, title=f"{seo} | {SITE}", body=body, canonical=permalink(story),
                 head_extra=_head_post(request, story),
                 body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
                 description=excerpt(story, 25).strip())


def print_page(request: Request, story: Story) -> Response:
    d = _dt(story)
    hour = d.hour % 12 or 12
    when = f"{shown_date(d)} @ {hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"
    cats = ", ".join(CATS[k] for k in sorted(cats_of(story), key=lambda k: CATS[k]))
    base = base_url(request)
    content = _featured(story) + _render_blocks(story)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(SITE)} &raquo; {esc(_plain(story.title))} &raquo; In bài viết</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="Robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<p style="text-align: center;"><strong>- {esc(SITE)} - {base} -</strong></p>
<div class="Center">
<div id="Outline">
<p id="BlogTitle">{tx(story.title)}</p>
<p id="BlogDate">Đăng bởi <u>quantri</u> lúc {when} trong chuyên mục {esc(cats)} | {len(story.opts.get('comments', []))} bình luận</p>
<div id="BlogContent">{content}</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>Bài viết được in từ {esc(SITE)}: <strong dir="ltr">{base}</strong></p>
<p>URL bài viết: <strong dir="ltr">{base}{permalink(story)}</strong></p>
<p style="text-align: center;">Copyright &copy; 2026 {esc(SITE)}. Bảo lưu mọi quyền.</p>
</div>
</body>
</html>"""
    return html(page)


# --------------------------------------------------------------------------------------------
# Listings
# --------------------------------------------------------------------------------------------


def _loop_item(s: Story) -> str:
    th = thumb(s, "326x245") or "/wp-content/themes/mh-magazine-lite/images/placeholder-medium.png"
    link = permalink(s)
    ncom = len(s.opts.get("comments", []))
    return (
        f'<article class="mh-loop-item clearfix post-{s.id} post type-post status-publish format-standard hentry">'
        f'<figure class="mh-loop-thumb"><a href="{link}"><img width="326" height="245" src="{th}" '
        f'class="attachment-mh-magazine-lite-medium size-mh-magazine-lite-medium wp-post-image" alt="" /></a></figure>'
        f'<div class="mh-loop-content clearfix"><header class="mh-loop-header">'
        f'<h3 class="entry-title mh-loop-title"><a href="{link}" rel="bookmark">{tx(s.title)}</a></h3>'
        f'<div class="mh-meta mh-loop-meta"><span class="mh-meta-date updated"><i class="fa fa-clock-o"></i>'
        f'{shown_date(_dt(s))}</span> <span class="mh-meta-comments"><i class="fa fa-comment-o"></i>'
        f'<a class="mh-comment-count-link" href="{link}#mh-comments">{ncom}</a></span></div></header>'
        f'<div class="mh-loop-excerpt"><div class="mh-excerpt"><p>{tx(excerpt(s))}'
        f'<a class="mh-excerpt-more" href="{link}" title="{esc(_plain(s.title))}">[...]</a></p></div></div>'
        f"</div></article>")


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(page - 1)}">&laquo;</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{href(page + 1)}">&raquo;</a>')
    return '<div class="mh-loop-pagination clearfix">' + "\n".join(parts) + "</div>"


def archive(request: Request, base: str, heading: str, items: list[Story], page: int, kind: str) -> Response | None:
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    canonical = base if page == 1 else f"{base}page/{page}/"
    body = (f'<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » '
            f'<span class="breadcrumb_last" aria-current="page">{esc(heading)}</span></span></p>'
            f'<header class="page-header"><h1 class="page-title">{esc(kind)}: <span>{esc(heading)}</span></h1></header>'
            + "\n".join(_loop_item(s) for s in chunk) + _pagination(base, page, pages))
    head = f'<meta property="og:type" content="website" />\n<meta property="og:title" content="{esc(heading)} | {esc(SITE)}" />'
    if page < pages:
        head += f'\n<link rel="next" href="{base_url(request)}{base}page/{page + 1}/" />'
    title = f"{heading} | {SITE}" if page == 1 else f"{heading} | Trang {page} trên {pages} | {SITE}"
    return _page(request, title=title, body=body, canonical=canonical, head_extra=head,
                 body_class="archive category")


def home(request: Request) -> Response:
    slider = []
    for s in STORIES[:3]:
        th = thumb(s, "678x381") or "/wp-content/themes/mh-magazine-lite/images/placeholder-content.png"
        slider.append(f'<li class="mh-slider-item"><article><a href="{permalink(s)}" title="{esc(_plain(s.title))}">'
                      f'<img src="{th}" alt="" /></a><div class="mh-slider-caption"><div class="mh-slider-content">'
                      f'<a href="{permalink(s)}" title="{esc(_plain(s.title))}"><h2 class="mh-slider-title">{tx(s.title)}</h2></a>'
                      f'<div class="mh-slider-excerpt"><div class="mh-excerpt"><p>{tx(excerpt(s, 20))}</p></div></div>'
                      f'</div></div></article></li>')
    blocks = []
    for n, (slug, count) in enumerate([("tin-tuc", 3), ("hoat-dong-chuyen-mon", 3), ("cong-tac-doi", 2), ("thong-bao", 1)]):
        posts = [s for s in STORIES if slug in cats_of(s)][:count]
        lis = "".join(
            f'<li class="mh-custom-posts-item mh-custom-posts-small clearfix post-{s.id}">'
            f'<div class="mh-custom-posts-header"><p class="mh-custom-posts-small-title"><a href="{permalink(s)}" '
            f'title="{esc(_plain(s.title))}">{tx(s.title)}</a></p><div class="mh-meta entry-meta">'
            f'<span class="mh-meta-date updated"><i class="fa fa-clock-o"></i>{shown_date(_dt(s))}</span></div></div></li>'
            for s in posts)
        blocks.append(f'<div id="mh_magazine_lite_custom_posts-{n + 2}" class="mh-widget mh-home-2 mh_magazine_lite_custom_posts">'
                      f'<h4 class="mh-widget-title"><span class="mh-widget-title-inner"><a href="/category/{slug}/" '
                      f'class="mh-widget-title-link">{esc(CATS[slug])}</a></span></h4>'
                      f'<ul class="mh-custom-posts-widget clearfix">{lis}</ul></div>')
    body = ('<div id="mh-home-1" class="mh-home-1 mh-home-area"><div class="mh-widget mh_magazine_lite_slider">'
            '<div class="flexslider mh-slider-widget"><ul class="slides">' + "".join(slider) + "</ul></div></div></div>"
            '<div class="mh-home-columns mh-row clearfix">' + "".join(blocks) + "</div>")
    head = (f'<meta property="og:type" content="website" />\n<meta property="og:title" content="{esc(SITE)}" />\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":'
            f'[{{"@type":"WebSite","name":"{SITE}","potentialAction":{{"@type":"SearchAction","target":'
            f'"{base_url(request)}/?s={{search_term_string}}"}}}}]}}</script>')
    return _page(request, title=f"{SITE} – Thành phố Phủ Lý, tỉnh Hà Nam", body=body, canonical="/",
                 head_extra=head, description="Cổng thông tin điện tử Trường THCS Trần Phú, thành phố Phủ Lý, tỉnh Hà Nam")


def search_page(request: Request) -> Response:
    q = request.params.get("s", "")
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()][:PER_PAGE]
    body = (f'<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: {esc(q)}</h1></header>'
            + ("\n".join(_loop_item(s) for s in hits) if hits else
               '<div class="entry-content"><p>Không tìm thấy nội dung phù hợp. Hãy thử lại với từ khóa khác.</p></div>'))
    return _page(request, title=f"Kết quả tìm kiếm cho “{q}” | {SITE}", body=body, canonical="/",
                 head_extra='<meta name="robots" content="noindex, follow" />', body_class="search")


# --------------------------------------------------------------------------------------------
# Static pages (not articles)
# --------------------------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Giới thiệu", 12, (
        "<p>Trường THCS Trần Phú được thành lập năm 1961, tiền thân là Trường cấp II Lam Hạ. Trải qua hơn 60 năm "
        "xây dựng và phát triển, nhà trường luôn là một trong những lá cờ đầu của ngành giáo dục thành phố Phủ Lý.</p>"
        "<p>Năm học 2026 – 2027, nhà trường có 28 lớp với 1.096 học sinh, 58 cán bộ, giáo viên, nhân viên; "
        "100% giáo viên đạt chuẩn và trên chuẩn.</p>"
        "<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022 và được Chủ tịch nước tặng Huân chương "
        "Lao động hạng Ba.</p>")),
    "lien-he": ("Liên hệ", 14, (
        "<p>Trường THCS Trần Phú – Số 12 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam.</p>"
        "<p>Điện thoại: 0226 3852 417 – Email: thcstranphu.phuly@hanam.edu.vn</p>"
        '<div class="wpcf7 no-js" id="wpcf7-f88-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f88-p14-o1" '
        'method="post" class="wpcf7-form init" novalidate="novalidate"><p><label> Họ tên<br /><input size="40" '
        'class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></label></p><p><label> Nội dung<br />'
        '<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea>'
        '</label></p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p>'
        "</form></div>")),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", 16, (
        '<figure class="wp-block-table"><table><thead><tr><th>Tổ</th><th>Tổ trưởng</th><th>Số giáo viên</th></tr></thead>'
        "<tbody><tr><td>Ngữ văn</td><td>Nguyễn Thị Thu Hà</td><td>9</td></tr>"
        "<tr><td>Toán – Tin</td><td>Hoàng Văn Kiên</td><td>10</td></tr>"
        "<tr><td>Khoa học tự nhiên</td><td>Lê Thị Hạnh</td><td>11</td></tr>"
        "<tr><td>Khoa học xã hội</td><td>Phạm Quốc Toản</td><td>12</td></tr></tbody></table></figure>")),
    "thu-vien-anh": ("Thư viện ảnh", 18, (
        "<p>Một số hình ảnh hoạt động của nhà trường năm học 2026 – 2027.</p>"
        "<div id='gallery-1' class='gallery galleryid-18 gallery-columns-3 gallery-size-thumbnail'>"
        + "".join(f"<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='{UP}/2026/11/album-{n}.jpg'>"
                  f"<img width=\"150\" height=\"150\" src=\"{UP}/2026/11/album-{n}-150x150.jpg\" alt=\"\" /></a></dt></dl>"
                  for n in range(1, 7))
        + '<br style="clear: both" /></div>')),
}


def static_page(request: Request, slug: str) -> Response:
    title, pid, content = PAGES[slug]
    body = (f'<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » '
            f'<span class="breadcrumb_last" aria-current="page">{esc(title)}</span></span></p>'
            f'<article id="page-{pid}" class="post-{pid} page type-page status-publish hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content clearfix">{content}</div></article>')
    head = (f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(title)} | {esc(SITE)}" />\n'
            f'<meta property="article:modified_time" content="2026-09-0{pid % 9 + 1}T02:15:40+00:00" />\n'
            f"<link rel='shortlink' href='{base_url(request)}/?p={pid}' />")
    return _page(request, title=f"{title} | {SITE}", body=body, canonical=f"/{slug}/", head_extra=head,
                 body_class=f"page-template-default page page-id-{pid}")


# --------------------------------------------------------------------------------------------
# Routing
# --------------------------------------------------------------------------------------------


class MHMagazineSite:
    def __init__(self) -> None:
        self.by_path = {permalink(s): s for s in STORIES}
        self.by_print = {print_path(s): s for s in STORIES}
        self.by_slug = {s.slug: s for s in STORIES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return post_page(request, story) if story else None
            if "s" in params:
                return search_page(request)
            if request.query and path == "/":
                return None
            return home(request)
        if request.query:
            return None
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                            {"Content-Type": "text/plain"})
        if not path.endswith("/"):
            return redirect(path + "/", 301) if self._known(path + "/") else None
        if path in self.by_path:
            return post_page(request, self.by_path[path])
        if path in self.by_print:
            return print_page(request, self.by_print[path])
        parts = [p for p in path.split("/") if p]
        if len(parts) == 1 and parts[0] in PAGES:
            return static_page(request, parts[0])
        listing = self._listing(parts)
        if listing is None:
            return None
        base, heading, items, kind = listing
        page = 1
        rest = parts[2:] if parts[0] in ("category", "tag", "author") else []
        if rest:
            if len(rest) != 2 or rest[0] != "page" or not rest[1].isdigit():
                return None
            page = int(rest[1])
            if page == 1:
                return redirect(base, 301)
        return archive(request, base, heading, items, page, kind)

    def _known(self, path: str) -> bool:
        parts = [p for p in path.split("/") if p]
        return (path in self.by_path or path in self.by_print
                or (len(parts) == 1 and parts[0] in PAGES) or self._listing(parts) is not None)

    @staticmethod
    def _listing(parts: list[str]) -> tuple[str, str, list[Story], str] | None:
        if len(parts) < 2:
            return None
        kind, slug = parts[0], parts[1]
        if kind == "category" and slug in CATS:
            return f"/category/{slug}/", CATS[slug], [s for s in STORIES if slug in cats_of(s)], "Chuyên mục"
        if kind == "tag" and slug in TAGS:
            return f"/tag/{slug}/", TAGS[slug], [s for s in STORIES if slug in s.opts.get("tags", [])], "Thẻ"
        if kind == "author" and slug == "quantri":
            return "/author/quantri/", "quantri", list(STORIES), "Tác giả"
        return None


def build_site() -> MHMagazineSite:
    return MHMagazineSite()


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------

GOLD = [
    gold_record(s, permalink(s), CATS[s.cat], alt_paths=[f"/?p={s.id}", print_path(s)])
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu/", "/lien-he/", "/doi-ngu-giao-vien/", "/thu-vien-anh/"]
