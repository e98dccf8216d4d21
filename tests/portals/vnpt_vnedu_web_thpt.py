"""Trường THPT Lê Quý Đôn - Hà Đông on a telecom vendor's hosted school website (vnEdu Web).

Platform
    The school website sold with the vendor's school-management suite (vnEdu): one shared
    template family ("vne-*" chrome, theme ``/Themes/vnedu_t05/``) in which each school only picks
    its colours (a ``--mau-chinh`` CSS variable and a ``skin-*`` body class), server-rendered
    lists, no AJAX. The header carries the vendor's "Đăng nhập vnEdu" / "Sổ liên lạc điện tử"
    links, the footer the vendor's line "Website được xây dựng trên nền tảng vnEdu …" and the
    admin login. Uploads live under ``/Uploads/thpt-lqd-hadong/<yyyy>/<mm>/``.

URL scheme
    ``/``                                          home (slider, latest news, category boxes)
    ``/tin-tuc/<category-slug>``                   category listing, ``?page=<n>`` for page n
    ``/tin-tuc/<category-slug>/<slug>-<id>.html``  article (routed on the id: the slug is not
                                                   checked, the category must be one the
                                                   article is filed under)
    ``/bai-viet/<id>``                             the short form ("Link rút gọn"), 200, same page
    ``/van-ban``, ``/van-ban/chi-tiet/<so>-<kh>``  document register and entries (+ PDF files)
    ``/gioi-thieu/<slug>``, ``/lien-he``           static pages
    ``/thu-vien-anh/<slug>``                       a photo album

Page templates
    Every page: top bar with today's date "Thứ Bảy, 05/12/2026" and the vendor's login links,
    banner whose ``<h1 class="ten-truong">`` is the school's name, a two-level menu (the
    "Chuyên môn" parent is ``href="javascript:;"``), a marquee of notices, breadcrumb
    ``div.vne-duongdan``, a right column (Tin đọc nhiều, Gương mặt tiêu biểu, Thăm dò ý kiến,
    Liên kết website, Thống kê truy cập) and the footer.
    Listing: ``div.ds-tin > div.ds-tin-muc`` items (thumbnail, title link, "dd/mm/yyyy" date,
    teaser); category "Tin tức - Sự kiện" pins its "Tin tiêu điểm" on top of every page; pager
    differs by category (see traps).
    Article: ``div#ptl_chitiettin_<n>`` holding ``div.ctt-tieude`` (the headline, not a heading
    element), ``div.ctt-thongtin`` (date line, views, poster account), the SmartVoice reader
    ``div.vnpt-smartvoice``, the "Mô tả" box ``div.ctt-mota`` (when the story has a sapo),
    ``div.ctt-noidung`` (the text, then the attachment line, the star rating and the comment
    form), ``div.ctt-congcu`` (print, mail, share, "Link rút gọn") and ``div.ctt-tinkhac``
    ("Tin cùng chuyên mục": the three newest other items of the category shown).

How each gold article is reached
    Tin tức - Sự kiện (3 per page): page 1 = 2921, 2915, 2902 (2915 also pinned on every
    page), page 2 = 2871, 2893, 2880. 2893 and 2880 are reachable ONLY from ``?page=2``.
    Hoạt động Đoàn trường (3 per page): page 1 = 2909, 2899, 2871 (cross-posted), page 2 = 2886,
    2868. 2868 is reachable ONLY from page 2 (2886 is also in "Tin đọc nhiều").
    Hoạt động chuyên môn (one page): 2912, 2896, 2875.
    Home: slider (short forms of 2921, 2909, 2912), "Tin mới" (2921, 2915, 2902, 2912),
    category boxes (two newest each).

Traps
    1. The headline is no heading. ``<h1>`` on every page is the school's name; the headline is
       ``<div class="ctt-tieude">``; ``<title>`` is the generic "Chi tiết tin tức | …" and
       ``og:title`` is cut by the vendor at 60 characters with "...". Gold ``title``: the full
       headline of ``div.ctt-tieude``.
    2. ``article:published_time`` prints the local wall clock with a "Z" (UTC) suffix
       ("2026-12-02T14:25:00Z" for a post printed "02:25 CH, 02/12/2026"); it is the local time
       mislabelled, not UTC. Gold ``published_at``: the printed date in +07:00 (14:25+07:00), never
       21:25+07:00.
    3. Dates on a 12-hour clock with the Vietnamese markers SA (morning) and CH (afternoon), in
       several orders: "Đăng lúc: 02:25 CH, 02/12/2026" -> 14:25; "12:05 CH" -> 12:05 (noon);
       "04:45 CH" -> 16:45; "09:40 SA" -> 09:40; "12:00 SA" -> midnight, i.e. the day alone;
       "14:10 | 25/11/2026" puts the time first; some pages also print "Cập nhật: …" (ignored).
    4. The SmartVoice text-to-speech player sits between the date line and the sapo: voice
       ``<select>`` options ("Giọng nữ miền Bắc" …), a speed label, and a hidden
       (``display:none``) ``div.sv-vanban`` holding a flat copy of the headline and the whole
       text for the speech engine. Gold: none of it is body; the text is taken once, from
       ``div.ctt-noidung``.
    5. The duplicated sapo: editors paste the lead into the "Mô tả" field (printed in
       ``div.ctt-mota``) and again as the text's first paragraph (2915, 2899, 2896). Gold: that
       paragraph is the summary and the body's first paragraph, once. Where the lead is only in
       the box (2921, 2880, 2909, 2868, 2875) it is the summary and the body's first paragraph;
       2871's sapo is a bold first paragraph; the others have no sapo (summary null; their meta
       description is the first 150 characters of the text, not a sapo).
    6. One article, many URLs: the short form ``/bai-viet/<id>`` (200, same page, linked from
       the slider and from every article's "Link rút gọn"); 2871 cross-posted under
       ``/tin-tuc/hoat-dong-doan-truong/…`` where the page prints THAT category's breadcrumb;
       2902 and 2899 were retitled and "Tin cùng chuyên mục" still links their old slug (the
       router only reads the id). Gold: the canonical long URL as ``path``, every other one in
       ``alt_paths``; ``category`` is the primary category (the one in ``rel=canonical``), not
       the breadcrumb of a cross-posted copy.
    7. School honorifics and classes in bylines: "Tin: cô Nguyễn Thị Mai Anh – Ảnh: em Lê Hoàng
       Nam (12A3)" -> authors [Nguyễn Thị Mai Anh], photographers [Lê Hoàng Nam]; "Thầy Phạm Quốc
       Hùng - Tổ trưởng tổ Toán - Tin" -> [Phạm Quốc Hùng]; "Bài: Nguyễn Đức Anh (11A1)" ->
       [Nguyễn Đức Anh]. The meta row's "Người đăng: lqd.hadong" (CMS account) is nobody.
    8. Widgets inside the text's container: after the text, ``div.ctt-noidung`` also holds the
       attachment line, the star rating "Đánh giá bài viết" and the comment form "Ý kiến bạn
       đọc" with its labels and moderation note. Gold: none of it is body.
    9. Copy-paste residue: 2899's paragraphs came from Zalo and carry zero-width spaces
       (U+200B) and a soft hyphen (U+00AD) inside the text, and ``<p>&nbsp;</p>`` spacers sit
       between several paragraphs. Gold: the text as a reader sees it, without the invisible
       characters; spacers are no paragraphs.
    10. A sidebar box that reads like an article: "Gương mặt tiêu biểu" prints three long
        paragraphs of prose about a student on EVERY page, longer than the whole text of the
        short article 2896 (three paragraphs). Gold: sidebar text is never body.
    11. Pagination differs by category and is relative: "Tin tức - Sự kiện" prints query-only
        links (``href="?page=2"``), "Hoạt động Đoàn trường" a GET form with a page ``<select>``
        ("Trang 1/2") next to a "Trang sau »" link; the first page is also linked as
        ``?page=1``. A pinned "Tin tiêu điểm" repeats on every page of its listing.
    12. Images: a lazy-loaded photo (``src`` = the theme's ``loading.gif``, the photo in
        ``data-original``) -> gold path is the photo; a caption in the second row of a
        ``table.tbl-anh``; a line "Ảnh: Trần Minh Đức" under a photo credits the photographer
        (caption None, photographers [Trần Minh Đức]); a photo with no line -> caption None.
        Listing thumbnails and sidebar pictures are not the article's images.
    13. An official notice (2902) printed as a document (letterhead table, "Số:", place and day,
        "THÔNG BÁO / Về việc …", "Nơi nhận", signer) on a page whose meta row says "Ngày đăng:
        01/12/2026 08:05 SA". Gold per the house rule: date 2026-11-30 (letterhead), author the
        signer, the letterhead/kind/subject/closing not body.
    14. A results table in the text (2915): rows are paragraphs, cells joined by " | ".

Gold decisions on ambiguous points
    - A caption line wholly in italics under a photo (``<p style="text-align:center"><em>``) is
      the caption; its enclosing parentheses, if any, are taken off.
    - "Tin, ảnh: Hoàng Thu Trang" -> authors and photographers [Hoàng Thu Trang].
    - A unit signing alone ("Tổ Ngữ văn", "Ban Truyền thông Đoàn trường") is the author as printed.
    - "BBT" signs nobody; 2915 and 2912 print only the poster account: no authors.
    - "Theo Cổng TTĐT Sở GD&ĐT Hà Nội" (closing, right-aligned italics) is the source of 2912;
      "Nguồn: Báo Hà Nội Mới" the source of 2921, whose "Minh Phương" line above it is the author.
    - The category of an article is the menu's leaf name ("Tin tức - Sự kiện"), not the parent
      menu item ("Tin tức") that the breadcrumb also prints.
    - A ``<br>`` inside a paragraph splits it (2893); list items (2893) and the heading lines of
      2909 are paragraphs.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "vnpt_vnedu_web_thpt"
PLATFORM = "VNPT vnEdu hosted school website (shared template, server-rendered lists)"
START_PATH = "/"

SITE_NAME = "Trường THPT Lê Quý Đôn - Hà Đông"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
UP = "/Uploads/thpt-lqd-hadong"
THEME = "/Themes/vnedu_t05"
PER_PAGE = 3
ZW = "\u200b"
SHY = "\u00ad"

#: slug -> (menu parent, leaf name)
CATS: dict[str, tuple[str, str]] = {
    "tin-tuc-su-kien": ("Tin tức", "Tin tức - Sự kiện"),
    "hoat-dong-doan-truong": ("Tin tức", "Hoạt động Đoàn trường"),
    "hoat-dong-chuyen-mon": ("Chuyên môn", "Hoạt động chuyên môn"),
}


def _cap(text: str) -> Raw:
    """A caption line printed in italics under a photo (helper for readability)."""
    return Raw(f'<p style="text-align:center"><em>{esc(text)}</em></p>')


# --- the stories ------------------------------------------------------------------------------

S2921 = Story(
    id=2921,
    slug="ngay-hoi-chuyen-doi-so-trong-truong-hoc-nam-2026",
    title="Ngày hội Chuyển đổi số trong trường học năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:30:00+07:00",
    summary=(
        "Chiều 04/12, Trường THPT Lê Quý Đôn - Hà Đông tổ chức Ngày hội Chuyển đổi số trong "
        "trường học với sự tham gia của hơn 1.500 học sinh, giáo viên và đại diện cha mẹ học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Ngày hội được tổ chức tại sân trường và nhà đa năng với 12 gian trưng bày sản phẩm "
            "số do các tổ chuyên môn, câu lạc bộ và các lớp thực hiện. Mỗi gian giới thiệu một chủ "
            "đề riêng: học liệu số, phòng thí nghiệm ảo, ứng dụng trí tuệ nhân tạo trong học tập, "
            "an toàn thông tin trên không gian mạng."
        ),
        Img(
            f"{UP}/2026/12/ngay-hoi-cds-1.jpg",
            printed="Các đại biểu tham quan gian trưng bày của Câu lạc bộ Tin học",
            caption="Các đại biểu tham quan gian trưng bày của Câu lạc bộ Tin học",
            style="em",
        ),
        P(
            "Phát biểu khai mạc, thầy Đỗ Minh Tuấn, Hiệu trưởng nhà trường nhấn mạnh: chuyển đổi "
            "số không chỉ là việc trang bị máy móc mà trước hết là thay đổi cách dạy, cách học và "
            "cách quản lý. Năm học 2026 - 2027, nhà trường đặt mục tiêu 100% giáo viên sử dụng "
            "thành thạo sổ điểm điện tử, học bạ số và hệ thống học tập trực tuyến."
        ),
        P(
            "Điểm nhấn của ngày hội là phần trình diễn robot phân loại rác do nhóm học sinh lớp "
            "11A2 thiết kế, lập trình bằng mạch Arduino và cảm biến màu. Sản phẩm từng đạt giải "
            "Nhì cuộc thi Khoa học kỹ thuật cấp thành phố năm học trước."
        ),
        P(
            "Bên cạnh đó, các em học sinh khối 10 hào hứng tham gia sân chơi \u201cĐấu trường "
            "số\u201d với các câu hỏi về kỹ năng tìm kiếm thông tin, nhận diện tin giả và bảo vệ "
            "tài khoản cá nhân. Ban tổ chức đã trao 15 giải cho các cá nhân và tập thể xuất sắc."
        ),
        Img(
            f"{UP}/2026/12/ngay-hoi-cds-2.jpg",
            printed="(Học sinh lớp 11A2 trình diễn robot phân loại rác)",
            caption="Học sinh lớp 11A2 trình diễn robot phân loại rác",
            style="em",
        ),
        P(
            "Theo đánh giá của Ban tổ chức, ngày hội đã lan tỏa tinh thần học tập chủ động, sáng "
            "tạo và giúp cha mẹ học sinh hiểu rõ hơn các ứng dụng số mà nhà trường đang triển khai."
        ),
        Raw('<p style="text-align:right"><strong>Minh Phương</strong></p>'),
        Raw('<p style="text-align:right"><em>Nguồn: Báo Hà Nội Mới</em></p>'),
    ],
    authors=["Minh Phương"],
    source="Báo Hà Nội Mới",
    opts={
        "posted": "2026-12-04 15:30",
        "date_line": "Thứ Sáu, 04/12/2026 - 15:30",
    },
)

S2915 = Story(
    id=2915,
    slug="hoc-sinh-nha-truong-dat-12-giai-ky-thi-hoc-sinh-gioi-thanh-pho",
    title="Học sinh nhà trường đạt 12 giải tại Kỳ thi chọn học sinh giỏi thành phố lớp 12",
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T14:25:00+07:00",
    summary=(
        "Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026 - 2027, đội tuyển của Trường "
        "THPT Lê Quý Đôn - Hà Đông giành 12 giải, trong đó có 2 giải Nhất, 4 giải Nhì và 6 giải Ba."
    ),
    blocks=[
        P(
            "Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026 - 2027, đội tuyển của Trường "
            "THPT Lê Quý Đôn - Hà Đông giành 12 giải, trong đó có 2 giải Nhất, 4 giải Nhì và 6 giải Ba."
        ),
        P(
            "Kỳ thi do Sở Giáo dục và Đào tạo Hà Nội tổ chức trong hai ngày 18 và 19/11/2026 với "
            "hơn 4.200 thí sinh dự thi ở 13 môn. Nhà trường có 20 học sinh tham gia ở 8 môn thi."
        ),
        P("Danh sách học sinh đạt giải Nhất và giải Nhì:"),
        P("STT | Họ và tên | Lớp | Môn thi | Giải", style="tr"),
        P("1 | Nguyễn Hoàng Minh | 12A1 | Toán | Nhất", style="tr"),
        P("2 | Trần Khánh Linh | 12D1 | Tiếng Anh | Nhất", style="tr"),
        P("3 | Lê Phương Thảo | 12A2 | Hóa học | Nhì", style="tr"),
        P("4 | Phạm Đức Huy | 12A1 | Vật lí | Nhì", style="tr"),
        P("5 | Vũ Ngọc Anh | 12D2 | Ngữ văn | Nhì", style="tr"),
        P("6 | Đặng Quang Vinh | 12A3 | Tin học | Nhì", style="tr"),
        Img(
            f"{UP}/2026/12/doi-tuyen-hsg-2026.jpg",
            printed="Đội tuyển học sinh giỏi chụp ảnh lưu niệm cùng Ban giám hiệu",
            caption="Đội tuyển học sinh giỏi chụp ảnh lưu niệm cùng Ban giám hiệu",
            style="table",
        ),
        P(
            "Kết quả này là sự ghi nhận cho quá trình ôn luyện nghiêm túc của các em học sinh và "
            "sự tận tâm của các thầy cô giáo bồi dưỡng đội tuyển. Nhà trường sẽ tổ chức tuyên "
            "dương, khen thưởng các em đạt giải vào buổi chào cờ đầu tuần."
        ),
    ],
    opts={
        "posted": "2026-12-02 14:25",
        "date_line": "Đăng lúc: 02:25 CH, 02/12/2026",
        "sapo_box": True,
    },
)

S2902 = Story(
    id=2902,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table class="vb-dauvb" style="width:100%;border:none"><tbody><tr>'
            '<td style="text-align:center;width:45%">SỞ GD&amp;ĐT HÀ NỘI<br>'
            "<strong>TRƯỜNG THPT LÊ QUÝ ĐÔN - HÀ ĐÔNG</strong></td>"
            '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr><tr>"
            '<td style="text-align:center">Số: 231/TB-THPTLQĐ</td>'
            '<td style="text-align:right"><em>Hà Đông, ngày 30 tháng 11 năm 2026</em></td>'
            "</tr></tbody></table>"
        ),
        Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'),
        Raw(
            '<p style="text-align:center"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
        ),
        P(
            "Căn cứ Công văn số 4712/SGDĐT-VP ngày 25/11/2026 của Sở Giáo dục và Đào tạo Hà Nội "
            "về việc thực hiện lịch nghỉ Tết Dương lịch năm 2027;"
        ),
        P(
            "Trường THPT Lê Quý Đôn - Hà Đông thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với "
            "cán bộ, giáo viên, nhân viên và học sinh như sau:"
        ),
        P("1. Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
        P("2. Học sinh đi học trở lại bình thường từ thứ Hai ngày 04/01/2027."),
        P(
            "3. Bộ phận bảo vệ trực 24/24 giờ; Ban giám hiệu phân công lịch trực lãnh đạo, giữ gìn "
            "an ninh trật tự, phòng chống cháy nổ trong những ngày nghỉ."
        ),
        P(
            "Đề nghị các đồng chí giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh qua "
            "Sổ liên lạc điện tử, nhắc nhở học sinh vui Tết an toàn, chấp hành Luật Giao thông đường bộ."
        ),
        Raw(
            '<table class="vb-cuoivb" style="width:100%;border:none"><tbody><tr>'
            '<td style="width:50%"><strong><em>Nơi nhận:</em></strong><br>- CB, GV, NV, HS;<br>'
            "- Website trường;<br>- Lưu: VT.</td>"
            '<td style="text-align:center"><strong>HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em>'
            "<br><br><strong>Đỗ Minh Tuấn</strong></td></tr></tbody></table>"
        ),
    ],
    authors=["Đỗ Minh Tuấn"],
    opts={
        "posted": "2026-12-01 08:05",
        "date_line": "Ngày đăng: 01/12/2026 08:05 SA",
        "old_slug": "thong-bao-nghi-tet-duong-lich-2027",
        "attach": ("231-TB-THPTLQD.pdf", "Thông báo số 231/TB-THPTLQĐ (bản scan)"),
    },
)

S2871 = Story(
    id=2871,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:15:00+07:00",
    summary=(
        "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Lê Quý Đôn - Hà Đông "
        "long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
    ),
    blocks=[
        P(
            "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Lê Quý Đôn - Hà Đông "
            "long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
            style="bold",
        ),
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Ủy ban nhân dân quận Hà Đông, Phòng Văn hóa và "
            "Thông tin quận, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu "
            "cùng đông đảo cựu học sinh của trường."
        ),
        Img(
            f"{UP}/2026/11/le-20-11-toan-canh.jpg",
            printed="Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            caption="Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            style="em",
        ),
        P(
            "Ôn lại truyền thống, cô Vũ Thị Lan Hương, Phó Hiệu trưởng nhà trường điểm lại chặng "
            "đường hơn 20 năm xây dựng và trưởng thành của trường. Từ một ngôi trường với 18 lớp "
            "học, đến nay trường đã có 45 lớp với gần 2.000 học sinh, liên tục nhiều năm đạt danh "
            "hiệu Tập thể lao động xuất sắc."
        ),
        P(
            "Trong năm học 2025 - 2026, tập thể giáo viên nhà trường có 14 đồng chí đạt danh hiệu "
            "giáo viên dạy giỏi cấp cơ sở, 3 đồng chí đạt giáo viên dạy giỏi cấp thành phố; tỉ lệ "
            "học sinh đỗ tốt nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp xếp thứ 12 toàn thành phố."
        ),
        P(
            "Tại buổi lễ, nhà trường đã trao Kỷ niệm chương \u201cVì sự nghiệp giáo dục\u201d cho "
            "5 thầy cô giáo và khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong "
            "trào thi đua \u201cDạy tốt - Học tốt\u201d chào mừng ngày 20/11."
        ),
        Img(f"{UP}/2026/11/le-20-11-trao-thuong.jpg", style="none"),
        P(
            "Thay mặt các thế hệ học sinh, em Nguyễn Hoàng Minh, lớp 12A1 bày tỏ lòng biết ơn "
            "sâu sắc tới các thầy cô đã tận tụy dìu dắt các em trên con đường tri thức."
        ),
        P(
            "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng, với những "
            "tiết mục ca ngợi tình thầy trò và mái trường thân yêu."
        ),
        Img(
            f"{UP}/2026/11/le-20-11-van-nghe.jpg",
            printed="Tiết mục văn nghệ chào mừng của học sinh khối 11",
            caption="Tiết mục văn nghệ chào mừng của học sinh khối 11",
            style="em",
        ),
        Raw('<p style="text-align:right"><strong>Tin, ảnh: Hoàng Thu Trang</strong></p>'),
    ],
    authors=["Hoàng Thu Trang"],
    photographers=["Hoàng Thu Trang"],
    opts={
        "posted": "2026-11-20 10:15",
        "date_line": "Ngày đăng: 20/11/2026 10:15 | Cập nhật: 22/11/2026 16:40",
        "cross": ["hoat-dong-doan-truong"],
    },
)

S2893 = Story(
    id=2893,
    slug="hoi-nghi-cha-me-hoc-sinh-khoi-12-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh khối 12 năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-08",
    blocks=[
        P(
            "Ngày 08/11/2026, Trường THPT Lê Quý Đôn - Hà Đông tổ chức Hội nghị cha mẹ học sinh "
            "khối 12 nhằm thông tin về kế hoạch ôn tập, phương án thi tốt nghiệp THPT năm 2027 và "
            "công tác hướng nghiệp cho học sinh cuối cấp."
        ),
        P(
            "Tại hội nghị, ThS. Vũ Thị Lan Hương, Phó Hiệu trưởng phụ trách chuyên môn đã thông "
            "báo những điểm mới của kỳ thi tốt nghiệp THPT năm 2027 theo Chương trình giáo dục phổ "
            "thông 2018, trong đó thí sinh thi 4 môn gồm 2 môn bắt buộc và 2 môn tự chọn."
        ),
        P("Nhà trường triển khai kế hoạch ôn tập cho học sinh khối 12 gồm các nội dung chính:"),
        P("Ôn tập theo chủ đề từ tuần 10 đến hết học kì I, dạy học theo nhóm môn tự chọn;", style="li"),
        P("Tổ chức 3 đợt thi thử tốt nghiệp vào tháng 01, tháng 3 và tháng 5/2027;", style="li"),
        P("Phụ đạo miễn phí cho học sinh có kết quả học tập chưa đạt yêu cầu.", style="li"),
        P(
            "Các ý kiến của cha mẹ học sinh tập trung vào việc lựa chọn môn thi, lịch ôn tập buổi "
            "chiều và việc đăng ký xét tuyển đại học. Ban giám hiệu đã giải đáp cụ thể từng ý kiến."
        ),
        P("Thông tin chi tiết xin liên hệ: Văn phòng nhà trường, điện thoại 024.3355.1234."),
        P("Giờ làm việc: sáng từ 7h30 đến 11h30, chiều từ 13h30 đến 17h00 các ngày trong tuần.", style="br"),
        Raw(
            '<p style="text-align:right"><strong>ThS. Vũ Thị Lan Hương - Phó Hiệu trưởng</strong></p>'
        ),
    ],
    authors=["Vũ Thị Lan Hương"],
    opts={"posted": "2026-11-08 09:00", "date_line": "08/11/2026"},
)

S2880 = Story(
    id=2880,
    slug="doan-kiem-tra-cua-so-gddt-ha-noi-lam-viec-tai-truong",
    title="Đoàn kiểm tra của Sở GD&ĐT Hà Nội làm việc tại trường về công tác đầu năm học",
    cat="tin-tuc-su-kien",
    published_at="2026-10-14T09:40:00+07:00",
    summary=(
        "Ngày 13/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Hà Nội do đồng chí Trưởng "
        "phòng Giáo dục Trung học làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị năm học mới "
        "tại Trường THPT Lê Quý Đôn - Hà Đông."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đoàn đã kiểm tra hồ sơ kế hoạch giáo dục nhà trường, kế hoạch dạy học của các tổ "
            "chuyên môn, việc thực hiện các khoản thu đầu năm và cơ sở vật chất phục vụ dạy học."
        ),
        Img(
            f"{UP}/2026/10/doan-kiem-tra-so.jpg",
            printed="Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
            caption="Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
            style="em",
        ),
        P(
            "Sau buổi làm việc, Đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, đặc biệt là "
            "việc xây dựng kế hoạch giáo dục theo định hướng phát triển phẩm chất, năng lực học "
            "sinh và việc ứng dụng phần mềm quản lý trường học trong công tác quản trị."
        ),
        P(
            "Đoàn cũng đề nghị nhà trường tiếp tục rà soát, bổ sung thiết bị dạy học tối thiểu cho "
            "các môn lựa chọn và tăng cường công tác tư vấn tâm lý học đường."
        ),
        Raw('<p style="text-align:right"><strong>BBT</strong></p>'),
    ],
    opts={
        "posted": "2026-10-14 09:40",
        "date_line": "Đăng lúc: 09:40 SA, 14/10/2026",
        "attach": ("Bien-ban-kiem-tra-dau-nam-2026.pdf", "Biên bản kiểm tra đầu năm học"),
    },
)

S2909 = Story(
    id=2909,
    slug="hoi-thi-tim-hieu-lich-su-dang-bo-thanh-pho-ha-noi-khoi-10",
    title="Hội thi \u201cTìm hiểu lịch sử Đảng bộ thành phố Hà Nội\u201d khối 10",
    cat="hoat-dong-doan-truong",
    published_at="2026-11-27T12:05:00+07:00",
    summary=(
        "Nhằm giáo dục truyền thống cách mạng cho đoàn viên, thanh niên, Đoàn trường THPT Lê Quý "
        "Đôn - Hà Đông tổ chức Hội thi \u201cTìm hiểu lịch sử Đảng bộ thành phố Hà Nội\u201d dành "
        "cho học sinh khối 10."
    ),
    sapo_outside=True,
    blocks=[
        P("Vòng sơ khảo: 14 lớp tham gia", style="h"),
        P(
            "Vòng sơ khảo diễn ra dưới hình thức thi trắc nghiệm trực tuyến với 40 câu hỏi về các "
            "mốc son lịch sử của Đảng bộ thành phố Hà Nội. Sáu đội có điểm số cao nhất được chọn "
            "vào vòng chung kết."
        ),
        P("Vòng chung kết: sôi nổi, hấp dẫn", style="h"),
        P(
            "Vòng chung kết gồm ba phần thi: Khởi động, Tăng tốc và Về đích. Các đội thi đã thể "
            "hiện sự hiểu biết sâu rộng, khả năng ứng biến nhanh nhạy và tinh thần đồng đội cao."
        ),
        Img(
            f"{UP}/2026/11/hoi-thi-lich-su-dang-bo.jpg",
            printed="Đội thi lớp 10A5 trong phần thi Tăng tốc",
            caption="Đội thi lớp 10A5 trong phần thi Tăng tốc",
            style="table",
        ),
        P(
            "Kết quả, Ban tổ chức trao giải Nhất cho lớp 10A5, giải Nhì cho lớp 10D1, hai giải Ba "
            "cho các lớp 10A1 và 10A8."
        ),
    ],
    authors=["Đỗ Thu Hằng"],
    opts={
        "posted": "2026-11-27 12:05",
        "date_line": "Đăng lúc: 12:05 CH, 27/11/2026",
        "tail": '<p style="text-align:right">Tin: <strong>Đỗ Thu Hằng</strong></p>',
    },
)

S2899 = Story(
    id=2899,
    slug="chuong-trinh-ao-am-cho-em-den-voi-hoc-sinh-mu-cang-chai",
    title="Chương trình \u201cÁo ấm cho em\u201d đến với học sinh vùng cao Mù Cang Chải",
    cat="hoat-dong-doan-truong",
    published_at="2026-11-25T14:10:00+07:00",
    summary=(
        "Hưởng ứng phong trào \u201cMùa đông ấm\u201d, trong tháng 11/2026, Đoàn trường đã vận "
        "động đoàn viên, thanh niên quyên góp được 820 chiếc áo ấm và hơn 1.200 cuốn sách vở "
        "gửi tới học sinh huyện Mù Cang Chải, tỉnh Yên Bái."
    ),
    blocks=[
        P(
            "Hưởng ứng phong trào \u201cMùa đông ấm\u201d, trong tháng 11/2026, Đoàn trường đã vận "
            "động đoàn viên, thanh niên quyên góp được 820 chiếc áo ấm và hơn 1.200 cuốn sách vở "
            "gửi tới học sinh huyện Mù Cang Chải, tỉnh Yên Bái.",
            style="zw",
        ),
        P(
            "Ngay sau khi phát động, các chi đoàn đã tích cực hưởng ứng. Nhiều lớp tổ chức bán hàng "
            "gây quỹ, thu gom giấy vụn, một số cha mẹ học sinh cũng ủng hộ thêm chăn màn và lương thực.",
            style="zw",
        ),
        Img(
            f"{UP}/2026/11/ao-am-cho-em-1.jpg",
            printed="Đoàn viên phân loại áo ấm trước khi đóng thùng",
            caption="Đoàn viên phân loại áo ấm trước khi đóng thùng",
            style="em",
        ),
        P(
            "Ngày 22/11, đoàn công tác gồm 6 giáo viên và 10 học sinh tiêu biểu đã trực tiếp trao "
            "quà tại Trường Phổ thông dân tộc bán trú Tiểu học và THCS Nậm Khắt. Tổng giá trị quà "
            "tặng ước tính hơn 95 triệu đồng.",
            style="zw",
        ),
        P(
            "Chuyến đi không chỉ mang lại hơi ấm cho các em nhỏ vùng cao mà còn là bài học ý nghĩa "
            "về sự sẻ chia, lòng nhân ái đối với học sinh nhà trường.",
            style="zw",
        ),
        Img(
            f"{UP}/2026/11/ao-am-cho-em-2.jpg",
            printed="Trao quà cho học sinh Trường PTDTBT TH&THCS Nậm Khắt",
            caption="Trao quà cho học sinh Trường PTDTBT TH&THCS Nậm Khắt",
            style="em",
        ),
        Raw(
            '<p style="text-align:right"><strong>Tin: cô Nguyễn Thị Mai Anh \u2013 Ảnh: em Lê '
            "Hoàng Nam (12A3)</strong></p>"
        ),
    ],
    authors=["Nguyễn Thị Mai Anh"],
    photographers=["Lê Hoàng Nam"],
    opts={
        "posted": "2026-11-25 14:10",
        "date_line": "14:10 | 25/11/2026",
        "old_slug": "ao-am-cho-em-mu-cang-chai",
        "sapo_box": True,
    },
)

S2886 = Story(
    id=2886,
    slug="giai-bong-da-nam-hoc-sinh-chao-mung-ngay-nha-giao-viet-nam",
    title="Khai mạc Giải bóng đá nam học sinh chào mừng Ngày Nhà giáo Việt Nam",
    cat="hoat-dong-doan-truong",
    published_at="2026-10-28T16:45:00+07:00",
    blocks=[
        P(
            "Chiều 28/10, tại sân bóng nhân tạo của nhà trường, Đoàn trường THPT Lê Quý Đôn - Hà "
            "Đông đã tổ chức khai mạc Giải bóng đá nam học sinh năm học 2026 - 2027."
        ),
        P(
            "Giải đấu có sự tham gia của 24 đội bóng đến từ các lớp thuộc ba khối, thi đấu theo "
            "thể thức vòng bảng và loại trực tiếp. Các trận đấu diễn ra vào các buổi chiều thứ Tư "
            "và thứ Sáu hằng tuần, dự kiến kết thúc vào ngày 18/11."
        ),
        Img(f"{UP}/2026/10/bong-da-khai-mac-1.jpg", printed="Ảnh: Trần Minh Đức", style="em"),
        P(
            "Trận khai mạc giữa hai đội 12A1 và 11D2 diễn ra hấp dẫn, kịch tính. Chung cuộc, đội "
            "12A1 giành chiến thắng với tỉ số 3 - 2 sau loạt sút luân lưu."
        ),
        P(
            "Giải đấu là sân chơi bổ ích, góp phần nâng cao sức khỏe, rèn luyện tinh thần thể thao "
            "cao thượng và tăng cường tình đoàn kết giữa các lớp."
        ),
        Img(f"{UP}/2026/10/bong-da-khai-mac-2.jpg", printed="Ảnh: Trần Minh Đức", style="em"),
        Raw('<p style="text-align:right"><strong>Bài: Nguyễn Đức Anh (11A1)</strong></p>'),
    ],
    authors=["Nguyễn Đức Anh"],
    photographers=["Trần Minh Đức"],
    opts={"posted": "2026-10-28 16:45", "date_line": "Ngày đăng: 28/10/2026 04:45 CH"},
)

S2868 = Story(
    id=2868,
    slug="dai-hoi-doan-tncs-ho-chi-minh-truong-nhiem-ky-2026-2027",
    title="Đại hội Đoàn TNCS Hồ Chí Minh trường nhiệm kỳ 2026 - 2027",
    cat="hoat-dong-doan-truong",
    published_at="2026-10-06T14:00:00+07:00",
    summary=(
        "Chiều 06/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Lê Quý Đôn - Hà Đông tổ chức thành "
        "công Đại hội đại biểu nhiệm kỳ 2026 - 2027 với 150 đại biểu đại diện cho gần 1.900 đoàn viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 - 2026. Trong nhiệm kỳ "
            "qua, Đoàn trường đã tổ chức hơn 30 hoạt động, phong trào thu hút đông đảo đoàn viên "
            "tham gia, tiêu biểu là chương trình \u201cTiếp sức mùa thi\u201d, \u201cXuân tình "
            "nguyện\u201d và Hội trại truyền thống 26/3."
        ),
        P(
            "Đại hội thống nhất các chỉ tiêu nhiệm kỳ mới, trong đó phấn đấu 100% đoàn viên được "
            "học tập các bài học lý luận chính trị, giới thiệu 15 đoàn viên ưu tú học lớp bồi dưỡng "
            "nhận thức về Đảng."
        ),
        Img(
            f"{UP}/2026/10/dai-hoi-doan-2026.jpg",
            printed="Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            caption="Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            style="em",
        ),
        P(
            "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 gồm 15 đồng chí. Đồng "
            "chí Nguyễn Thị Mai Anh tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
        ),
        Raw('<p style="text-align:right"><strong>Ban Truyền thông Đoàn trường</strong></p>'),
    ],
    authors=["Ban Truyền thông Đoàn trường"],
    opts={"posted": "2026-10-06 14:00", "date_line": "Thứ Ba, 06/10/2026 - 14:00"},
)

S2912 = Story(
    id=2912,
    slug="tap-huan-su-dung-hoc-lieu-so-va-he-thong-lms-cho-giao-vien",
    title="Tập huấn sử dụng học liệu số và hệ thống LMS cho giáo viên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-29",
    blocks=[
        P(
            "Thực hiện kế hoạch bồi dưỡng thường xuyên năm học 2026 - 2027, ngày 28/11, nhà trường "
            "tổ chức buổi tập huấn sử dụng kho học liệu số dùng chung và hệ thống quản lý học tập "
            "trực tuyến (LMS) cho toàn thể giáo viên."
        ),
        P(
            "Theo kế hoạch, mỗi tổ chuyên môn phải xây dựng ít nhất 10 bài giảng điện tử đạt yêu "
            "cầu trong học kì I và đưa lên kho học liệu số của thành phố để chia sẻ với các trường."
        ),
        Img(
            f"{UP}/2026/11/tap-huan-lms.jpg",
            printed="Giáo viên thực hành tạo lớp học trực tuyến trên hệ thống LMS",
            caption="Giáo viên thực hành tạo lớp học trực tuyến trên hệ thống LMS",
            style="lazy",
        ),
        P(
            "Báo cáo viên đã hướng dẫn giáo viên cách tạo lớp học, giao bài tập, tổ chức kiểm tra "
            "trực tuyến và theo dõi tiến độ học tập của học sinh. Dữ liệu điểm được đồng bộ tự "
            "động với sổ điểm điện tử."
        ),
        P(
            "Kết thúc buổi tập huấn, các thầy cô đều hoàn thành bài thực hành và có thể áp dụng ngay "
            "vào việc dạy học từ tuần tới."
        ),
        Raw('<p style="text-align:right"><em>Theo Cổng TTĐT Sở GD&amp;ĐT Hà Nội</em></p>'),
    ],
    source="Cổng TTĐT Sở GD&ĐT Hà Nội",
    opts={"posted": "2026-11-29 00:00", "date_line": "29/11/2026 - 12:00 SA"},
)

S2896 = Story(
    id=2896,
    slug="to-ngu-van-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
    title="Tổ Ngữ văn sinh hoạt chuyên môn theo nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-18T07:50:00+07:00",
    summary=(
        "Ngày 17/11, Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
        "tiết dạy minh họa bài \u201cTràng giang\u201d của Huy Cận tại lớp 11D2."
    ),
    blocks=[
        P(
            "Ngày 17/11, Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
            "tiết dạy minh họa bài \u201cTràng giang\u201d của Huy Cận tại lớp 11D2."
        ),
        P(
            "Các thầy cô dự giờ tập trung quan sát hoạt động học của học sinh, phân tích những "
            "thời điểm học sinh gặp khó khăn và đề xuất điều chỉnh thiết kế bài dạy."
        ),
        Img(f"{UP}/2026/11/to-ngu-van-nghien-cuu-bai-hoc.jpg", style="none"),
        P("Buổi sinh hoạt giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức dạy học đọc hiểu."),
        Raw('<p align="right"><b>Tổ Ngữ văn</b></p>'),
    ],
    authors=["Tổ Ngữ văn"],
    opts={
        "posted": "2026-11-18 07:50",
        "date_line": "Ngày đăng: 18/11/2026 07:50 SA | Cập nhật: 19/11/2026",
        "sapo_box": True,
    },
)

S2875 = Story(
    id=2875,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan",
    title="Chuyên đề \u201cDạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018\u201d",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-22T20:30:00+07:00",
    summary=(
        "Ngày 21/10/2026, Tổ Toán - Tin tổ chức chuyên đề cấp trường \u201cDạy học phát triển năng "
        "lực môn Toán theo Chương trình GDPT 2018\u201d với sự tham gia của giáo viên cụm trường "
        "THPT quận Hà Đông."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chuyên đề được thực hiện qua tiết dạy minh họa bài \u201cCấp số nhân\u201d tại lớp 11A3 "
            "do cô Trần Thu Hà thực hiện. Tiết học được thiết kế theo chuỗi hoạt động: khởi động, "
            "hình thành kiến thức, luyện tập và vận dụng vào bài toán lãi kép trong thực tế."
        ),
        Img(
            f"{UP}/2026/10/chuyen-de-toan-1.jpg",
            printed="Cô Trần Thu Hà hướng dẫn học sinh lớp 11A3 hoạt động nhóm",
            caption="Cô Trần Thu Hà hướng dẫn học sinh lớp 11A3 hoạt động nhóm",
            style="em",
        ),
        P(
            "Học sinh làm việc theo nhóm, sử dụng bảng tính để mô phỏng sự tăng trưởng của khoản "
            "tiền gửi tiết kiệm, từ đó tự rút ra công thức số hạng tổng quát của cấp số nhân."
        ),
        P(
            "Trong phần thảo luận, các thầy cô đánh giá cao việc gắn kiến thức toán học với bối "
            "cảnh thực tiễn, đồng thời góp ý về cách phân bổ thời gian cho hoạt động luyện tập."
        ),
        P(
            "Chuyên đề đã giúp giáo viên có thêm cách tiếp cận mới trong việc thiết kế bài học "
            "theo định hướng phát triển năng lực mô hình hóa toán học và năng lực giải quyết vấn đề."
        ),
        Raw(
            '<p style="text-align:right"><em>Thầy Phạm Quốc Hùng - Tổ trưởng tổ Toán - Tin</em></p>'
        ),
    ],
    authors=["Phạm Quốc Hùng"],
    opts={"posted": "2026-10-22 20:30", "date_line": "Thứ Năm, 22/10/2026 - 20:30"},
)

STORIES: list[Story] = [
    S2921, S2915, S2902, S2871, S2893, S2880,
    S2909, S2899, S2886, S2868,
    S2912, S2896, S2875,
]
BY_ID = {s.id: s for s in STORIES}


def canonical_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.slug}-{story.id}.html"


def _path_in(story: Story, cat: str, slug: str | None = None) -> str:
    return f"/tin-tuc/{cat}/{slug or story.slug}-{story.id}.html"


def _listing(cat: str) -> list[Story]:
    """The items of a category listing, newest first (cross-posts included)."""
    items = [s for s in STORIES if s.cat == cat or cat in s.opts.get("cross", [])]
    return sorted(items, key=lambda s: s.opts["posted"], reverse=True)


def _pages(cat: str) -> int:
    return max(1, -(-len(_listing(cat)) // PER_PAGE))


def _list_day(story: Story) -> str:
    y, m, d = story.opts["posted"][:10].split("-")
    return f"{d}/{m}/{y}"


# --- chrome ---------------------------------------------------------------------------------

_MENU = """
<div id="vne_menu" class="vne-menu"><ul class="mnu-lv1">
 <li class="mnu-i"><a href="/">Trang chủ</a></li>
 <li class="mnu-i co-con"><a href="/gioi-thieu/lich-su-hinh-thanh">Giới thiệu</a>
  <ul class="mnu-lv2">
   <li><a href="/gioi-thieu/lich-su-hinh-thanh">Lịch sử hình thành</a></li>
   <li><a href="/gioi-thieu/ban-giam-hieu">Ban giám hiệu</a></li>
  </ul></li>
 <li class="mnu-i co-con"><a href="/tin-tuc/tin-tuc-su-kien">Tin tức</a>
  <ul class="mnu-lv2">
   <li><a href="/tin-tuc/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
   <li><a href="/tin-tuc/hoat-dong-doan-truong">Hoạt động Đoàn trường</a></li>
  </ul></li>
 <li class="mnu-i co-con"><a href="javascript:;">Chuyên môn</a>
  <ul class="mnu-lv2">
   <li><a href="/tin-tuc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></li>
   <li><a href="https://hoclieu.vnedu.vn/" target="_blank">Kho học liệu số</a></li>
  </ul></li>
 <li class="mnu-i"><a href="/van-ban">Văn bản</a></li>
 <li class="mnu-i"><a href="/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027">Thư viện ảnh</a></li>
 <li class="mnu-i"><a href="/lien-he">Liên hệ</a></li>
