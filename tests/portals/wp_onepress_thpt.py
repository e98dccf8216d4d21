"""WordPress 6 + OnePress theme: Trường THPT Lê Quý Đôn, tỉnh Quảng Trị (blind fixture).

Platform
    WordPress 6.6 with the OnePress theme (FameThemes): a one-page front page made of sections
    (``#hero`` slider, ``#features``, ``#counter``, ``#news``, ``#contact``), classic blog posts
    written partly in the block editor (Gutenberg) and partly in the classic editor (TinyMCE,
    ``[caption]`` shortcodes), Jetpack (sharing buttons "Chia sẻ:", likes, related posts, lazy
    images), Breadcrumb NavXT, a Yoast-like SEO head (UTC times) and the site's Settings ->
    General date format "j F, Y" in the vi locale ("28 Tháng Mười Một, 2026").

URL scheme
    ``/<slug>/``                         a post, or a WP page (same form: Giới thiệu, Liên hệ …)
    ``/<slug>/2/``                       page 2 of a post split with ``<!--nextpage-->``
    ``/<post-slug>/<attachment>/``       attachment page of a gallery image
    ``/tin-tuc/`` ``/tin-tuc/page/N/``   the "posts page" (blog index), 5 a page + sticky post
    ``/category/<slug>/page/N/``         category archives, 5 a page
    ``/<yyyy>/<mm>/page/N/``             month archives (sidebar "Lưu trữ")
    ``/author/<login>/page/N/``          author archives (byline link)
    ``/tag/<slug>/``                     tag archive
    ``/?p=<id>``                         shortlink: 301 to ``/<slug>/``
    ``/?s=…``                            search; ``/feed/`` RSS
    ``/<slug>/?share=facebook&nb=1``     Jetpack share counter: 302 to facebook.com
    ``/<slug>/?relatedposts_hit=1&…``    Jetpack related-post click: the post again

Page templates
    front page (OnePress sections, News section with the 4 latest posts, no dates); blog index,
    category, month, author and tag archives (OnePress ``list-article`` items: thumbnail,
    category link, ``h2.entry-title``, excerpt, no date), single post (``page-header`` h1,
    NavXT breadcrumb, ``article.post`` with ``header.entry-header`` + ``div.entry-meta``,
    ``div.entry-content``, ``footer.entry-footer``, post navigation, comments, right sidebar),
    WP page, attachment page, search page.

How each gold article is reached
    Front page News: the 4 latest (A3 ``thong-bao-lich-nghi-tet…``, A2, A10, A1); the hero
    button links A3 by its shortlink. Blog index pages 1–3 list all 13 (the sticky A9 twice);
    A13 and A12 are listed only on page 2+/3 of the blog index, page 2 of "Tin tức – Sự kiện",
    the October archive and the author archives. Sidebar "Bài viết mới"/"Xem nhiều" link a
    few more; post navigation links neighbours; related-post blocks link A12, A1 and A10 with
    Jetpack's tracking query.

Traps
    1. Two ``h1.entry-title`` on every post: OnePress's ``div.page-header`` prints the posts
       page's title "Tin tức" before the post's own ``header.entry-header h1.entry-title``.
       Gold title: the post's own headline.
    2. Dates: the visible date is words in the vi locale, no time ("28 Tháng Mười Một, 2026");
       inside the same link ``time.entry-date.published`` is followed by a hidden
       ``time.updated`` with a later day; the SEO head and JSON-LD print UTC ("…T12:40:00+00:00").
       Gold: the published time in local time ("2026-11-28T19:40:00+07:00").
    3. A6 was scheduled for midnight: ``datetime="2026-10-17T00:00:00+07:00"`` while the UTC meta
       says "2026-10-16T17:00:00+00:00" (the day before). Gold: the day alone "2026-10-17".
    4. Jetpack appends blocks INSIDE ``div.entry-content``: "Chia sẻ:" (sharedaddy, an ``h3`` and
       a ``ul``), "Thích điều này:" (likes, "Đang tải..."), and on A6/A11 a server-rendered
       related-posts block (``ul.jp-related-posts-i2__post`` with ``li`` title, thumbnail, date
       "20 Tháng Mười Một, 2026" and context "Trong “Tin tức – Sự kiện”"). None is body; the
       related thumbnails are not the article's images.
    5. Related-post links carry ``?relatedposts_hit=1&relatedposts_origin=<id>&
       relatedposts_position=<n>``: the same post (canonical is the clean slug) -> alt_paths.
    6. Same-host share links ``/<slug>/?share=facebook&nb=1`` (rel nofollow) answer 302 to
       facebook.com; "In" is ``/<slug>/#print``. Not articles, not duplicates.
    7. Classic ``[caption]`` shortcode: the caption is a ``<p class="wp-caption-text">`` inside
       ``div.wp-caption`` -> the image's caption, not a body paragraph. Classic editors also
       type captions as a centred italic paragraph, some in parentheses (taken off).
    8. Jetpack Lazy Images (A4, A6): ``src`` is a 1×1 ``data:`` GIF, the real file is in
       ``data-lazy-src`` with Jetpack's ``?is-pending-load=1`` flag, and a ``<noscript>`` copy
       repeats it. Gold: one image, the clean upload path the noscript prints.
    9. Gallery images (A8) link to their attachment pages ``/ngay-hoi-chuyen-doi-so-2026/img_4021/``
       which look like posts (``h1.entry-title`` "IMG_4021", entry-meta date and byline, a
       caption paragraph): NON_ARTICLES.
    10. A5 is split with ``<!--nextpage-->``: ``/<slug>/`` and ``/<slug>/2/`` ("Trang: 1 2" in
        ``div.page-links`` inside the content). Gold: one article, the body of both pages in
        order; ``/<slug>/2/`` in alt_paths.
    11. Listings link the same post twice: the sticky A9 heads blog page 1 and is listed again
        at its date on page 3; A4 is filed under two categories (listed in both), its breadcrumb
        names the primary one. Gold category: the breadcrumb's.
    12. The byline "bởi Lê Thị Thu Hà" / "bởi Quản trị" (``span.author.vcard``) is the account
        that posted, not the writer: gold authors come from the signature line closing the
        text ("Tin, ảnh: X", "Tin: X – Ảnh: Y", "ThS. X" + post, a unit alone), else nobody.
    13. Comments (A8, A11) after the article: "2 bình luận về “<title>”", each comment's
        ``<time datetime>`` with an hour and ``<p>`` text. Not body, not the date.
    14. WP pages (Giới thiệu, Liên hệ, Đội ngũ giáo viên, Thư viện ảnh, Thời khóa biểu) use the
        same ``/<slug>/`` form as posts, with ``article.page`` and an h1 but no date.
    15. The hero button links A3 by its shortlink ``/?p=440`` (301 to the slug).
    16. wpautop: a single line break inside a classic paragraph prints ``<br />`` (A3, A12):
        two paragraphs; ``<p>&nbsp;</p>`` spacers are nothing.

Gold decisions on ambiguous points
    - ``published_at`` keeps the hour of ``time.published@datetime`` (the page prints it as a
      machine-readable time, and so does the head): "2026-11-28T19:40:00+07:00".
    - A5's ``/<slug>/2/`` is the same article (its second part): listed in alt_paths; the gold
      body and images are those of both parts.
    - The byline account is never an author, even when its display name is a person's.
    - A photo line "Ảnh: X" is no caption (None) and makes X a photographer.
    - Gallery images keep their own figcaptions; the attachment pages are not articles.
    - A4's category is "Tin tức – Sự kiện" (breadcrumb), although it is also in
      "Thi cử – Tuyển sinh".
    - A bold first paragraph is the sapo (A2, A4, A5, A11); others have none (summary null),
      the Yoast meta description notwithstanding.
"""

from __future__ import annotations

import html as _html
from datetime import UTC, datetime

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

NAME = "wp_onepress_thpt"
PLATFORM = "WordPress 6 + OnePress theme (Jetpack, Breadcrumb NavXT)"
START_PATH = "/"

SITE = "Trường THPT Lê Quý Đôn"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
NEXTPAGE = Raw("<!--nextpage-->")

