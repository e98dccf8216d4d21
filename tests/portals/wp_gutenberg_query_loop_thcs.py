"""WordPress 6.7 block theme (Twenty Twenty-Four child "lytutrong-tt4"), core blocks only.

Institution: Trường THCS Lý Tự Trọng, thành phố Tam Kỳ, tỉnh Quảng Nam.

URL scheme
- ``/``                                home: hero Cover block, a Query Loop (``query-7``) of the 4
                                       latest posts, no pagination
- ``/tin-tuc/``                        a *page* holding a Query Loop (``query-12``, 5 per page) with
                                       its own pagination ``/tin-tuc/?query-12-page=<N>`` (N = 2, 3);
                                       the numbered links are printed as bare ``?query-12-page=3``
- ``/category/<cat>/``                 category archive (inherited query, 4 per page),
  ``/category/<cat>/page/<N>/``        its page N
- ``/<yyyy>/<mm>/<dd>/<slug>/``        a post; ``?query-31-page=<N>`` on it pages the "Bài viết cùng
                                       chuyên mục" Query Loop under the post (same article)
- ``/?p=<id>``                         shortlink (``<link rel="shortlink">``): 301 to the permalink;
                                       a permalink without its trailing slash: 301 too
- ``/?s=<q>``                          search (core Search block in the sidebar)
- ``/gioi-thieu/``, ``/doi-ngu-giao-vien/``, ``/thoi-khoa-bieu/``, ``/thu-vien-anh/``, ``/lien-he/``:
                                       pages (not articles)
- ``/feed/``                           RSS 2.0 of the 10 latest posts
- ``/wp-content/uploads/...``          images and PDFs

Page templates
- single: an "eyebrow" row (modified date for edited posts), ``h1.wp-block-post-title``, a meta
  row "Đăng ngày <Post Date> bởi <Post Author Name> trong <Post Terms>", the post content
  (``div.entry-content.wp-block-post-content``), Social Links, shortlink line, Post Navigation
  Links, then a Query Loop ``query-31`` of 3 other posts of the same category, paginated.
- single "cover" template (post 1547): the title, date and author sit inside a Cover block
  whose background is the post's featured image.
- archive/page templates: Query Title, Post Template cards (featured image, title, date,
  excerpt with "Đọc thêm"), Query Pagination.

How each gold article is reached
- home shows the 4 latest (1629, 1611, 1596, 1580); the sidebar's Latest Posts block lists the
  same 5 latest; ``/tin-tuc/`` pages 1-3 list all 13 (page 3: 1451, 1436, 1412);
  category archives: tin-tuc-su-kien has 6 posts (page 2: 1436, 1412), the three others fit
  on one page. 1436 and 1412 are thus linked only from page 2+ of a listing (and from the
  related loop of other posts in their category, also paginated).

Traps
1. Query Loop pagination is a query parameter named after the block instance
   (``?query-12-page=2``), the numbered links are query-only hrefs (``?query-12-page=3``), and
   the loop carries Interactivity API attributes (``data-wp-router-region``,
   ``data-wp-on--click``): a crawler that knows only ``/page/N/`` or drops query strings never
   sees page 2-3. Gold: the three oldest posts are reachable only that way or via
   ``/category/tin-tuc-su-kien/page/2/``.
2. The related-posts Query Loop under each post has its own pagination that is appended to the
   post's URL (``/2026/11/20/le-ky-niem-.../?query-31-page=2``): the same article again with a
   different list under it (rel=canonical is the plain permalink). Gold: those URLs are
   alt_paths of the article, never separate records.
3. Post Date prints the month in words of the vi locale and the time after "lúc" ("20 Tháng
   Mười Một, 2026 lúc 11:00"); the listings print "20/11/2026". Gold: the full stamp
   "2026-11-20T11:00:00+07:00" (the ``<time datetime>`` agrees).
4. Edited posts print a second Post Date block (``wp-block-post-date__modified-date``) ABOVE
   the title, labelled "Sửa lần cuối:" in a separate paragraph, with its own ``<time>``: the
   first ``<time>`` of the page is the update. Gold: the publication date of the meta row.
5. The Post Author Name block prints the WordPress account's display name: "Quản trị viên" is
   the CMS account (-> nobody; the real signer is a right-aligned line at the end of the text),
   while teachers posting under their own account ("Huỳnh Văn Tài") are the authors.
6. Footnotes block: each call is ``<sup data-fn=… class="fn"><a …>1</a></sup>`` (a bare number
   gluing to the word: not text), the notes are ``ol.wp-block-footnotes`` whose entries end with
   a back link "↩︎" (not text). Gold: notes (and the editor's "Chú thích" heading) are
   body paragraphs without the number or the arrow.
7. Cover blocks: the post 1547's title sits inside a Cover whose background ``<img
   class="wp-block-cover__image-background wp-post-image">`` is the article's lead photo (gold:
   its first image, caption None); a Cover inside the text of 1436 carries an image (gold: an
   image, no caption) and a slogan line (gold: body); the home page's hero Cover is chrome.
8. Details blocks (``<details class="wp-block-details"><summary>``): the closed content is text.
   Gold: the summary line is a paragraph, then the content's paragraphs / list items / table
   rows.
9. Gallery block: per-image figcaptions are captions; the gallery's own figcaption
   (``blocks-gallery-caption``) "Ảnh: Võ Thành Nam" only credits the photographer (gold:
   photographers, not a caption of the last photo, not body).
10. Table block caption (``figure.wp-block-table > figcaption``) "Bảng 1. …" is a caption:
    not body, not an image; the rows are body (cells joined " | ").
11. YouTube Embed block: its figcaption "Video: …" is neither body nor an image caption.
12. Quote / Pullquote blocks end with ``<cite>`` naming a speaker (the principal, a pupil): text
    of the quote, never the article's author.
13. File block: a PDF ``<object>`` preview, the file name link and a "Tải về" button: not body.
14. An official notice (post 1502) printed as a Table block letterhead "UBND THÀNH PHỐ TAM KỲ |
    CỘNG HÒA …", a centred "THÔNG BÁO / Về việc …" and a closing table with "Nơi nhận" and the
    signer. Gold: date = the letterhead's day (2026-11-07, the post is dated 2026-11-09 07:10),
    author = the signer; letterhead, kind/subject and closing are not body.
15. Same post linked several times on every card (featured image, title, "Đọc thêm" with a
    screen-reader suffix ": <title>"), in Post Navigation Links ("Bài trước" / "Bài sau" with the
    neighbours' titles) and in the head's shortlink ``/?p=<id>`` (301): one record each.

Gold decisions on ambiguous points
- category: the Post Terms (category) link printed in the meta row ("Chuyên mục" of the menu);
  each post has exactly one category. There is no breadcrumb (core blocks have none).
- A quote's ``<cite>`` line is a body paragraph of its own (it is printed inside the text), but
  never an author.
- The featured image shown as the Cover background of the title (1547) is an article image;
  featured images shown as card thumbnails on listings are not images of those listings.
- ``/?p=<id>`` answers 301 to the permalink; it is listed in alt_paths with the
  ``?query-31-page=2`` variants.
- "Xem thêm: <link>" (1580) is not body; the bold first paragraph of 1518 and 1580 is the sapo.
- The Details summary is a paragraph of the body (like a heading in the text).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, collapse, esc, gold_record, static_file

NAME = "wp_gutenberg_query_loop_thcs"
PLATFORM = "WordPress 6.7 block theme (Twenty Twenty-Four child), core blocks, Query Loop pagination"
START_PATH = "/"

SITE = "Trường THCS Lý Tự Trọng"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội",
    "thong-bao": "Thông báo",
}
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]
UP = "/wp-content/uploads/2026"
ADMIN = "Quản trị viên"


def _sig(html_text: str) -> Raw:
    return Raw(f'<!-- wp:paragraph {{"align":"right"}} -->\n<p class="has-text-align-right">{html_text}</p>')


STORIES: list[Story] = [
    Story(
        1412, "hoi-nghi-vien-chuc-nam-hoc-2026-2027",
        "Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức năm học 2026 – 2027",
        "tin-tuc-su-kien", "2026-10-05T14:00:00+07:00",
        [
            P("Chiều ngày 04/10/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức, người lao "
              "động năm học 2026 – 2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên nhà trường."),
            Img(f"{UP}/10/hoi-nghi-vien-chuc-1024x683.jpg", "Quang cảnh Hội nghị viên chức năm học 2026 – 2027",
                "Quang cảnh Hội nghị viên chức năm học 2026 – 2027"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học "
              "mới và báo cáo công khai tài chính của nhà trường."),
            P("Những chỉ tiêu chính của năm học", "h2"),
            P("Tỷ lệ học sinh lên lớp thẳng đạt từ 97% trở lên.", "li"),
            P("100% học sinh lớp 9 được xét công nhận tốt nghiệp THCS.", "li"),
            P("Có ít nhất 15 học sinh đạt giải học sinh giỏi cấp thành phố.", "li"),
            P("Hội nghị cũng đã biểu quyết thông qua Quy chế chi tiêu nội bộ và Quy chế dân chủ ở cơ "
              "sở năm học 2026 – 2027 với tỷ lệ đồng thuận 100%."),
            _sig("<em>Tin, ảnh: Phạm Thị Ngọc Ánh</em>"),
        ],
        authors=["Phạm Thị Ngọc Ánh"], photographers=["Phạm Thị Ngọc Ánh"],
        opts={"account": ADMIN},
    ),
    Story(
        1436, "ngay-hoi-doc-sach-2026",
        "Ngày hội đọc sách “Mỗi cuốn sách – một người bạn”",
        "tin-tuc-su-kien", "2026-10-15T16:45:00+07:00",
        [
            Img(f"{UP}/10/ngay-hoi-doc-sach-cover.jpg", None, None, "cover"),
            P("Mỗi cuốn sách – một người bạn, mỗi trang sách – một chân trời mới", "cover"),
            P("Sáng 14/10, Thư viện Trường THCS Lý Tự Trọng phối hợp với Liên đội tổ chức Ngày hội "
              "đọc sách năm học 2026 – 2027 tại sân trường."),
            P("Ngày hội có 24 gian trưng bày sách của 24 lớp, các hoạt động giới thiệu sách, đố vui "
              "văn học và trao đổi sách cũ giữa học sinh các khối."),
            Img(f"{UP}/10/gian-trung-bay-sach-1024x768.jpg", "Ảnh: Đặng Thị Kim Oanh", None),
            P("Em thích nhất là gian trưng bày sách về Tam Kỳ xưa, ở đó em biết thêm nhiều điều về "
              "quê hương mình.", "quote"),
            P("Em Nguyễn Ngọc Bảo Trâm, lớp 7/3", "cite"),
            P("Kết thúc ngày hội, thư viện nhà trường đã tiếp nhận thêm 412 đầu sách do học sinh và "
              "phụ huynh quyên góp."),
        ],
        authors=["Đặng Thị Kim Oanh"], photographers=["Đặng Thị Kim Oanh"],
        opts={"account": "Đặng Thị Kim Oanh"},
    ),
    Story(
        1451, "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Liên đội tổ chức Đại hội Liên đội nhiệm kỳ 2026 – 2027",
        "cong-tac-doi", "2026-10-22T10:30:00+07:00",
        [
            P("Thực hiện kế hoạch của Hội đồng Đội thành phố Tam Kỳ, Liên đội Trường THCS Lý Tự "
              "Trọng đã tổ chức thành công Đại hội Liên đội nhiệm kỳ 2026 – 2027."),
            P("Thời gian: 7 giờ 30 ngày 21/10/2026.", "br"),
            P("Địa điểm: Hội trường Trường THCS Lý Tự Trọng.", "br"),
            P("Đại hội đã đánh giá kết quả công tác Đội nhiệm kỳ qua, đề ra phương hướng hoạt động "
              "nhiệm kỳ mới và bầu Ban chỉ huy Liên đội gồm 15 đội viên xuất sắc."),
            Img(f"{UP}/10/ban-chi-huy-lien-doi-1024x683.jpg", "(Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội)",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội"),
            P("Phát biểu tại Đại hội, đại diện Ban giám hiệu đề nghị Ban chỉ huy mới phát huy vai trò "
              "gương mẫu, tổ chức nhiều sân chơi bổ ích cho đội viên."),
            Img(f"{UP}/10/dai-hoi-lien-doi-2-1024x683.jpg", "(Các chi đội biểu quyết thông qua chương trình hành động)",
                "Các chi đội biểu quyết thông qua chương trình hành động"),
            _sig("<strong>Lê Văn Hùng</strong> - TPT Đội"),
        ],
        authors=["Lê Văn Hùng"],
        opts={"account": ADMIN},
    ),
    Story(
        1467, "chuyen-de-stem-khtn-8",
        "Chuyên đề dạy học STEM môn Khoa học tự nhiên 8",
        "hoat-dong-chuyen-mon", "2026-10-28T08:20:00+07:00",
        [
            P("Ngày 26/10/2026, tổ Khoa học tự nhiên tổ chức chuyên đề dạy học STEM tại lớp 8/2 theo "
              "định hướng của Chương trình giáo dục phổ thông 2018 và hướng dẫn của Bộ GD&ĐT."),
            P("Tiết dạy do thầy Huỳnh Văn Tài thực hiện với chủ đề “Chế tạo bình lọc nước đơn "
              "giản”, giúp học sinh vận dụng kiến thức về hỗn hợp và tách chất."),
            P("Tiến trình bài học STEM “Chế tạo bình lọc nước đơn giản”", "summary"),
            P("Xác định vấn đề: nguồn nước sinh hoạt bị nhiễm bẩn sau mưa lũ.", "d.li"),
            P("Nghiên cứu kiến thức nền và đề xuất giải pháp.", "d.li"),
            P("Lựa chọn giải pháp, chế tạo mẫu và thử nghiệm.", "d.li"),
            P("Chia sẻ, thảo luận và điều chỉnh sản phẩm.", "d.li"),
            Img(f"{UP}/10/stem-binh-loc-nuoc-1024x683.jpg", "Học sinh lớp 8/2 thử nghiệm bình lọc nước",
                "Học sinh lớp 8/2 thử nghiệm bình lọc nước"),
            P("Mức độ | Số học sinh | Tỉ lệ", "th"),
            P("Rất hứng thú | 29 | 76,3%", "tr"),
            P("Hứng thú | 8 | 21,1%", "tr"),
            P("Bình thường | 1 | 2,6%", "tr"),
            P("Các giáo viên dự giờ đánh giá cao việc tổ chức cho học sinh làm việc nhóm và tự đánh "
              "giá sản phẩm theo tiêu chí."),
            P("Chú thích", "h3"),
            P("Công văn số 3089/BGDĐT-GDTrH ngày 14/8/2020 về triển khai thực hiện giáo dục STEM "
              "trong giáo dục trung học.", "fnentry"),
            P("Sách giáo khoa Khoa học tự nhiên 8, bộ Kết nối tri thức với cuộc sống.", "fnentry"),
        ],
        authors=["Huỳnh Văn Tài"],
        opts={"account": "Huỳnh Văn Tài", "fn": ["Bộ GD&ĐT", "“Chế tạo bình lọc nước đơn giản”"],
              "tcap": "Bảng 1. Kết quả khảo sát hứng thú của học sinh sau tiết dạy",
              "modified": "2026-10-30T21:04:00+07:00"},
    ),
    Story(
        1489, "ngay-hoi-an-toan-giao-thong",
        "Học sinh tham gia Ngày hội An toàn giao thông năm 2026",
        "tin-tuc-su-kien", "2026-11-04T17:05:00+07:00",
        [
            P("Sáng 03/11, hơn 900 học sinh Trường THCS Lý Tự Trọng tham gia Ngày hội An toàn giao "
              "thông do Ban An toàn giao thông thành phố Tam Kỳ phối hợp tổ chức."),
            P("Các em được nghe tuyên truyền về Luật Trật tự, an toàn giao thông đường bộ, thực hành "
              "đội mũ bảo hiểm đúng cách và tham gia trò chơi sa hình."),
            Img(f"{UP}/11/atgt-sa-hinh-1024x683.jpg", "Học sinh thực hành lái xe đạp qua sa hình",
                "Học sinh thực hành lái xe đạp qua sa hình", "gallery"),
            Img(f"{UP}/11/atgt-mu-bao-hiem-1024x683.jpg", None, None, "gallery"),
            Img(f"{UP}/11/atgt-trao-giai-1024x683.jpg", "Trao giải hội thi vẽ tranh an toàn giao thông",
                "Trao giải hội thi vẽ tranh an toàn giao thông", "gallery"),
            P("Dịp này, nhà trường trao 20 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn."),
            _sig("<strong>Võ Thành Nam</strong>"),
        ],
        authors=["Võ Thành Nam"], photographers=["Võ Thành Nam"],
        opts={"account": ADMIN, "gallery_caption": "Ảnh: Võ Thành Nam"},
    ),
    Story(
        1502, "thong-bao-lich-kiem-tra-giua-hoc-ky-i",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
        "thong-bao", "2026-11-07",
        [
            Raw(
                '<!-- wp:table {"className":"is-style-regular tb-letterhead"} -->\n'
                '<figure class="wp-block-table is-style-regular tb-letterhead"><table class="has-fixed-layout">'
                "<tbody><tr><td class=\"has-text-align-center\" data-align=\"center\">UBND THÀNH PHỐ TAM KỲ<br>"
                "<strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong><br>Số: 112/TB-THCSLTT</td>"
                "<td class=\"has-text-align-center\" data-align=\"center\"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                "</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
                "<em>Tam Kỳ, ngày 07 tháng 11 năm 2026</em></td></tr></tbody></table></figure>"
            ),
            Raw(
                '<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center"><strong>THÔNG BÁO'
                "</strong><br><strong>Về việc lịch kiểm tra giữa học kỳ I năm học 2026 – 2027</strong></p>"
            ),
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027, Trường THCS Lý Tự Trọng thông "
              "báo lịch kiểm tra giữa học kỳ I như sau:"),
            P("Ngày | Buổi | Môn | Khối", "th"),
            P("16/11/2026 | Sáng | Ngữ văn | 6, 7, 8, 9", "tr"),
            P("17/11/2026 | Sáng | Toán | 6, 7, 8, 9", "tr"),
            P("18/11/2026 | Sáng | Tiếng Anh | 6, 7, 8, 9", "tr"),
            P("Các môn còn lại kiểm tra tại lớp theo thời khóa biểu trong tuần từ 16/11 đến 21/11/2026."),
            P("Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để thực hiện."),
            Raw(
                '<!-- wp:file {"id":1501,"href":"/wp-content/uploads/2026/11/TB-112-lich-kiem-tra-GHKI.pdf"} -->\n'
                '<div class="wp-block-file"><object class="wp-block-file__embed" '
                'data="/wp-content/uploads/2026/11/TB-112-lich-kiem-tra-GHKI.pdf" type="application/pdf" '
                'style="width:100%;height:600px" aria-label="Nhúng của TB-112-lich-kiem-tra-GHKI."></object>'
                '<a id="wp-block-file--media-5b0f2e1c" href="/wp-content/uploads/2026/11/TB-112-lich-kiem-tra-GHKI.pdf">'
                "TB-112-lich-kiem-tra-GHKI</a>"
                '<a href="/wp-content/uploads/2026/11/TB-112-lich-kiem-tra-GHKI.pdf" '
                'class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-5b0f2e1c">'
                "Tải về</a></div>"
            ),
            Raw(
                '<!-- wp:table {"className":"tb-ky"} -->\n<figure class="wp-block-table tb-ky"><table><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br>- GVCN các lớp;<br>- Website trường;<br>- Lưu: VT.</td>"
                '<td class="has-text-align-center" data-align="center"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG'
                "</strong><br><em>(đã ký)</em><br><strong>Nguyễn Văn Thành</strong></td></tr></tbody></table></figure>"
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"account": ADMIN, "posted": "2026-11-09T07:10:00+07:00"},
    ),
    Story(
        1518, "hoi-thi-giao-vien-day-gioi-cap-truong",
        "Hội thi giáo viên dạy giỏi cấp trường: 12 giáo viên đạt giải",
        "hoat-dong-chuyen-mon", "2026-11-13T15:30:00+07:00",
        [
            P("Sau hai tuần tranh tài với 36 tiết dạy, Hội thi giáo viên dạy giỏi cấp trường năm học "
              "2026 – 2027 đã khép lại với 12 giáo viên đạt giải.", "lead"),
            P("Hội thi được tổ chức từ ngày 26/10 đến ngày 08/11/2026 với sự tham gia của 18 giáo viên "
              "thuộc 5 tổ chuyên môn. Mỗi giáo viên dự thi thực hiện hai tiết dạy và một biện pháp "
              "nâng cao chất lượng giảng dạy."),
            Img(f"{UP}/11/gvdg-tiet-day-1024x683.jpg", "Cô Trương Thị Mỹ Linh trong tiết dạy Ngữ văn 9",
                "Cô Trương Thị Mỹ Linh trong tiết dạy Ngữ văn 9"),
            P("Danh sách giáo viên đạt giải Nhất", "summary"),
            P("Họ và tên | Môn | Giải", "d.th"),
            P("Trương Thị Mỹ Linh | Ngữ văn | Nhất", "d.tr"),
            P("Bùi Quang Khải | Toán | Nhất", "d.tr"),
            P("Nguyễn Thị Hồng Nhung | Tiếng Anh | Nhất", "d.tr"),
            P("Ban giám khảo ghi nhận nhiều tiết dạy ứng dụng hiệu quả công nghệ thông tin và các "
              "phương pháp dạy học tích cực."),
            _sig("<strong>Trần Quốc Huy</strong> – Phó Hiệu trưởng"),
        ],
        authors=["Trần Quốc Huy"],
        summary="Sau hai tuần tranh tài với 36 tiết dạy, Hội thi giáo viên dạy giỏi cấp trường năm học "
                "2026 – 2027 đã khép lại với 12 giáo viên đạt giải.",
        opts={"account": ADMIN},
    ),
    Story(
        1547, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "tin-tuc-su-kien", "2026-11-20T11:00:00+07:00",
        [
            Img(f"{UP}/11/le-20-11-san-khau-1024x576.jpg", None, None, "featured-cover"),
            P("Sáng 20/11/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam với sự tham dự của đại diện Phòng GD&ĐT thành phố Tam Kỳ, Ban đại diện "
              "cha mẹ học sinh và toàn thể học sinh nhà trường."),
            P("Tại buổi lễ, cô Phan Thị Lan, Hiệu trưởng nhà trường ôn lại truyền thống ngày 20/11 và "
              "điểm lại những thành tích nổi bật của tập thể sư phạm trong năm học vừa qua."),
            P("Mỗi thầy cô hôm nay hãy là một tấm gương tự học, để học sinh nhìn vào mà noi theo.", "pq"),
            P("Cô Phan Thị Lan, Hiệu trưởng nhà trường", "pqcite"),
            Img(f"{UP}/11/le-20-11-tang-hoa-1024x683.jpg", "Học sinh tặng hoa tri ân thầy cô giáo",
                "Học sinh tặng hoa tri ân thầy cô giáo"),
            Raw(
                '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=q7LtT20ThCs","type":"video",'
                '"providerNameSlug":"youtube"} -->\n'
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                '<iframe loading="lazy" title="Văn nghệ chào mừng 20/11 - THCS Lý Tự Trọng" width="620" '
                'height="349" src="https://www.youtube.com/embed/q7LtT20ThCs?feature=oembed" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
                'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n</div>'
                '<figcaption class="wp-element-caption">Video: Tiết mục văn nghệ của học sinh lớp 9/1</figcaption></figure>'
            ),
            P("Nhân dịp này, nhà trường khen thưởng 9 giáo viên có thành tích xuất sắc trong phong trào "
              "thi đua “Dạy tốt – học tốt” và trao 30 suất học bổng “Thắp sáng ước mơ” cho học sinh."),
            _sig("<em>Tin: Phạm Thị Ngọc Ánh – Ảnh: Võ Thành Nam</em>"),
        ],
        authors=["Phạm Thị Ngọc Ánh"], photographers=["Võ Thành Nam"],
        opts={"account": ADMIN, "template": "cover", "modified": "2026-11-21T08:12:00+07:00"},
    ),
    Story(
        1563, "bong-da-nam-giai-nhi-hkpd",
        "Đội tuyển bóng đá nam giành giải Nhì Hội khỏe Phù Đổng thành phố Tam Kỳ",
        "cong-tac-doi", "2026-11-24T19:40:00+07:00",
        [
            P("Chiều 23/11, trận chung kết môn bóng đá nam Hội khỏe Phù Đổng thành phố Tam Kỳ lần thứ "
              "XII đã diễn ra tại sân vận động thành phố."),
            P("Sau hai hiệp thi đấu hấp dẫn, đội tuyển Trường THCS Lý Tự Trọng để thua đội THCS Nguyễn "
              "Du với tỉ số 1 – 2, giành giải Nhì chung cuộc."),
            Img(f"{UP}/11/bong-da-hkpd-1024x683.jpg", "Ảnh: Lê Văn Hùng", None),
            P("Thủ môn Đoàn Minh Khang (lớp 9/4) được Ban tổ chức trao danh hiệu Thủ môn xuất sắc nhất "
              "giải."),
            P("👉 Lịch giao lưu của đội tuyển trong tháng 12 sẽ được thông báo trên trang của Liên đội."),
        ],
        authors=["Lê Văn Hùng"], photographers=["Lê Văn Hùng"],
        opts={"account": "Lê Văn Hùng"},
    ),
    Story(
        1580, "sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc-to-ngu-van",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngữ văn",
        "hoat-dong-chuyen-mon", "2026-11-27T09:05:00+07:00",
        [
            P("Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy minh "
              "họa “Viết bài văn nghị luận về một vấn đề đời sống” tại lớp 9/2.", "lead"),
            P("Buổi sinh hoạt tập trung quan sát hoạt động học của học sinh thay vì đánh giá giờ dạy "
              "của giáo viên, đúng tinh thần hướng dẫn của Bộ GD&ĐT."),
            Img(f"{UP}/11/sh-chuyen-mon-ngu-van-1024x683.jpg", "Giáo viên tổ Ngữ văn quan sát học sinh làm việc nhóm",
                "Giáo viên tổ Ngữ văn quan sát học sinh làm việc nhóm"),
            P("Qua thảo luận, tổ thống nhất điều chỉnh thời lượng hoạt động luyện tập và bổ sung phiếu "
              "học tập cho nhóm học sinh còn hạn chế về kỹ năng lập dàn ý."),
            Raw(
                '<!-- wp:paragraph -->\n<p>Xem thêm: <a href="/2026/10/28/chuyen-de-stem-khtn-8/">'
                "Chuyên đề dạy học STEM môn Khoa học tự nhiên 8</a></p>"
            ),
            P("Chú thích", "h3"),
            P("Công văn số 1315/BGDĐT-GDTrH ngày 16/4/2020 hướng dẫn sinh hoạt chuyên môn thực hiện "
              "chương trình giáo dục phổ thông.", "fnentry"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary="Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy minh "
                "họa “Viết bài văn nghị luận về một vấn đề đời sống” tại lớp 9/2.",
        opts={"account": "Nguyễn Thị Thu Hà", "fn": ["hướng dẫn của Bộ GD&ĐT"]},
    ),
    Story(
        1596, "tuyen-sinh-clb-nang-khieu-hoc-ky-ii",
        "📢 Thông báo tuyển sinh các câu lạc bộ năng khiếu học kỳ II",
        "thong-bao", "2026-11-30T16:00:00+07:00",
        [
            P("Nhằm phát triển năng khiếu cho học sinh, nhà trường thông báo tuyển sinh các câu lạc bộ "
              "năng khiếu học kỳ II năm học 2026 – 2027."),
            P("Câu lạc bộ Cờ vua (thứ Ba, thứ Năm).", "li"),
            P("Câu lạc bộ Mỹ thuật (thứ Tư).", "li"),
            P("Câu lạc bộ Tiếng Anh giao tiếp (thứ Sáu).", "li"),
            P("Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 20/12/2026."),
            P("Học phí các câu lạc bộ như thế nào?", "summary"),
            P("Các câu lạc bộ hoạt động miễn phí; học sinh tự chuẩn bị dụng cụ học tập cá nhân.", "d."),
            P("Một học sinh được đăng ký mấy câu lạc bộ?", "summary"),
            P("Mỗi học sinh được đăng ký tối đa hai câu lạc bộ có lịch sinh hoạt không trùng nhau.", "d."),
            _sig("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"account": ADMIN},
    ),
    Story(
        1611, "toa-dam-phong-chong-bao-luc-hoc-duong",
        "Tọa đàm “Phòng chống bạo lực học đường” cho học sinh khối 9",
        "tin-tuc-su-kien", "2026-12-02T14:10:00+07:00",
        [
            P("Chiều 01/12, Trường THCS Lý Tự Trọng phối hợp với Công an phường An Mỹ tổ chức buổi tọa "
              "đàm “Phòng chống bạo lực học đường” cho gần 300 học sinh khối 9."),
            Img(f"{UP}/12/toa-dam-blhd-1024x683.jpg", "Cán bộ Công an phường An Mỹ trao đổi với học sinh",
                "Cán bộ Công an phường An Mỹ trao đổi với học sinh"),
            P("Tại buổi tọa đàm, học sinh được nghe phân tích các tình huống bạo lực học đường thường "
              "gặp, cách nhận diện và kỹ năng xử lý khi bản thân hoặc bạn bè bị bắt nạt."),
            P("Theo kế hoạch, nhà trường sẽ tổ chức tọa đàm tương tự cho học sinh khối 8 vào tháng "
              "01/2027."),
            Raw('<!-- wp:paragraph {"align":"right"} -->\n<p class="has-text-align-right"><em>Theo Báo Quảng Nam</em></p>'),
        ],
        source="Báo Quảng Nam",
        opts={"account": ADMIN},
    ),
    Story(
        1629, "doan-kiem-tra-chuyen-doi-so",
        "Trường đón đoàn kiểm tra công tác chuyển đổi số của Sở GD&ĐT Quảng Nam",
        "tin-tuc-su-kien", "2026-12-04T09:15:00+07:00",
        [
            P("Ngày 03/12/2026, đoàn kiểm tra của Sở GD&ĐT Quảng Nam do ông Lê Minh Tâm, Phó Giám đốc "
              "Sở làm trưởng đoàn đã đến kiểm tra công tác chuyển đổi số tại Trường THCS Lý Tự Trọng."),
            P("Đoàn đã kiểm tra việc sử dụng học bạ số, sổ điểm điện tử, hồ sơ chuyên môn trên phần "
              "mềm và hệ thống thanh toán học phí không dùng tiền mặt."),
            Img(f"{UP}/12/kiem-tra-cds-1024x683.jpg", "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường"),
            P("Kết luận buổi kiểm tra, đoàn ghi nhận nhà trường đã hoàn thành 100% học bạ số của học "
              "sinh khối 6 và khối 7, đồng thời đề nghị tiếp tục bồi dưỡng kỹ năng số cho giáo viên."),
            _sig("<em>Tin, ảnh: Phạm Thị Ngọc Ánh</em>"),
        ],
        authors=["Phạm Thị Ngọc Ánh"], photographers=["Phạm Thị Ngọc Ánh"],
        opts={"account": ADMIN, "modified": "2026-12-05T07:48:00+07:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts.get("posted") or s.published_at, reverse=True)


def _posted(story: Story) -> str:
    return story.opts.get("posted") or story.published_at


def permalink(story: Story) -> str:
    y, m, d = _posted(story)[:10].split("-")
    return f"/{y}/{m}/{d}/{story.slug}/"


def _related(story: Story) -> list[Story]:
    return [s for s in NEWEST if s.cat == story.cat and s.id != story.id]


RELATED_PER_PAGE = 3


def _related_pages(story: Story) -> int:
    return max(1, -(-len(_related(story)) // RELATED_PER_PAGE))


# --- dates ------------------------------------------------------------------------------------


def _long_date(stamp: str) -> str:
    """The vi locale's "j F, Y \\l\\ú\\c H:i"."""
    y, m, d = stamp[:10].split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]}, {y} lúc {stamp[11:16]}"