</ul>
<form class="vne-timkiem" action="https://www.google.com/search" method="get" target="_blank">
 <input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>
</div>
<div id="vne_marquee"><span class="mq-nhan">Thông báo:</span>
<marquee scrollamount="3">Nhà trường thông báo lịch nghỉ Tết Dương lịch năm 2027 &nbsp;|&nbsp;
Lịch thi học kì I năm học 2026 - 2027 khối 10, 11, 12 &nbsp;|&nbsp; Tra cứu điểm qua Sổ liên lạc
điện tử vnEdu</marquee></div>
"""

_PROFILE = """
<div class="vne-khoi" id="khoi_guongmat">
 <div class="khoi-tde">Gương mặt tiêu biểu</div>
 <div class="khoi-nd gm-nd">
  <img src="/Uploads/thpt-lqd-hadong/guong-mat/nguyen-hoang-minh.jpg" alt="Nguyễn Hoàng Minh" width="90">
  <p><b>Nguyễn Hoàng Minh - lớp 12A1</b></p>
  <p>Minh là gương mặt quen thuộc của đội tuyển Toán nhà trường suốt ba năm học. Em từng đạt giải
  Ba kỳ thi học sinh giỏi thành phố lớp 11, giải Nhì cuộc thi Olympic Toán học sinh viên và học
  sinh toàn quốc và liên tục là học sinh xuất sắc toàn diện.</p>
  <p>Không chỉ học giỏi, Minh còn là Phó Bí thư Chi đoàn, tích cực tham gia các hoạt động tình
  nguyện, câu lạc bộ Tin học và đội bóng rổ của trường. Em chia sẻ bí quyết học tập là tự học mỗi
  ngày, ghi chép cẩn thận và không ngại hỏi thầy cô, bạn bè khi gặp bài khó.</p>
  <p>Ước mơ của Minh là trở thành kỹ sư trí tuệ nhân tạo, góp phần đưa công nghệ Việt Nam vươn
  ra thế giới. Thầy cô và bạn bè tin rằng với nghị lực và sự chăm chỉ, em sẽ sớm thực hiện được
  ước mơ của mình.</p>
 </div>