CATS = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "thi-cu-tuyen-sinh": "Thi cử – Tuyển sinh",
    "doan-thanh-nien": "Đoàn Thanh niên",
    "to-chuyen-mon": "Tổ chuyên môn",
}
ACCOUNTS = {"quantri": "Quản trị", "ltthuha": "Lê Thị Thu Hà"}
TAGS = {"20-11": "20/11"}
MONTHS = {10: "Tháng Mười", 11: "Tháng Mười Một", 12: "Tháng Mười Hai"}
UP = "/wp-content/uploads/2026"


def _sign(line: str, tag: str = "strong", gutenberg: bool = False) -> Raw:
    if gutenberg:
        return Raw(f'<p class="has-text-align-right"><{tag}>{esc(line)}</{tag}></p>')
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


STORIES: list[Story] = [
    Story(
        431, "hoi-thi-giai-dieu-tuoi-hong-nam-2026",
        "Sôi nổi Hội thi “Giai điệu tuổi hồng” năm 2026", "doan-thanh-nien",
        "2026-11-28T19:40:00+07:00",
        [
            P("Tối 27/11/2026, tại sân trường, Đoàn trường THPT Lê Quý Đôn tổ chức Hội thi “Giai điệu "
              "tuổi hồng” năm 2026 với sự tham gia của 14 tiết mục đến từ các chi đoàn khối 10, 11 và 12."),
            Img(f"{UP}/11/giai-dieu-tuoi-hong-1-1024x683.jpg", "Tiết mục mở màn của chi đoàn 12A1",
                "Tiết mục mở màn của chi đoàn 12A1", "fig"),
            P("Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, đồng thời "
              "tạo sân chơi lành mạnh, giúp đoàn viên phát huy năng khiếu văn nghệ."),
            P("Các tiết mục được dàn dựng công phu, nhiều tiết mục kết hợp giữa hát, múa và nhạc cụ dân "
              "tộc, để lại ấn tượng mạnh cho ban giám khảo và khán giả."),
            Img(f"{UP}/11/giai-dieu-tuoi-hong-2-1024x683.jpg", "Ảnh: Nguyễn Hoài Nam", None, "fig"),
            P("Kết quả hội thi", "h"),
            P("Giải Nhất: Chi đoàn 11A2 với tiết mục “Khúc hát sông quê”;", "li"),
            P("Giải Nhì: Chi đoàn 12A1 và chi đoàn 10A3;", "li"),
            P("Giải Ba: Chi đoàn 12A5, 11A4 và 10A1.", "li"),
            _sign("Tin, ảnh: Nguyễn Hoài Nam", gutenberg=True),
        ],
        authors=["Nguyễn Hoài Nam"], photographers=["Nguyễn Hoài Nam"],
        opts={"editor": "gutenberg", "account": "ltthuha", "modified": "2026-11-30T08:02:11+07:00"},
    ),
    Story(
        436, "ke-hoach-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 – 2027", "thi-cu-tuyen-sinh",
        "2026-12-02T07:30:00+07:00",
        [
            P("Nhằm đánh giá kết quả học tập của học sinh sau học kỳ I, nhà trường xây dựng kế hoạch kiểm "
              "tra cuối học kỳ I năm học 2026 – 2027 như sau:", "lead"),
            P("1. Thời gian kiểm tra", "h"),
            P("Từ ngày 21/12/2026 đến ngày 26/12/2026, kiểm tra tập trung theo lịch chung của nhà trường."),
            P("2. Lịch kiểm tra các môn", "h"),
            P("Ngày | Buổi sáng | Buổi chiều", "tr"),
            P("21/12/2026 | Ngữ văn | Lịch sử", "tr"),
            P("22/12/2026 | Toán | Tiếng Anh", "tr"),
            P("23/12/2026 | Vật lí, Hóa học | Sinh học, Địa lí", "tr"),
            P("3. Tổ chức thực hiện", "h"),
            P("Các tổ chuyên môn nộp đề kiểm tra và đáp án về Tổ Giáo vụ trước ngày 14/12/2026."),
            P("Giáo viên chủ nhiệm phổ biến kế hoạch đến học sinh và phụ huynh."),
            Raw(
                '<div class="wp-block-file"><a id="wp-block-file--media-9f3c" href="'
                f'{UP}/12/KH-KT-CHKI-2026.pdf">KH-KT-CHKI-2026</a><a href="{UP}/12/KH-KT-CHKI-2026.pdf" '
                'class="wp-block-file__button wp-element-button" download aria-describedby='
                '"wp-block-file--media-9f3c">Tải xuống</a></div>'
            ),
        ],
        summary="Nhằm đánh giá kết quả học tập của học sinh sau học kỳ I, nhà trường xây dựng kế hoạch "
        "kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:",
        opts={"editor": "gutenberg", "account": "quantri"},
    ),
    Story(
        440, "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với học sinh", "tin-tuc-su-kien",
        "2026-12-04T16:05:00+07:00",
        [
            P("Thực hiện Công văn số 2187/SGDĐT-VP ngày 01/12/2026 của Sở Giáo dục và Đào tạo về việc nghỉ "
              "Tết Dương lịch năm 2027, nhà trường thông báo:"),
            P("Học sinh toàn trường được nghỉ học từ ngày 01/01/2027 (thứ Sáu) đến hết ngày 03/01/2027 "
              "(Chủ nhật)."),
            P("Học sinh đi học trở lại bình thường từ ngày 04/01/2027 (thứ Hai).", "br"),
            P("Đề nghị giáo viên chủ nhiệm nhắc nhở học sinh thực hiện nghiêm túc an toàn giao thông "
              "trong những ngày nghỉ Tết."),
        ],
        opts={"editor": "classic", "account": "quantri"},
    ),
    Story(
        421, "hoc-sinh-le-quy-don-gianh-9-giai-hsg-cap-tinh-lop-12",
        "Học sinh Lê Quý Đôn giành 9 giải tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        "tin-tuc-su-kien", "2026-11-19T10:15:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 – 2027 vừa khép lại, đội "
              "tuyển Trường THPT Lê Quý Đôn đạt 9 giải, trong đó có 1 giải Nhất, 3 giải Nhì và 5 giải Ba.",
              "lead"),
            P("Kỳ thi diễn ra trong hai ngày 12 và 13/11/2026 với hơn 1.100 thí sinh đến từ các trường "
              "THPT trên địa bàn tỉnh."),
            Img(f"{UP}/11/hsg-tinh-2026.jpg", "(Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm)",
                "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm", "center_lazy"),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba", "tr"),
            P("Toán | 1 | 1 | 1", "tr"),
            P("Ngữ văn | 0 | 1 | 2", "tr"),
            P("Tin học | 0 | 1 | 2", "tr"),
            P("Em Phan Thị Minh Thư, lớp 12A1, đạt giải Nhất môn Toán với số điểm 17,5/20."),
            P("Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em học sinh đạt giải vào buổi chào cờ "
              "đầu tuần."),
        ],
        summary="Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 – 2027 vừa khép lại, đội "
        "tuyển Trường THPT Lê Quý Đôn đạt 9 giải, trong đó có 1 giải Nhất, 3 giải Nhì và 5 giải Ba.",
        opts={"editor": "classic", "account": "quantri", "extra_cats": ["thi-cu-tuyen-sinh"],
              "modified": "2026-11-20T07:12:40+07:00"},
    ),
    Story(
        418, "hoi-nghi-can-bo-vien-chuc-nam-hoc-2026-2027",
        "Hội nghị cán bộ, viên chức năm học 2026 – 2027", "tin-tuc-su-kien",
        "2026-10-24T08:00:00+07:00",
        [
            P("Sáng 23/10/2026, Trường THPT Lê Quý Đôn long trọng tổ chức Hội nghị cán bộ, viên chức năm "
              "học 2026 – 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên.", "lead"),
            Img(f"{UP}/10/hoi-nghi-cbvc-01.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "wpcap"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học "
              "2026 – 2027; báo cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân."),
            P("Năm học 2025 – 2026, nhà trường có 98,6% học sinh lớp 12 đỗ tốt nghiệp THPT, 27 học sinh "
              "đạt giải học sinh giỏi cấp tỉnh."),
            NEXTPAGE,
            P("Tại hội nghị, nhiều ý kiến tâm huyết đã được đóng góp về đổi mới phương pháp dạy học, kiểm "
              "tra đánh giá và công tác chủ nhiệm lớp."),
            Img(f"{UP}/10/hoi-nghi-cbvc-02.jpg", "Thầy Hiệu trưởng phát biểu tại hội nghị",
                "Thầy Hiệu trưởng phát biểu tại hội nghị", "wpcap"),
            P("Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí và thông qua "
              "nghị quyết với 100% đại biểu tán thành."),
        ],
        summary="Sáng 23/10/2026, Trường THPT Lê Quý Đôn long trọng tổ chức Hội nghị cán bộ, viên chức "
        "năm học 2026 – 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên.",
        opts={"editor": "classic", "account": "quantri"},
    ),
    Story(
        415, "hoc-sinh-ve-nguon-tai-thanh-co-quang-tri",
        "Học sinh về nguồn tại Thành cổ Quảng Trị", "doan-thanh-nien", "2026-10-17",
        [
            P("Ngày 16/10/2026, Đoàn trường tổ chức chương trình ngoại khóa “Em yêu lịch sử quê hương” "
              "cho hơn 400 đoàn viên, học sinh khối 11 tại Di tích Thành cổ Quảng Trị."),
            Img(f"{UP}/10/thanh-co-1.jpg", "Đoàn viên dâng hương tại Đài tưởng niệm Thành cổ",
                "Đoàn viên dâng hương tại Đài tưởng niệm Thành cổ", "fig_lazy"),
            P("Tại đây, các em được nghe thuyết minh về 81 ngày đêm chiến đấu bảo vệ Thành cổ năm 1972 và "
              "tham gia thả hoa đăng trên dòng sông Thạch Hãn."),
            P("Em Lê Bảo Ngọc, lớp 11A3, chia sẻ:"),
            P("Chuyến đi giúp em hiểu hơn sự hy sinh của thế hệ cha anh để có được cuộc sống hôm nay.",
              "quote"),
            Img(f"{UP}/10/thanh-co-2.jpg", "Thả hoa đăng tri ân trên sông Thạch Hãn",
                "Thả hoa đăng tri ân trên sông Thạch Hãn", "fig_lazy"),
            _sign("Đoàn trường", "em", gutenberg=True),
        ],
        authors=["Đoàn trường"],
        opts={"editor": "gutenberg", "account": "ltthuha", "time": "2026-10-17T00:00:00+07:00",
              "related": [413, 431]},
    ),
    Story(
        424, "chuyen-de-day-hoc-stem-mon-vat-li",
        "Chuyên đề: Dạy học theo định hướng giáo dục STEM trong môn Vật lí", "to-chuyen-mon",
        "2026-11-21T14:00:00+07:00",
        [
            P("Chiều 20/11/2026, Tổ Vật lí – Công nghệ tổ chức sinh hoạt chuyên đề “Dạy học theo định "
              "hướng giáo dục STEM trong môn Vật lí” với sự tham gia của giáo viên các tổ Khoa học tự nhiên."),
            P("Mục tiêu của chuyên đề", "h"),
            P("Giúp giáo viên nắm vững quy trình thiết kế bài học STEM gồm 5 bước, từ xác định vấn đề thực "
              "tiễn đến chế tạo, thử nghiệm và đánh giá sản phẩm."),
            P("Tiết dạy minh họa", "h"),
            P("Tiết dạy minh họa bài “Động cơ nhiệt” tại lớp 10A2, học sinh làm việc theo nhóm để chế tạo "
              "mô hình tàu chạy bằng hơi nước từ vật liệu tái chế."),
            Img(f"{UP}/11/stem-vat-li.jpg", "Học sinh lớp 10A2 thử nghiệm mô hình tàu hơi nước",
                "Học sinh lớp 10A2 thử nghiệm mô hình tàu hơi nước", "center"),
            P("Kết thúc chuyên đề, các giáo viên thống nhất mỗi tổ xây dựng ít nhất hai chủ đề STEM trong "
              "học kỳ II."),
            Raw('<p style="text-align: right;"><strong>ThS. Trần Đức Minh</strong><br />\n'
                "<em>Tổ trưởng Tổ Vật lí – Công nghệ</em></p>"),
        ],
        authors=["Trần Đức Minh"],
        opts={"editor": "classic", "account": "quantri"},
    ),
    Story(
        427, "ngay-hoi-chuyen-doi-so-2026",
        "Ngày hội Chuyển đổi số trong nhà trường năm 2026", "tin-tuc-su-kien",
        "2026-11-25T09:20:00+07:00",
        [
            P("Sáng 24/11/2026, Trường THPT Lê Quý Đôn tổ chức Ngày hội Chuyển đổi số với chủ đề “Học sinh "
              "số – Công dân số”."),
            P("Ngày hội gồm các hoạt động: trưng bày sản phẩm lập trình, thi thiết kế poster về an toàn "
              "thông tin và giới thiệu ứng dụng học bạ số."),
            Img(f"{UP}/11/IMG_4021-1024x768.jpg", "Gian trưng bày sản phẩm lập trình của lớp 11A1",
                "Gian trưng bày sản phẩm lập trình của lớp 11A1", "gal"),
            Img(f"{UP}/11/IMG_4025-1024x768.jpg", "Học sinh trải nghiệm kính thực tế ảo",
                "Học sinh trải nghiệm kính thực tế ảo", "gal"),
            Img(f"{UP}/11/IMG_4030-1024x768.jpg", "Ban giám khảo chấm poster an toàn thông tin",
                "Ban giám khảo chấm poster an toàn thông tin", "gal"),
            P("Theo thầy Phó Hiệu trưởng Nguyễn Văn Lực, ngày hội giúp học sinh hình thành kỹ năng sử dụng "
              "công nghệ an toàn, có trách nhiệm."),
            _sign("Tin: Lê Thị Thu Hà – Ảnh: Trần Quốc Bảo", gutenberg=True),
        ],
        authors=["Lê Thị Thu Hà"], photographers=["Trần Quốc Bảo"],
        opts={"editor": "gutenberg", "account": "ltthuha",
              "comments": [("Phụ huynh lớp 11A1", "2026-11-25T20:41:00+07:00",
                            "Các con rất hào hứng, cảm ơn nhà trường đã tổ chức ngày hội ý nghĩa."),
                           ("Minh Khang", "2026-11-26T06:58:00+07:00",
                            "Năm sau mong trường tổ chức thêm cuộc thi lập trình robot ạ.")]},
    ),
    Story(
        410, "pho-bien-quy-che-thi-tot-nghiep-thpt-nam-2027",
        "Phổ biến Quy chế thi tốt nghiệp THPT năm 2027 cho học sinh lớp 12", "thi-cu-tuyen-sinh",
        "2026-10-08T15:45:00+07:00",
        [
            P("Chiều 07/10/2026, nhà trường tổ chức buổi phổ biến những điểm mới của Quy chế thi tốt nghiệp "
              "THPT áp dụng từ năm 2027 cho toàn thể học sinh khối 12 và giáo viên chủ nhiệm."),
            P("Theo quy chế, thí sinh thi bắt buộc hai môn Toán, Ngữ văn và hai môn tự chọn trong số các môn "
              "còn lại được học ở lớp 12."),
            P("Thí sinh đăng ký dự thi hoàn toàn trực tuyến trên hệ thống của Bộ Giáo dục và Đào tạo."),
            Img(f"{UP}/10/pho-bien-quy-che.jpg", None, None, "plain"),
            P("Các em học sinh cần theo dõi thường xuyên website nhà trường để cập nhật thông tin về kỳ thi."),
            Raw("<p><em>Nguồn: moet.gov.vn</em></p>"),
        ],
        source="moet.gov.vn",
        opts={"editor": "classic", "account": "quantri", "sticky": True},
    ),
    Story(
        433, "to-ngu-van-thao-giang-chao-mung-20-11",
        "Tổ Ngữ văn tổ chức thao giảng chào mừng Ngày Nhà giáo Việt Nam 20/11", "to-chuyen-mon",
        "2026-11-30T10:00:00+07:00",
        [
            P("Trong tháng 11/2026, Tổ Ngữ văn đã tổ chức 6 tiết thao giảng chào mừng kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam."),
            P("Các tiết dạy chú trọng phát triển năng lực đọc hiểu và viết của học sinh theo Chương trình "
              "giáo dục phổ thông 2018, vận dụng linh hoạt kỹ thuật dạy học tích cực như khăn trải bàn, "
              "phòng tranh, mảnh ghép."),
            Img(f"{UP}/11/thao-giang-ngu-van.jpg", "Cô Nguyễn Thị Hạnh thao giảng tại lớp 11A4",
                "Cô Nguyễn Thị Hạnh thao giảng tại lớp 11A4", "wpcap"),
            P("Qua dự giờ, tổ đã xếp loại 4 tiết Tốt và 2 tiết Khá, đồng thời rút kinh nghiệm chung để nâng "
              "cao chất lượng giờ dạy."),
            _sign("Tổ Ngữ văn"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"editor": "classic", "account": "ltthuha", "tags": ["20-11"]},
    ),
    Story(
        429, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026", "tin-tuc-su-kien",
        "2026-11-20T08:30:00+07:00",
        [
            P("Sáng 20/11/2026, Trường THPT Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
              "Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường.", "lead"),
            Img(f"{UP}/11/le-20-11-1024x683.jpg", "Các đại biểu dự lễ kỷ niệm", "Các đại biểu dự lễ kỷ niệm",
                "fig"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Hoàng Văn Quang điểm lại truyền thống hơn 30 năm xây "
              "dựng và phát triển của nhà trường."),
            P("Nhân dịp này, nhà trường trao Giấy khen cho 12 giáo viên có thành tích xuất sắc trong năm "
              "học 2025 – 2026."),
            Img(f"{UP}/11/le-20-11-van-nghe-1024x683.jpg", "Ảnh: Trần Quốc Bảo", None, "fig"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các chi đoàn biểu diễn."),
        ],
        photographers=["Trần Quốc Bảo"],
        summary="Sáng 20/11/2026, Trường THPT Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường.",
        opts={"editor": "gutenberg", "account": "quantri", "tags": ["20-11"], "related": [433, 431],
              "modified": "2026-11-22T15:30:00+07:00",
              "comments": [("Cựu học sinh K25", "2026-11-20T21:14:00+07:00",
                            "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
                           ("Nguyễn Thị Lan", "2026-11-21T07:03:00+07:00",
                            "Xúc động khi xem lại những hình ảnh của trường cũ.")]},
    ),
    Story(
        413, "phat-dong-phong-trao-ao-am-cho-em-2026",
        "Đoàn trường phát động phong trào “Áo ấm cho em” năm 2026", "doan-thanh-nien",
        "2026-10-12T07:45:00+07:00",
        [
            P("Hưởng ứng chương trình “Áo ấm cho em” do Tỉnh đoàn phát động, Đoàn trường THPT Lê Quý Đôn "
              "kêu gọi đoàn viên, học sinh quyên góp quần áo ấm, sách vở gửi tặng học sinh các xã miền núi "
              "phía Tây của tỉnh."),
            P("Thời gian tiếp nhận: từ ngày 12/10 đến ngày 30/10/2026."),
            P("Địa điểm: Văn phòng Đoàn trường (tầng 1, nhà A).", "br"),
            P("👉 Mỗi chi đoàn cử 2 đoàn viên phụ trách tập hợp và phân loại quà."),
            _sign("BCH Đoàn trường", "em"),
        ],
        authors=["BCH Đoàn trường"],
        opts={"editor": "classic", "account": "ltthuha"},
    ),
    Story(
        405, "tap-huan-phong-chay-chua-chay-cho-hoc-sinh",
        "Tập huấn phòng cháy chữa cháy và cứu nạn, cứu hộ cho học sinh", "tin-tuc-su-kien",
        "2026-10-03T09:00:00+07:00",
        [
            P("Sáng 02/10/2026, nhà trường phối hợp với Đội Cảnh sát PCCC và CNCH khu vực Đông Hà tổ chức "
              "buổi tập huấn kỹ năng phòng cháy chữa cháy cho hơn 1.200 học sinh."),
            Img(f"{UP}/10/tap-huan-pccc.jpg", "(Học sinh thực hành sử dụng bình chữa cháy)",
                "Học sinh thực hành sử dụng bình chữa cháy", "center"),
            P("Các em được hướng dẫn cách sử dụng bình chữa cháy xách tay, kỹ năng thoát nạn khi có cháy "
              "trong tòa nhà cao tầng và sơ cứu người bị nạn."),
            P("Buổi tập huấn góp phần nâng cao ý thức phòng ngừa cháy nổ trong trường học và tại gia đình."),
            _sign("Trần Quốc Bảo"),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"editor": "classic", "account": "quantri"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def _when(s: Story) -> datetime:
    return datetime.fromisoformat(s.opts.get("time") or s.published_at)


#: newest first, as WordPress lists them
ORDERED = sorted(STORIES, key=_when, reverse=True)

# --- WP pages and attachments (not articles) ------------------------------------------------

PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường THPT Lê Quý Đôn được thành lập năm 1994, là trường đạt chuẩn Quốc gia mức độ 2. "
        "Năm học 2026 – 2027, trường có 32 lớp với 1.250 học sinh và 86 cán bộ, giáo viên, nhân viên.</p>"
        "<h3>Sứ mệnh</h3><p>Xây dựng môi trường học tập thân thiện, chất lượng, giúp học sinh phát triển "
        "toàn diện.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: Số 42 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</p><p>Điện thoại: 0233 3852 416"
        "</p><p>Email: c3lequydon@quangtri.edu.vn</p>"
        '<div class="wpcf7 no-js" id="wpcf7-f88-p12-o1" lang="vi" dir="ltr">'
        '<form action="/lien-he/#wpcf7-f88-p12-o1" method="post" class="wpcf7-form init">'
        '<p><label>Họ tên<br /><input size="40" class="wpcf7-form-control" name="your-name" /></label></p>'
        '<p><label>Nội dung<br /><textarea name="your-message"></textarea></label></p>'
        '<p><input class="wpcf7-submit" type="submit" value="Gửi" /></p></form></div>',
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        '<figure class="wp-block-table"><table><tbody><tr><td>Tổ</td><td>Tổ trưởng</td><td>Số GV</td></tr>'
        "<tr><td>Toán – Tin</td><td>Nguyễn Văn Hùng</td><td>14</td></tr>"
        "<tr><td>Ngữ văn</td><td>Nguyễn Thị Hạnh</td><td>11</td></tr>"
        "<tr><td>Vật lí – Công nghệ</td><td>Trần Đức Minh</td><td>8</td></tr></tbody></table></figure>",
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">'
        + "".join(
            f'<figure class="wp-block-image size-thumbnail"><a href="{UP}/{m}/{n}.jpg"><img src="{UP}/{m}/{n}'
            f'-150x150.jpg" alt="" /></a></figure>'
            for m, n in (("11", "IMG_4021"), ("11", "le-20-11"), ("10", "thanh-co-1"), ("10", "tap-huan-pccc"))
        )
        + "</figure>",
    ),
    "thoi-khoa-bieu": (
        "Thời khóa biểu",
        "<p>Thời khóa biểu học kỳ I năm học 2026 – 2027, áp dụng từ ngày 16/11/2026.</p>"
        f'<p><a href="{UP}/11/TKB-HKI-2026-2027.pdf">TKB-HKI-2026-2027.pdf</a></p>',
    ),
}

ATTACHMENTS = {
    ("ngay-hoi-chuyen-doi-so-2026", "img_4021"): ("IMG_4021", 1201, f"{UP}/11/IMG_4021.jpg", 0),
    ("ngay-hoi-chuyen-doi-so-2026", "img_4025"): ("IMG_4025", 1202, f"{UP}/11/IMG_4025.jpg", 1),
    ("ngay-hoi-chuyen-doi-so-2026", "img_4030"): ("IMG_4030", 1203, f"{UP}/11/IMG_4030.jpg", 2),
}

# --- dates -------------------------------------------------------------------------------------


def vi_date(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month]}, {d.year}"


def utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _time_iso(s: Story) -> str:
    return s.opts.get("time") or s.published_at


# --- chrome ------------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(
        f'<li id="menu-item-{60 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category">'
        f'<a href="/category/{slug}/">{esc(name)}</a></li>'
        for i, (slug, name) in enumerate(CATS.items())
    )
    return (
        '<nav id="site-navigation" class="main-navigation" role="navigation"><ul class="onepress-menu">'
        '<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-home"><a href="/">Trang chủ</a></li>'
        '<li id="menu-item-22" class="menu-item menu-item-has-children"><a href="/gioi-thieu/">Giới thiệu</a>'
        '<ul class="sub-menu"><li id="menu-item-23" class="menu-item"><a href="/doi-ngu-giao-vien/">'
        'Đội ngũ giáo viên</a></li><li id="menu-item-24" class="menu-item"><a href="/thu-vien-anh/">'
        "Thư viện ảnh</a></li></ul></li>"
        '<li id="menu-item-25" class="menu-item menu-item-has-children"><a href="/tin-tuc/">Tin tức</a>'
        f'<ul class="sub-menu">{cats}</ul></li>'
        '<li id="menu-item-26" class="menu-item"><a href="/thoi-khoa-bieu/">Thời khóa biểu</a></li>'
        '<li id="menu-item-27" class="menu-item"><a href="/lien-he/">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _header() -> str:
    return (
        '<div id="header-section" class="h-on-top no-transparent">'
        f'<div class="lqd-topbar"><div class="container"><span class="lqd-ngay">{HEADER_TODAY}</span>'
        '<span class="lqd-hotline">Hotline: 0233 3852 416</span>'
        '<a href="https://www.facebook.com/thptlequydon.qt" target="_blank">Facebook</a></div></div>'
        '<header id="masthead" class="site-header header-contained is-sticky no-scroll no-t h-on-top" '
        'role="banner"><div class="container"><div class="site-branding"><div class="site-brand-inner '
        'has-logo-img no-desc"><div class="site-logo-div"><a href="/" class="custom-logo-link" rel="home">'
        f'<img width="260" height="60" src="/wp-content/uploads/2024/08/logo-lqd.png" class="custom-logo" '
        f'alt="{SITE}" /></a></div></div></div><div class="header-right-wrapper">'
        '<a href="#0" id="nav-toggle">Menu<span></span></a>' + _menu() + "</div></div></header></div>"
    )


def _sidebar() -> str:
    recent = "".join(f'<li><a href="/{s.slug}/">{esc(s.title)}</a></li>' for s in ORDERED[:5])
    top = "".join(
        f'<li><a href="/{BY_ID[i].slug}/" class="bump-view" data-bump-view="tp"><img loading="lazy" '
        f'width="40" height="40" src="{UP}/thumbs/{i}-40x40.jpg" alt="{esc(BY_ID[i].title)}" '
        f'class="widgets-list-layout-blavatar" /></a><div class="widgets-list-layout-links">'
        f'<a href="/{BY_ID[i].slug}/" class="bump-view" data-bump-view="tp">{esc(BY_ID[i].title)}</a></div></li>'
        for i in (429, 421, 431, 424)
    )
    months = []
    for m in (12, 11, 10):
        n = sum(1 for s in STORIES if _when(s).month == m)
        months.append(f"<li><a href='/2026/{m:02d}/'>{MONTHS[m]} 2026</a>&nbsp;({n})</li>")
    cats = "".join(
        f'<li class="cat-item"><a href="/category/{slug}/">{esc(name)}</a> ({len(_in_cat(slug))})</li>'
        for slug, name in CATS.items()
    )
    return (
        '<div id="secondary" class="widget-area sidebar" role="complementary">'
        '<aside id="search-2" class="widget widget_search"><form role="search" method="get" '
        'class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span>'
        '<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" />'
        '</label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></aside>'
        '<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">'
        f"Bài viết mới</h2><ul>{recent}</ul></aside>"
        '<aside id="top-posts-3" class="widget widget_top-posts"><h2 class="widget-title">Xem nhiều</h2>'
        f'<ul class="widgets-list-layout no-grav">{top}</ul></aside>'
        '<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2>'
        f'<ul>{"".join(months)}</ul></aside>'
        '<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2>'
        f"<ul>{cats}</ul></aside>"
        '<aside id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget">'
        '<h2 class="widget-title">Thống kê truy cập</h2><ul><li><label>Đang online:&nbsp;</label>14</li>'
        "<li><label>Hôm nay:&nbsp;</label>356</li><li><label>Hôm qua:&nbsp;</label>512</li>"
        "<li><label>Tổng truy cập:&nbsp;</label>1.204.567</li></ul></aside></div>"
    )


def _footer() -> str:
    return (
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="footer-widgets '
        'section-padding"><div class="container"><div class="row"><div id="footer-1" class="col-md-6 '
        f'footer-column widget-area"><aside class="widget widget_text"><h2 class="widget-title">{SITE}</h2>'
        '<div class="textwidget"><p>Địa chỉ: Số 42 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị<br />'
        "Điện thoại: 0233 3852 416 – Email: c3lequydon@quangtri.edu.vn</p></div></aside></div>"
        '<div id="footer-2" class="col-md-6 footer-column widget-area"><aside class="widget widget_links">'
        '<h2 class="widget-title">Liên kết</h2><ul><li><a href="https://quangtri.edu.vn/">Sở GD&amp;ĐT '
        'Quảng Trị</a></li><li><a href="https://moet.gov.vn/">Bộ GD&amp;ĐT</a></li></ul></aside></div>'
        '</div></div></div><div class="site-info"><div class="container">Bản quyền &copy; 2026 '
        f"{SITE}<span class=\"sep\"> &ndash; </span>Giao diện OnePress bởi FameThemes</div></div></footer>"
    )


def layout(request: Request, title: str, main: str, *, body_class: str, canonical: str,
           head: str = "", sidebar: bool = True, page_header: str | None = None) -> Response:
    base = base_url(request)
    ph = (
        f'<div class="page-header"><div class="container"><h1 class="entry-title">{esc(page_header)}</h1>'
        "</div></div>"
        if page_header
        else ""
    )
    inner = (
        f'<div id="content-inside" class="container right-sidebar"><div id="primary" class="content-area">'
        f'<main id="main" class="site-main" role="main">{main}</main></div>{_sidebar()}</div>'
        if sidebar
        else main
    )
    page = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        f'<link rel="canonical" href="{base}{canonical}" />\n'
        f'<meta property="og:locale" content="vi_VN" />\n<meta property="og:site_name" content="{SITE}" />\n'
        f"{head}"
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" '
        f'href="{base}/feed/" />\n'
        "<link rel='stylesheet' id='onepress-style-css' href='/wp-content/themes/onepress/style.css?ver=2.3.8' "
        "media='all' />\n<link rel='stylesheet' id='jetpack_css-css' "
        "href='/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9' media='all' />\n"
        "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
        f'</head>\n<body class="{body_class}">\n<div id="page" class="hfeed site">'
        '<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>'
        f'{_header()}<div id="content" class="site-content">{ph}{inner}</div>{_footer()}</div>\n'
        "<script src='/wp-content/themes/onepress/assets/js/theme.js?ver=2.3.8'></script>\n"
        "</body>\n</html>\n"
    )
    return html(page)


def _crumbs(trail: list[tuple[str | None, str]]) -> str:
    parts = [
        '<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" '
        f'title="Đi tới {SITE}." href="/" class="home"><span property="name">{SITE}</span></a>'
        '<meta property="position" content="1"></span>'
    ]
    for pos, (href, label) in enumerate(trail, start=2):
        if href:
            parts.append(
                '<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" '
                f'title="Đi tới {esc(label)}." href="{href}" class="taxonomy category"><span property="name">'
                f'{esc(label)}</span></a><meta property="position" content="{pos}"></span>'
            )
        else:
            parts.append(
                f'<span property="itemListElement" typeof="ListItem"><span property="name" '
                f'class="post post-post current-item">{esc(label)}</span><meta property="url" content="">'
                f'<meta property="position" content="{pos}"></span>'
            )
    return '<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">' + " &gt; ".join(
        parts
    ) + "</div>"


# --- article content ---------------------------------------------------------------------------

_DATA_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _small(src: str, size: str) -> str:
    stem = src.rsplit(".", 1)[0]
    for suffix in ("-1024x683", "-1024x768"):
        stem = stem.removesuffix(suffix)
    return f"{stem}-{size}.jpg"


def _img_tag(img: Img, wid: int, lazy: bool, extra: str = "") -> str:
    srcset = f"{img.src} 1024w, {_small(img.src, '300x200')} 300w, {_small(img.src, '768x512')} 768w"
    if not lazy:
        return (
            f'<img decoding="async" loading="lazy" width="1024" height="683" src="{img.src}" alt="" '
            f'class="wp-image-{wid}{extra}" srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" />'
        )
    return (
        f'<img decoding="async" width="800" height="533" src="{_DATA_GIF}" data-lazy-src="{img.src}'
        f'?is-pending-load=1" alt="" class="wp-image-{wid}{extra} jetpack-lazy-image" '
        f'data-lazy-srcset="{srcset}" data-lazy-sizes="(max-width: 800px) 100vw, 800px" />'
        f'<noscript><img data-lazy-fallback="1" decoding="async" width="800" height="533" src="{img.src}" '
        f'alt="" class="wp-image-{wid}{extra}" /></noscript>'
    )


def _image(story: Story, img: Img, wid: int) -> str:
    cap = esc(img.printed) if img.printed else ""
    st = img.style
    if st in ("fig", "fig_lazy"):
        fc = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
        return f'<figure class="wp-block-image size-large">{_img_tag(img, wid, st == "fig_lazy")}{fc}</figure>'
    if st == "wpcap":
        return (
            f'<div id="attachment_{wid}" style="width: 810px" class="wp-caption aligncenter">'
            + _img_tag(img, wid, False, " size-full").replace("<img ", f'<img aria-describedby="caption-attachment-{wid}" ', 1)
            + f'<p id="caption-attachment-{wid}" class="wp-caption-text">{cap}</p></div>'
        )
    if st in ("center", "center_lazy"):
        out = (
            f'<p style="text-align: center;">{_img_tag(img, wid, st == "center_lazy", " aligncenter size-full")}'
            "</p>\n"
        )
        if cap:
            out += f'<p style="text-align: center;"><em>{cap}</em></p>'
        return out
    if st == "plain":
        return f"<p>{_img_tag(img, wid, False, ' alignnone size-large')}</p>"
    raise ValueError(st)


def _gallery(story: Story, imgs: list[Img], wid: int) -> str:
    items = []
    for k, img in enumerate(imgs):
        att = next(slug for (post, slug), v in ATTACHMENTS.items() if post == story.slug and v[3] == k)
        tag = _img_tag(img, wid + k, False).replace("<img ", f'<img data-id="{wid + k}" ', 1)
        items.append(
            f'<figure class="wp-block-image size-large"><a href="/{story.slug}/{att}/">{tag}</a>'
            f'<figcaption class="wp-element-caption">{esc(img.printed or "")}</figcaption></figure>'
        )
    return (
        '<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 '
        f'is-layout-flex wp-block-gallery-is-layout-flex">{"".join(items)}</figure>'
    )


def render_blocks(story: Story, blocks: list) -> str:
    gut = story.opts.get("editor") == "gutenberg"
    out: list[str] = []
    i = 0
    wid = 1100 + story.id % 100 * 10
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gal":
                run = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    run.append(blocks[i])
                    i += 1
                out.append(_gallery(story, run, 1201))
                continue
            out.append(_image(story, b, wid))
            wid += 1
            i += 1
            continue
        st = b.style
        if st in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                run.append(blocks[i])
                i += 1
            if st == "li":
                cls = ' class="wp-block-list"' if gut else ""
                out.append(f"<ul{cls}>" + "".join(f"<li>{text(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td>{text(c)}</td>" for c in p.text.split(" | ")) + "</tr>" for p in run
                )
                if gut:
                    out.append(f'<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>{rows}'
                               "</tbody></table></figure>")
                else:
                    out.append(f'<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>{rows}'
                               "</tbody></table>")
            continue
        if st == "h":
            out.append(f'<h3 class="wp-block-heading">{text(b.text)}</h3>' if gut else f"<h4>{text(b.text)}</h4>")
        elif st == "lead":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif st == "quote":
            cls = ' class="wp-block-quote is-layout-flow"' if gut else ""
            out.append(f"<blockquote{cls}><p>{text(b.text)}</p></blockquote>")
        else:
            lines = [text(b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(text(blocks[i].text))
                i += 1
            attr = "" if gut else ' style="text-align: justify;"'
            out.append(f"<p{attr}>" + "<br />\n".join(lines) + "</p>")
            continue
        i += 1
    if not gut:
        # the classic editor's empty paragraphs before the closing line
        for k in range(len(out) - 1, -1, -1):
            if out[k].startswith('<p style="text-align: right;">'):
                out.insert(k, "<p>&nbsp;</p>")
                break
    return "\n".join(out)


def _parts(story: Story) -> list[list]:
    parts: list[list] = [[]]
    for b in story.blocks:
        if b is NEXTPAGE:
            parts.append([])
        else:
            parts[-1].append(b)
    return parts


def _related(story: Story) -> str:
    items = []
    for pos, rid in enumerate(story.opts.get("related", [])):
        r = BY_ID[rid]
        href = (f"/{r.slug}/?relatedposts_hit=1&amp;relatedposts_origin={story.id}"
                f"&amp;relatedposts_position={pos}")
        items.append(
            f'<ul class="jp-related-posts-i2__post" id="related-posts-item-{story.id}-{pos}" aria-labelledby='
            f'"related-posts-item-{story.id}-{pos}-label"><li class="jp-related-posts-i2__post-link">'
            f'<a id="related-posts-item-{story.id}-{pos}-label" href="{href}" data-origin="{story.id}" '
            f'data-position="{pos}">{esc(r.title)}</a></li><li class="jp-related-posts-i2__post-img-link">'
            f'<a href="{href}" aria-hidden="true"><img loading="lazy" class="jp-related-posts-i2__post-img" '
            f'src="{UP}/thumbs/{r.id}-350x200.jpg" alt="{esc(r.title)}" width="350" height="200" /></a></li>'
            f'<li class="jp-related-posts-i2__post-date">{vi_date(_time_iso(r))}</li>'
            f'<li class="jp-related-posts-i2__post-context">Trong &ldquo;{esc(CATS[r.cat])}&rdquo;</li></ul>'
        )
    if not items:
        return ""
    return (
        '<nav class="jp-relatedposts-i2 wp-block-jetpack-related-posts" data-layout="grid">'
        '<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>'
        f'<div class="jp-related-posts-i2__row" data-post-count="{len(items)}">{"".join(items)}</div></nav>'
    )


def _jetpack(story: Story) -> str:
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-'
        f'{story.id}" class="share-facebook sd-button share-icon" href="/{story.slug}/?share=facebook&amp;nb=1" '
        'target="_blank" title="Nhấn vào chia sẻ trên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print '
        f'sd-button share-icon" href="/{story.slug}/#print" target="_blank" title="Bấm để in"><span>In</span>'
        '</a></li><li class="share-end"></li></ul></div></div></div>'
        f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' "
        f"id='like-post-wrapper-219774031-{story.id}-6751' data-src='' data-name='like-post-frame-219774031-"
        f"{story.id}'><h3 class=\"sd-title\">Thích điều này:</h3><div class='likes-widget-placeholder "
        "post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Thích</span></span> "
        "<span class='loading'>Đang tải...</span></div><span class='sd-text-color'></span>"
        "<a class='sd-link-color'></a></div>"
    )


def _comments(story: Story) -> str:
    cs = story.opts.get("comments")
    if not cs:
        return ""
    items = []
    for k, (who, when, said) in enumerate(cs):
        cid = story.id * 10 + k
        d = datetime.fromisoformat(when)
        items.append(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" '
            'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<img alt="" src="/wp-content/uploads/avatar-default.png" class="avatar avatar-60 photo" height="60" '
            f'width="60" /><b class="fn">{esc(who)}</b> <span class="says">nói:</span></div>'
            f'<div class="comment-metadata"><a href="/{story.slug}/#comment-{cid}"><time datetime="{when}">'
            f"{vi_date(when)} lúc {d:%H:%M}</time></a></div></footer>"
            f'<div class="comment-content"><p>{esc(said)}</p></div></article></li>'
        )
    return (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(cs)} bình luận về '
        f'&ldquo;<span>{esc(story.title)}</span>&rdquo;</h2><ol class="comment-list">{"".join(items)}</ol>'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        'Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform" '
        'class="comment-form"><p class="comment-form-comment"><label for="comment">Bình luận</label>'
        '<textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" '
        'type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" '
        f'value="{story.id}" /></p></form></div></div>'
    )


def _meta(story: Story) -> str:
    iso = _time_iso(story)
    mod = story.opts.get("modified") or iso
    acc = story.opts["account"]
    return (
        '<div class="entry-meta"><span class="posted-on">Đăng vào <a href="/'
        f'{story.slug}/" rel="bookmark"><time class="entry-date published" datetime="{iso}">{vi_date(iso)}'
        f'</time><time class="updated" datetime="{mod}">{vi_date(mod)}</time></a></span>'
        f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/{acc}/">'
        f"{esc(ACCOUNTS[acc])}</a></span></span></div>"
    )


def single(request: Request, story: Story, page_no: int = 1) -> Response | None:
    parts = _parts(story)
    if page_no > len(parts):
        return None
    iso = _time_iso(story)
    content = render_blocks(story, parts[page_no - 1])
    if len(parts) > 1:
        links = []
        for n in range(1, len(parts) + 1):
            if n == page_no:
                links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>')
            else:
                href = f"/{story.slug}/" if n == 1 else f"/{story.slug}/{n}/"
                links.append(f'<a href="{href}" class="post-page-numbers">{n}</a>')
        content += f'\n<div class="page-links">Trang: {" ".join(links)}</div>'
    content += _related(story) + _jetpack(story)
    cats = [story.cat, *story.opts.get("extra_cats", [])]
    footer = '<span class="cat-links">Đăng trong ' + ", ".join(
        f'<a href="/category/{c}/" rel="category tag">{esc(CATS[c])}</a>' for c in cats
    ) + "</span>"
    if story.opts.get("tags"):
        footer += '<span class="tags-links">Thẻ ' + ", ".join(
            f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
        ) + "</span>"
    k = ORDERED.index(story)
    nav = []
    if k + 1 < len(ORDERED):
        nav.append(f'<div class="nav-previous"><a href="/{ORDERED[k + 1].slug}/" rel="prev">'
                   f"{esc(ORDERED[k + 1].title)}</a></div>")
    if k > 0:
        nav.append(f'<div class="nav-next"><a href="/{ORDERED[k - 1].slug}/" rel="next">'
                   f"{esc(ORDERED[k - 1].title)}</a></div>")
    cls = " ".join(f"category-{c}" for c in cats)
    main = (
        _crumbs([(f"/category/{story.cat}/", CATS[story.cat]), (None, story.title)])
        + f'<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard '
        f'hentry {cls}"><header class="entry-header"><h1 class="entry-title">{esc(story.title)}</h1>'
        f'{_meta(story)}</header><div class="entry-content">\n{content}\n</div>'
        f'<footer class="entry-footer">{footer}</footer></article>'
        '<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">'
        f'Điều hướng bài viết</h2><div class="nav-links">{"".join(nav)}</div></nav>'
        + _comments(story)
    )
    base = base_url(request)
    canonical = f"/{story.slug}/" if page_no == 1 else f"/{story.slug}/{page_no}/"
    desc = story.paragraphs[0][:150]
    mod = story.opts.get("modified") or iso
    head = (
        f'<meta name="description" content="{esc(desc)}" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{base}{canonical}" />\n'
        f'<meta property="article:published_time" content="{utc(iso)}" />\n'
        f'<meta property="article:modified_time" content="{utc(mod)}" />\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
        '<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org",'
        f'"@graph":[{{"@type":"Article","headline":"{esc(story.title)}","datePublished":"{utc(iso)}",'
        f'"dateModified":"{utc(mod)}","author":{{"name":"{esc(ACCOUNTS[story.opts["account"]])}"}}}}]}}'
        "</script>\n"
    )
    return layout(
        request, f"{story.title} – {SITE}", main,
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard group-blog",
        canonical=canonical, head=head, page_header="Tin tức",
    )


# --- listings ----------------------------------------------------------------------------------


def _in_cat(slug: str) -> list[Story]:
    return [s for s in ORDERED if s.cat == slug or slug in s.opts.get("extra_cats", [])]


def _excerpt(s: Story) -> str:
    words = s.paragraphs[0].split()
    return " ".join(words[:28]) + (" &hellip;" if len(words) > 28 else "")


def _list_item(s: Story) -> str:
    first = s.images[0].src if s.images else f"{UP}/default-thumb.jpg"
    return (
        f'<article id="post-{s.id}" class="list-article clearfix post-{s.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry category-{s.cat}{" sticky" if s.opts.get("sticky") else ""}">'
        f'<div class="list-article-thumb"><a href="/{s.slug}/"><img width="300" height="150" '
        f'src="{_small(first, "300x150")}" class="attachment-onepress-blog-small size-onepress-blog-small '
        f'wp-post-image" alt="" decoding="async" /></a></div><div class="list-article-content">'
        f'<div class="list-article-meta"><a href="/category/{s.cat}/" rel="category tag">{esc(CATS[s.cat])}'
        f'</a></div><header class="entry-header"><h2 class="entry-title"><a href="/{s.slug}/" rel="bookmark">'
        f'{esc(s.title)}</a></h2></header><div class="entry-excerpt"><p>{_excerpt(s)}</p></div></div></article>'
    )


def _pager(base: str, page: int, total: int) -> str:
    if total <= 1:
        return ""
    links = []
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        links.append(f'<a class="prev page-numbers" href="{prev}">Trước</a>')
    for n in range(1, total + 1):
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{base if n == 1 else f"{base}page/{n}/"}">{n}</a>')
    if page < total:
        links.append(f'<a class="next page-numbers" href="{base}page/{page + 1}/">Tiếp</a>')
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">'
        f'Phân trang bài viết</h2><div class="nav-links">{"".join(links)}</div></nav>'
    )