def _short_date(stamp: str) -> str:
    y, m, d = stamp[:10].split("-")
    return f"{d}/{m}/{y}"


def _time(stamp: str, shown: str) -> str:
    return f'<time datetime="{stamp}">{esc(shown)}</time>'


# --- content blocks ---------------------------------------------------------------------------


def _fn_id(story: Story, n: int) -> str:
    h = hashlib.md5(f"{story.id}-{n}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _para_html(story: Story, value: str) -> str:
    out = esc(value)
    for n, anchor in enumerate(story.opts.get("fn", []), start=1):
        a = esc(anchor)
        if a in out:
            fid = _fn_id(story, n)
            call = f'<sup data-fn="{fid}" class="fn"><a href="#{fid}" id="{fid}-link">{n}</a></sup>'
            out = out.replace(a, a + call, 1)
    return out


def _img_tag(src: str, alt: str = "", cls: str = "", size: str = "large") -> str:
    stem = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)
    small = stem.replace(".jpg", "-300x200.jpg")
    medium = stem.replace(".jpg", "-768x512.jpg")
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<img loading="lazy" decoding="async" width="1024" height="683" src="{src}" alt="{esc(alt)}"{klass} '
        f'srcset="{src} 1024w, {small} 300w, {medium} 768w" sizes="auto, (max-width: 1024px) 100vw, 1024px" />'
    )