</div>
"""


def _sidebar() -> str:
    most_read = [S2871, S2886, S2915]
    items = "".join(
        f'<li><a href="{canonical_path(s)}">{esc(s.title)}</a> <span class="lx">({s.views()})</span></li>'
        for s in most_read
    )
    return f"""
<div class="vne-cot-phai">
<div class="vne-khoi" id="khoi_docnhieu"><div class="khoi-tde">Tin đọc nhiều</div>
 <ul class="khoi-ds">{items}</ul></div>
{_PROFILE}
<div class="vne-khoi" id="khoi_thamdo"><div class="khoi-tde">Thăm dò ý kiến</div>
 <div class="khoi-nd"><p>Bạn đánh giá thế nào về Sổ liên lạc điện tử của nhà trường?</p>
 <form action="/binh-chon" method="post"><input type="hidden" name="pollid" value="12">
 <label><input type="radio" name="ans" value="1"> Rất hữu ích</label><br>
 <label><input type="radio" name="ans" value="2"> Hữu ích</label><br>
 <label><input type="radio" name="ans" value="3"> Chưa hữu ích</label><br>
 <button type="submit">Bình chọn</button></form></div></div>
<div class="vne-khoi" id="khoi_lienket"><div class="khoi-tde">Liên kết website</div>
 <select onchange="if(this.value) window.open(this.value)">
  <option value="">-- Chọn liên kết --</option>
  <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
  <option value="https://hanoi.edu.vn">Sở GD&amp;ĐT Hà Nội</option>
  <option value="https://hadong.hanoi.gov.vn">Cổng TTĐT quận Hà Đông</option>
 </select>
 <a href="https://vnedu.vn" target="_blank"><img src="{THEME}/images/banner-vnedu.png" alt="vnEdu"></a></div>