def listing(request: Request, base: str, heading: str, items: list[Story], page: int, *,
            sticky: bool = False, body_class: str = "archive") -> Response | None:
    total = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > total:
        return None
    shown = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    if sticky and page == 1:
        stick = [s for s in items if s.opts.get("sticky")]
        shown = stick + [s for s in shown if s not in stick]
    body = "".join(_list_item(s) for s in shown)
    main = (
        _crumbs([(None, heading)])
        + f'<div class="posts-list">{body}</div>' + _pager(base, page, total)
    )
    title = heading + (f" &#8211; Trang {page}" if page > 1 else "")
    return layout(
        request, f"{_html.unescape(title)} – {SITE}", main, body_class=body_class,
        canonical=base if page == 1 else f"{base}page/{page}/", page_header=heading,
    )


def home(request: Request) -> Response:
    news = "".join(_list_item(s) for s in ORDERED[:4])
    features = "".join(
        f'<div class="feature-item col-lg-3 col-sm-6"><div class="feature-media"><a href="/gioi-thieu/">'
        f'<span class="fa-stack fa-5x"><i class="fa fa-circle fa-stack-2x icon-background-default"></i>'
        f'<i class="feature-icon fa {icon} fa-stack-1x"></i></span></a></div><h4><a href="/gioi-thieu/">'
        f'{esc(t)}</a></h4><div class="feature-item-content"><p>{esc(d)}</p></div></div>'
        for icon, t, d in (
            ("fa-trophy", "Trường chuẩn Quốc gia", "Đạt chuẩn Quốc gia mức độ 2 từ năm 2021."),
            ("fa-graduation-cap", "98,6% đỗ tốt nghiệp", "Tỉ lệ đỗ tốt nghiệp THPT năm 2026."),
            ("fa-users", "86 cán bộ, giáo viên", "100% giáo viên đạt chuẩn, 31 thạc sĩ."),
            ("fa-laptop", "Chuyển đổi số", "Học bạ số, sổ liên lạc điện tử, thư viện số."),
        )
    )
    main = (
        '<section id="hero" data-images="[]" class="hero-slideshow-wrapper hero-slideshow-normal">'
        '<div class="container"><div class="hero__content hero-content-style1">'
        f'<h2 class="hero-large-text">{SITE}<br /><span class="js-rotating">Kỷ cương | Tình thương | Trách nhiệm'
        '</span></h2><div class="hero-small-text"><p>Tỉnh Quảng Trị – Năm học 2026 – 2027</p></div>'
        '<a href="/?p=440" class="btn btn-theme-primary btn-lg">Xem thông báo nghỉ Tết</a> '
        '<a href="/gioi-thieu/" class="btn btn-secondary-outline btn-lg">Giới thiệu</a></div></div></section>'
        '<section id="features" class="section-features section-padding section-meta onepage-section">'
        '<div class="container"><div class="section-title-area"><h5 class="section-subtitle">Vì sao chọn '
        'Lê Quý Đôn</h5><h2 class="section-title">Thành tích nổi bật</h2></div><div class="section-content">'
        f'<div class="row">{features}</div></div></div></section>'
        '<section id="counter" class="section-counter section-padding onepage-section"><div class="container">'
        '<div class="row">'
        + "".join(
            f'<div class="col-sm-6 col-md-3"><div class="counter_item"><div class="counter__number">'
            f'<span class="n counter">{n}</span></div><div class="counter_title">{t}</div></div></div>'
            for n, t in (("1.250", "Học sinh"), ("32", "Lớp học"), ("86", "Cán bộ, giáo viên"), ("32", "Năm thành lập"))
        )
        + "</div></div></section>"
        '<section id="news" class="section-news section-padding onepage-section"><div class="container">'
        '<div class="section-title-area"><h5 class="section-subtitle">Cập nhật mới nhất</h5>'
        '<h2 class="section-title">Tin tức</h2></div><div class="section-content"><div class="row">'
        f'<div class="col-sm-12"><div class="blog-entry wow slideInUp">{news}</div>'
        '<div class="all-news"><a class="btn btn-theme-primary-outline" href="/tin-tuc/">Xem tất cả tin tức</a>'
        "</div></div></div></div></div></section>"
        '<section id="contact" class="section-contact section-padding onepage-section"><div class="container">'
        '<div class="section-title-area"><h2 class="section-title">Liên hệ</h2></div><div class="row">'
        '<div class="col-sm-6"><p>Số 42 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</p>'
        '<p><a href="/lien-he/">Gửi góp ý cho nhà trường</a></p></div></div></div></section>'
    )
    return layout(
        request, f"{SITE} – Kỷ cương, Tình thương, Trách nhiệm", main,
        body_class="home page-template page-template-template-frontpage page page-id-2", canonical="/",
        sidebar=False,
        head='<meta name="description" content="Website chính thức của Trường THPT Lê Quý Đôn, tỉnh Quảng Trị" />\n',
    )


