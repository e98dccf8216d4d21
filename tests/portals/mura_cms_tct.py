"""Trường Chính trị tỉnh Quảng Ngãi on Mura CMS 7 (Lucee), Bootstrap 3 theme of a local integrator.

Platform
    Mura CMS 7.1 on Lucee 5. The news section is a Mura *Folder* ("Tin tức") whose children are
    content Pages, plus one *Link* item (an external newspaper story) and one *File* item (a PDF
    served by ``/tasks/render/file/?fileID=…``) that Mura lists like any other child. Sections are
    Mura *categories* assigned to the pages (``?categoryid=<uuid>`` filters the folder); a fifth
    category "Tin nổi bật" is a flag feeding the home slider, not a section. The theme ("tct2019",
    by a Quảng Ngãi integrator) prints the site name as the page's ``<h1>`` and the headline as
    ``<h2 class="pageTitle tieude-bv">``; the metadata list (``ul.mura-meta``) carries the release
    date, the Mura *credits* field, sometimes the last update and the posting account.

URL scheme
    - ``/`` home (slider via ``/?LinkServID=<uuid>``, latest news, most-read box);
    - ``/tin-tuc/`` the folder, 5 children a page, ``?startrow=6`` / ``?startrow=11``. The folder's
      pager prints ``/index.cfm/tin-tuc/?startrow=N`` (the indexFileInURLs setting is on for the
      nextN component only) and the pages it leads to link their items as
      ``/index.cfm/tin-tuc/<slug>/``; both forms answer;
    - ``/tin-tuc/?categoryid=<uuid>`` a category view (also paged with ``&startrow=6``);
    - ``/tin-tuc/<slug>/`` an article; the same page answers at ``/index.cfm/tin-tuc/<slug>/`` and
      ``/?LinkServID=<contentid>``; ``/tin-tuc/<slug>`` (no slash) is a 301 to the slashed form;
    - ``/gioi-thieu/``, ``/gioi-thieu/<slug>/``, ``/lien-he/``, ``/thu-vien-anh/<slug>/`` pages;
    - ``/tim-kiem/?Keywords=…`` search; ``/sites/tct/…`` images; ``/tasks/render/file/`` files.

Page templates
    home; folder/category listing (``div.mura-collection`` of ``dl`` items, ``nav.mura-next-n``
    pager); article (``article.mura-content`` holding the associated image ``div.mura-asset``, the
    summary ``div.mura-summary`` when the field is filled, ``div.mura-body#ndct`` with the
    CKEditor text, a categories line, comments ``#svComments``, "Các tin khác"); static page.

How each gold article is reached
    The 4 newest from the home page; all 13 from the folder (pages 1–3, the last two in the
    index.cfm form) and from the four category views; "Khai giảng lớp Bồi dưỡng cán bộ lãnh đạo,
    quản lý cấp phòng…" (the oldest) only from page 3 of the folder or page 2 of its category.

Traps
    1. ColdFusion timestamp: two pages print the release date unformatted, as Lucee writes a
       datetime object, ``Ngày đăng: {ts '2026-12-01 09:00:00'}`` -> "2026-12-01T09:00:00+07:00".
    2. Three titles: the site name is the page's only ``<h1>``; the headline is an ``<h2>``;
       ``<title>``/``og:title`` carry the Mura "HTML title" (an SEO rewrite) and the listings the
       shorter "menu title" -> gold title is the ``<h2>``'s text.
    3. The breadcrumb stops at the folder "Tin tức"; the section is the Mura category, printed
       under the text ("Chuyên mục: …", a link to ``?categoryid=``) and in the menu's drop-down.
       One article is also in the flag category "Tin nổi bật" (printed first) -> category is the
       section ("Đào tạo, bồi dưỡng"), never "Tin tức" nor "Tin nổi bật".
    4. The folder lists a Mura Link (a Báo Quảng Ngãi story on another host) and a Mura File (a PDF
       behind ``/tasks/render/file/``) with a date, thumbnail and "Xem tiếp" like the pages -> not
       articles.
    5. One page, three addresses: ``/tin-tuc/<slug>/``, ``/index.cfm/tin-tuc/<slug>/`` (folder
       pages 2–3) and ``/?LinkServID=<uuid>`` (home slider, in-text "Tin liên quan") all answer
       200 with ``<link rel="canonical">`` to the first -> one record, the others in alt_paths.
    6. Mura comments under the article (``dl.mura-comment``: a name, a date, ``<p>`` paragraphs)
       -> not body, not author, not date.
    7. Lazy images: the theme's CKEditor filter writes ``src="…/blank.gif" data-src="<real>"``
       with a ``<noscript><img src="<real>"></noscript>`` copy -> each photo once, at its real path.
    8. The Mura "associated image" is printed above the text from the file cache
       (``/sites/tct/cache/file/<fileid>_large.jpg``; its caption in ``div.mura-asset-caption``);
       the listings show the same file as ``_small.jpg`` -> the ``_large`` one is the article's
       first photo, the thumbnails are not.
    9. A Mura display object embedded in the text by the editor (``[mura]`` tag rendered as
       ``div.mura-object[data-object=collection]`` "Tin liên quan" with dated links) sits inside
       ``div.mura-body`` -> not body.
   10. The credits field: "Nguyễn Văn An; Trần Thị Bích" (Mura's semicolon list) -> two authors;
       "TS. Phạm Thị Thu Hương" -> without the degree; "Khoa Lý luận cơ sở" (a unit) -> as
       printed; "Người đăng: tct.admin" (the posting account) -> nobody.
   11. A notice printed as an official document (letterhead table, "Số: …", "THÔNG BÁO" + subject,
       "Nơi nhận", signer); that template prints no release date -> date = letterhead day,
       author = signer's name, body = the numbered text only.
   12. Dates in other forms: "Thứ Sáu, ngày 20 tháng 11 năm 2026, 08:15" (Lucee vi_VN long form),
       "Thứ Bảy, 28/11/2026" (day only), "12/11/2026 00:00" (midnight: day only), and a
       "Cập nhật:" line after the release date -> the release date.
   13. Captions in a two-row one-cell table (``table.tbl-anh``), in ``<figcaption>`` with
       parentheses, and a centred line that only credits the photographer ("Ảnh: Thu Hà") ->
       caption None, photographer "Thu Hà".
   14. Text nesting: one article pasted from Word is ``<div>`` blocks with ``<br>`` breaks inside
       nested ``<span style>``; another is CKEditor entity-encoded (``&agrave;`` / ``&#7897;``
       mixed with raw UTF-8); ``<p>&nbsp;</p>`` spacers everywhere.

Gold decisions on ambiguous points
    - The summary field printed in ``div.mura-summary`` above the text is the sapo (first body
      paragraph). When the field is empty the folder shows an auto excerpt of the text: the page
      then prints no sapo (summary null).
    - The associated image's caption line is its caption; an associated image without one has
      caption None.
    - The official notice's date is the letterhead's day (no release date on that template).
    - "Tin, ảnh: X" closing line -> X is author and photographer.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "mura_cms_tct"
PLATFORM = "Mura CMS 7 (Lucee), Bootstrap 3 theme by a local integrator"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Quảng Ngãi"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 5

DT = "Đào tạo, bồi dưỡng"
NC = "Nghiên cứu khoa học"
DTH = "Hoạt động đoàn thể"
TB = "Thông báo"
FLAG = "Tin nổi bật"

CATEGORY_IDS = {
    DT: "3F2A9C1E-E8B1-4D7A-9E5C1B0A77D41C20",
    NC: "7B1D04A2-C3E9-4F01-B2D8A6E5F9C30B14",
    DTH: "A94E6B37-1D52-4C8E-8F3A07D2C6E1B958",
    TB: "C0D85F19-6A2B-47E3-91C4E8B3D7A2F066",
    FLAG: "E5B27C08-94DA-4B61-A3F0C2D9E81B7A35",
}
CAT_ORDER = [DT, NC, DTH, TB]

IMG = "/sites/tct/assets/Image/2026"
CACHE = "/sites/tct/cache/file"
BLANK = "/sites/tct/themes/tct2019/images/blank.gif"


def _uuid(n: int) -> str:
    """A Mura content/file id (ColdFusion's 35-character 8-4-4-16 form), fixed per number."""
    h = f"{(n * 2654435761) % 16**8:08X}"
    return f"{h}-{n:04X}-4E{n % 10:X}A-B{n % 7}C2{(n * 48271 + 12345) % 16**12:012X}"


# --- the stories -----------------------------------------------------------------------------

S1 = Story(
    1,
    "khai-giang-lop-trung-cap-llct-hc-khoa-75",
    "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 75 hệ không tập trung",
    DT,
    "2026-12-04T15:20:00+07:00",
    [
        Img(f"{CACHE}/{_uuid(101)}_large.jpg", "Quang cảnh lễ khai giảng", "Quang cảnh lễ khai giảng", "asset"),
        P(
            "Chiều 04/12, tại hội trường Trường Chính trị tỉnh, đồng chí Nguyễn Thanh Tùng, Phó Hiệu trưởng "
            "Nhà trường phát biểu khai giảng và quán triệt nội quy, quy chế học tập đối với 112 học viên."
        ),
        P(
            "Học viên lớp là cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị, địa phương "
            "trên địa bàn huyện Bình Sơn và thị xã Đức Phổ. Lớp học được tổ chức theo hình thức không tập "
            "trung, thời gian học tập trong 14 tháng."
        ),
        Img(f"{IMG}/12/khai-giang-k75-2.jpg", "Học viên lớp Trung cấp LLCT - HC khóa 75 chụp ảnh lưu niệm",
            "Học viên lớp Trung cấp LLCT - HC khóa 75 chụp ảnh lưu niệm", "table"),
        P(
            "Phát biểu tại lễ khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên phát huy tinh thần tự "
            "học, tự nghiên cứu, liên hệ lý luận với thực tiễn công tác tại cơ quan, đơn vị mình."
        ),
        P("Nhà trường cam kết bố trí đội ngũ giảng viên có kinh nghiệm, bảo đảm chất lượng chương trình đào tạo."),
    ],
    authors=["Nguyễn Văn An", "Trần Thị Bích"],
    summary=(
        "Ngày 04/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức khai giảng lớp Trung cấp lý luận chính "
        "trị - hành chính khóa 75 hệ không tập trung dành cho cán bộ, công chức cấp cơ sở."
    ),
    sapo_outside=True,
    opts={
        "date": "dmyhm",
        "credits": "Nguyễn Văn An; Trần Thị Bích",
        "menu": "Khai giảng lớp Trung cấp LLCT - HC khóa 75",
        "htitle": "Khai giang lop trung cap ly luan chinh tri khoa 75 | Truong Chinh tri Quang Ngai",
        "flag": True,
        "asset": 101,
        "comments": [
            ("Phạm Quốc Huy", "04/12/2026 20:11",
             "Chúc các đồng chí học viên khóa 75 học tập tốt, đạt kết quả cao."),
            ("Lê Thị Mai", "05/12/2026 07:42",
             "Cho hỏi lịch học tập trung tháng 01/2027 của lớp đã có chưa ạ?"),
        ],
    },
)

S2 = Story(
    2,
    "thong-bao-lich-hoc-tap-trung-thang-12-2026",
    "Thông báo lịch học tập trung các lớp bồi dưỡng tháng 12/2026",
    TB,
    "2026-12-02",
    [
        Raw(
            '<table class="tbl-congvan" style="width:100%;border:0"><tbody><tr>'
            '<td style="text-align:center;width:40%"><p>TỈNH ỦY QUẢNG NGÃI<br><strong>TRƯỜNG CHÍNH TRỊ</strong></p>'
            "<p>Số: 215/TB-TCT</p></td>"
            '<td style="text-align:center"><p><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></p>'
            "<p><em>Quảng Ngãi, ngày 02 tháng 12 năm 2026</em></p></td></tr></tbody></table>"
            '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
            "<strong>Về lịch học tập trung các lớp bồi dưỡng tháng 12/2026</strong></p>"
        ),
        P(
            "Thực hiện Kế hoạch đào tạo, bồi dưỡng năm 2026, Trường Chính trị tỉnh thông báo lịch học tập "
            "trung các lớp bồi dưỡng trong tháng 12/2026 như sau:"
        ),
        P("1. Lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4: từ ngày 07/12 đến ngày 11/12/2026."),
        P("2. Lớp Bồi dưỡng nghiệp vụ công tác dân vận: từ ngày 14/12 đến ngày 16/12/2026."),
        P("3. Lớp Bồi dưỡng chuyên đề về chuyển đổi số trong cơ quan Đảng: từ ngày 21/12 đến ngày 23/12/2026."),
        P(
            "Đề nghị các cơ quan, đơn vị tạo điều kiện cho cán bộ được cử đi học tham gia đầy đủ, đúng thời "
            "gian quy định."
        ),
        Raw(
            '<table style="width:100%;border:0"><tbody><tr><td style="width:50%;vertical-align:top">'
            "<p><strong><em>Nơi nhận:</em></strong><br>- Các huyện ủy, thị ủy, thành ủy;<br>"
            "- Các phòng, khoa;<br>- Lưu: VT, QLĐT.</p></td>"
            '<td style="text-align:center;vertical-align:top"><p><strong>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong></p>'
            "<p>&nbsp;</p><p><em>(đã ký)</em></p><p><strong>Lê Quang Minh</strong></p></td></tr></tbody></table>"
        ),
    ],
    authors=["Lê Quang Minh"],
    opts={
        "date": "none",
        "template": "congvan",
        "menu": "Lịch học tập trung tháng 12/2026",
        "htitle": "Thong bao lich hoc tap trung thang 12/2026",
        "sort": "2026-12-02T16:00",
    },
)

S3 = Story(
    3,
    "hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-llct",
    "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”",
    NC,
    "2026-12-01T09:00:00+07:00",
    [
        P(
            "Sáng 01/12, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thảo khoa học cấp trường với chủ đề "
            "“Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”."
        ),
        Img(f"{IMG}/12/hoi-thao-1.jpg", "(Các đại biểu tham dự hội thảo)", "Các đại biểu tham dự hội thảo", "lazy"),
        P(
            "Hội thảo nhận được 27 bài tham luận của cán bộ, giảng viên Nhà trường, các trung tâm chính trị "
            "cấp huyện và một số sở, ngành của tỉnh.", "strong-h",
        ),
        P("Các tham luận tập trung vào ba nhóm vấn đề chính:"),
        P("Đổi mới nội dung bài giảng, tăng cường tình huống thực tiễn của tỉnh;", "li"),
        P("Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học;", "li"),
        P("Đẩy mạnh đi thực tế, nghiên cứu thực tế của đội ngũ giảng viên.", "li"),
        Raw(
            '<div class="mura-object" data-object="collection" data-objectid="{related}" data-instanceid="{inst}">'
            '<div class="mura-object-content"><h3 class="mura-object-title">Tin liên quan</h3><ul>{items}</ul></div></div>'
        ),
        Img(f"{IMG}/12/hoi-thao-2.jpg", "(TS. Phạm Thị Thu Hương trình bày tham luận)",
            "TS. Phạm Thị Thu Hương trình bày tham luận", "lazy"),
        P(
            "Kết luận hội thảo, đồng chí Hiệu trưởng đánh giá cao chất lượng các tham luận và giao các khoa "
            "chuyên môn tiếp thu, đưa vào chỉnh sửa bài giảng từ học kỳ I năm 2027."
        ),
    ],
    authors=["Phạm Thị Thu Hương"],
    opts={
        "date": "ts",
        "credits": "TS. Phạm Thị Thu Hương",
        "menu": "Hội thảo khoa học về giảng dạy LLCT",
        "htitle": "Hoi thao nang cao chat luong giang day ly luan chinh tri",
        "related": [6, 10],
    },
)

S4 = Story(
    4,
    "chi-doan-truong-ra-quan-don-ve-sinh-moi-truong",
    "Chi đoàn Trường ra quân dọn vệ sinh môi trường, hưởng ứng phong trào “Chủ nhật xanh”",
    DTH,
    "2026-11-28",
    [
        P(
            "Sáng 28/11, Chi đoàn Trường Chính trị tỉnh phối hợp với Đoàn phường Nghĩa Chánh ra quân dọn vệ "
            "sinh môi trường tại khu dân cư tổ 5."
        ),
        P(
            "Hơn 30 đoàn viên thanh niên đã thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh dọc "
            "tuyến đường Lê Hữu Trác."
        ),
        Img(f"{IMG}/11/chu-nhat-xanh-1.jpg", "(Đoàn viên thu gom rác thải dọc tuyến đường)",
            "Đoàn viên thu gom rác thải dọc tuyến đường", "fig"),
        P("Hoạt động góp phần nâng cao ý thức bảo vệ môi trường trong đoàn viên và nhân dân địa phương."),
        Raw('<p style="text-align:right"><strong>Tin, ảnh: Đặng Minh Tuấn</strong></p>'),
    ],
    authors=["Đặng Minh Tuấn"],
    photographers=["Đặng Minh Tuấn"],
    opts={
        "date": "dayname",
        "menu": "Chi đoàn ra quân “Chủ nhật xanh”",
        "htitle": "Chi doan Truong ra quan Chu nhat xanh",
        "poster": "tct.doanthanhnien",
    },
)

S5 = Story(
    5,
    "be-giang-lop-boi-duong-kien-thuc-qp-an-doi-tuong-4",
    "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
    DT,
    "2026-11-25T14:00:00+07:00",
    [
        Img(f"{CACHE}/{_uuid(105)}_large.jpg", None, None, "asset"),
        P(
            "Chiều 25/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng lớp "
            "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        P(
            "Trong thời gian 5 ngày, 98 học viên đã được nghiên cứu 12 chuyên đề về đường lối quốc phòng, "
            "an ninh của Đảng và nhiệm vụ xây dựng khu vực phòng thủ tỉnh."
        ),
        P("Kết quả: 100% học viên hoàn thành chương trình, trong đó 41 học viên đạt loại giỏi."),
    ],
    authors=["Khoa Lý luận cơ sở"],
    opts={
        "date": "dmyhm",
        "updated": "27/11/2026 16:02",
        "credits": "Khoa Lý luận cơ sở",
        "menu": "Bế giảng lớp QP-AN đối tượng 4",
        "htitle": "Be giang lop boi duong kien thuc quoc phong an ninh doi tuong 4",
        "flag": True,
        "asset": 105,
    },
)

S6 = Story(
    6,
    "nghiem-thu-de-tai-khoa-hoc-cap-truong-nam-2026",
    "Nghiệm thu đề tài khoa học cấp trường năm 2026",
    NC,
    "2026-11-20T08:15:00+07:00",
    [
        P(
            "Ngày 20/11, Hội đồng khoa học Trường Chính trị tỉnh tổ chức nghiệm thu 04 đề tài khoa học cấp "
            "trường năm 2026.", "strong",
        ),
        P("Kết quả nghiệm thu cụ thể như sau:"),
        P("TT | Tên đề tài | Chủ nhiệm | Xếp loại", "tr"),
        P("1 | Giải pháp nâng cao chất lượng bồi dưỡng cán bộ cơ sở | ThS. Võ Thị Kim Oanh | Xuất sắc", "tr"),
        P("2 | Ứng dụng chuyển đổi số trong quản lý đào tạo | ThS. Huỳnh Văn Lợi | Khá", "tr"),
        P("3 | Giáo dục đạo đức cách mạng cho học viên | ThS. Bùi Thị Hạnh | Khá", "tr"),
        P("4 | Công tác dân vận ở vùng đồng bào dân tộc thiểu số | ThS. Đinh Văn Rô | Đạt", "tr"),
        P(
            "Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn thiện sản phẩm và chuyển giao "
            "kết quả nghiên cứu cho các khoa, phòng ứng dụng."
        ),
    ],
    authors=["Võ Thị Kim Oanh"],
    summary=(
        "Ngày 20/11, Hội đồng khoa học Trường Chính trị tỉnh tổ chức nghiệm thu 04 đề tài khoa học cấp "
        "trường năm 2026."
    ),
    opts={
        "date": "long",
        "credits": "ThS. Võ Thị Kim Oanh - Phòng Quản lý đào tạo và NCKH",
        "menu": "Nghiệm thu đề tài khoa học 2026",
        "htitle": "Nghiem thu de tai khoa hoc cap truong 2026",
    },
)

S7 = Story(
    7,
    "cong-doan-truong-to-chuc-hoi-thao-chao-mung-20-11",
    "Công đoàn Trường tổ chức Hội thao chào mừng ngày Nhà giáo Việt Nam 20/11",
    DTH,
    "2026-11-18T10:30:00+07:00",
    [
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn Trường "
            "Chính trị tỉnh tổ chức Hội thao cho cán bộ, giảng viên, nhân viên."
        ),
        P("Hội thao gồm các môn: bóng chuyền hơi, kéo co, cầu lông và cờ tướng."),
        Img(f"{IMG}/11/hoi-thao-20-11.jpg", "Trận chung kết môn kéo co", "Trận chung kết môn kéo co", "next"),
        P(
            "Kết thúc hội thao, Ban tổ chức trao giải nhất toàn đoàn cho Công đoàn bộ phận Khoa Xây dựng "
            "Đảng, giải nhì cho Phòng Tổ chức - Hành chính."
        ),
    ],
    opts={
        "date": "dmyhm",
        "entities": 2,
        "poster": "tct.admin",
        "menu": "Hội thao chào mừng 20/11",
        "htitle": "Cong doan Truong to chuc Hoi thao 20/11",
    },
)