<div class="vne-khoi" id="khoi_thongke"><div class="khoi-tde">Thống kê truy cập</div>
 <ul class="tk-ds"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.284</b></li>
 <li>Tháng này: <b>18.905</b></li><li>Tổng truy cập: <b>2.716.430</b></li></ul></div>
</div>"""


def _page(
    request: Request,
    *,
    title: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    head_extra: str = "",
    description: str = "",
) -> Response:
    crumb_html = " <span class=\"dd-sep\">»</span> ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    desc = esc(description or "Website Trường THPT Lê Quý Đôn - Hà Đông, Hà Nội")
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{desc}">
<meta name="generator" content="vnEdu Web 5.2">
<link rel="shortcut icon" href="{THEME}/images/favicon.ico">
<link rel="stylesheet" href="{THEME}/css/vne-style.css">
<style>:root{{--mau-chinh:#1b5e9e;--mau-phu:#f6a821}}</style>
{head_extra}
<script src="{THEME}/js/jquery.min.js"></script>
<script src="{THEME}/js/jquery.lazyload.js"></script>
</head>
<body class="vne-web skin-xanhduong">
<div id="vne_topbar"><div class="vne-wrap">
 <span class="ngay-hien-tai">{HEADER_DAY}</span>
 <span class="tb-lienket"><a href="https://vnedu.vn/" target="_blank">Đăng nhập vnEdu</a> |
 <a href="https://sll.vnedu.vn/" target="_blank">Sổ liên lạc điện tử</a> |
 <a href="https://vnedu.vn/tra-cuu" target="_blank">Tra cứu điểm</a></span>
</div></div>
<div id="vne_banner"><div class="vne-wrap">
 <a href="/" class="bn-logo"><img src="{UP}/logo/logo-lqd.png" alt="Logo"></a>
 <div class="bn-chu"><div class="bn-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI</div>
 <h1 class="ten-truong">{esc(SITE_NAME)}</h1>
 <div class="bn-khauhieu">Kỷ cương - Tình thương - Trách nhiệm</div></div>
</div></div>
{_MENU}
<div class="vne-duongdan vne-wrap">{crumb_html}</div>
<div class="vne-wrap vne-than">
<div class="vne-cot-trai">
{main}
</div>
{_sidebar()}
</div>
<div id="vne_footer"><div class="vne-wrap">
 <div class="ft-truong"><b>TRƯỜNG THPT LÊ QUÝ ĐÔN - HÀ ĐÔNG</b></div>
 <div>Địa chỉ: Số 1 phố Lê Trọng Tấn, phường La Khê, quận Hà Đông, thành phố Hà Nội</div>
 <div>Điện thoại: 024.3355.1234 - Email: c3lequydon-hd@hanoiedu.vn</div>
 <div>Người chịu trách nhiệm: Hiệu trưởng Đỗ Minh Tuấn</div>
 <div class="ft-nentang">Website được xây dựng trên nền tảng vnEdu - Tập đoàn Bưu chính Viễn thông
 Việt Nam (VNPT). <a href="https://vnedu.vn/quan-tri" target="_blank">Đăng nhập quản trị</a></div>
 <div>&copy; 2026 Bản quyền thuộc về Trường THPT Lê Quý Đôn - Hà Đông.</div>
</div></div>
</body>
</html>"""
    return html(page)