def wp_page(request: Request, slug: str) -> Response:
    title, body = PAGES[slug]
    pid = 10 + list(PAGES).index(slug)
    main = (
        _crumbs([(None, title)])
        + f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
        f'<div class="entry-content">{body}</div></article>'
    )
    return layout(request, f"{title} – {SITE}", main, body_class=f"page-template-default page page-id-{pid}",
                  canonical=f"/{slug}/", page_header=title)


def attachment(request: Request, key: tuple[str, str]) -> Response:
    title, aid, full, k = ATTACHMENTS[key]
    parent = BY_SLUG[key[0]]
    img = parent.images[k]
    main = (
        _crumbs([(f"/{parent.slug}/", parent.title), (None, title)])
        + f'<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>{_meta(parent)}</header>'
        f'<div class="entry-content"><p class="attachment"><a href="{full}"><img width="300" height="225" '
        f'src="{_small(full, "300x225")}" class="attachment-medium size-medium" alt="" /></a></p>'
        f"<p>{esc(img.printed or '')}</p></div>"
        f'<footer class="entry-footer">Đăng trong <a href="/{parent.slug}/">{esc(parent.title)}</a></footer>'
        "</article>"
    )
    return layout(request, f"{title} – {SITE}", main,
                  body_class=f"attachment attachment-template-default single single-attachment postid-{aid}",
                  canonical=f"/{key[0]}/{key[1]}/", page_header="Tin tức")