def _figure(img: Img, n: int) -> str:
    cap = f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>' if img.printed else ""
    return (
        f'<!-- wp:image {{"id":{n},"sizeSlug":"large","linkDestination":"none"}} -->\n'
        f'<figure class="wp-block-image size-large">{_img_tag(img.src, "", f"wp-image-{n}")}{cap}</figure>'
    )


def _table(rows: list[P], caption: str | None = None) -> str:
    head = [r for r in rows if r.style.endswith("th")]
    body = [r for r in rows if not r.style.endswith("th")]
    out = ['<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout">']
    if head:
        out.append("<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in head[0].text.split(" | ")) + "</tr></thead>")
    out.append("<tbody>")
    for r in body:
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.text.split(" | ")) + "</tr>")
    out.append("</tbody></table>")
    if caption:
        out.append(f'<figcaption class="wp-element-caption">{esc(caption)}</figcaption>')
    out.append("</figure>")
    return "".join(out)


def _kind(b) -> str:
    return b.style if isinstance(b, P) else ("img:" + b.style if isinstance(b, Img) else "raw")


def _render(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    img_n = story.id * 10
    while i < len(blocks):
        b = blocks[i]
        k = _kind(b)
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            img_n += 1
            if b.style == "featured-cover":  # printed by the template, not the content
                i += 1
            elif b.style == "cover":
                inner = blocks[i + 1]
                out.append(
                    f'<!-- wp:cover {{"url":"{b.src}","dimRatio":40,"minHeight":360}} -->\n'
                    '<div class="wp-block-cover" style="min-height:360px"><span aria-hidden="true" '
                    'class="wp-block-cover__background has-background-dim-40 has-background-dim"></span>'
                    f'<img class="wp-block-cover__image-background wp-image-{img_n}" alt="" src="{b.src}" '
                    'data-object-fit="cover"/><div class="wp-block-cover__inner-container '
                    'is-layout-constrained wp-block-cover-is-layout-constrained">'
                    '<p class="has-text-align-center has-large-font-size" style="font-style:italic">'
                    f"{esc(inner.text)}</p></div></div>"
                )
                i += 2
            elif b.style == "gallery":
                figs = []
                while i < len(blocks) and _kind(blocks[i]) == "img:gallery":
                    img_n += 1
                    figs.append(_figure(blocks[i], img_n))
                    i += 1
                cap = story.opts.get("gallery_caption")
                capm = f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(cap)}</figcaption>' if cap else ""
                out.append(
                    '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images '
                    'columns-default is-cropped wp-block-gallery-is-layout-flex">' + "".join(figs) + capm + "</figure>"
                )
            else:
                out.append(_figure(b, img_n))
                i += 1
        elif k in ("li", "d.li"):
            items = []
            while i < len(blocks) and _kind(blocks[i]) == k:
                items.append(f"<li>{_para_html(story, blocks[i].text)}</li>")
                i += 1
            out.append('<!-- wp:list -->\n<ul class="wp-block-list">' + "".join(items) + "</ul>")
        elif k in ("th", "tr", "d.th", "d.tr"):
            rows = []
            prefix = "d." if k.startswith("d.") else ""
            while i < len(blocks) and _kind(blocks[i]) in (prefix + "th", prefix + "tr"):
                rows.append(blocks[i])
                i += 1
            out.append(_table(rows, None if prefix else story.opts.get("tcap")))
        elif k == "br":
            lines = []
            while i < len(blocks) and _kind(blocks[i]) == "br":
                lines.append(_para_html(story, blocks[i].text))
                i += 1
            out.append("<!-- wp:paragraph -->\n<p>" + "<br>".join(lines) + "</p>")
        elif k == "summary":
            inner = []
            i += 1
            while i < len(blocks) and _kind(blocks[i]).startswith("d."):
                inner.append(blocks[i])
                i += 1
            sub = _render(story, [P(x.text, x.style[2:]) for x in inner])
            out.append(
                '<!-- wp:details -->\n<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow">'
                f"<summary>{esc(b.text)}</summary>{sub}</details>"
            )
        elif k in ("quote", "pq"):
            cite = blocks[i + 1].text if i + 1 < len(blocks) and _kind(blocks[i + 1]) in ("cite", "pqcite") else None
            citem = f"<cite>{esc(cite)}</cite>" if cite else ""
            if k == "quote":
                out.append(
                    '<!-- wp:quote -->\n<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
                    f"<!-- wp:paragraph -->\n<p>{esc(b.text)}</p>{citem}</blockquote>"
                )
            else:
                out.append(
                    '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote>'
                    f"<p>{esc(b.text)}</p>{citem}</blockquote></figure>"
                )
            i += 2 if cite else 1
        elif k == "fnentry":
            items = []
            n = 0
            while i < len(blocks) and _kind(blocks[i]) == "fnentry":
                n += 1
                fid = _fn_id(story, n)
                items.append(
                    f'<li id="{fid}">{esc(blocks[i].text)} <a href="#{fid}-link" '
                    f'aria-label="Chuyển đến tham chiếu chú thích {n}">↩︎</a></li>'
                )
                i += 1
            out.append('<!-- wp:footnotes /-->\n<ol class="wp-block-footnotes">' + "".join(items) + "</ol>")
        elif k in ("h2", "h3"):
            out.append(f'<!-- wp:heading -->\n<{k} class="wp-block-heading">{_para_html(story, b.text)}</{k}>')
            i += 1
        elif k == "lead":
            out.append(f"<!-- wp:paragraph -->\n<p><strong>{_para_html(story, b.text)}</strong></p>")
            i += 1
        else:
            out.append(f"<!-- wp:paragraph -->\n<p>{_para_html(story, b.text)}</p>")
            i += 1
    return "\n\n".join(out)


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Đội ngũ giáo viên", "/doi-ngu-giao-vien/")]),
    ("Tin tức", "/tin-tuc/", [(name, f"/category/{slug}/") for slug, name in CATS.items()]),
    ("Học tập", "/thoi-khoa-bieu/", [("Thời khóa biểu", "/thoi-khoa-bieu/")]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]