# --- articles ---------------------------------------------------------------------------------


def _img(img: Img) -> str:
    alt = esc(img.caption or "")
    if img.style == "lazy":
        tag = (
            f'<img class="lazy" src="{THEME}/images/loading.gif" data-original="{esc(img.src)}" '
            f'alt="{alt}" width="600">'
        )
    else:
        tag = f'<img src="{esc(img.src)}" alt="{alt}" style="width:600px;height:auto">'
    if img.style == "table":
        return (
            '<table class="tbl-anh" align="center" cellpadding="3"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td class="chuthich-anh" style="text-align:center"><em>{esc(img.printed or "")}'
            "</em></td></tr></tbody></table>"
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def _zw(text: str) -> str:
    """Zalo copy-paste residue: zero-width spaces after sentence ends, a soft hyphen in a word."""
    out = esc(text).replace(". ", f".{ZW} ").replace(", ", f",{ZW} ")
    return ZW + out.replace("Đoàn", f"Đo{SHY}àn", 1)


def _body(story: Story) -> str:
    parts: list[str] = []
    i = 0
    blocks = story.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            parts.append(b.html)
        elif isinstance(b, Img):
            parts.append(_img(b))
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            parts.append(
                '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                'style="border-collapse:collapse;margin:auto"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            parts.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "br":
            last = parts.pop()
            assert last.endswith("</p>")
            parts.append(last[: -len("</p>")] + f"<br>\n{esc(b.text)}</p>")
        elif b.style == "bold":
            parts.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h":
            parts.append(f'<p style="text-align:justify"><strong><em>{esc(b.text)}</em></strong></p>')
        elif b.style == "zw":
            parts.append(f'<p style="text-align:justify">{_zw(b.text)}</p>')
            parts.append("<p>&nbsp;</p>")
        else:
            parts.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    if "tail" in story.opts:
        parts.append(story.opts["tail"])
    return "\n".join(parts)


def _related(story: Story, cat: str) -> str:
    others = [s for s in _listing(cat) if s.id != story.id][:3]
    lis = "".join(
        f'<li><a href="{_path_in(s, cat, s.opts.get("old_slug"))}">{esc(s.title)}</a> '
        f'<span class="ngay">({_list_day(s)})</span></li>'
        for s in others
    )
    return (
        f'<div class="ctt-tinkhac"><div class="tde-tinkhac">Tin cùng chuyên mục</div>'
        f"<ul>{lis}</ul></div>"
    )


def _meta_time(story: Story) -> str:
    """The vendor writes the local clock with a "Z": local time mislabelled as UTC (trap 2)."""
    return story.opts["posted"].replace(" ", "T") + ":00Z"


def _article(request: Request, story: Story, cat: str) -> Response:
    canon = base_url(request) + canonical_path(story)
    og_title = story.title if len(story.title) <= 60 else story.title[:60].rstrip() + "..."
    first_text = next(b.text for b in story.blocks if isinstance(b, P))
    description = story.summary if story.summary else first_text[:150]
    head = (
        f'<link rel="canonical" href="{canon}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(og_title)}">\n'
        f'<meta property="og:url" content="{canon}">\n'
        f'<meta property="og:image" content="{base_url(request)}{UP}/logo/logo-lqd.png">\n'
        f'<meta property="article:published_time" content="{_meta_time(story)}">'
    )
    tts_text = " ".join([story.title, *story.paragraphs])
    sapo = ""
    if story.summary and (story.sapo_outside or story.opts.get("sapo_box")):
        sapo = f'<div class="ctt-mota"><b>{esc(story.summary)}</b></div>'
    attach = ""
    if "attach" in story.opts:
        fname, label = story.opts["attach"]
        attach = (
            f'<div class="ctt-tepdinhkem"><b>Tệp đính kèm:</b> '
            f'<a href="{UP}/files/{quote(fname)}" target="_blank">{esc(label)}</a></div>'
        )
    parent, leaf = CATS[cat]
    parent_href = "/tin-tuc/tin-tuc-su-kien" if parent == "Tin tức" else None
    main = f"""
<div class="portlet vne-chitiet" id="ptl_chitiettin_{1000 + story.id % 97}">
 <div class="ctt-tieude">{esc(story.title)}</div>
 <div class="ctt-thongtin"><span class="ctt-ngay"><i class="fa fa-clock-o"></i> {esc(story.opts["date_line"])}</span>
  <span class="ctt-luotxem">Lượt xem: {story.views()}</span>
  <span class="ctt-nguoidang">Người đăng: lqd.hadong</span></div>
 <div class="vnpt-smartvoice" id="sv_player_{story.id}">
  <span class="sv-nhan"><i class="fa fa-headphones"></i> Nghe đọc bài viết</span>
  <select class="sv-giong"><option value="hn_female">Giọng nữ miền Bắc</option>
  <option value="hn_male">Giọng nam miền Bắc</option><option value="hcm_female">Giọng nữ miền Nam</option></select>
  <span class="sv-tocdo">Tốc độ: 1.0x</span>
  <audio class="sv-audio" preload="none" data-src="/smartvoice/tts?id={story.id}"></audio>
  <div class="sv-vanban" style="display:none">{esc(tts_text)}</div>
 </div>
 {sapo}
 <div class="ctt-noidung" id="ctl_noidung_{story.id}">
{_body(story)}
{attach}
  <div class="ctt-danhgia">Đánh giá bài viết: <span class="sao">★★★★★</span> (0 lượt đánh giá)</div>
  <div class="ctt-ykien"><div class="ykien-tde">Ý kiến bạn đọc</div>
   <form method="post" action="/binh-luan/gui"><input type="hidden" name="newsid" value="{story.id}">
   <label>Họ và tên <span class="bb">*</span></label><input type="text" name="hoten">
   <label>Email</label><input type="text" name="email">
   <label>Nội dung ý kiến <span class="bb">*</span></label><textarea name="noidung" rows="4"></textarea>
   <p class="ykien-luuy">Ý kiến của bạn sẽ được Ban biên tập kiểm duyệt trước khi đăng tải.</p>
   <button type="submit">Gửi ý kiến</button></form></div>
 </div>
 <div class="ctt-congcu">
  <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a>
  <a href="mailto:?subject={quote(story.title)}"><i class="fa fa-envelope"></i> Gửi email</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={quote(canon)}" target="_blank">Chia sẻ Facebook</a>
  <a href="https://zalo.me/share?u={quote(canon)}" target="_blank">Zalo</a>
  <span class="link-rutgon">Link rút gọn: <a href="/bai-viet/{story.id}">{base_url(request)}/bai-viet/{story.id}</a></span>
 </div>
 {_related(story, cat)}
</div>"""
    return _page(
        request,
        title=f"Chi tiết tin tức | {SITE_NAME}",
        crumbs=[(parent, parent_href), (leaf, f"/tin-tuc/{cat}")],
        main=main,
        head_extra=head,
        description=description,
    )


# --- listings ---------------------------------------------------------------------------------


def _item(story: Story, cat: str, teaser: bool = True) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    short = first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "..."
    return f"""<div class="ds-tin-muc">
 <a class="anh-dd" href="{_path_in(story, cat)}"><img src="{UP}/thumb/{story.id}.jpg" alt=""></a>
 <a class="tde-tin" href="{_path_in(story, cat)}">{esc(story.title)}</a>
 <span class="ngay">{_list_day(story)}</span>
 {f'<div class="tomtat">{esc(short)}</div>' if teaser else ""}
</div>"""


def _pager_links(cat: str, page: int, pages: int) -> str:
    bits = ['<a href="?page=1" title="Trang đầu">«</a>']
    for n in range(1, pages + 1):
        bits.append(f'<span class="trang-ht">{n}</span>' if n == page else f'<a href="?page={n}">{n}</a>')
    if page < pages:
        bits.append(f'<a href="?page={page + 1}" title="Trang sau">›</a>')
    bits.append(f'<a href="?page={pages}" title="Trang cuối">»</a>')
    return '<div class="phantrang">' + " ".join(bits) + "</div>"


def _pager_form(cat: str, page: int, pages: int) -> str:
    opts = "".join(
        f'<option value="{n}"{" selected" if n == page else ""}>Trang {n}/{pages}</option>'
        for n in range(1, pages + 1)
    )
    nxt = f' <a class="trang-sau" href="/tin-tuc/{cat}?page={page + 1}">Trang sau »</a>' if page < pages else ""
    prv = f'<a class="trang-truoc" href="/tin-tuc/{cat}?page={page - 1}">« Trang trước</a> ' if page > 1 else ""
    return (
        f'<div class="phantrang-chon">{prv}<form action="/tin-tuc/{cat}" method="get" '
        f'style="display:inline"><select name="page" onchange="this.form.submit()">{opts}</select>'
        f"<noscript><button type=\"submit\">Xem</button></noscript></form>{nxt}</div>"
    )


def _category(request: Request, cat: str) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = _pages(cat)
    if page < 1 or page > pages:
        return None
    items = _listing(cat)[(page - 1) * PER_PAGE : page * PER_PAGE]
    parent, leaf = CATS[cat]
    pinned = ""
    if cat == "tin-tuc-su-kien":
        pinned = (
            '<div class="tin-tieudiem"><div class="td-nhan">Tin tiêu điểm</div>'
            + _item(S2915, cat)
            + "</div>"
        )
    pager = "" if pages == 1 else (
        _pager_form(cat, page, pages) if cat == "hoat-dong-doan-truong" else _pager_links(cat, page, pages)
    )
    main = f"""<div class="portlet vne-dsTin" id="ptl_dstin_{len(cat) * 7}">
 <div class="ptl-tde"><span>{esc(leaf)}</span></div>
 {pinned}
 <div class="ds-tin">{"".join(_item(s, cat) for s in items)}</div>
 {pager}
</div>"""
    parent_href = "/tin-tuc/tin-tuc-su-kien" if parent == "Tin tức" else None
    return _page(
        request,
        title=f"{leaf} | {SITE_NAME}",
        crumbs=[(parent, parent_href), (leaf, None)],
        main=main,
    )


def _home(request: Request) -> Response:
    slider = "".join(
        f'<li><a href="/bai-viet/{s.id}"><img src="{UP}/slide/{s.id}.jpg" alt=""><span class="sl-tde">'
        f"{esc(s.title)}</span></a></li>"
        for s in (S2921, S2909, S2912)
    )
    latest = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)[:4]
    newest = "".join(_item(s, s.cat) for s in latest)
    boxes = ""
    for cat in ("hoat-dong-doan-truong", "hoat-dong-chuyen-mon"):
        leaf = CATS[cat][1]
        lis = "".join(
            f'<li><a href="{_path_in(s, cat)}">{esc(s.title)}</a> <span class="ngay">{_list_day(s)}</span></li>'
            for s in _listing(cat)[:2]
        )
        boxes += (
            f'<div class="hp-khoi"><div class="ptl-tde"><a href="/tin-tuc/{cat}">{esc(leaf)}</a></div>'
            f'<ul>{lis}</ul><a class="xemtatca" href="/tin-tuc/{cat}">Xem tất cả »</a></div>'
        )
    docs = "".join(
        f'<li><a href="/van-ban/chi-tiet/{d["key"]}">{esc(d["so"])} - {esc(d["trichyeu"])}</a></li>'
        for d in DOCS
    )
    main = f"""
<div class="hp-slider"><ul class="bxslider">{slider}</ul></div>
<div class="portlet hp-tinmoi"><div class="ptl-tde"><a href="/tin-tuc/tin-tuc-su-kien">Tin mới</a></div>
<div class="ds-tin">{newest}</div></div>
{boxes}
<div class="hp-khoi"><div class="ptl-tde"><a href="/van-ban">Văn bản mới</a></div><ul>{docs}</ul></div>
<div class="hp-khoi"><div class="ptl-tde">Thư viện ảnh</div>
<a href="/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"><img src="{UP}/album/khai-giang/anh-bia.jpg" alt="">
Lễ khai giảng năm học 2026 - 2027</a></div>"""
    return _page(request, title=f"{SITE_NAME} - Hà Nội", crumbs=[], main=main)


# --- other pages ------------------------------------------------------------------------------

DOCS = [
    {
        "key": "231-tb-thptlqd",
        "so": "231/TB-THPTLQĐ",
        "ngay": "30/11/2026",
        "loai": "Thông báo",
        "trichyeu": "Thông báo về việc nghỉ Tết Dương lịch năm 2027",
        "nguoiky": "Đỗ Minh Tuấn",
        "file": "231-TB-THPTLQD.pdf",
    },
    {
        "key": "215-kh-thptlqd",
        "so": "215/KH-THPTLQĐ",
        "ngay": "02/11/2026",
        "loai": "Kế hoạch",
        "trichyeu": "Kế hoạch tổ chức Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        "nguoiky": "Vũ Thị Lan Hương",
        "file": "215-KH-THPTLQD.pdf",
    },
]
DOC_BY_KEY = {d["key"]: d for d in DOCS}

STATIC_PAGES = {
    "/gioi-thieu/lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [("Giới thiệu", None)],
        [
            "Trường THPT Lê Quý Đôn - Hà Đông được thành lập năm 2003 trên cơ sở tách ra từ Trường "
            "THPT Quang Trung - Hà Đông, mang tên nhà bác học Lê Quý Đôn.",
            "Qua hơn 20 năm xây dựng và phát triển, nhà trường đã trở thành một trong những trường "
            "THPT công lập có chất lượng giáo dục hàng đầu của thành phố Hà Nội, được công nhận "
            "trường chuẩn quốc gia năm 2012 và đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2022.",
            "Hiện nay trường có 45 lớp với gần 2.000 học sinh, 112 cán bộ, giáo viên, nhân viên, "
            "trong đó 48% giáo viên có trình độ thạc sĩ.",
        ],
    ),
    "/gioi-thieu/ban-giam-hieu": (
        "Ban giám hiệu",
        [("Giới thiệu", "/gioi-thieu/lich-su-hinh-thanh")],
        [
            "Hiệu trưởng: Thầy Đỗ Minh Tuấn - phụ trách chung, công tác tổ chức cán bộ, tài chính.",
            "Phó Hiệu trưởng: ThS. Vũ Thị Lan Hương - phụ trách chuyên môn, kiểm định chất lượng.",
            "Phó Hiệu trưởng: Thầy Lê Văn Khải - phụ trách cơ sở vật chất, công tác học sinh.",
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        [],
        [
            "Trường THPT Lê Quý Đôn - Hà Đông",
            "Địa chỉ: Số 1 phố Lê Trọng Tấn, phường La Khê, quận Hà Đông, thành phố Hà Nội",
            "Điện thoại: 024.3355.1234 - Email: c3lequydon-hd@hanoiedu.vn",
        ],
    ),
}

ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"


def _static_page(request: Request, path: str) -> Response:
    title, crumbs, paras = STATIC_PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    form = ""
    if path == "/lien-he":
        form = (
            '<form class="lh-form" method="post" action="/lien-he/gui"><label>Họ tên</label>'
            '<input name="hoten"><label>Nội dung</label><textarea name="nd"></textarea>'
            '<button type="submit">Gửi liên hệ</button></form>'
            '<iframe src="https://www.google.com/maps/embed?pb=lqdhd" width="600" height="300"></iframe>'
        )
    main = (
        f'<div class="portlet vne-trangtinh"><div class="ptl-tde"><span>{esc(title)}</span></div>'
        f'<div class="tt-noidung">{body}{form}</div></div>'
    )
    return _page(request, title=f"{title} | {SITE_NAME}", crumbs=[*crumbs, (title, None)], main=main)


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/van-ban/chi-tiet/{d["key"]}">{esc(d["so"])}</a></td>'
        f'<td>{d["ngay"]}</td><td>{esc(d["trichyeu"])}</td>'
        f'<td><a href="{UP}/files/{d["file"]}">Tải về</a></td></tr>'
        for i, d in enumerate(DOCS, 1)
    )
    main = (
        '<div class="portlet vne-vanban"><div class="ptl-tde"><span>Văn bản</span></div>'
        '<table class="tbl-vanban"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return _page(request, title=f"Văn bản | {SITE_NAME}", crumbs=[("Văn bản", None)], main=main)


def _doc(request: Request, doc: dict) -> Response:
    main = f"""<div class="portlet vne-vanban-ct"><div class="ptl-tde"><span>Chi tiết văn bản</span></div>
<table class="tbl-vb-ct">
<tr><th>Số/Ký hiệu</th><td>{esc(doc["so"])}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc["loai"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["ngay"]}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc["trichyeu"])}</td></tr>
<tr><th>Người ký</th><td>{esc(doc["nguoiky"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{UP}/files/{doc["file"]}">{doc["file"]}</a></td></tr>
</table></div>"""
    return _page(
        request,
        title=f"{doc['so']} | {SITE_NAME}",
        crumbs=[("Văn bản", "/van-ban"), (doc["so"], None)],
        main=main,
    )


def _album(request: Request) -> Response:
    caps = [
        "Lễ chào cờ khai giảng năm học mới",
        "Thầy Hiệu trưởng đánh trống khai trường",
        "Học sinh khối 10 ra mắt toàn trường",
        "Tiết mục văn nghệ chào mừng",
    ]
    figs = "".join(
        f'<div class="ab-anh"><a href="{UP}/album/khai-giang/{i}.jpg"><img src="{UP}/album/khai-giang/'
        f'thumb_{i}.jpg" alt="{esc(c)}"></a><div class="ab-mota">{esc(c)}</div></div>'
        for i, c in enumerate(caps, 1)
    )
    main = (
        '<div class="portlet vne-album"><div class="ptl-tde"><span>Lễ khai giảng năm học 2026 - 2027'
        f'</span></div><div class="ab-ngay">05/09/2026</div><div class="ab-luoi">{figs}</div></div>'
    )
    return _page(
        request,
        title=f"Thư viện ảnh | {SITE_NAME}",
        crumbs=[("Thư viện ảnh", None), ("Lễ khai giảng năm học 2026 - 2027", None)],
        main=main,
    )


# --- the site -------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/[a-z0-9-]+-(\d+)\.html$")
_SHORT = re.compile(r"^/bai-viet/(\d+)$")
_CATEGORY = re.compile(r"^/tin-tuc/([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/chi-tiet/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith((UP + "/", THEME + "/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST":
            return None
        if path == "/":
            return _home(request) if not request.query else None
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(2)))
            cat = m.group(1)
            if story and (cat == story.cat or cat in story.opts.get("cross", [])):
                return _article(request, story, cat)
            return None
        if m := _SHORT.match(path):
            story = BY_ID.get(int(m.group(1)))
            return _article(request, story, story.cat) if story else None
        if m := _CATEGORY.match(path):
            return _category(request, m.group(1)) if m.group(1) in CATS else None
        if path == "/van-ban":
            return _doc_list(request)
        if m := _DOC.match(path):
            doc = DOC_BY_KEY.get(m.group(1))
            return _doc(request, doc) if doc else None
        if path in STATIC_PAGES:
            return _static_page(request, path)
        if path == ALBUM_PATH:
            return _album(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [f"/bai-viet/{story.id}"]
    for cat in story.opts.get("cross", []):
        alts.append(_path_in(story, cat))
    if "old_slug" in story.opts:
        alts.append(_path_in(story, story.cat, story.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(s, canonical_path(s), CATS[s.cat][1], alt_paths=_alts(s)) for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh",
    "/gioi-thieu/ban-giam-hieu",
    "/lien-he",
    "/van-ban/chi-tiet/231-tb-thptlqd",
    "/van-ban/chi-tiet/215-kh-thptlqd",
    ALBUM_PATH,
]
