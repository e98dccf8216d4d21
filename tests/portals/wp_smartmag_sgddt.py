"""Sở Giáo dục và Đào tạo tỉnh Sóc Trăng on WordPress 6 with the SmartMag theme (ThemeSphere).

Platform: WordPress 6.x, SmartMag 9 ("s-head-modern" single header, "loop-list" listings,
"Related posts" grid, share float), Yoast SEO (canonical, ``article:published_time``, schema
graph, breadcrumbs), WP Rocket lazy-load on content images, WP-Print, review boxes off, comments
closed.

URL scheme:
- posts ``/<slug>/``; posts filed under "Thông báo" use ``/thong-bao/<slug>/``;
- a post split with ``<!--nextpage-->`` continues at ``/<slug>/2/``; WP-Print view ``/<slug>/print/``;
- shortlinks ``/?p=<id>`` answer 301 to the permalink (printed in ``<link rel="shortlink">``);
- category lists ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<N>/`` (4 posts a page;
  ``/page/1/`` answers 301 to the list itself); tag lists ``/tag/<slug>/``; author list
  ``/author/quantri/`` (+ ``/page/2/``); search ``/?s=…``; feed ``/feed/``;
- pages ``/<slug>/`` (giới thiệu, cơ cấu tổ chức, văn bản chỉ đạo, thư viện ảnh, liên hệ).

Page templates: home (featured grid of the 3 newest, a block per section, sidebar "Bài viết
mới"), category / tag / author / search lists (SmartMag ``loop-list`` cards with relative dates,
``main-pagination pagination-numbers``), single post (breadcrumbs, ``the-post-header`` with
cat labels, ``h1.post-title``, optional ``div.sub-title``, meta row, ``single-featured`` image,
``post-content entry-content``, tags, share bar, author box, related posts grid), WP-Print view,
static pages.

How the gold articles are reached: the home page links the 5 newest posts (featured grid,
sections, sidebar) and every section list; "Mầm non - Tiểu học", "Chuyển đổi số" and
"Giáo dục Trung học" posts through their lists; the three oldest "Tin tức - Sự kiện" posts
(ids 1141 via a tag too, 1108, 1097) only through ``/chuyen-muc/tin-tuc-su-kien/page/2/``.

Traps:
1. Dates in the single header are printed in the Vietnamese WordPress locale's default format
   "Tháng Mười Một 20, 2026" (month NAME before the day), the time only in ``<time datetime>``;
   posts of the last week print a relative date instead ("17 giờ trước", "3 ngày trước") with
   the real stamp only in the attribute. Gold: the ``datetime`` stamp, with its time.
2. Yoast prints ``article:published_time`` and the schema ``datePublished`` in UTC
   ("2026-11-16T23:30:00+00:00" for a post of 06:30 on 17/11): the UTC day is the day before.
   Gold: the local stamp "2026-11-17T06:30:00+07:00".
3. The meta row also prints "Cập nhật:" with the modified date, in the same ``<time
   class="post-date">`` markup as the publication date. Gold: the publication date.
4. A post imported from the old site has 00:00 as its time (datetime "…T00:00:00+07:00",
   Yoast "…T17:00:00+00:00" of the day before). Gold: the day alone, "2026-10-21".
5. SmartMag's ``div.sub-title`` under the h1 is the sapo, printed outside ``entry-content``.
   Gold: summary and first body paragraph.
6. SmartMag's ``[dropcap]`` shortcode prints the first letter in its own element
   (``<span class="ts-dropcap">N</span>gày …``). Gold: the word glued, "Ngày …".
7. The featured image sits in ``div.single-featured`` above the text with its caption in
   ``figcaption.wp-caption-text``; it is the article's first photo. Content images are
   WP Rocket lazy images: ``src`` is an SVG data placeholder, the file is in ``data-lazy-src``
   and again in a ``<noscript><img src>`` copy. Gold: each photo once, by its real file.
8. A Gutenberg pull quote (``figure.wp-block-pullquote``) repeats a sentence of the text in
   large type. Gold: not body (the sentence is there once, where the text has it).
9. A post split with ``<!--nextpage-->``: page 2 at ``/<slug>/2/`` repeats the header and has
   its own Yoast canonical (``/<slug>/2/``); the pager "Trang: 1 2" sits at the foot of the
   text. Gold: ONE article at ``/<slug>/`` whose body is both pages' text; ``/<slug>/2/`` and
   the WP-Print view (which prints the whole text) are its ``alt_paths``.
10. A post filed in two sections prints both cat labels ("Tin tức - Sự kiện" first) while the
    breadcrumb shows Yoast's primary category. Gold: the breadcrumb's "Giáo dục Trung học".
11. The byline in the meta row and in the schema graph is the CMS account "quantri" (with an
    author box and bio under the text). Gold: nobody; the real byline is the right-aligned
    last line ("Tin, ảnh: …", "Tin: … - Ảnh: …", "Phòng GDTrH").
12. Gallery block: each photo's ``figcaption.wp-element-caption`` plus the gallery's own
    ``figcaption.blocks-gallery-caption``. Gold: the photos' captions; the gallery line is
    neither body nor a photo's caption.
13. Chrome that reads like text after the article: tags, share bar with "In bài viết", the
    author box bio, "Bài viết liên quan" grid with excerpts, "Bình luận đã bị đóng.". Not body.
14. Official notice printed as a document (letterhead table, "Số:", place and day, kind and
    subject, "Nơi nhận" table and signer). Gold per the house: letterhead day, signer author.
15. Listing cards link each post twice (thumbnail ``span.img`` background link and title) plus
    "Đọc tiếp"; the meta row links ``/<slug>/#respond``. One article each.

Gold decisions on ambiguous points:
- ``published_at`` comes from ``<time datetime>`` (the page's own machine stamp, local offset);
  the visible date is a day or a relative phrase.
- Image gold paths are the sizes the page shows (``-1024x683.jpg`` …), not the full file the
  image links to.
- An image whose only printed line is "Ảnh: X" has no caption; X is a photographer.
- The gallery caption is dropped (see trap 12); the pull quote is dropped (trap 8).
- The multi-page post's ``/2/`` page is an alt path of the article (trap 9).
- A drop-cap first paragraph is not a printed sapo (not bold, not its own element): summary null.
- The document notice: the post's own meta date (01/12/2026) is not the gold; its letterhead
  day is.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_smartmag_sgddt"
PLATFORM = "WordPress 6 + SmartMag (ThemeSphere) + Yoast SEO"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
TZ = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 5, 9, 0, tzinfo=TZ)
PER_PAGE = 4

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "mam-non-tieu-hoc": "Mầm non - Tiểu học",
    "chuyen-doi-so": "Chuyển đổi số",
    "thong-bao": "Thông báo",
}
TAGS: dict[str, str] = {
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "hoc-sinh-gioi": "học sinh giỏi",
    "nha-giao": "nhà giáo",
    "hoc-ba-so": "học bạ số",
}
MONTHS_VI = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]
NEXTPAGE = "<!--nextpage-->"
UP = "/wp-content/uploads"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the 13 posts ----------------------------------------------------------------------------
# opts: dt (local ISO of the WP post date), modified, cats (first = primary unless "primary"),
# tags, url (permalink path), subtitle, lazy, print, gallery_caption

S1 = Story(
    1201, "hoi-nghi-trien-khai-nhiem-vu-hoc-ky-ii-nam-hoc-2026-2027",
    "Hội nghị triển khai nhiệm vụ học kỳ II năm học 2026-2027",
    "tin-tuc-su-kien", "2026-12-04T15:20:00+07:00",
    [
        Img(f"{UP}/2026/12/hoi-nghi-hk2-1024x683.jpg",
            "Giám đốc Sở GDĐT phát biểu chỉ đạo tại hội nghị", "Giám đốc Sở GDĐT phát biểu chỉ đạo tại hội nghị",
            style="featured"),
        P("Chiều ngày 04/12/2026, tại Hội trường Sở Giáo dục và Đào tạo, Sở tổ chức hội nghị triển khai "
          "nhiệm vụ học kỳ II năm học 2026-2027 với sự tham dự của lãnh đạo các phòng chuyên môn, "
          "Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố."),
        P("Theo báo cáo sơ kết, trong học kỳ I toàn tỉnh duy trì sĩ số đạt 99,2%, tỷ lệ huy động trẻ "
          "5 tuổi ra lớp đạt 100%; công tác kiểm định chất lượng giáo dục và xây dựng trường chuẩn quốc "
          "gia tiếp tục được quan tâm."),
        P("Nhiệm vụ trọng tâm học kỳ II", "h"),
        P("Tổ chức tốt kỳ thi tốt nghiệp THPT năm 2027 và tuyển sinh vào lớp 10.", "li"),
        P("Đẩy mạnh chuyển đổi số, triển khai học bạ số ở tất cả các cấp học.", "li"),
        P("Rà soát, bổ sung đội ngũ giáo viên còn thiếu ở cấp tiểu học và THCS.", "li"),
        P("Kết luận hội nghị, Giám đốc Sở yêu cầu các đơn vị bám sát kế hoạch, chủ động tham mưu "
          "UBND cấp huyện giải quyết những khó khăn về cơ sở vật chất trước khi bước vào học kỳ mới."),
        _right("Tin, ảnh: Lâm Thị Ngọc Hân"),
    ],
    authors=["Lâm Thị Ngọc Hân"], photographers=["Lâm Thị Ngọc Hân"],
    summary="Sáng 04/12, Sở GDĐT Sóc Trăng tổ chức hội nghị đánh giá kết quả học kỳ I và triển khai "
    "nhiệm vụ trọng tâm học kỳ II năm học 2026-2027.",
    sapo_outside=True,
    opts={"modified": "2026-12-05T08:02:00+07:00", "tags": ["nam-hoc-2026-2027"], "lazy": True},
)

S2 = Story(
    1195, "trao-200-suat-hoc-bong-cho-hoc-sinh-vuot-kho",
    "Trao 200 suất học bổng “Tiếp bước đến trường” cho học sinh vượt khó",
    "tin-tuc-su-kien", "2026-12-02T09:00:00+07:00",
    [
        P("Ngày 02/12/2026, Sở Giáo dục và Đào tạo phối hợp với Hội Khuyến học tỉnh trao 200 suất học "
          "bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt.", "dropcap"),
        P("Mỗi suất học bổng trị giá 2.000.000 đồng, kèm theo bộ sách giáo khoa và dụng cụ học tập. "
          "Tổng kinh phí chương trình hơn 450 triệu đồng do các doanh nghiệp và nhà hảo tâm đóng góp."),
        Img(f"{UP}/2026/12/hoc-bong-1-1024x683.jpg", "Đại diện nhà tài trợ trao học bổng cho học sinh",
            "Đại diện nhà tài trợ trao học bổng cho học sinh", style="gallery"),
        Img(f"{UP}/2026/12/hoc-bong-2-1024x683.jpg", "Học sinh trường THCS Mỹ Xuyên nhận học bổng",
            "Học sinh trường THCS Mỹ Xuyên nhận học bổng", style="gallery"),
        P("Phát biểu tại buổi lễ, em Trần Thị Kim Ngân, học sinh lớp 9A1 Trường THCS Mỹ Xuyên, bày tỏ "
          "lòng biết ơn và hứa sẽ cố gắng học tập tốt hơn nữa."),
        Raw('<p style="text-align: right;"><strong>Tin: Huỳnh Quốc Bảo - Ảnh: Trịnh Minh Tâm</strong></p>'),
    ],
    authors=["Huỳnh Quốc Bảo"], photographers=["Trịnh Minh Tâm"],
    opts={"gallery_caption": "Một số hình ảnh tại buổi lễ trao học bổng", "lazy": True},
)

S3 = Story(
    1188, "thong-bao-lich-nghi-tet-duong-lich-2027",
    "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, viên chức và học sinh",
    "thong-bao", "2026-11-30",
    [
        Raw('<figure class="wp-block-table"><table style="border: none;"><tbody><tr>'
            '<td style="text-align: center;"><strong>UBND TỈNH SÓC TRĂNG<br>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong>'
            '<br>——-<br>Số: 2874/TB-SGDĐT</td>'
            '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
            'Độc lập – Tự do – Hạnh phúc</strong><br>—————<br>'
            '<em>Sóc Trăng, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table></figure>'
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
            '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'),
        P("Căn cứ Bộ luật Lao động năm 2019 và Công văn số 5120/UBND-VX ngày 25/11/2026 của UBND tỉnh "
          "về việc nghỉ Tết Dương lịch năm 2027, Sở Giáo dục và Đào tạo thông báo như sau:"),
        P("1. Cán bộ, công chức, viên chức và người lao động được nghỉ Tết Dương lịch 01 ngày vào thứ "
          "Sáu, ngày 01/01/2027."),
        P("2. Học sinh các cấp học được nghỉ Tết Dương lịch 01 ngày; các đơn vị bố trí dạy bù bảo đảm "
          "chương trình năm học."),
        P("3. Thủ trưởng các đơn vị phân công trực cơ quan, bảo đảm an ninh, an toàn tài sản trong thời "
          "gian nghỉ Tết."),
        Raw('<figure class="wp-block-table"><table style="border: none;"><tbody><tr>'
            '<td><strong><em>Nơi nhận:</em></strong><br>- Các phòng GDĐT;<br>- Các đơn vị trực thuộc;'
            '<br>- Lưu: VT, VP.</td>'
            '<td style="text-align: center;"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br>'
            '<em>(Đã ký)</em><br><br><strong>Trần Minh Khoa</strong></td></tr></tbody></table></figure>'),
    ],
    authors=["Trần Minh Khoa"],
    opts={"dt": "2026-12-01T08:10:00+07:00", "url": "/thong-bao/thong-bao-lich-nghi-tet-duong-lich-2027/"},
)

S4 = Story(
    1176, "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    "Kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
    "giao-duc-trung-hoc", "2026-11-26T07:45:00+07:00",
    [
        P("Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 diễn ra từ ngày 18 đến 19/11/2026 "
          "với 1.246 thí sinh của 38 trường THPT dự thi ở 11 môn."),
        P("Kết quả, có 512 thí sinh đạt giải, trong đó 21 giải Nhất, 98 giải Nhì, 167 giải Ba và 226 "
          "giải Khuyến khích. Các đơn vị dẫn đầu như sau:"),
        P("Đơn vị | Giải Nhất | Giải Nhì | Tổng số giải", "th"),
        P("THPT Chuyên Nguyễn Thị Minh Khai | 15 | 41 | 118", "tr"),
        P("THPT Hoàng Diệu | 3 | 12 | 47", "tr"),
        P("THPT Mỹ Xuyên | 1 | 7 | 29", "tr"),
        Img(f"{UP}/2026/11/hsg-lop12-1024x683.jpg", "Thí sinh làm bài thi môn Ngữ văn tại điểm thi "
            "THPT Hoàng Diệu", "Thí sinh làm bài thi môn Ngữ văn tại điểm thi THPT Hoàng Diệu", style="wpcap"),
        P("Sở sẽ chọn các thí sinh có kết quả cao nhất thành lập đội tuyển dự thi chọn học sinh giỏi "
          "quốc gia năm 2027."),
        _right("Phòng GDTrH"),
    ],
    authors=["Phòng GDTrH"],
    opts={"cats": ["tin-tuc-su-kien", "giao-duc-trung-hoc"], "primary": "giao-duc-trung-hoc",
          "tags": ["hoc-sinh-gioi", "nam-hoc-2026-2027"], "print": True,
          "modified": "2026-11-27T10:15:00+07:00"},
)

S5 = Story(
    1170, "trien-khai-hoc-ba-so-tu-nam-hoc-2026-2027",
    "Triển khai học bạ số đối với giáo dục phổ thông từ năm học 2026-2027",
    "chuyen-doi-so", "2026-11-24T10:30:00+07:00",
    [
        P("Thực hiện hướng dẫn của Bộ Giáo dục và Đào tạo, Sở yêu cầu 100% cơ sở giáo dục phổ thông "
          "trên địa bàn tỉnh triển khai học bạ số từ năm học 2026-2027."),
        P("Các bước chuẩn bị gồm:"),
        P("Rà soát dữ liệu học sinh trên cơ sở dữ liệu ngành;", "ol"),
        P("Cấp chữ ký số cho hiệu trưởng và giáo viên chủ nhiệm;", "ol"),
        P("Ký số và lưu trữ học bạ theo quy định.", "ol"),
        Img(f"{UP}/2026/11/hoc-ba-so-1024x576.jpg", "Ảnh: Phạm Thanh Tùng", None, style="block"),
        P("Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị các đơn vị liên hệ Phòng "
          "Kế hoạch - Tài chính để được hướng dẫn."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/hoi-nghi-trien-khai-nhiem-vu-hoc-ky-ii-nam-hoc-2026-2027/">'
            "Hội nghị triển khai nhiệm vụ học kỳ II năm học 2026-2027</a></p>"),
        Raw('<p style="text-align: right;"><em>Nguồn: Cổng TTĐT Bộ Giáo dục và Đào tạo</em></p>'),
    ],
    photographers=["Phạm Thanh Tùng"], source="Cổng TTĐT Bộ Giáo dục và Đào tạo",
    opts={"tags": ["hoc-ba-so"], "lazy": True},
)

S6 = Story(
    1162, "hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Ngành Giáo dục Sóc Trăng họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc-su-kien", "2026-11-20T08:15:00+07:00",
    [
        Img(f"{UP}/2026/11/hop-mat-20-11-1024x683.jpg", "Quang cảnh buổi họp mặt",
            "Quang cảnh buổi họp mặt", style="featured"),
        P("Sáng 20/11/2026, Sở Giáo dục và Đào tạo tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
          "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."),
        P("Đến dự có đồng chí Phó Chủ tịch UBND tỉnh, đại diện các sở, ngành và hơn 300 nhà giáo đang "
          "công tác và đã nghỉ hưu."),
        P("Phát biểu tại buổi họp mặt, Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của đội ngũ nhà "
          "giáo. Mỗi thầy cô là một tấm gương sáng về đạo đức, tự học và sáng tạo. Tỉnh sẽ tiếp tục "
          "quan tâm chế độ, chính sách cho giáo viên vùng khó khăn."),
        Raw('<figure class="wp-block-pullquote"><blockquote><p>Mỗi thầy cô là một tấm gương sáng về đạo '
            "đức, tự học và sáng tạo.</p><cite>Phó Chủ tịch UBND tỉnh</cite></blockquote></figure>"),
        Raw(NEXTPAGE),
        P("Dịp này, 45 nhà giáo tiêu biểu được nhận Bằng khen của Chủ tịch UBND tỉnh; 12 tập thể được "
          "tặng Cờ thi đua xuất sắc."),
        Img(f"{UP}/2026/11/tuyen-duong-nha-giao-1024x683.jpg", "Trao Bằng khen cho các nhà giáo tiêu biểu",
            "Trao Bằng khen cho các nhà giáo tiêu biểu", style="wpcap"),
        P("Buổi họp mặt khép lại với chương trình văn nghệ do giáo viên và học sinh Trường THPT Chuyên "
          "Nguyễn Thị Minh Khai biểu diễn."),
        _right("Tin, ảnh: Lâm Thị Ngọc Hân"),
    ],
    authors=["Lâm Thị Ngọc Hân"], photographers=["Lâm Thị Ngọc Hân"],
    opts={"tags": ["nha-giao"], "print": True, "lazy": True},
)

S7 = Story(
    1150, "be-vui-hoi-thi-be-khoe-be-ngoan",
    "Bé vui Hội thi “Bé khỏe - Bé ngoan” cấp tỉnh năm 2026",
    "mam-non-tieu-hoc", "2026-11-17T06:30:00+07:00",
    [
        P("Hội thi “Bé khỏe - Bé ngoan” cấp tỉnh năm 2026 thu hút 11 đội thi với 132 bé đến từ các "
          "trường mầm non trong tỉnh."),
        P("Các bé tham gia ba phần thi: đồng diễn thể dục, năng khiếu và trò chơi dân gian. Ban tổ chức "
          "trao giải Nhất cho đội thi Trường Mầm non Hoa Sen (TP. Sóc Trăng)."),
        Img(f"{UP}/2026/11/be-khoe-be-ngoan-1024x683.jpg", "Phần đồng diễn thể dục của các bé",
            "Phần đồng diễn thể dục của các bé", style="block"),
        P("Hội thi nhằm nâng cao chất lượng chăm sóc, giáo dục trẻ và tạo sân chơi bổ ích cho trẻ mầm non."),
        _right("Phòng GDMN-TH"),
    ],
    authors=["Phòng GDMN-TH"],
)

S8 = Story(
    1141, "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs",
    "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS chu kỳ 2026-2027",
    "tin-tuc-su-kien", "2026-11-13T14:00:00+07:00",
    [
        P("Từ ngày 10 đến 13/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi cấp "
          "tỉnh bậc THCS với 186 giáo viên tham gia."),
        P("Các giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy "
          "thực hành theo chương trình giáo dục phổ thông 2018."),
        P("Kết quả có 142 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh."),
        _right("Nguyễn Hoàng Phúc"),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    opts={"tags": ["nha-giao"]},
)

S9 = Story(
    1133, "tap-huan-kiem-tra-danh-gia-theo-dinh-huong-phat-trien-nang-luc",
    "Tập huấn kiểm tra, đánh giá theo định hướng phát triển năng lực học sinh THPT",
    "giao-duc-trung-hoc", "2026-11-09T09:30:00+07:00",
    [
        P("Trong hai ngày 07 và 08/11/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn xây dựng ma trận, "
          "đặc tả đề kiểm tra theo định hướng phát triển năng lực cho 420 tổ trưởng chuyên môn."),
        P("Báo cáo viên hướng dẫn cách xây dựng câu hỏi theo ba dạng thức mới của đề thi tốt nghiệp "
          "THPT từ năm 2025: trắc nghiệm nhiều lựa chọn, đúng sai và trả lời ngắn."),
        P("Sau tập huấn, các trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học để triển khai "
          "nội dung đến toàn thể giáo viên."),
        _right("Phòng GDTrH"),
    ],
    authors=["Phòng GDTrH"],
)

S10 = Story(
    1120, "tiet-hoc-stem-o-truong-tieu-hoc-phu-loi",
    "Tiết học STEM sôi nổi ở Trường Tiểu học Phú Lợi",
    "mam-non-tieu-hoc", "2026-11-04T16:00:00+07:00",
    [
        P("Thực hiện kế hoạch giáo dục STEM, Trường Tiểu học Phú Lợi tổ chức chuyên đề “Làm xe chạy "
          "bằng sức gió” cho học sinh khối 5."),
        Img(f"{UP}/2026/11/stem-phu-loi-1024x683.jpg", "Ảnh: Võ Thị Mai", None, style="wpcap"),
        P("Học sinh làm việc theo nhóm, tự thiết kế, lắp ráp và thử nghiệm sản phẩm, sau đó thuyết "
          "trình về nguyên lý hoạt động."),
        P("Chuyên đề giúp học sinh vận dụng kiến thức Khoa học, Toán vào giải quyết vấn đề thực tiễn."),
        _right("Võ Thị Mai"),
    ],
    authors=["Võ Thị Mai"], photographers=["Võ Thị Mai"],
)

S11 = Story(
    1108, "so-ket-phong-trao-thi-dua-day-tot-hoc-tot",
    "Sơ kết phong trào thi đua “Dạy tốt - Học tốt” chào mừng 20/11",
    "tin-tuc-su-kien", "2026-10-28T10:00:00+07:00",
    [
        P("Hưởng ứng phong trào thi đua “Dạy tốt - Học tốt”, các đơn vị trực thuộc đã đăng ký hơn "
          "3.500 tiết dạy tốt và 860 chuyên đề ngoại khóa."),
        P("Sở Giáo dục và Đào tạo đề nghị các đơn vị tiếp tục phát động thi đua đến hết học kỳ I."),
        P("Nhiều trường đã có cách làm hay như tổ chức “Tuần lễ học tập suốt đời”,"),
        P("xây dựng thư viện xanh và câu lạc bộ đọc sách.", "br"),
        _right("Văn phòng Sở"),
    ],
    authors=["Văn phòng Sở"],
)

S12 = Story(
    1097, "tong-ket-hoi-khoe-phu-dong-cap-tinh-lan-thu-xi",
    "Tổng kết Hội khỏe Phù Đổng cấp tỉnh lần thứ XI",
    "tin-tuc-su-kien", "2026-10-21",
    [
        P("Sau 10 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng cấp tỉnh lần thứ XI đã bế mạc với sự tham "
          "gia của hơn 1.800 vận động viên là học sinh."),
        P("Đoàn thành phố Sóc Trăng dẫn đầu toàn đoàn với 58 huy chương vàng; đoàn thị xã Vĩnh Châu xếp "
          "thứ hai, đoàn huyện Mỹ Xuyên xếp thứ ba."),
        P("Ban tổ chức cũng tuyển chọn 120 vận động viên xuất sắc tham dự Hội khỏe Phù Đổng toàn quốc."),
        _right("Tin: Huỳnh Quốc Bảo"),
    ],
    authors=["Huỳnh Quốc Bảo"],
    opts={"dt": "2026-10-21T00:00:00+07:00"},
)

S13 = Story(
    1085, "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
    "Thông báo tuyển dụng viên chức giáo dục năm 2026",
    "thong-bao", "2026-10-15T16:40:00+07:00",
    [
        P("Sở Giáo dục và Đào tạo tỉnh Sóc Trăng thông báo tuyển dụng 215 chỉ tiêu viên chức giảng "
          "dạy tại các trường THPT và đơn vị trực thuộc năm 2026."),
        P("Thời gian nhận phiếu đăng ký dự tuyển từ ngày 16/10/2026 đến hết ngày 14/11/2026 (trong giờ "
          "hành chính) tại Văn phòng Sở, số 18 Hùng Vương, Phường 6, TP. Sóc Trăng."),
        P("Chi tiết chỉ tiêu, điều kiện và hồ sơ dự tuyển xem tại tệp đính kèm."),
        Raw('<div class="wp-block-file"><a id="wp-block-file--media-88" href="'
            f'{UP}/2026/10/TB-tuyen-dung-vien-chuc-2026.pdf">TB-tuyen-dung-vien-chuc-2026</a>'
            f'<a href="{UP}/2026/10/TB-tuyen-dung-vien-chuc-2026.pdf" class="wp-block-file__button '
            'wp-element-button" download aria-describedby="wp-block-file--media-88">Tải xuống</a></div>'),
        _right("Văn phòng Sở"),
    ],
    authors=["Văn phòng Sở"],
    opts={"url": "/thong-bao/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026/"},
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]


def _url(s: Story) -> str:
    return s.opts.get("url") or f"/{s.slug}/"


def _dt(s: Story) -> datetime:
    stamp = s.opts.get("dt") or s.published_at
    if len(stamp) == 10:
        stamp += "T00:00:00+07:00"
    return datetime.fromisoformat(stamp)


def _cats(s: Story) -> list[str]:
    return s.opts.get("cats") or [s.cat]


def _primary(s: Story) -> str:
    return s.opts.get("primary") or _cats(s)[0]


BY_URL = {_url(s): s for s in STORIES}
NEWEST = sorted(STORIES, key=_dt, reverse=True)


# --- dates ----------------------------------------------------------------------------------


def _vi_date(d: datetime) -> str:
    return f"{MONTHS_VI[d.month - 1]} {d.day}, {d.year}"


def _vi_time(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def _relative(d: datetime) -> str:
    secs = (NOW - d).total_seconds()
    days = int(secs // 86400)
    if days < 1:
        return f"{max(1, int(secs // 3600))} giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{round(days / 7)} tuần trước"
    return f"{round(days / 30)} tháng trước"


def _utc(d: datetime) -> str:
    return d.astimezone(UTC).isoformat()


def _excerpt(s: Story, words: int = 24) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"), ("/co-cau-to-chuc/", "Cơ cấu tổ chức")]),
    ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức", [
        ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức - Sự kiện"),
        ("/chuyen-muc/giao-duc-trung-hoc/", "Giáo dục Trung học"),
        ("/chuyen-muc/mam-non-tieu-hoc/", "Mầm non - Tiểu học"),
        ("/chuyen-muc/chuyen-doi-so/", "Chuyển đổi số"),
    ]),
    ("/chuyen-muc/thong-bao/", "Thông báo", []),
    ("/van-ban-chi-dao/", "Văn bản", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for i, (href, label, subs) in enumerate(_MENU):
        cls = f"menu-item menu-item-type-custom menu-item-{3100 + i}"
        if subs:
            sub = "".join(
                f'<li class="menu-item menu-item-{3200 + i * 10 + j}"><a href="{h}">{esc(t)}</a></li>'
                for j, (h, t) in enumerate(subs)
            )
            items.append(f'<li class="{cls} menu-item-has-children item-mega-menu"><a href="{href}">'
                         f'{esc(label)}</a><ul class="sub-menu">{sub}</ul></li>')
        else:
            items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a></li>')
    return "".join(items)


def _small_post(s: Story) -> str:
    return (
        '<article class="l-post small-post m-pos-left">'
        f'<div class="media"><a href="{_url(s)}" class="image-link media-ratio ar-bunyad-thumb" '
        f'title="{esc(s.title)}"><span data-bgsrc="{UP}/thumbs/{s.id}-150x150.jpg" class="img bg-cover '
        'wp-post-image attachment-bunyad-thumb size-bunyad-thumb lazyload" role="img"></span></a></div>'
        '<div class="content"><div class="post-meta post-meta-a post-meta-left has-below">'
        f'<h4 class="is-title post-title"><a href="{_url(s)}">{esc(s.title)}</a></h4>'
        '<div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link">'
        f'<time class="post-date" datetime="{_dt(s).isoformat()}">{_relative(_dt(s))}</time></span></span>'
        "</div></div></div></article>"
    )


def _sidebar() -> str:
    latest = "".join(_small_post(s) for s in NEWEST[:5])
    return (
        '<aside class="col-4 main-sidebar has-sep" data-sticky="1"><div class="inner theiaStickySidebar">'
        '<div id="smartmag-block-posts-small-2" class="widget ts-block-widget smartmag-widget-posts-small">'
        '<div class="block"><div class="block-head block-head-ac block-head-g is-left">'
        '<h5 class="heading">Bài viết mới</h5></div><section class="block-wrap block-posts-small block-sc">'
        f'<div class="block-content"><div class="loop loop-small">{latest}</div></div></section></div></div>'
        '<div id="text-4" class="widget widget_text"><div class="widget-title block-head block-head-ac '
        'block-head-g"><h5 class="heading">Thăm dò ý kiến</h5></div><div class="textwidget">'
        "<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>"
        '<form class="wp-polls-form"><p><label><input type="radio" name="poll_3" value="11"> Rất tốt</label>'
        '<br><label><input type="radio" name="poll_3" value="12"> Bình thường</label></p>'
        '<p><input type="button" class="Buttons" value="Bình chọn"></p></form></div></div>'
        '<div id="custom_html-2" class="widget_text widget widget_custom_html"><div class="widget-title '
        'block-head block-head-ac block-head-g"><h5 class="heading">Liên kết website</h5></div>'
        '<div class="textwidget custom-html-widget"><ul class="lk-web">'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://www.soctrang.gov.vn" target="_blank" rel="noopener">Cổng TTĐT tỉnh Sóc Trăng</a></li>'
        '<li><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">CSDL ngành Giáo dục</a></li>'
        "</ul></div></div>"
        '<div id="wpstatistics-2" class="widget widget_wpstatistics_widget"><div class="widget-title '
        'block-head block-head-ac block-head-g"><h5 class="heading">Thống kê truy cập</h5></div>'
        '<ul><li><label>Đang online: </label>17</li><li><label>Hôm nay: </label>1.284</li>'
        "<li><label>Tổng truy cập: </label>3.912.507</li></ul></div>"
        "</div></aside>"
    )


def _head(request: Request, title: str, canonical: str, extra: str = "") -> str:
    base = base_url(request)
    return (
        '<!DOCTYPE html><html lang="vi" prefix="og: https://ogp.me/ns#"><head><meta charset="UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} - {esc(SITE_NAME)}</title>"
        f'<link rel="canonical" href="{base}{canonical}">'
        '<meta property="og:locale" content="vi_VN">'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}">{extra}'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; Dòng thông tin" '
        f'href="{base}/feed/">'
        f'<link rel="https://api.w.org/" href="{base}/wp-json/">'
        f"<link rel='stylesheet' id='smartmag-core-css' href='{base}/wp-content/themes/smart-mag/style.css"
        "?ver=9.3.0' type='text/css' media='all'>"
        "<style id='smartmag-core-inline-css'>:root{--c-main:#1a5fb4}</style>"
        '</head><body class="wp-singular wp-theme-smart-mag right-sidebar has-lb has-lb-sm ts-img-hov-fade '
        'layout-normal">'
    )


def _header() -> str:
    return (
        '<div class="main-wrap"><div class="off-canvas-backdrop"></div>'
        '<header id="smart-head" class="smart-head smart-head-a smart-head-main is-desktop">'
        '<div class="smart-head-row smart-head-top s-dark smart-head-row-full"><div class="inner wrap">'
        f'<div class="items items-left"><span class="h-date">{HEADER_DAY}</span>'
        '<div class="h-text h-text">Hotline: 0299 3821 406</div></div>'
        '<div class="items items-right"><div class="spc-social-block spc-social spc-social-a smart-head-social">'
        '<a href="https://www.facebook.com/sgddtsoctrang" class="link service s-facebook" target="_blank" '
        'rel="nofollow noopener"><i class="icon tsi tsi-facebook"></i><span class="visuallyhidden">Facebook'
        "</span></a></div></div></div></div>"
        '<div class="smart-head-row smart-head-mid is-light smart-head-row-full"><div class="inner wrap">'
        '<div class="items items-left"><a href="/" title="Sở GDĐT Sóc Trăng" rel="home" class="logo-link '
        f'ts-logo logo-is-image"><img src="{UP}/2025/03/logo-sgddt-soctrang.png" class="logo-image" '
        f'alt="{esc(SITE_NAME)}" width="420" height="80"></a></div>'
        '<div class="items items-right"><div class="h-search"><form role="search" method="get" '
        'class="search-form" action="/"><input type="search" name="s" placeholder="Tìm kiếm…">'
        '<button type="submit" class="search-submit"><i class="tsi tsi-search"></i></button></form></div>'
        "</div></div></div>"
        '<div class="smart-head-row smart-head-bot s-dark"><div class="inner wrap"><div class="items '
        'items-left"><div class="nav-wrap"><nav class="navigation navigation-main nav-hov-a">'
        f'<ul id="menu-main-menu" class="menu">{_menu()}</ul></nav></div></div></div></div>'
        "</header>"
    )


def _footer() -> str:
    return (
        '<footer class="main-footer cols-gap-lg footer-bold s-dark"><div class="upper-footer '
        'bold-footer-upper"><div class="ts-contain wrap"><div class="widgets row cf">'
        '<div class="widget column col-6 widget_text"><div class="widget-title"><h5 class="heading">'
        f"{esc(SITE_NAME).upper()}</h5></div><div class=\"textwidget\">"
        "<p>Địa chỉ: Số 18 Hùng Vương, Phường 6, TP. Sóc Trăng, tỉnh Sóc Trăng</p>"
        "<p>Điện thoại: 0299 3821 406 – Email: sgddt@soctrang.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p></div></div>"
        '</div></div></div><div class="lower-footer bold-footer-lower"><div class="ts-contain inner">'
        '<div class="copyright">© 2026 Sở Giáo dục và Đào tạo tỉnh Sóc Trăng. Ghi rõ nguồn khi phát '
        "hành lại thông tin từ website này.</div></div></div></footer></div>"
        '<script src="/wp-content/themes/smart-mag/js/theme.js?ver=9.3.0" id="smartmag-theme-js"></script>'
        '<script src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8/lazyload.min.js"></script>'
        "</body></html>"
    )


def _breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    parts = ['<span><a href="/">Trang chủ</a></span>']
    for href, label in trail:
        if href:
            parts.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    inner = ' <span class="delim">&raquo;</span> '.join(parts)
    return ('<nav class="breadcrumbs is-full-width breadcrumbs-a" id="breadcrumb"><div class="inner '
            f'ts-contain "><span><span>{inner}</span></span></div></nav>')


def _page(request: Request, title: str, canonical: str, crumbs: list, main: str, extra: str = "") -> Response:
    body = (
        _head(request, title, canonical, extra) + _header() + _breadcrumbs(crumbs)
        + '<div class="main ts-contain cf right-sidebar"><div class="ts-row">'
        + f'<div class="col-8 main-content">{main}</div>{_sidebar()}</div></div>' + _footer()
    )
    return html(body)


# --- listings -------------------------------------------------------------------------------


def _card(s: Story) -> str:
    cat = _primary(s)
    return (
        '<article class="l-post list-post list-post-on-sm m-pos-left">'
        f'<div class="media"><a href="{_url(s)}" class="image-link media-ratio ratio-3-2" '
        f'title="{esc(s.title)}"><span data-bgsrc="{UP}/thumbs/{s.id}-450x300.jpg" class="img bg-cover '
        'wp-post-image attachment-bunyad-medium size-bunyad-medium lazyload" '
        f'data-bgset="{UP}/thumbs/{s.id}-450x300.jpg 450w" role="img" aria-label="{esc(s.title)}">'
        "</span></a></div>"
        '<div class="content"><div class="post-meta post-meta-a has-title has-below">'
        '<div class="post-meta-items meta-above"><span class="meta-item post-cat">'
        f'<a href="/chuyen-muc/{cat}/" class="category term-color-{len(cat)}" rel="category">'
        f"{esc(CATS[cat])}</a></span></div>"
        f'<h2 class="is-title post-title"><a href="{_url(s)}">{esc(s.title)}</a></h2>'
        '<div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link">'
        f'<time class="post-date" datetime="{_dt(s).isoformat()}">{_relative(_dt(s))}</time></span></span>'
        "</div></div>"
        f'<div class="excerpt"><p>{esc(_excerpt(s))}</p></div>'
        f'<a href="{_url(s)}" class="read-more-link read-more-basic">Đọc tiếp</a></div></article>'
    )


def _pager(base: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    links = []
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        links.append(f'<a class="prev page-numbers" href="{prev}"><i class="tsi tsi-angle-left"></i>'
                     "<span class=\"visuallyhidden\">Trang trước</span></a>")
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page/{n}/"
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{href}">{n}</a>')
    if page < pages:
        links.append(f'<a class="next page-numbers" href="{base}page/{page + 1}/">'
                     '<span class="visuallyhidden">Trang sau</span><i class="tsi tsi-angle-right"></i></a>')
    return ('<nav class="main-pagination pagination-numbers" data-type="numbers">'
            + "".join(links) + "</nav>")


def _listing(request: Request, base: str, heading: str, posts: list[Story], page: int,
             crumbs: list, per_page: int = PER_PAGE) -> Response | None:
    pages = max(1, -(-len(posts) // per_page))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * per_page: page * per_page]
    canonical = base if page == 1 else f"{base}page/{page}/"
    main = (
        '<div class="archive-head archive-head-b"><span class="sub-title">Chuyên mục</span>'
        f'<h1 class="title">{esc(heading)}</h1></div>'
        '<section class="block-wrap block-posts-list mb-none" data-id="1"><div class="block-content">'
        f'<div class="loop loop-list loop-sep loop-list-sep grid grid-1 md:grid-1 sm:grid-1">'
        f'{"".join(_card(s) for s in chunk)}</div>{_pager(base, page, pages)}</div></section>'
    )
    title = heading if page == 1 else f"{heading} - Trang {page}"
    return _page(request, title, canonical, crumbs, main)


def _in_cat(slug: str) -> list[Story]:
    return [s for s in NEWEST if slug in _cats(s)]


# --- single post ----------------------------------------------------------------------------

_PLACEHOLDER = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024"
                "%20683'%3E%3C/svg%3E")


def _img_tag(img: Img, lazy: bool, alt: str = "") -> str:
    full = img.src.replace("-1024x683", "").replace("-1024x576", "")
    size = 'width="1024" height="683"'
    if not lazy:
        return (f'<img decoding="async" {size} src="{img.src}" alt="{esc(alt)}" class="wp-image-'
                f'{sum(map(ord, img.src)) % 9000 + 1000} size-large" srcset="{img.src} 1024w, {full} 1600w" '
                'sizes="(max-width: 1024px) 100vw, 1024px">')
    return (f'<img decoding="async" {size} src="{_PLACEHOLDER}" alt="{esc(alt)}" class="size-large" '
            f'data-lazy-srcset="{img.src} 1024w, {full} 1600w" data-lazy-sizes="(max-width: 1024px) 100vw, '
            f'1024px" data-lazy-src="{img.src}"><noscript><img decoding="async" {size} src="{img.src}" '
            f'alt="{esc(alt)}" class="size-large"></noscript>')


def _fig(img: Img, lazy: bool, n: int) -> str:
    full = img.src.replace("-1024x683", "").replace("-1024x576", "")
    tag = _img_tag(img, lazy)
    if img.style == "wpcap":
        return (f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" style="width: 1024px" '
                f'class="wp-caption aligncenter"><a href="{full}">{tag}</a>'
                f'<figcaption id="caption-attachment-{n}" class="wp-caption-text">{esc(img.printed or "")}'
                "</figcaption></figure>")
    cap = f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>' if img.printed else ""
    return f'<figure class="wp-block-image size-large"><a href="{full}">{tag}</a>{cap}</figure>'


def _content(s: Story, blocks: list) -> str:
    out: list[str] = []
    lazy = bool(s.opts.get("lazy"))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "featured":
                i += 1
                continue
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(_fig(blocks[i], lazy, s.id * 10 + i))
                    i += 1
                gcap = s.opts.get("gallery_caption")
                cap = (f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(gcap)}</figcaption>'
                       if gcap else "")
                out.append('<figure class="wp-block-gallery has-nested-images columns-2 is-cropped '
                           f'wp-block-gallery-{s.id}">{"".join(group)}{cap}</figure>')
                continue
            out.append(_fig(b, lazy, s.id * 10 + i))
            i += 1
            continue
        # a paragraph
        if b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f'<{tag} class="wp-block-list">{"".join(items)}</{tag}>')
            continue
        if b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                            + "</tr>")
                i += 1
            out.append(f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><tbody>'
                       f'{"".join(rows)}</tbody></table></figure>')
            continue
        if b.style == "h":
            out.append(f'<h3 class="wp-block-heading">{esc(b.text)}</h3>')
        elif b.style == "dropcap":
            out.append(f'<p><span class="ts-dropcap">{esc(b.text[0])}</span>{esc(b.text[1:])}</p>')
        elif b.style == "br":
            last = out.pop()
            out.append(last[: -len("</p>")] + f"<br>\n{esc(b.text)}</p>")
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _split_pages(s: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and b.html == NEXTPAGE:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _schema(request: Request, s: Story, url: str) -> str:
    base = base_url(request)
    d = _dt(s)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{base}{url}#article", "headline": s.title,
         "datePublished": _utc(d), "dateModified": _utc(datetime.fromisoformat(s.opts.get("modified") or
                                                                              d.isoformat())),
         "author": {"name": "quantri", "@id": f"{base}/#/schema/person/7c1f"},
         "articleSection": [CATS[c] for c in _cats(s)], "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": f"{base}{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": CATS[_primary(s)],
             "item": f"{base}/chuyen-muc/{_primary(s)}/"},
            {"@type": "ListItem", "position": 3, "name": s.title}]},
    ]}
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(graph, ensure_ascii=False) + "</script>")


def _related(s: Story) -> str:
    others = [o for o in NEWEST if o is not s and _primary(o) == _primary(s)][:3]
    if not others:
        return ""
    cards = "".join(
        '<article class="l-post grid-post grid-sm-post"><div class="media">'
        f'<a href="{_url(o)}" class="image-link media-ratio ratio-16-9" title="{esc(o.title)}">'
        f'<span data-bgsrc="{UP}/thumbs/{o.id}-300x169.jpg" class="img bg-cover wp-post-image lazyload">'
        '</span></a></div><div class="content"><div class="post-meta post-meta-a has-title">'
        f'<h4 class="is-title post-title"><a href="{_url(o)}">{esc(o.title)}</a></h4></div>'
        f'<div class="excerpt"><p>{esc(_excerpt(o, 14))}</p></div></div></article>'
        for o in others
    )
    return ('<section class="related-posts"><div class="block-head block-head-ac block-head-c is-left">'
            '<h4 class="heading">Bài viết <span class="color">liên quan</span></h4></div>'
            '<section class="block-wrap block-grid cols-gap-sm mb-none"><div class="block-content">'
            f'<div class="loop loop-grid loop-grid-sm grid grid-3 md:grid-2 xs:grid-1">{cards}</div>'
            "</div></section></section>")


def _single(request: Request, s: Story, page: int) -> Response | None:
    pages = _split_pages(s)
    if page < 1 or page > len(pages):
        return None
    url = _url(s)
    d = _dt(s)
    canonical = url if page == 1 else f"{url}{page}/"
    base = base_url(request)
    mod = s.opts.get("modified")
    extra = (
        f'<meta name="description" content="{esc(_excerpt(s, 30))}">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:url" content="{base}{canonical}">'
        f'<meta property="article:published_time" content="{_utc(d)}">'
        + (f'<meta property="article:modified_time" content="{_utc(datetime.fromisoformat(mod))}">' if mod else "")
        + f'<meta name="author" content="quantri"><link rel="shortlink" href="{base}/?p={s.id}">'
        + _schema(request, s, url)
    )
    labels = "".join(
        f'<a href="/chuyen-muc/{c}/" class="category term-color-{len(c)}" rel="category">{esc(CATS[c])}</a>'
        for c in _cats(s)
    )
    shown = _relative(d) if (NOW - d).days < 7 else _vi_date(d)
    mod_html = ""
    if mod:
        md = datetime.fromisoformat(mod)
        mod_html = ('<span class="meta-item has-next-icon date-modified"><span class="updated-on">Cập nhật:'
                    f'</span><time class="post-date" datetime="{md.isoformat()}">{_vi_date(md)} '
                    f"{_vi_time(md)}</time></span>")
    subtitle = f'<div class="sub-title">{esc(s.summary)}</div>' if s.sapo_outside and s.summary else ""
    header = (
        '<div class="the-post-header s-head-modern s-head-modern-a">'
        '<div class="post-meta post-meta-a post-meta-left post-meta-single has-below">'
        f'<div class="post-meta-items meta-above"><span class="meta-item cat-labels">{labels}</span></div>'
        f'<h1 class="is-title post-title">{esc(s.title)}</h1>{subtitle}'
        '<div class="post-meta-items meta-below has-author-img"><span class="meta-item post-author has-img">'
        f"<img alt='' src='{UP}/avatars/quantri-32x32.png' class='avatar avatar-32 photo' height='32' "
        "width='32'><span class=\"by\">Bởi</span> <a href=\"/author/quantri/\" title=\"Đăng bởi quantri\" "
        'rel="author">quantri</a></span>'
        f'<span class="meta-item has-next-icon date"><time class="post-date" datetime="{d.isoformat()}">'
        f"{shown}</time></span>{mod_html}"
        f'<span class="meta-item comments has-icon"><a href="{url}#respond"><i class="tsi tsi-comment-o">'
        "</i>0 Bình luận</a></span>"
        f'<span class="meta-item read-time has-icon"><i class="tsi tsi-clock"></i>{2 + s.id % 3} phút đọc</span>'
        "</div></div>"
    )
    feat = next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)
    if feat and page == 1:
        full = feat.src.replace("-1024x683", "")
        header += (
            '<div class="single-featured"><div class="featured"><figure class="wp-caption alignnone">'
            f'<a href="{full}" class="image-link media-ratio ar-bunyad-main" title="{esc(s.title)}">'
            f'<img width="1024" height="683" src="{feat.src}" class="attachment-bunyad-main size-bunyad-main '
            f'wp-post-image no-lazy skip-lazy" alt="" decoding="async" fetchpriority="high" '
            f'srcset="{feat.src} 1024w, {full} 1600w" sizes="(max-width: 788px) 100vw, 788px"></a>'
            f'<figcaption class="wp-caption-text">{esc(feat.printed or "")}</figcaption></figure></div></div>'
        )
    header += "</div>"
    pager = ""
    if len(pages) > 1:
        links = []
        for n in range(1, len(pages) + 1):
            href = url if n == 1 else f"{url}{n}/"
            links.append(f'<span class="current">{n}</span>' if n == page else
                         f'<a href="{href}" class="post-page-numbers">{n}</a>')
        pager = ('<div class="main-pagination post-pagination"><span class="page-links-label">Trang:</span> '
                 + " ".join(links) + "</div>")
    enc = quote(base + url, safe="")
    share = (
        '<div class="post-share-bot"><span class="info">Chia sẻ.</span><span class="share-links '
        'spc-social spc-social-colors spc-social-bg">'
        f'<a href="https://www.facebook.com/sharer.php?u={enc}" class="cf service s-facebook" target="_blank" '
        'rel="nofollow noopener"><i class="tsi tsi-facebook"></i><span class="label">Facebook</span></a>'
        f'<a href="https://zalo.me/share?u={enc}" class="cf service s-zalo" target="_blank" rel="nofollow noopener">'
        '<span class="label">Zalo</span></a>'
        + (f'<a href="{url}print/" class="cf service s-print" rel="nofollow"><i class="tsi tsi-print"></i>'
           '<span class="label">In bài viết</span></a>' if s.opts.get("print") else "")
        + "</span></div>"
    )
    tags = s.opts.get("tags") or []
    tag_html = ('<div class="the-post-tags"><span class="text">Từ khóa:</span> '
                + "".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags) + "</div>"
                ) if tags else ""
    author_box = (
        '<div class="author-box"><section class="author-info">'
        f"<img alt='' src='{UP}/avatars/quantri-95x95.png' class='avatar' width='95' height='95'>"
        '<div class="description"><a href="/author/quantri/" title="Đăng bởi quantri" rel="author">quantri</a>'
        '<ul class="social-icons"></ul><p class="bio">Quản trị Cổng thông tin điện tử Sở Giáo dục và Đào tạo '
        "tỉnh Sóc Trăng. Mọi thông tin phản ánh xin gửi về hộp thư sgddt@soctrang.edu.vn.</p></div>"
        "</section></div>"
    )
    article = (
        f'<article id="post-{s.id}" class="the-post-wrap the-post-modern-a post-{s.id} post type-post '
        f'status-publish format-standard has-post-thumbnail category-{_primary(s)}">'
        + header
        + '<div class="post-content-wrap has-share-float"><div class="post-share-float share-float-b is-hidden '
        'spc-social-colors spc-social-colored"><div class="inner"><span class="share-text">Chia sẻ</span>'
        '</div></div>'
        f'<div class="post-content cf entry-content content-spacious">{_content(s, pages[page - 1])}'
        f"{pager}</div></div>"
        + tag_html + share + author_box + _related(s)
        + '<div class="comments"><p class="comments-closed">Bình luận đã bị đóng.</p></div></article>'
    )
    crumbs = [(f"/chuyen-muc/{_primary(s)}/", CATS[_primary(s)]), (None, s.title)]
    title = s.title if page == 1 else f"{s.title} - Trang {page}"
    return _page(request, title, canonical, crumbs, article, extra)


def _print(request: Request, s: Story) -> Response:
    d = _dt(s)
    blocks = [b for b in s.blocks if not (isinstance(b, Raw) and b.html == NEXTPAGE)]
    feat = "".join(
        f'<p><img src="{b.src}" alt=""><br><em>{esc(b.printed or "")}</em></p>'
        for b in blocks if isinstance(b, Img) and b.style == "featured"
    )
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="robots" content="noindex, '
        f'nofollow"><title>{esc(s.title)} | {esc(SITE_NAME)}</title>'
        '<link rel="stylesheet" href="/wp-content/plugins/wp-print/css/print-css.css"></head><body>'
        '<main role="main" class="center"><p id="BlogTitle">Sở Giáo dục và Đào tạo tỉnh Sóc Trăng</p>'
        '<p id="BlogDate">https://sgddt.soctrang.gov.vn</p><div class="Post"><p id="PostTitle">'
        f"{esc(s.title)}</p><p id=\"PostMeta\">Đăng bởi <u>quantri</u> vào ngày {d:%d/%m/%Y} lúc "
        f"{d:%H:%M} | Chuyên mục: {esc(CATS[_primary(s)])}</p>"
        f'<div class="PostContent">{feat}{_content(s, blocks)}</div></div>'
        f'<p class="CommentsHeader">Bình luận đã bị đóng.</p><p id="PostURL">URL bài viết: '
        f"{base_url(request)}{_url(s)}</p>"
        '<p style="text-align: center;">Bản quyền © 2026 Sở Giáo dục và Đào tạo tỉnh Sóc Trăng.</p>'
        '<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" '
        'title="Bấm để in">In trang này</a></p></main></body></html>'
    )
    return html(body)


# --- static pages (not articles) --------------------------------------------------------------

_PAGES: dict[str, tuple[str, str]] = {
    "/gioi-thieu/": ("Giới thiệu chung", (
        "<p>Sở Giáo dục và Đào tạo tỉnh Sóc Trăng là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu giúp "
        "UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<h3>Chức năng, nhiệm vụ</h3><p>Trình UBND tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục "
        "dài hạn, 05 năm và hằng năm; hướng dẫn, kiểm tra việc thực hiện.</p>")),
    "/co-cau-to-chuc/": ("Cơ cấu tổ chức", (
        '<figure class="wp-block-table"><table><tbody><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th>'
        "</tr><tr><td>Lê Văn Thạnh</td><td>Giám đốc</td><td>0299 3821 406</td></tr><tr><td>Trần Minh Khoa"
        "</td><td>Phó Giám đốc</td><td>0299 3822 117</td></tr></tbody></table></figure>"
        "<p>Các phòng chuyên môn: Văn phòng; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; Phòng GDTrH; "
        "Phòng GDMN-TH; Phòng Khảo thí và Quản lý chất lượng.</p>")),
    "/van-ban-chi-dao/": ("Văn bản chỉ đạo", (
        '<figure class="wp-block-table"><table><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>"
        f'<tr><td>2874/TB-SGDĐT</td><td>30/11/2026</td><td>Về việc nghỉ Tết Dương lịch năm 2027</td><td><a href="'
        f'{UP}/2026/11/2874-TB-SGDDT.pdf">PDF</a></td></tr>'
        f'<tr><td>2701/KH-SGDĐT</td><td>12/11/2026</td><td>Kế hoạch tổ chức Kỳ thi chọn HSG cấp tỉnh</td><td><a href="'
        f'{UP}/2026/11/2701-KH-SGDDT.pdf">PDF</a></td></tr></tbody></table></figure>')),
    "/thu-vien-anh/": ("Thư viện ảnh", (
        '<figure class="wp-block-gallery has-nested-images columns-3">'
        + "".join(f'<figure class="wp-block-image size-medium"><img src="{UP}/2026/10/album-{n}-300x200.jpg" '
                  f'alt=""><figcaption class="wp-element-caption">Hoạt động ngành năm 2026 ({n})</figcaption>'
                  "</figure>" for n in range(1, 5))
        + "</figure>")),
    "/lien-he/": ("Liên hệ", (
        "<p>Sở Giáo dục và Đào tạo tỉnh Sóc Trăng</p><p>Địa chỉ: Số 18 Hùng Vương, Phường 6, TP. Sóc Trăng"
        "</p><p>Điện thoại: 0299 3821 406 – Email: sgddt@soctrang.edu.vn</p>"
        '<div class="wpcf7"><form action="/lien-he/#wpcf7-f5-p12-o1" method="post" class="wpcf7-form">'
        '<p><label>Họ tên<br><input type="text" name="your-name"></label></p><p><label>Nội dung<br>'
        '<textarea name="your-message"></textarea></label></p><p><input type="submit" value="Gửi"></p>'
        "</form></div>")),
}


def _static_page(request: Request, path: str) -> Response:
    title, content = _PAGES[path]
    main = (f'<div class="the-post the-page page-content"><h1 class="main-heading the-page-heading '
            f'entry-title">{esc(title)}</h1><div class="post-content entry-content">{content}</div></div>')
    return _page(request, title, path, [(None, title)], main)


# --- home, feed, search ---------------------------------------------------------------------


def _home(request: Request) -> Response:
    feat = "".join(
        '<article class="l-post grid-overlay overlay-post grid-overlay-a">'
        f'<div class="media"><a href="{_url(s)}" class="image-link media-ratio" title="{esc(s.title)}">'
        f'<span data-bgsrc="{UP}/thumbs/{s.id}-768x512.jpg" class="img bg-cover lazyload"></span></a></div>'
        '<div class="content-wrap"><div class="content"><div class="post-meta post-meta-a has-title">'
        f'<h2 class="is-title post-title"><a href="{_url(s)}">{esc(s.title)}</a></h2></div></div></div>'
        "</article>"
        for s in NEWEST[:3]
    )
    blocks = []
    for slug, n in (("tin-tuc-su-kien", 3), ("thong-bao", 2), ("giao-duc-trung-hoc", 2)):
        cards = "".join(_card(s) for s in _in_cat(slug)[:n])
        blocks.append(
            '<section class="block-wrap block-posts-list mb-none"><div class="block-head block-head-ac '
            f'block-head-e is-left"><h4 class="heading"><a href="/chuyen-muc/{slug}/">{esc(CATS[slug])}</a></h4>'
            f'<a href="/chuyen-muc/{slug}/" class="view-link">Xem tất cả</a></div>'
            f'<div class="block-content"><div class="loop loop-list">{cards}</div></div></section>'
        )
    main = ('<section class="block-wrap block-featured-grid"><div class="block-content">'
            f'<div class="featured-grid featured-grid-a">{feat}</div></div></section>' + "".join(blocks))
    body = (_head(request, "Trang chủ", "/") + _header()
            + '<div class="main ts-contain cf right-sidebar"><div class="ts-row">'
            + f'<div class="col-8 main-content">{main}</div>{_sidebar()}</div></div>' + _footer())
    return html(body)


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{_url(s)}</link>"
        f"<dc:creator><![CDATA[quantri]]></dc:creator><pubDate>{_dt(s).astimezone(UTC):%a, %d %b %Y %H:%M:%S} "
        f'+0000</pubDate><guid isPermaLink="false">{base}/?p={s.id}</guid>'
        f"<description><![CDATA[{_excerpt(s)}]]></description></item>"
        for s in NEWEST[:10]
    )
    xml = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<channel><title>{esc(SITE_NAME)}</title><link>{base}/</link>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _search(request: Request, term: str) -> Response:
    hits = [s for s in NEWEST if term and term.lower() in s.title.lower()]
    cards = "".join(_card(s) for s in hits[:PER_PAGE]) or (
        '<p class="no-results">Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p>')
    main = (f'<div class="archive-head"><h1 class="title">Kết quả tìm kiếm: {esc(term)}</h1></div>'
            f'<div class="loop loop-list">{cards}</div>')
    return _page(request, f"Tìm kiếm: {term}", "/", [(None, "Tìm kiếm")], main)


# --- routing ----------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params:
                s = next((x for x in STORIES if str(x.id) == params["p"]), None)
                return redirect(_url(s), 301) if s else None
            if "s" in params:
                return _search(request, params["s"])
            return _home(request)
        if path == "/feed/":
            return _feed(request)
        if path == "/wp-json/":
            index = {"name": SITE_NAME, "url": base_url(request), "namespaces": ["oembed/1.0", "wp/v2"]}
            return Response(200, json.dumps(index, ensure_ascii=False), {"Content-Type": "application/json"})
        if not path.endswith("/"):
            s = BY_URL.get(path + "/")
            if s or path + "/" in _PAGES:
                return redirect(path + "/", 301)
            return None
        if path in BY_URL:
            return _single(request, BY_URL[path], 1)
        if path in _PAGES:
            return _static_page(request, path)
        parts = path.strip("/").split("/")
        # /<slug>/print/ and /<slug>/<n>/
        head = "/" + "/".join(parts[:-1]) + "/"
        if head in BY_URL:
            s = BY_URL[head]
            if parts[-1] == "print" and s.opts.get("print"):
                return _print(request, s)
            if parts[-1].isdigit():
                n = int(parts[-1])
                if n == 1:
                    return redirect(head, 301)
                return _single(request, s, n)
            return None
        page = 1
        if len(parts) >= 3 and parts[-2] == "page" and parts[-1].isdigit():
            page = int(parts[-1])
            if page == 1:
                return redirect("/" + "/".join(parts[:-2]) + "/", 301)
            parts = parts[:-2]
        if len(parts) == 2 and parts[0] == "chuyen-muc" and parts[1] in CATS:
            slug = parts[1]
            return _listing(request, f"/chuyen-muc/{slug}/", CATS[slug], _in_cat(slug), page,
                            [(None, CATS[slug])])
        if len(parts) == 2 and parts[0] == "tag" and parts[1] in TAGS:
            slug = parts[1]
            posts = [s for s in NEWEST if slug in (s.opts.get("tags") or [])]
            return _listing(request, f"/tag/{slug}/", f"Từ khóa: {TAGS[slug]}", posts, page,
                            [(None, f"Từ khóa: {TAGS[slug]}")])
        if parts == ["author", "quantri"]:
            return _listing(request, "/author/quantri/", "Tác giả: quantri", NEWEST, page,
                            [(None, "quantri")], per_page=10)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    alts = []
    if len(_split_pages(s)) > 1:
        alts += [f"{_url(s)}{n}/" for n in range(2, len(_split_pages(s)) + 1)]
    if s.opts.get("print"):
        alts.append(f"{_url(s)}print/")
    return alts


GOLD = [gold_record(s, _url(s), CATS[_primary(s)], alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu/", "/co-cau-to-chuc/", "/van-ban-chi-dao/", "/thu-vien-anh/", "/lien-he/"]