_CHEVRON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" fill="none" '
    'aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg>'
)


def _nav() -> str:
    items = []
    for label, href, sub in MENU:
        if sub:
            subs = "".join(
                '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                f'href="{h}"><span class="wp-block-navigation-item__label">{esc(lbl)}</span></a></li>'
                for lbl, h in sub
            )
            items.append(
                '<li data-wp-context="{ &quot;submenuOpenedBy&quot;: { &quot;click&quot;: false } }" '
                'data-wp-interactive="core/navigation" class="wp-block-navigation-item has-child open-on-hover-click '
                'wp-block-navigation-submenu">'
                f'<a class="wp-block-navigation-item__content" href="{href}">{esc(label)}</a>'
                '<button aria-label="Menu con ' + esc(label) + '" class="wp-block-navigation__submenu-icon '
                f'wp-block-navigation-submenu__toggle" aria-expanded="false">{_CHEVRON}</button>'
                f'<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{subs}</ul></li>'
            )
        else:
            items.append(
                '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                f'href="{href}"><span class="wp-block-navigation-item__label">{esc(label)}</span></a></li>'
            )
    return (
        '<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal '
        'is-content-justification-right is-layout-flex" aria-label="Menu chính" '
        'data-wp-interactive="core/navigation">'
        '<button aria-haspopup="dialog" aria-label="Mở menu" class="wp-block-navigation__responsive-container-open">'
        '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 5v1.5h14V5H5zm0 7.8h14v-1.5H5v1.5z"></path></svg></button>'
        '<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-dialog">'
        '<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">'
        + "".join(items)
        + "</ul></div></div></nav>"
    )