S8 = Story(
    8,
    "hoc-vien-cao-cap-llct-nghien-cuu-thuc-te-tai-ly-son",
    "Học viên lớp Cao cấp lý luận chính trị đi nghiên cứu thực tế tại huyện Lý Sơn",
    DT,
    "2026-11-12",
    [
        Img(f"{CACHE}/{_uuid(108)}_large.jpg", "Đoàn học viên thăm Âm linh tự trên đảo Lý Sơn",
            "Đoàn học viên thăm Âm linh tự trên đảo Lý Sơn", "asset"),
        P(
            "Từ ngày 10 đến ngày 12/11, học viên lớp Cao cấp lý luận chính trị hệ không tập trung mở tại "
            "Trường đã đi nghiên cứu thực tế tại huyện đảo Lý Sơn."
        ),
        P(
            "Tại đây, đoàn đã làm việc với Huyện ủy Lý Sơn, tìm hiểu mô hình phát triển kinh tế biển gắn "
            "với bảo vệ chủ quyền biển, đảo."
        ),
        P(
            "Theo kế hoạch, sau đợt nghiên cứu thực tế, mỗi học viên viết một bài thu hoạch gửi về Học viện "
            "Chính trị khu vực III trước ngày 30/11."
        ),
        Raw('<p style="text-align:right"><strong>Minh Hải</strong></p>'),
        Raw('<p style="text-align:right"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
    ],
    authors=["Minh Hải"],
    source="Báo Quảng Ngãi",
    opts={
        "date": "midnight",
        "menu": "Nghiên cứu thực tế tại Lý Sơn",
        "htitle": "Hoc vien cao cap LLCT nghien cuu thuc te Ly Son",
        "asset": 108,
    },
)

S9 = Story(
    9,
    "thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-nam-2027",
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027",
    TB,
    "2026-11-05T16:45:00+07:00",
    [
        P(
            "Trường Chính trị tỉnh Quảng Ngãi thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành "
            "chính hệ tập trung năm 2027."
        ),
        P("Đối tượng tuyển sinh", "h"),
        P("Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng;", "oli"),
        P("Cán bộ chủ chốt cấp xã chưa có trình độ trung cấp lý luận chính trị.", "oli"),
        P("Hồ sơ gửi về Phòng Quản lý đào tạo và NCKH trước ngày 31/12/2026."),
        Raw(
            '<p class="file-dinhkem"><img src="/sites/tct/themes/tct2019/images/icon-pdf.gif" alt=""> '
            'Tải về: <a href="/tasks/render/file/?fileID=' + _uuid(209) + '">Mau-ho-so-tuyen-sinh-2027.pdf</a></p>'
        ),
    ],
    opts={
        "date": "dmyhm",
        "poster": "tct.admin",
        "menu": "Tuyển sinh Trung cấp LLCT - HC 2027",
        "htitle": "Tuyen sinh trung cap ly luan chinh tri hanh chinh 2027",
    },
)

S10 = Story(
    10,
    "toa-dam-hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh",
    "Tọa đàm “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” trong giảng dạy",
    NC,
    "2026-10-29T08:00:00+07:00",
    [
        P(
            "Sáng 29/10, Khoa Xây dựng Đảng tổ chức tọa đàm về việc đưa nội dung học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh vào các bài giảng.", "br",
        ),
        P("Tham dự tọa đàm có 35 cán bộ, giảng viên của Nhà trường.", "br"),
        P(
            "Các ý kiến thống nhất cần lựa chọn những câu chuyện, tấm gương điển hình tại địa phương để "
            "minh họa cho bài giảng.", "div",
        ),
        P(
            "Khoa sẽ tổng hợp các ý kiến, xây dựng tài liệu tham khảo phục vụ giảng dạy năm học 2026 - 2027.",
            "div",
        ),
        Raw('<div style="text-align:right"><span style="font-size:13pt"><strong>Khoa Xây dựng Đảng</strong></span></div>'),
    ],
    authors=["Khoa Xây dựng Đảng"],
    opts={
        "date": "dmyhm",
        "word": True,
        "menu": "Tọa đàm học tập và làm theo Bác",
        "htitle": "Toa dam hoc tap va lam theo tu tuong Ho Chi Minh",
    },
)

S11 = Story(
    11,
    "chi-bo-khoa-nha-nuoc-va-phap-luat-sinh-hoat-chuyen-de-quy-iv",
    "Chi bộ Khoa Nhà nước và pháp luật tổ chức sinh hoạt chuyên đề quý IV",
    DTH,
    "2026-10-22T14:10:00+07:00",
    [
        P(
            "Chiều 22/10, Chi bộ Khoa Nhà nước và pháp luật tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao tinh thần trách nhiệm của đảng viên trong thực hiện nhiệm vụ chuyên môn”."
        ),
        Img(f"{IMG}/10/sinh-hoat-chuyen-de.jpg", "Ảnh: Thu Hà", None, "next"),
        P(
            "Các đảng viên đã thảo luận, làm rõ những ưu điểm, hạn chế và đề ra giải pháp khắc phục trong "
            "thời gian tới."
        ),
        Raw('<p style="text-align:right"><strong>Ngọc Ánh</strong></p>'),
    ],
    authors=["Ngọc Ánh"],
    photographers=["Thu Hà"],
    opts={
        "date": "dmyhm",
        "menu": "Chi bộ Khoa NN&PL sinh hoạt chuyên đề",
        "htitle": "Chi bo Khoa Nha nuoc va phap luat sinh hoat chuyen de quy IV",
    },
)

S12 = Story(
    12,
    "tap-huan-phuong-phap-giang-day-tich-cuc-cho-giang-vien",
    "Trường Chính trị tỉnh tổ chức tập huấn phương pháp giảng dạy tích cực cho giảng viên",
    DT,
    "2026-10-15T09:00:00+07:00",
    [
        P(
            "Ngày 15/10, Trường Chính trị tỉnh tổ chức lớp tập huấn phương pháp giảng dạy tích cực cho 42 "
            "giảng viên cơ hữu và thỉnh giảng."
        ),
        P(
            "Báo cáo viên đã hướng dẫn kỹ năng thiết kế bài giảng theo hướng nêu vấn đề, tổ chức thảo luận "
            "nhóm và sử dụng tình huống trong giảng dạy lý luận chính trị."
        ),
        P("“Người học phải là trung tâm của mỗi giờ giảng”, báo cáo viên nhấn mạnh.", "quote"),
    ],
    authors=["Hồ Thị Lan"],
    opts={
        "date": "ts",
        "credits": "Hồ Thị Lan",
        "menu": "Tập huấn phương pháp giảng dạy tích cực",
        "htitle": "Tap huan phuong phap giang day tich cuc",
    },
)

S13 = Story(
    13,
    "khai-giang-lop-boi-duong-can-bo-lanh-dao-quan-ly-cap-phong-2026",
    "Khai giảng lớp Bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng và tương đương năm 2026",
    DT,
    "2026-10-08T07:30:00+07:00",
    [
        P(
            "Sáng 08/10, Trường Chính trị tỉnh khai giảng lớp Bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng "
            "và tương đương năm 2026 cho 76 học viên."
        ),
        Img(f"{IMG}/10/khai-giang-cap-phong.jpg", "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
            "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học", "table"),
        P(
            "Chương trình gồm 3 phần: kiến thức chung, kỹ năng lãnh đạo, quản lý và nghiên cứu thực tế, "
            "kéo dài 6 tuần."
        ),
    ],
    authors=["Trương Công Định"],
    opts={
        "date": "dmyhm",
        "credits": "Trương Công Định",
        "menu": "Khai giảng lớp bồi dưỡng cấp phòng 2026",
        "htitle": "Khai giang lop boi duong lanh dao quan ly cap phong 2026",
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
LINKSERV = {_uuid(s.id): s for s in STORIES}

#: non-page children of the folder: (kind, title, date, href, category)
LINK_ITEM = (
    "link",
    "Báo Quảng Ngãi: Trường Chính trị tỉnh đổi mới công tác bồi dưỡng cán bộ cơ sở",
    "2026-11-01T09:00",
    "https://baoquangngai.vn/chinh-tri/202611/truong-chinh-tri-tinh-doi-moi-boi-duong-can-bo-co-so-3142517/",
    DTH,
)
FILE_ITEM = (
    "file",
    "Kế hoạch đào tạo, bồi dưỡng năm 2027",
    "2026-11-10T08:00",
    "/tasks/render/file/?fileID=" + _uuid(301),
    DT,
)


def _sort_key(s: Story) -> str:
    return s.opts.get("sort") or (s.published_at or "")[:16]


def _folder_items(cat: str | None) -> list:
    items: list = [s for s in STORIES if cat is None or s.cat == cat]
    for extra in (LINK_ITEM, FILE_ITEM):
        if cat is None or extra[4] == cat:
            items.append(extra)
    return sorted(items, key=lambda i: _sort_key(i) if isinstance(i, Story) else i[2], reverse=True)


def url_of(s: Story, form: str = "pretty") -> str:
    if form == "index":
        return f"/index.cfm/tin-tuc/{s.slug}/"
    if form == "linkserv":
        return f"/?LinkServID={_uuid(s.id)}"
    return f"/tin-tuc/{s.slug}/"


def _dt_of(s: Story) -> _dt.datetime:
    value = s.opts.get("sort") or s.published_at or ""
    if len(value) == 10:
        return _dt.datetime.fromisoformat(value)
    return _dt.datetime.fromisoformat(value[:16])


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def printed_date(s: Story) -> str | None:
    d = _dt_of(s)
    kind = s.opts.get("date")
    if kind == "dmyhm":
        return d.strftime("%d/%m/%Y %H:%M")
    if kind == "midnight":
        return d.strftime("%d/%m/%Y") + " 00:00"
    if kind == "ts":
        return d.strftime("{ts '%Y-%m-%d %H:%M:%S'}")
    if kind == "dayname":
        return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"
    if kind == "long":
        return f"{WEEKDAYS[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year}, {d:%H:%M}"
    return None


# --- chrome ----------------------------------------------------------------------------------

def _menu() -> str:
    cats = "".join(
        f'<li><a href="/tin-tuc/?categoryid={CATEGORY_IDS[c]}">{esc(c)}</a></li>' for c in CAT_ORDER
    )
    return (
        '<nav class="navbar navbar-default navbar-tct" id="mainnav"><div class="container"><ul class="nav navbar-nav">'
        '<li class="first"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        '<li class="dropdown"><a href="/gioi-thieu/" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu '
        '<b class="caret"></b></a><ul class="dropdown-menu">'
        '<li><a href="/gioi-thieu/lich-su-hinh-thanh/">Lịch sử hình thành</a></li>'
        '<li><a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li>'
        '<li><a href="/gioi-thieu/chuc-nang-nhiem-vu/">Chức năng, nhiệm vụ</a></li></ul></li>'
        '<li class="dropdown"><a href="/tin-tuc/" class="dropdown-toggle" data-toggle="dropdown">Tin tức '
        f'<b class="caret"></b></a><ul class="dropdown-menu">{cats}</ul></li>'
        '<li><a href="/thu-vien-anh/khai-giang-khoa-75/">Thư viện ảnh</a></li>'
        '<li class="last"><a href="/lien-he/">Liên hệ</a></li></ul>'
        '<form class="navbar-form navbar-right" action="/tim-kiem/" method="get" id="searchForm">'
        '<input type="text" name="Keywords" class="form-control" placeholder="Tìm kiếm...">'
        '<input type="hidden" name="display" value="search"><button type="submit" class="btn">Tìm</button>'
        "</form></div></nav>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{url_of(BY_ID[i])}">{esc(BY_ID[i].opts["menu"])}</a></li>' for i in (8, 6, 3, 11)
    )
    return (
        '<aside class="col-md-4 sidebar">'
        '<div class="mura-object panel panel-tct" data-object="feed" data-objectid="docnhieu">'
        f'<div class="panel-heading">Đọc nhiều nhất</div><ul class="list-unstyled dsdocnhieu">{most}</ul></div>'
        '<div class="panel panel-tct"><div class="panel-heading">Liên kết website</div><ul class="lienket">'
        '<li><a href="https://quangngai.gov.vn/" target="_blank">Cổng TTĐT tỉnh Quảng Ngãi</a></li>'
        '<li><a href="https://hcma.vn/" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>'
        '<li><a href="https://baoquangngai.vn/" target="_blank">Báo Quảng Ngãi</a></li></ul></div>'
        '<div class="panel panel-tct" id="binhchon"><div class="panel-heading">Thăm dò ý kiến</div>'
        "<p>Bạn đánh giá thế nào về giao diện website mới?</p>"
        '<label><input type="radio" name="poll" value="1"> Đẹp, dễ sử dụng</label><br>'
        '<label><input type="radio" name="poll" value="2"> Bình thường</label><br>'
        '<button type="button" class="btn btn-xs" onclick="tctPoll()">Bình chọn</button></div>'
        '<div class="panel panel-tct" id="thongke"><div class="panel-heading">Thống kê truy cập</div>'
        "<ul><li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li><li>Tổng truy cập: <b>1.284.305</b></li>"
        "</ul></div></aside>"
    )


def page(title: str, crumbs: list[tuple[str, str | None]], main: str, request: Request,
         canonical: str | None = None, og_title: str | None = None, description: str = "") -> Response:
    crumb_html = "".join(
        (f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>')
        for label, href in crumbs
    )
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{base_url(request)}{canonical}">'
    if og_title:
        head_extra += f'<meta property="og:title" content="{esc(og_title)}">'
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        f'<meta name="description" content="{esc(description)}">'
        '<meta name="generator" content="Mura CMS 7.1">'
        '<link rel="stylesheet" href="/sites/tct/themes/tct2019/assets/bootstrap/css/bootstrap.min.css">'
        '<link rel="stylesheet" href="/sites/tct/themes/tct2019/css/site.css">'
        '<link rel="icon" href="/sites/tct/themes/tct2019/images/favicon.ico">'
        f"{head_extra}</head><body id=\"tct\" class=\"mura-page\">"
        '<div class="topbar"><div class="container"><span class="ngayhientai">'
        f'{HEADER_TODAY}</span><span class="pull-right"><a href="/lien-he/">Liên hệ</a> | '
        '<a href="https://mail.quangngai.gov.vn/" target="_blank">Thư điện tử</a></span></div></div>'
        '<header class="banner"><div class="container"><a href="/" class="logo">'
        '<img src="/sites/tct/themes/tct2019/images/logo-tct.png" alt="Logo"></a>'
        f'<h1 class="site-name">{esc(SITE_NAME)}</h1>'
        '<p class="khau-hieu">Đoàn kết - Kỷ cương - Chất lượng - Hiệu quả</p></div></header>'
        f"{_menu()}"
        f'<div class="container"><ol id="crumbList" class="mura-breadcrumb breadcrumb">{crumb_html}</ol>'
        f'<div class="row"><div class="col-md-8 mura-region-local">{main}</div>{_sidebar()}</div></div>'
        '<footer class="footer"><div class="container"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong></p>'
        "<p>Địa chỉ: 02 Lê Hữu Trác, phường Nghĩa Chánh, thành phố Quảng Ngãi, tỉnh Quảng Ngãi</p>"
        "<p>Điện thoại: 0255.3822.416 - Email: truongchinhtri@quangngai.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh. © 2019 - 2026 Bản quyền thuộc "
        "Trường Chính trị tỉnh Quảng Ngãi. Thiết kế: Công ty TNHH Tin học Sông Trà.</p></div></footer>"
        '<script src="/sites/tct/themes/tct2019/js/jquery.min.js"></script>'
        '<script src="/sites/tct/themes/tct2019/js/lazy.js"></script>'
        "<script>var Mura={siteid:'tct',context:'',indexfileinurls:false};</script>"
        "</body></html>"
    )
    return html(body)


# --- article ---------------------------------------------------------------------------------

def _word(t: str) -> str:
    return f'<span style="font-size:14pt"><span style="font-family:Times New Roman,serif">{t}</span></span>'


def _related_items(ids: list[int]) -> str:
    out = []
    for i in ids:
        r = BY_ID[i]
        out.append(
            f'<li><a href="{url_of(r, "linkserv")}">{esc(r.title)}</a> '
            f'<span class="ngay">({_dt_of(r):%d/%m/%Y})</span></li>'
        )
    return "".join(out)


def render_blocks(s: Story) -> tuple[str, str]:
    """(asset html above the text, the text's html)."""
    asset = ""
    out: list[str] = []
    group: list[str] = []
    group_kind = ""
    enc = s.opts.get("entities", 0)

    def t(value: str) -> str:
        v = esc(value)
        if enc:
            v = entity_mix(v, enc)
        if s.opts.get("word"):
            v = _word(v)
        return v

    def flush() -> None:
        nonlocal group, group_kind
        if not group:
            return
        if group_kind == "li":
            out.append("<ul>" + "".join(group) + "</ul>")
        elif group_kind == "oli":
            out.append('<ol style="list-style-type:lower-alpha">' + "".join(group) + "</ol>")
        elif group_kind == "tr":
            out.append('<table class="table table-bordered" border="1" cellpadding="3"><tbody>'
                       + "".join(group) + "</tbody></table>")
        elif group_kind == "br":
            out.append('<div style="text-align:justify">' + "<br>\n".join(group) + "</div>")
        group, group_kind = [], ""

    for b in s.blocks:
        if isinstance(b, P):
            kind = b.style if b.style in ("li", "oli", "tr", "br") else ""
            if kind != group_kind:
                flush()
            if kind in ("li", "oli"):
                group_kind = kind
                group.append(f"<li>{t(b.text)}</li>")
                continue
            if kind == "tr":
                group_kind = kind
                cells = b.text.split(" | ")
                tag = "th" if not group else "td"
                group.append("<tr>" + "".join(f"<{tag}>{t(c)}</{tag}>" for c in cells) + "</tr>")
                continue
            if kind == "br":
                group_kind = kind
                group.append(t(b.text))
                continue
            if b.style == "h":
                out.append(f"<h4><strong>{t(b.text)}</strong></h4>")
            elif b.style in ("strong", "strong-h"):
                out.append(f'<p style="text-align:justify"><strong>{t(b.text)}</strong></p>')
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{t(b.text)}</em></p></blockquote>")
            elif b.style == "div":
                out.append(f"<div>{t(b.text)}</div>")
            else:
                out.append(f'<p style="text-align:justify">{t(b.text)}</p>')
            if len(out) % 3 == 0:
                out.append("<p>&nbsp;</p>")
            continue
        flush()
        if isinstance(b, Img):
            if b.style == "asset":
                cap = (f'<div class="mura-asset-caption">{esc(b.printed)}</div>' if b.printed else "")
                asset = f'<div class="mura-asset"><img class="img-responsive" src="{b.src}" alt="">{cap}</div>'
            elif b.style == "table":
                out.append(
                    '<table class="tbl-anh" align="center" border="0" cellpadding="3" cellspacing="0" '
                    'style="width:100%"><tbody>'
                    f'<tr><td style="text-align:center"><img alt="" src="{b.src}" style="width:600px"></td></tr>'
                    f'<tr><td style="text-align:center"><em><span style="font-size:11pt">{esc(b.printed or "")}'
                    "</span></em></td></tr></tbody></table>"
                )
            elif b.style == "fig":
                out.append(
                    f'<figure class="image" style="display:inline-block"><img alt="" src="{b.src}" width="640">'
                    f"<figcaption>{esc(b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "lazy":
                out.append(
                    f'<p style="text-align:center"><img class="lazy" src="{BLANK}" data-src="{b.src}" alt="">'
                    f'<noscript><img src="{b.src}" alt=""></noscript></p>'
                    f'<p style="text-align:center"><em>{esc(b.printed or "")}</em></p>'
                )
            else:
                out.append(f'<p style="text-align:center"><img alt="" src="{b.src}" style="width:100%"></p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
        elif isinstance(b, Raw):
            markup = b.html
            if "{items}" in markup:
                markup = (markup.replace("{items}", _related_items(s.opts["related"]))
                          .replace("{related}", _uuid(900 + s.id)).replace("{inst}", _uuid(950 + s.id)))
            out.append(markup)
    flush()
    return asset, "\n".join(out)


def _comments(s: Story) -> str:
    items = s.opts.get("comments") or []
    if not items:
        return ""
    dls = "".join(
        f'<dl class="mura-comment" id="c{n}"><dt><span class="ten">{esc(name)}</span> '
        f'<span class="date">{esc(when)}</span></dt><dd class="comment"><p>{esc(txt)}</p></dd>'
        '<dd class="reply"><a href="#postcomment">Trả lời</a></dd></dl>'
        for n, (name, when, txt) in enumerate(items, 1)
    )
    return (
        f'<div id="svComments" class="mura-comments"><h3>Ý kiến bạn đọc ({len(items)})</h3>{dls}'
        '<form id="postcomment" method="post" action="#postcomment"><legend>Gửi ý kiến</legend>'
        '<input type="text" name="name" placeholder="Họ tên"><input type="text" name="email" placeholder="Email">'
        '<textarea name="comments"></textarea><button type="submit">Gửi</button></form></div>'
    )


def article_page(s: Story, request: Request) -> Response:
    asset, body = render_blocks(s)
    meta: list[str] = []
    pd = printed_date(s)
    if s.opts.get("template") != "congvan":
        if pd:
            meta.append(f'<li class="mura-release-date"><i class="fa fa-calendar"></i> Ngày đăng: {pd}</li>')
        if s.opts.get("updated"):
            meta.append(f'<li class="mura-last-update">Cập nhật: {s.opts["updated"]}</li>')
        if s.opts.get("credits"):
            meta.append(f'<li class="mura-credits">Tác giả: {esc(s.opts["credits"])}</li>')
        if s.opts.get("poster"):
            meta.append(f'<li class="mura-poster">Người đăng: {esc(s.opts["poster"])}</li>')
        meta.append(f'<li class="luotxem">Lượt xem: {s.views()}</li>')
    meta_html = f'<ul class="mura-meta list-inline">{"".join(meta)}</ul>' if meta else ""
    summary = ""
    if s.summary and s.sapo_outside:
        summary = f'<div class="mura-summary summary"><p><strong>{esc(s.summary)}</strong></p></div>'
    cats = []
    if s.opts.get("flag"):
        cats.append(f'<a href="/tin-tuc/?categoryid={CATEGORY_IDS[FLAG]}">{FLAG}</a>')
    cats.append(f'<a href="/tin-tuc/?categoryid={CATEGORY_IDS[s.cat]}">{esc(s.cat)}</a>')
    others = [o for o in STORIES if o.cat == s.cat and o.id != s.id][:4]
    others_html = "".join(
        f'<li><a href="{url_of(o)}">{esc(o.opts["menu"])}</a> <span class="ngay">({_dt_of(o):%d/%m/%Y})</span></li>'
        for o in others
    )
    main = (
        f'<article class="mura-content chitiet-bv" id="bv-{_uuid(s.id)}">'
        f'<h2 class="pageTitle tieude-bv">{esc(s.title)}</h2>{meta_html}'
        '<div class="congcu"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{url_of(s)}" target="_blank">'
        '<img src="/sites/tct/themes/tct2019/images/share-fb.png" alt="Chia sẻ"></a></div>'
        f'{asset}{summary}<div class="mura-body noidung-bv" id="ndct">{body}</div>'
        f'<div class="mura-categories">Chuyên mục: {", ".join(cats)}</div>'
        f"{_comments(s)}"
        f'<div class="mura-object tinkhac"><h3 class="tieude-khoi">Các tin khác</h3><ul>{others_html}</ul></div>'
        "</article>"
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (s.opts["menu"], None)]
    return page(s.opts["htitle"], crumbs, main, request, canonical=url_of(s), og_title=s.opts["htitle"],
                description=s.summary or s.opts["menu"])


# --- listings --------------------------------------------------------------------------------

def _excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:140].rsplit(" ", 1)[0] + "..."


def _item_html(item, form: str) -> str:
    if isinstance(item, Story):
        href = url_of(item, form)
        thumb = (f"{CACHE}/{_uuid(item.opts['asset'])}_small.jpg" if item.opts.get("asset")
                 else "/sites/tct/themes/tct2019/images/no-image.jpg")
        date = f"{_dt_of(item):%d/%m/%Y}"
        title, summary, target = item.opts["menu"], _excerpt(item), ""
    else:
        kind, title, when, href, _ = item
        thumb = f"/sites/tct/themes/tct2019/images/{'link' if kind == 'link' else 'file-pdf'}.png"
        date = _dt.datetime.fromisoformat(when).strftime("%d/%m/%Y")
        summary = ("Bài viết đăng trên Báo Quảng Ngãi điện tử." if kind == "link"
                   else "Tệp PDF, 412 KB.")
        target = ' target="_blank"' if kind == "link" else ""
    return (
        '<div class="mura-collection-item col-xs-12 bv-item"><div class="mura-item-content row">'
        f'<div class="col-sm-4"><a class="thumb" href="{href}"{target}><img src="{thumb}" alt=""></a></div>'
        f'<dl class="col-sm-8"><dt class="releaseDate">{date}</dt>'
        f'<dd class="title"><a href="{href}"{target}>{esc(title)}</a></dd>'
        f'<dd class="summary">{esc(summary)}</dd>'
        f'<dd class="readMore"><a href="{href}"{target}>Xem tiếp &raquo;</a></dd></dl></div></div>'
    )


def listing_page(request: Request, cat: str | None, startrow: int, prefix: str) -> Response | None:
    items = _folder_items(cat)
    if startrow < 1 or (startrow - 1) % PAGE_SIZE or startrow > len(items):
        return None
    # the folder's own pager and the pages it reaches print the index.cfm form
    form = "index" if (cat is None and (startrow > 1 or prefix)) else "pretty"
    chunk = items[startrow - 1:startrow - 1 + PAGE_SIZE]
    pages = (len(items) + PAGE_SIZE - 1) // PAGE_SIZE
    cur = (startrow - 1) // PAGE_SIZE + 1

    def link(n: int) -> str:
        row = (n - 1) * PAGE_SIZE + 1
        if n == 1:
            return "/tin-tuc/" if cat is None else f"/tin-tuc/?categoryid={CATEGORY_IDS[cat]}"
        if cat is None:
            return f"/index.cfm/tin-tuc/?startrow={row}"
        return f"/tin-tuc/?categoryid={CATEGORY_IDS[cat]}&startrow={row}"

    nav = ""
    if pages > 1:
        lis = []
        if cur > 1:
            lis.append(f'<li class="navPrev"><a href="{link(cur - 1)}">&laquo; Trang trước</a></li>')
        for n in range(1, pages + 1):
            cls = ' class="active"' if n == cur else ""
            lis.append(f'<li{cls}><a href="{link(n)}">{n}</a></li>')
        if cur < pages:
            lis.append(f'<li class="navNext"><a href="{link(cur + 1)}">Trang sau &raquo;</a></li>')
        nav = (f'<nav class="mura-next-n"><p class="moreResults">Trang {cur} / {pages} '
               f'({len(items)} mục)</p><ul class="pagination">{"".join(lis)}</ul></nav>')
    heading = cat or "Tin tức"
    main = (
        f'<div class="mura-object" data-object="folder"><h2 class="pageTitle">{esc(heading)}</h2>'
        f'<div class="mura-collection row">{"".join(_item_html(i, form) for i in chunk)}</div>{nav}</div>'
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/" if cat else None)]
    if cat:
        crumbs.append((cat, None))
    return page(f"{heading} - {SITE_NAME}", crumbs, main, request)


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{url_of(s, "linkserv")}">'
        f'<img src="{CACHE}/{_uuid(s.opts["asset"])}_medium.jpg" alt=""></a>'
        f'<div class="carousel-caption"><a href="{url_of(s, "linkserv")}">{esc(s.opts["menu"])}</a></div></div>'
        for n, s in enumerate(x for x in STORIES if x.opts.get("flag"))
    )
    latest = "".join(_item_html(s, "pretty") for s in sorted(STORIES, key=_sort_key, reverse=True)[:4])
    main = (
        f'<div id="slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>'
        f'<div class="mura-object" data-object="collection"><h3 class="tieude-khoi"><a href="/tin-tuc/">Tin mới</a></h3>'
        f'<div class="mura-collection row">{latest}</div>'
        '<p class="text-right"><a href="/tin-tuc/">Xem tất cả &raquo;</a></p></div>'
    )
    return page(f"Trang chủ - {SITE_NAME}", [("Trang chủ", None)], main, request)


# --- static pages ----------------------------------------------------------------------------

STATIC_PAGES = {
    "/gioi-thieu/": ("Giới thiệu", [
        "Trường Chính trị tỉnh Quảng Ngãi là cơ sở đào tạo, bồi dưỡng cán bộ của Tỉnh ủy, UBND tỉnh.",
        '<ul><li><a href="/gioi-thieu/lich-su-hinh-thanh/">Lịch sử hình thành</a></li>'
        '<li><a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li>'
        '<li><a href="/gioi-thieu/chuc-nang-nhiem-vu/">Chức năng, nhiệm vụ</a></li></ul>',
    ]),
    "/gioi-thieu/lich-su-hinh-thanh/": ("Lịch sử hình thành", [
        "Tiền thân của Trường là Trường Đảng tỉnh Quảng Ngãi, thành lập năm 1949.",
        "Năm 1989, sau khi tái lập tỉnh, Trường được thành lập lại với tên gọi Trường Chính trị tỉnh.",
    ]),
    "/gioi-thieu/co-cau-to-chuc/": ("Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các phòng: Tổ chức - Hành chính; Quản lý đào tạo và Nghiên cứu khoa học.",
        "Các khoa: Xây dựng Đảng; Lý luận cơ sở; Nhà nước và pháp luật; Dân vận.",
    ]),
    "/gioi-thieu/chuc-nang-nhiem-vu/": ("Chức năng, nhiệm vụ", [
        "Trường có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ.",
        "Tổ chức đào tạo trung cấp lý luận chính trị - hành chính và bồi dưỡng cán bộ lãnh đạo, quản lý.",
    ]),
    "/lien-he/": ("Liên hệ", [
        "Trường Chính trị tỉnh Quảng Ngãi - 02 Lê Hữu Trác, phường Nghĩa Chánh, thành phố Quảng Ngãi.",
        "Điện thoại: 0255.3822.416 - Email: truongchinhtri@quangngai.gov.vn",
        '<form method="post" action="/lien-he/"><input name="hoten"><textarea name="noidung"></textarea>'
        "<button>Gửi</button></form>",
    ]),
    "/thu-vien-anh/khai-giang-khoa-75/": ("Album: Lễ khai giảng lớp Trung cấp LLCT - HC khóa 75", [
        f'<div class="mura-gallery"><a href="{IMG}/12/album-k75-1.jpg"><img src="{IMG}/12/album-k75-1-thumb.jpg" '
        f'alt=""></a><a href="{IMG}/12/album-k75-2.jpg"><img src="{IMG}/12/album-k75-2-thumb.jpg" alt=""></a></div>',
        "12 ảnh - Ngày 04/12/2026",
    ]),
}


def static_page(path: str, request: Request) -> Response:
    title, parts = STATIC_PAGES[path]
    body = "".join(p if p.startswith("<") else f"<p>{esc(p)}</p>" for p in parts)
    crumbs = [("Trang chủ", "/")]
    if path.startswith("/gioi-thieu/") and path != "/gioi-thieu/":
        crumbs.append(("Giới thiệu", "/gioi-thieu/"))
    crumbs.append((title, None))
    main = f'<div class="mura-content"><h2 class="pageTitle">{esc(title)}</h2><div class="mura-body">{body}</div></div>'
    return page(f"{title} - {SITE_NAME}", crumbs, main, request)


def search_page(request: Request) -> Response:
    kw = request.params.get("Keywords", "")
    main = (f'<div class="mura-search-results"><h2 class="pageTitle">Kết quả tìm kiếm</h2>'
            f"<p>Không tìm thấy kết quả nào cho từ khóa “{esc(kw)}”.</p></div>")
    return page(f"Tìm kiếm - {SITE_NAME}", [("Trang chủ", "/"), ("Tìm kiếm", None)], main, request)


# --- routing ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^(/index\.cfm)?/tin-tuc/([a-z0-9-]+)(/?)$")
_FILE_IDS = {_uuid(209), _uuid(301)}


class MuraSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith("/sites/tct/"):
            return static_file(path)
        if path == "/tasks/render/file/":
            if params.get("fileID") in _FILE_IDS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path in ("/", "/index.cfm", "/index.cfm/"):
            if "LinkServID" in params:
                s = LINKSERV.get(params["LinkServID"])
                return article_page(s, request) if s else None
            if request.query:
                return None
            return home_page(request) if path == "/" else redirect("/", 301)
        if path in ("/tin-tuc/", "/index.cfm/tin-tuc/"):
            extra = set(params) - {"startrow", "categoryid"}
            if extra:
                return None
            cat = None
            if "categoryid" in params:
                cat = next((c for c, u in CATEGORY_IDS.items() if u == params["categoryid"] and c != FLAG), None)
                if params["categoryid"] == CATEGORY_IDS[FLAG]:
                    return self._flag(request)
                if cat is None:
                    return None
            try:
                startrow = int(params.get("startrow", "1"))
            except ValueError:
                return None
            return listing_page(request, cat, startrow, "/index.cfm" if path.startswith("/index.cfm") else "")
        m = _ARTICLE.match(path)
        if m:
            s = BY_SLUG.get(m.group(2))
            if s is None or request.query:
                return None
            if not m.group(3):
                return redirect(url_of(s, "index" if m.group(1) else "pretty"), 301)
            return article_page(s, request)
        if path in STATIC_PAGES:
            return static_page(path, request)
        if path == "/tim-kiem/":
            return search_page(request)
        return None

    def _flag(self, request: Request) -> Response:
        items = "".join(_item_html(s, "pretty") for s in STORIES if s.opts.get("flag"))
        main = (f'<div class="mura-object"><h2 class="pageTitle">{FLAG}</h2>'
                f'<div class="mura-collection row">{items}</div></div>')
        return page(f"{FLAG} - {SITE_NAME}", [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (FLAG, None)],
                    main, request)


def build_site() -> MuraSite:
    return MuraSite()


def _gold(s: Story) -> dict:
    return gold_record(
        s,
        url_of(s),
        s.cat,
        canonical_path=url_of(s),
        alt_paths=[url_of(s, "index"), url_of(s, "linkserv")],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/lich-su-hinh-thanh/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/gioi-thieu/chuc-nang-nhiem-vu/",
    "/lien-he/",
    "/thu-vien-anh/khai-giang-khoa-75/",
]