def search(request: Request) -> Response:
    q = request.params.get("s", "").strip().lower()
    hits = [s for s in ORDERED if q and q in s.title.lower()]
    body = "".join(_list_item(s) for s in hits) or (
        '<section class="no-results not-found"><p>Xin lỗi, không có kết quả phù hợp với từ khóa của bạn.</p></section>'
    )
    main = f'<div class="posts-list">{body}</div>'
    return layout(request, f"Kết quả tìm kiếm cho “{q}” – {SITE}", main, body_class="search",
                  canonical="/", page_header=f"Kết quả tìm kiếm cho: {q}")


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/{s.slug}/</link>"
        f"<pubDate>{_when(s).astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
        f"<guid isPermaLink=\"false\">{base}/?p={s.id}</guid></item>"
        for s in ORDERED[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{SITE}</title><link>{base}</link><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing -----------------------------------------------------------------------------------


def _page_no(rest: list[str]) -> int | None:
    """``[]`` -> 1, ``["page", "N"]`` -> N (N >= 2), anything else -> None."""
    if not rest:
        return 1
    if len(rest) == 2 and rest[0] == "page" and rest[1].isdigit() and int(rest[1]) >= 2:
        return int(rest[1])
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(f"{base_url(request)}/{s.slug}/", 301) if s else None
            if "s" in params:
                return search(request)
            return home(request)
        if path == "/feed/":
            return feed(request)
        if not path.endswith("/"):
            return redirect(f"{base_url(request)}{path}/", 301) if self._route(path + "/", request) else None
        return self._route(path, request)

    def _route(self, path: str, request: Request) -> Response | None:
        seg = [p for p in path.split("/") if p]
        head, rest = seg[0], seg[1:]
        if head == "tin-tuc":
            n = _page_no(rest)
            return listing(request, "/tin-tuc/", "Tin tức", ORDERED, n, sticky=True,
                           body_class="blog") if n else None
        if head == "category" and rest and rest[0] in CATS:
            n = _page_no(rest[1:])
            return listing(request, f"/category/{rest[0]}/", CATS[rest[0]], _in_cat(rest[0]), n,
                           body_class=f"archive category category-{rest[0]}") if n else None
        if head == "tag" and rest and rest[0] in TAGS:
            n = _page_no(rest[1:])
            items = [s for s in ORDERED if rest[0] in s.opts.get("tags", [])]
            return listing(request, f"/tag/{rest[0]}/", f"Thẻ: {TAGS[rest[0]]}", items, n,
                           body_class="archive tag") if n else None
        if head == "author" and rest and rest[0] in ACCOUNTS:
            n = _page_no(rest[1:])
            items = [s for s in ORDERED if s.opts["account"] == rest[0]]
            return listing(request, f"/author/{rest[0]}/", f"Tác giả: {ACCOUNTS[rest[0]]}", items, n,
                           body_class="archive author") if n else None
        if head == "2026" and rest and rest[0] in ("10", "11", "12"):
            n = _page_no(rest[1:])
            m = int(rest[0])
            items = [s for s in ORDERED if _when(s).month == m]
            return listing(request, f"/2026/{rest[0]}/", f"Tháng: {MONTHS[m]} 2026", items, n,
                           body_class="archive date") if n else None
        if head in PAGES and not rest:
            return wp_page(request, head)
        story = BY_SLUG.get(head)
        if story is None:
            return None
        if not rest:
            share = request.params.get("share")
            if share == "facebook":
                return redirect(f"https://www.facebook.com/sharer.php?u={base_url(request)}/{story.slug}/&t="
                                f"{story.title}")
            return single(request, story)
        if len(rest) == 1 and rest[0].isdigit() and int(rest[0]) >= 2:
            return single(request, story, int(rest[0]))
        if len(rest) == 1 and (head, rest[0]) in ATTACHMENTS:
            return attachment(request, (head, rest[0]))
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    alts = []
    if len(_parts(s)) > 1:
        alts.append(f"/{s.slug}/2/")
    for origin in STORIES:
        for pos, rid in enumerate(origin.opts.get("related", [])):
            if rid == s.id:
                alts.append(f"/{s.slug}/?relatedposts_hit=1&relatedposts_origin={origin.id}"
                            f"&relatedposts_position={pos}")
    return alts


GOLD = [gold_record(s, f"/{s.slug}/", CATS[s.cat], alt_paths=_alt(s)) for s in ORDERED]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/doi-ngu-giao-vien/",
    "/thu-vien-anh/",
    "/thoi-khoa-bieu/",
    "/ngay-hoi-chuyen-doi-so-2026/img_4021/",
    "/ngay-hoi-chuyen-doi-so-2026/img_4025/",
    "/ngay-hoi-chuyen-doi-so-2026/img_4030/",
]