def _header() -> str:
    return (
        '<header class="wp-block-template-part">\n'
        '<div class="wp-block-group has-base-2-background-color has-background is-layout-flex" '
        'style="padding-top:6px;padding-bottom:6px"><p class="has-small-font-size">'
        f'{HEADER_TODAY}</p><p class="has-small-font-size">Hotline: 0235 3851 247</p></div>\n'
        '<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">'
        '<div class="wp-block-group is-layout-flex"><div class="wp-block-site-logo"><a href="/" class="custom-logo-link" '
        'rel="home"><img width="64" height="64" src="/wp-content/uploads/2025/08/logo-lytutrong.png" '
        'class="custom-logo" alt="Trường THCS Lý Tự Trọng" decoding="async" /></a></div>'
        f'<p class="wp-block-site-title"><a href="/" target="_self" rel="home">{SITE}</a></p>'
        '<p class="wp-block-site-tagline">Phòng GD&amp;ĐT thành phố Tam Kỳ</p></div>'
        + _nav()
        + "</div>\n</header>"
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{permalink(s)}">{esc(s.title)}</a></li>'
        for s in NEWEST[:5]
    )
    return (
        '<div class="wp-block-column is-layout-flow" style="flex-basis:32%">\n'
        '<form role="search" method="get" action="/" class="wp-block-search__button-outside '
        'wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" '
        'for="wp-block-search__input-1">Tìm kiếm</label><div class="wp-block-search__inside-wrapper">'
        '<input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Nhập từ khóa…" '
        'value="" type="search" name="s" required /><button aria-label="Tìm kiếm" class="wp-block-search__button '
        'wp-element-button" type="submit">Tìm kiếm</button></div></form>\n'
        '<h2 class="wp-block-heading has-medium-font-size">Bài viết mới</h2>'
        f'<ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul>\n'
        '<h2 class="wp-block-heading has-medium-font-size">Liên kết</h2>'
        '<ul class="wp-block-list"><li><a href="https://sgddt.quangnam.gov.vn/" target="_blank" rel="noreferrer noopener">'
        "Sở GD&amp;ĐT Quảng Nam</a></li><li><a href=\"https://moet.gov.vn/\" target=\"_blank\" rel=\"noreferrer noopener\">"
        "Bộ Giáo dục và Đào tạo</a></li><li><a href=\"https://tamky.quangnam.gov.vn/\" target=\"_blank\" "
        'rel="noreferrer noopener">Cổng TTĐT thành phố Tam Kỳ</a></li></ul>\n'
        '<div class="wp-block-group has-base-2-background-color has-background is-layout-flow lttr-counter">'
        '<h2 class="wp-block-heading has-medium-font-size">Thống kê truy cập</h2>'
        '<p>Đang online: <strong>14</strong></p><p>Hôm nay: <strong>286</strong></p>'
        "<p>Tổng truy cập: <strong>1.204.387</strong></p></div>\n"
        "</div>"
    )


def _footer() -> str:
    return (
        '<footer class="wp-block-template-part">\n<div class="wp-block-group has-contrast-background-color '
        'has-base-color has-text-color has-background alignfull is-layout-constrained" style="padding:48px 24px">'
        '<div class="wp-block-columns is-layout-flex"><div class="wp-block-column">'
        f'<p><strong>{SITE.upper()}</strong></p>'
        "<p>Địa chỉ: 24 Trần Cao Vân, phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: 0235 3851 247 – Email: c2lytutrong.tk@quangnam.edu.vn</p></div>"
        '<div class="wp-block-column"><ul class="wp-block-social-links is-layout-flex">'
        '<li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="https://www.facebook.com/thcslytutrongtamky" '
        'class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li>'
        '<li class="wp-social-link wp-social-link-youtube wp-block-social-link"><a href="https://www.youtube.com/@thcslytutrongtamky" '
        'class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">YouTube</span></a></li>'
        "</ul></div></div>"
        '<p class="has-small-font-size">© 2026 Trường THCS Lý Tự Trọng. Vận hành bởi '
        '<a href="https://vi.wordpress.org" rel="nofollow">WordPress</a></p></div>\n</footer>'
    )


def _page(request: Request, title: str, main: str, *, canonical: str, body_class: str,
          shortlink: int | None = None, sidebar: bool = True) -> Response:
    base = base_url(request)
    short = f'<link rel="shortlink" href="{base}/?p={shortlink}" />\n' if shortlink else ""
    main_cols = (
        '<div class="wp-block-columns alignwide is-layout-flex"><div class="wp-block-column is-layout-flow" '
        f'style="flex-basis:68%">{main}</div>{_sidebar()}</div>'
        if sidebar else main
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)} &#8211; {SITE}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='lytutrong-tt4-style-css' href='/wp-content/themes/lytutrong-tt4/style.css?ver=1.2' media='all' />
<script type="module" src="/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js?ver=6.7.1" id="@wordpress/block-library/navigation-js-module"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="canonical" href="{base}{canonical}" />
{short}<link rel="icon" href="/wp-content/uploads/2025/08/logo-lytutrong-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks">
{_header()}
<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
{main_cols}
</main>
{_footer()}
</div>
</body>
</html>"""
    return html(doc, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


# --- query loops ------------------------------------------------------------------------------


def _excerpt(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style in ("", "lead"))
    words = first.split()
    return " ".join(words[:28]) + ("…" if len(words) > 28 else "")


def _card(story: Story, *, excerpt: bool = True) -> str:
    link = permalink(story)
    thumb = story.opts.get("thumb") or next((i.src for i in story.images), f"{UP}/08/anh-mac-dinh.jpg")
    thumb = re.sub(r"-\d+x\d+(\.jpg)$", r"-300x200\1", thumb)
    ex = (
        '<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">'
        f"{esc(_excerpt(story))} </p><p class=\"wp-block-post-excerpt__more-text\"><a "
        f'class="wp-block-post-excerpt__more-link" href="{link}">Đọc thêm</a></p></div>'
        if excerpt else ""
    )
    return (
        f'<li class="wp-block-post post-{story.id} post type-post status-publish format-standard has-post-thumbnail '
        f'hentry category-{story.cat}">'
        f'<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><a href="{link}" target="_self" '
        f'aria-label="{esc(story.title)}"><img width="300" height="200" src="{thumb}" class="attachment-medium '
        'size-medium wp-post-image" alt="" style="width:100%;height:100%;object-fit:cover;" decoding="async" /></a></figure>'
        f'<h3 class="wp-block-post-title has-medium-font-size"><a href="{link}" target="_self">{esc(story.title)}</a></h3>'
        f'<div class="wp-block-post-date has-small-font-size">{_time(_posted(story), _short_date(_posted(story)))}</div>'
        f"{ex}"
        f'<div class="wp-block-read-more-wrap"><a class="wp-block-read-more" href="{link}" target="_self">Xem chi tiết'
        f'<span class="screen-reader-text">: {esc(story.title)}</span></a></div></li>'
    )


def _query_loop(qid: int, stories: list[Story], *, pagination: str = "", enhanced: bool = True, excerpt: bool = True) -> str:
    inter = (
        f' data-wp-interactive="core/query" data-wp-router-region="query-{qid}" '
        'data-wp-context="{}" data-wp-key="' + f"query-{qid}" + '"'
        if enhanced else ""
    )
    body = "".join(_card(s, excerpt=excerpt) for s in stories) or (
        '<p class="wp-block-query-no-results">Không tìm thấy bài viết nào.</p>'
    )
    return (
        f'<div class="wp-block-query is-layout-flow"{inter}>'
        f'<ul class="columns-1 wp-block-post-template is-layout-flow">{body}</ul>{pagination}</div>'
    )


def _pagination(cur: int, last: int, url_of, *, numbers_href=None, enhanced: bool = True) -> str:
    if last <= 1:
        return ""
    nav = ' data-wp-on--click="core/query::actions.navigate" data-wp-on-async--mouseenter="core/query::actions.prefetch"' if enhanced else ""
    numbers_href = numbers_href or url_of
    parts = []
    if cur > 1:
        parts.append(f'<a{nav} href="{url_of(cur - 1)}" class="wp-block-query-pagination-previous">Trang trước</a>')
    nums = []
    for n in range(1, last + 1):
        if n == cur:
            nums.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            nums.append(f'<a{nav} class="page-numbers" href="{numbers_href(n)}">{n}</a>')
    parts.append('<div class="wp-block-query-pagination-numbers">' + "".join(nums) + "</div>")
    if cur < last:
        parts.append(f'<a{nav} href="{url_of(cur + 1)}" class="wp-block-query-pagination-next">Trang sau</a>')
    return (
        '<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex" '
        'aria-label="Phân trang">' + "".join(parts) + "</nav>"
    )


def _page_num(value: str | None) -> int | None:
    if value is None:
        return 1
    return int(value) if value.isdigit() and int(value) >= 1 else None


# --- templates ----------------------------------------------------------------------------------


def _single(request: Request, story: Story) -> Response:
    link = permalink(story)
    cat_name = CATS[story.cat]
    posted = _posted(story)
    date_block = (
        f'<div class="wp-block-post-date">{_time(posted, _long_date(posted))}</div>'
    )
    author = f'<div class="wp-block-post-author-name">{esc(story.opts["account"])}</div>'
    terms = (
        f'<div class="taxonomy-category wp-block-post-terms"><a href="/category/{story.cat}/" rel="tag">'
        f"{esc(cat_name)}</a></div>"
    )
    meta = (
        '<div class="wp-block-group has-small-font-size is-layout-flex lttr-meta" style="gap:0.3em">'
        f'<p>Đăng ngày</p>{date_block}<p>bởi</p>{author}<p>trong</p>{terms}</div>'
    )
    eyebrow = ""
    if story.opts.get("modified"):
        mod = story.opts["modified"]
        eyebrow = (
            '<div class="wp-block-group is-layout-flex has-small-font-size lttr-eyebrow">'
            '<p class="has-contrast-2-color has-text-color">Sửa lần cuối:</p>'
            f'<div class="wp-block-post-date__modified-date wp-block-post-date">{_time(mod, _long_date(mod))}</div></div>'
        )
    if story.opts.get("template") == "cover":
        feat = story.images[0]
        head = (
            eyebrow
            + '<div class="wp-block-cover alignfull" style="min-height:420px;aspect-ratio:unset;">'
            '<span aria-hidden="true" class="wp-block-cover__background has-background-dim-60 has-background-dim"></span>'
            f'<img width="1024" height="576" class="wp-block-cover__image-background wp-post-image" alt="" '
            f'src="{feat.src}" data-object-fit="cover" decoding="async" />'
            '<div class="wp-block-cover__inner-container is-layout-constrained wp-block-cover-is-layout-constrained">'
            f'<h1 class="has-text-align-center wp-block-post-title has-x-large-font-size">{esc(story.title)}</h1>'
            f"{meta}</div></div>"
        )
    else:
        head = eyebrow + f'<h1 class="wp-block-post-title has-x-large-font-size">{esc(story.title)}</h1>' + meta
    content = (
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained '
        f'wp-block-post-content-is-layout-constrained">\n{_render(story, story.blocks)}\n</div>'
    )
    share_url = quote(base_url(request) + link, safe="")
    tools = (
        '<div class="wp-block-group is-layout-flex lttr-share"><p class="has-small-font-size">Chia sẻ:</p>'
        '<ul class="wp-block-social-links has-small-icon-size is-layout-flex">'
        f'<li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" '
        'class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li>'
        f'<li class="wp-social-link wp-social-link-mail wp-block-social-link"><a href="mailto:?subject={quote(story.title)}&amp;body={share_url}" '
        'class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Email</span></a></li>'
        "</ul>"
        f'<p class="has-small-font-size">Liên kết rút gọn: <code>{base_url(request)}/?p={story.id}</code></p></div>'
    )
    idx = NEWEST.index(story)
    prev_s = NEWEST[idx + 1] if idx + 1 < len(NEWEST) else None
    next_s = NEWEST[idx - 1] if idx > 0 else None
    navs = '<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Bài viết">'
    if prev_s:
        navs += (
            '<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-'
            'navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="'
            f'{permalink(prev_s)}" rel="prev"><span class="post-navigation-link__label">Bài trước: </span>'
            f'<span class="post-navigation-link__title">{esc(prev_s.title)}</span></a></div>'
        )
    if next_s:
        navs += (
            '<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="'
            f'{permalink(next_s)}" rel="next"><span class="post-navigation-link__label">Bài sau: </span>'
            f'<span class="post-navigation-link__title">{esc(next_s.title)}</span></a><span class="wp-block-post-'
            'navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>'
        )
    navs += "</nav>"
    cur = _page_num(request.params.get("query-31-page")) or 1
    rel = _related(story)
    last = _related_pages(story)
    page_rel = rel[(cur - 1) * RELATED_PER_PAGE: cur * RELATED_PER_PAGE]

    def rel_url(n: int) -> str:
        return link if n == 1 else f"{link}?query-31-page={n}"

    related = (
        '<div class="wp-block-group alignwide is-layout-flow lttr-related">'
        '<h2 class="wp-block-heading has-large-font-size">Bài viết cùng chuyên mục</h2>'
        + _query_loop(31, page_rel, pagination=_pagination(cur, last, rel_url), excerpt=False)
        + "</div>"
    )
    main = head + content + tools + navs + related
    return _page(
        request, story.title, main, canonical=link, shortlink=story.id,
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
    )


TIN_TUC_PER_PAGE = 5
ARCHIVE_PER_PAGE = 4


def _tin_tuc(request: Request) -> Response | None:
    cur = _page_num(request.params.get("query-12-page"))
    if cur is None:
        return None
    last = -(-len(NEWEST) // TIN_TUC_PER_PAGE)
    items = NEWEST[(cur - 1) * TIN_TUC_PER_PAGE: cur * TIN_TUC_PER_PAGE]

    def url_of(n: int) -> str:
        return "/tin-tuc/" if n == 1 else f"/tin-tuc/?query-12-page={n}"

    def numbers_href(n: int) -> str:
        return "/tin-tuc/" if n == 1 else f"?query-12-page={n}"

    main = (
        '<h1 class="wp-block-post-title">Tin tức</h1>'
        '<div class="entry-content wp-block-post-content is-layout-constrained">'
        "<p>Tin hoạt động mới nhất của Trường THCS Lý Tự Trọng.</p>"
        + _query_loop(12, items, pagination=_pagination(cur, last, url_of, numbers_href=numbers_href))
        + "</div>"
    )
    return _page(request, "Tin tức", main, canonical="/tin-tuc/",
                 body_class="page-template-default page page-id-88")


def _archive(request: Request, cat: str, cur: int) -> Response | None:
    posts = [s for s in NEWEST if s.cat == cat]
    last = max(1, -(-len(posts) // ARCHIVE_PER_PAGE))
    if cur > last:
        return None
    items = posts[(cur - 1) * ARCHIVE_PER_PAGE: cur * ARCHIVE_PER_PAGE]

    def url_of(n: int) -> str:
        return f"/category/{cat}/" if n == 1 else f"/category/{cat}/page/{n}/"

    main = (
        f'<h1 class="wp-block-query-title">Chuyên mục: <span>{esc(CATS[cat])}</span></h1>'
        + _query_loop(2, items, pagination=_pagination(cur, last, url_of, enhanced=False), enhanced=False)
    )
    canon = url_of(cur)
    return _page(request, f"{CATS[cat]}", main, canonical=canon,
                 body_class=f"archive category category-{cat} paged-{cur}")


def _home(request: Request) -> Response:
    hero = (
        '<div class="wp-block-cover alignfull lttr-hero" style="min-height:380px"><span aria-hidden="true" '
        'class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background '
        'wp-image-12" alt="" src="/wp-content/uploads/2025/08/cong-truong-lytutrong.jpg" data-object-fit="cover"/>'
        '<div class="wp-block-cover__inner-container is-layout-constrained">'
        '<p class="has-text-align-center has-x-large-font-size"><strong>Chào mừng năm học 2026 – 2027</strong></p>'
        '<p class="has-text-align-center">Kỷ cương – Tình thương – Trách nhiệm</p>'
        '<div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button">'
        '<a class="wp-block-button__link wp-element-button" href="/gioi-thieu/">Tìm hiểu về trường</a></div></div>'
        "</div></div>"
    )
    main = (
        '<h2 class="wp-block-heading">Tin mới nhất</h2>'
        + _query_loop(7, NEWEST[:4])
        + '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button is-style-outline">'
        '<a class="wp-block-button__link wp-element-button" href="/tin-tuc/">Xem tất cả tin tức</a></div></div>'
    )
    inner = _page(request, "Trang chủ", main, canonical="/", body_class="home page-template-default page page-id-2")
    body = inner.body.replace('<main class="wp-block-group is-layout-constrained"', hero + '\n<main class="wp-block-group is-layout-constrained"', 1)
    return html(body, headers=inner.headers)


def _search(request: Request) -> Response:
    q = request.params.get("s", "").strip()
    hits = [s for s in NEWEST if q and collapse(q).lower() in s.title.lower()][:10]
    main = (
        f'<h1 class="wp-block-query-title">Kết quả tìm kiếm cho: “{esc(q)}”</h1>'
        + _query_loop(3, hits, enhanced=False)
    )
    return _page(request, f"Tìm kiếm: {q}", main, canonical="/", body_class="search")


# --- pages (not articles) ----------------------------------------------------------------------

PAGES = {
    "/gioi-thieu/": (
        6, "Giới thiệu chung",
        "<p>Trường THCS Lý Tự Trọng được thành lập năm 1982, tọa lạc tại phường An Mỹ, thành phố Tam Kỳ. "
        "Năm học 2026 – 2027, trường có 24 lớp với 986 học sinh và 58 cán bộ, giáo viên, nhân viên.</p>"
        "<p>Trường đạt chuẩn quốc gia mức độ 2 năm 2022 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
        '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/08/toan-canh-truong.jpg" alt="" />'
        '<figcaption class="wp-element-caption">Toàn cảnh nhà trường</figcaption></figure>',
    ),
    "/doi-ngu-giao-vien/": (
        9, "Đội ngũ giáo viên",
        '<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Môn</th></tr></thead>'
        "<tbody><tr><td>Phan Thị Lan</td><td>Hiệu trưởng</td><td>Ngữ văn</td></tr>"
        "<tr><td>Trần Quốc Huy</td><td>Phó Hiệu trưởng</td><td>Toán</td></tr>"
        "<tr><td>Nguyễn Văn Thành</td><td>Phó Hiệu trưởng</td><td>Vật lí</td></tr>"
        "<tr><td>Nguyễn Thị Thu Hà</td><td>Tổ trưởng tổ Ngữ văn</td><td>Ngữ văn</td></tr></tbody></table></figure>",
    ),
    "/thoi-khoa-bieu/": (
        11, "Thời khóa biểu học kỳ I",
        "<p>Thời khóa biểu áp dụng từ ngày 09/11/2026.</p>"
        '<details class="wp-block-details"><summary>Khối 6</summary><p>Xem tệp đính kèm.</p></details>'
        '<details class="wp-block-details"><summary>Khối 9</summary><p>Xem tệp đính kèm.</p></details>'
        '<div class="wp-block-file"><a href="/wp-content/uploads/2026/11/TKB-HKI-tu-09-11-2026.pdf">TKB-HKI-tu-09-11-2026</a>'
        '<a href="/wp-content/uploads/2026/11/TKB-HKI-tu-09-11-2026.pdf" class="wp-block-file__button wp-element-button" download>Tải về</a></div>',
    ),
    "/thu-vien-anh/": (
        14, "Thư viện ảnh",
        '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">'
        + "".join(
            f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/09/khai-giang-{n}.jpg" alt="" />'
            f'<figcaption class="wp-element-caption">Lễ khai giảng năm học 2026 – 2027 ({n})</figcaption></figure>'
            for n in range(1, 7)
        )
        + '<figcaption class="blocks-gallery-caption wp-element-caption">Lễ khai giảng 05/9/2026</figcaption></figure>',
    ),
    "/lien-he/": (
        17, "Liên hệ",
        "<p>Trường THCS Lý Tự Trọng</p><p>Địa chỉ: 24 Trần Cao Vân, phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: 0235 3851 247</p><p>Email: c2lytutrong.tk@quangnam.edu.vn</p>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="350" loading="lazy"></iframe>',
    ),
}


def _static_page(request: Request, path: str) -> Response:
    pid, title, content = PAGES[path]
    main = (
        f'<h1 class="wp-block-post-title">{esc(title)}</h1>'
        f'<div class="entry-content wp-block-post-content is-layout-constrained">{content}</div>'
    )
    return _page(request, title, main, canonical=path,
                 body_class=f"page-template-default page page-id-{pid}")


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{permalink(s)}</link>"
        f"<guid isPermaLink=\"false\">{base}/?p={s.id}</guid><category><![CDATA[{CATS[s.cat]}]]></category>"
        f"<description><![CDATA[{_excerpt(s)}]]></description></item>"
        for s in NEWEST[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{SITE}</title><link>{base}</link><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- site ----------------------------------------------------------------------------------------

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(/?)$")
_CAT = re.compile(r"^/category/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_BY_PATH = {permalink(s): s for s in STORIES}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/") or path.startswith("/wp-includes/"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                            {"Content-Type": "text/plain"})
        if path == "/":
            params = parse_qs(request.query, keep_blank_values=True)
            if not params:
                return _home(request)
            if "p" in params:
                pid = params["p"][0]
                if pid.isdigit() and int(pid) in BY_ID:
                    return redirect(permalink(BY_ID[int(pid)]), 301)
                page = next((p for p, v in PAGES.items() if str(v[0]) == pid), None)
                return redirect(page, 301) if page else None
            if "s" in params:
                return _search(request)
            return None
        if path == "/feed/":
            return _feed(request)
        if path == "/tin-tuc/":
            return _tin_tuc(request)
        if path in PAGES:
            return _static_page(request, path)
        m = _CAT.match(path)
        if m and m.group(1) in CATS:
            cur = int(m.group(2) or 1)
            if m.group(2) and cur < 2:
                return None
            return _archive(request, m.group(1), cur)
        m = _POST.match(path)
        if m:
            story = _BY_PATH.get(path if m.group(5) else path + "/")
            if story is None:
                return None
            if not m.group(5):
                return redirect(path + "/", 301)
            return _single(request, story)
        return None


def build_site() -> Site:
    return Site()


def _alt(story: Story) -> list[str]:
    link = permalink(story)
    return [f"/?p={story.id}"] + [f"{link}?query-31-page={n}" for n in range(2, _related_pages(story) + 1)]


GOLD = [gold_record(s, permalink(s), CATS[s.cat], alt_paths=_alt(s)) for s in NEWEST]

NON_ARTICLES = ["/gioi-thieu/", "/doi-ngu-giao-vien/", "/thoi-khoa-bieu/", "/thu-vien-anh/", "/lien-he/"]
