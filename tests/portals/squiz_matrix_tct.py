"""Squiz Matrix portal of a provincial political school (Trường Chính trị tỉnh Tuyên Quang).

Platform
--------
Squiz Matrix 5.x, bought with the province's e-government aid package; the design and the
content templates were built by a local vendor. Every page ends with Matrix's "Running Squiz
Matrix" comment, prints ``<meta name="generator" content="Squiz Matrix">`` and the DCTERMS
metadata schema of the asset. Links are printed absolute (``%asset_url%`` carries the host),
except where editors typed them into the WYSIWYG editor.

URL scheme
----------
- ``/``                                      home (asset 10280)
- ``/tin-tuc/<slug>``                        every news item and research article (the folder
                                             "Tin tức" holds them all; the sections are asset
                                             listings that pick them by metadata)
- ``/?a=<assetid>``                          any asset by its id, served in full (no redirect);
                                             ``<dir>/?a=<assetid>`` likewise (``./?a=`` links)
- ``/<asset-url>/_nocache``                  the same asset, bypassing Matrix's cache
- ``/<asset-url>?SQ_DESIGN_NAME=print``      the print design ("In bài")
- ``/tin-hoat-dong``, ``/dao-tao-boi-duong``, ``/thong-bao``, ``/nghien-cuu-trao-doi``
                                             asset listings, paged by
                                             ``?result_<listing-assetid>_result_page=<n>``
- ``/nghien-cuu-trao-doi/<slug>``            second URL of an article linked under that parent too
- ``/gioi-thieu/…``, ``/lien-he``            standard pages; ``/van-ban``, ``/van-ban/<slug>``
                                             document entries; ``/thu-vien-anh``, ``/thu-vien-anh/<slug>``
                                             photo albums; ``/video/<slug>`` a video page
- ``/tim-kiem?queries_keyword_query=…``      Matrix search page (GET form in the header)
- ``/__data/assets/<type>/<00nn>/<assetid>/<file>``  images, files; ``…/varieties/thumb.jpg``
                                             listing thumbnails

Page templates
--------------
- design "tct_2016": header (today's date, search form, logo in an ``<h1>``), smooth-menu with
  drop-downs, breadcrumb ``#duong_dan``, main column ``#cot_giua``, right column ``#cot_phai``
  (hand-made notice portlet in a ``<marquee>``, "Đọc nhiều nhất", poll, web-link select, video,
  photo album, visitor counter), footer.
- news item template (``div.nd_tin``): ``<h1 class="td_tin">`` headline, "Ngày đăng: dd/mm/yyyy
  HH:MM | Cập nhật lần cuối: …" line, tool bar, optional sapo ``div.tt_tin``, bodycopy
  ``#bodycopy_<id> > #content_div_<id>``, then key words, share links, "Người đăng: <account>",
  the "Ý kiến bạn đọc" custom form and "Tin mới cập nhật".
- research template (``div.nc_baiviet``, built by another vendor): headline in an ``<h2>``, author
  block on top (degree, name, post), "Ngày đăng: 01 Dec 2026" in Matrix's default date format,
  optional sapo ``div.nc_tomtat``, Word-pasted bodycopy with footnotes, "Bài viết khác".
- print design: bare page, no menus, no canonical; "Địa chỉ bài viết" printed as text.
- listings: a table of rows (thumbnail, title, creation date, teaser) and a pager
  "Trang: 1 2 Sau »" of ``?result_<id>_result_page=<n>`` links.

How each gold article is reached
--------------------------------
- Tin hoạt động (listing 10311, 3 a page): A1-A3 on page 1 (A1-A3 also on the home page);
  A4 and A5 only on ``?result_10311_result_page=2``.
- Đào tạo - Bồi dưỡng (listing 10315): A6, A7 (both on the home page too).
- Thông báo (listing 10318): A8 (also the home slider as ``/?a=10487`` and the notice portlet),
  A9 (the notice portlet links its old URL, which Matrix's remap manager answers with a 301).
- Nghiên cứu - Trao đổi (listing 10322, 3 a page): A10 (printed as
  ``/nghien-cuu-trao-doi/<slug>``, also home slider ``/?a=10485``), A11, A12 on page 1; A13 only on
  ``?result_10322_result_page=2``. A12's text links A11 as ``./?a=10474``.

Traps
-----
1. Asset-id twins: the home slider links ``/?a=10482``, ``/?a=10485``, ``/?a=10487``; A12's text
   has an editor-typed ``./?a=10474`` that resolves to ``/tin-tuc/?a=10474``. Matrix serves the
   full article there with 200 (canonical link to the real URL). Gold: one record per article at
   ``/tin-tuc/<slug>``; the id URLs are in ``alt_paths``.
2. Print and no-cache twins: every article's tool bar links ``?SQ_DESIGN_NAME=print`` (no chrome,
   no canonical), and editors paste ``…/_nocache`` URLs copied while logged in ("Xem thêm" lines of
   A7 and A11). Gold: ``alt_paths`` of the article they show.
3. Double-linked asset: A10 is linked under the research folder too, and that listing prints
   its second URL ``/nghien-cuu-trao-doi/<slug>``. Gold: one record, that URL in ``alt_paths``.
4. Remap manager: the hand-made notice portlet in the sidebar still links A9's first URL (wrong
   year in its slug); it answers 301 to the new URL. Gold: path is the new URL, the old in
   ``alt_paths``.
5. Listings: articles on page 2 only (A4, A5, A13); listing rows print the asset's *creation*
   date and an editor-written teaser that the article page does not print (A2's teaser is also
   its meta description). Gold: dates and sapo from the article page; A2 summary null.
6. The ``<title>``, ``og:title`` and ``DC.title`` carry Matrix's *short name* ("Khai giảng lớp
   TCLLCT K112"), the logo is an ``<h1>`` with the school's name, and the research template puts
   the headline in an ``<h2>``. Gold: the headline as printed in the article.
7. Dates: ``DCTERMS.created`` meta (a day earlier, with a time) and "Cập nhật lần cuối" are not
   the publication date; A4 prints "06/11/2026 00:00" (day only); the research template prints
   "01 Dec 2026" (day only); the notice A8 is posted "01/12/2026 08:20" but its letterhead says
   "ngày 30 tháng 11 năm 2026" (gold 2026-11-30).
8. Bylines in five shapes: "Tin, ảnh: Minh Tuấn (Phòng QLĐT&NCKH)" -> both lists ["Minh Tuấn"];
   "Tin: Hoàng Anh - Ảnh: Minh Đức"; a unit alone right-aligned ("Khoa Lý luận cơ sở",
   "Phòng Quản lý đào tạo"); "Người viết: Đ/c Nông Văn Sơn, Bí thư Chi bộ" -> "Nông Văn Sơn";
   research authors on top with degrees and posts ("TS. Lê Văn Hùng - Trưởng khoa …", two of
   them in A11). "Người đăng: tct.bientap" under every news item is a CMS account: nobody.
9. Word footnotes: A10's calls are "[1]" inside ``MsoFootnoteReference`` anchors (kept in the
   sentence) and its "Tài liệu tham khảo" notes are body; A11's calls are bare ``<sup>1</sup>``
   after a quote (dropped: "…xã hội”." not "…xã hội”.1") and its "Chú thích" notes are body.
10. Captions: in a layout table under the photo (A1, A6) — a table that is not a text table;
    "(Quang cảnh hội thảo)" -> parentheses off; "Ảnh: Minh Đức" under a photo is a credit
    (caption None, photographer); a photo with only ``alt="IMG_4471.JPG"`` has no caption.
11. Chrome inside the content column: key words, share links, "Ý kiến bạn đọc" form, "Tin mới
    cập nhật"/"Bài viết khác" with dates, "Xem thêm: <link>" lines, the attachment line of A9,
    A8's letterhead table, "THÔNG BÁO" heading, "Nơi nhận" and signature table — none is body.
    Word list markers (``mso-list:Ignore``, A11) are no text; A5's typed "- " items are.
12. Encoding: A5 was pasted from the old Matrix 3 site whose editor wrote every second
    non-ASCII character as an HTML entity (``&#7889;``, ``&agrave;``). Gold: plain NFC text.

Gold decisions on ambiguous points
----------------------------------
- ``path`` and ``canonical_path`` are the ``/tin-tuc/<slug>`` URL (Matrix's primary URL, the one
  in ``<link rel="canonical">``); every twin the site serves for the article is in ``alt_paths``.
- ``category`` is the last breadcrumb section before the article ("Tin hoạt động",
  "Đào tạo - Bồi dưỡng", "Thông báo", "Nghiên cứu - Trao đổi"), not "Tin tức - Sự kiện".
- A table row's header row ("Giải | Họ và tên | Đơn vị") is a paragraph like any row.
- A10's sapo is printed in its own ``div.nc_tomtat``: summary and first body paragraph. A1's bold
  lead paragraph is its sapo. A3's sapo is in ``div.tt_tin``. The others have none (null).
- "Theo Báo Tuyên Quang" closing A6 is its source; "Nguồn: Tạp chí Lý luận chính trị" A13's.
- A8's author is the signer Nguyễn Văn Thắng; the school's name in the letterhead is not.
- Section headings typed as bold paragraphs or ``<h3>`` (research articles, A9) are paragraphs;
  "Tài liệu tham khảo" and "Chú thích" headings too.
- Album, video, document entry, intro and contact pages are non-articles even where they print
  a date (album, video, document).
"""

from __future__ import annotations

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

NAME = "squiz_matrix_tct"
PLATFORM = "Squiz Matrix"
START_PATH = "/"

TODAY_VN = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Chính trị tỉnh Tuyên Quang"

# section key -> (printed name, listing asset id, rows per page)
SECTIONS: dict[str, tuple[str, int, int]] = {
    "tin-hoat-dong": ("Tin hoạt động", 10311, 3),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", 10315, 5),
    "thong-bao": ("Thông báo", 10318, 5),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", 10322, 3),
}


def _img(folder: str, asset: int, name: str) -> str:
    return f"/__data/assets/image/{folder}/{asset}/{name}"


# --- the articles ------------------------------------------------------------------------------

A1 = Story(
    id=10482,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-k112",
    title="Khai giảng lớp Trung cấp lý luận chính trị K112 hệ không tập trung",
    cat="tin-hoat-dong",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Chiều ngày 03/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung "
        "cấp lý luận chính trị K112 hệ không tập trung cho 86 học viên là cán bộ, công chức, viên "
        "chức đang công tác tại các xã, phường và các cơ quan, đơn vị trên địa bàn tỉnh."
    ),
    blocks=[
        P(
            "Chiều ngày 03/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung "
            "cấp lý luận chính trị K112 hệ không tập trung cho 86 học viên là cán bộ, công chức, viên "
            "chức đang công tác tại các xã, phường và các cơ quan, đơn vị trên địa bàn tỉnh.",
            "lead",
        ),
        P(
            "Dự lễ khai giảng có đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng Nhà trường; lãnh đạo các "
            "khoa, phòng chuyên môn và đại diện Ban Tổ chức Đảng ủy phường Minh Xuân."
        ),
        Img(
            _img("0021", 10491, "khai-giang-k112-1.jpg"),
            "Đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "tbl",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: lớp học được mở theo Kế hoạch "
            "đào tạo năm 2026 của Ban Thường vụ Tỉnh ủy, nhằm trang bị cho học viên hệ thống kiến thức "
            "cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, quan điểm, đường lối của Đảng, "
            "chính sách, pháp luật của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở."
        ),
        P(
            "Đồng chí đề nghị học viên nghiêm túc chấp hành quy chế đào tạo, bố trí thời gian hợp lý "
            "giữa công tác và học tập; tích cực nghiên cứu tài liệu, liên hệ thực tiễn địa phương, đơn "
            "vị để vận dụng kiến thức vào thực hiện nhiệm vụ chính trị được giao."
        ),
        Img(
            _img("0022", 10492, "khai-giang-k112-2.jpg"),
            "Các học viên lớp Trung cấp lý luận chính trị K112 tại buổi lễ",
            "Các học viên lớp Trung cấp lý luận chính trị K112 tại buổi lễ",
            "tbl",
        ),
        P(
            "Theo kế hoạch, lớp học được tổ chức trong thời gian 8 tháng với 3 phần học, 19 học phần; "
            "học viên học tập vào các ngày thứ Sáu, thứ Bảy và Chủ nhật hằng tuần tại cơ sở 1 của "
            "Nhà trường."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin, ảnh: Minh Tuấn (Phòng QLĐT&amp;NCKH)'
            "</strong></p>"
        ),
    ],
    authors=["Minh Tuấn"],
    photographers=["Minh Tuấn"],
    opts={
        "short": "Khai giảng lớp TCLLCT K112",
        "posted": "03/12/2026 14:30",
        "updated": "04/12/2026 08:05",
        "created": "2026-12-02T16:47:12",
        "thumb": _img("0021", 10491, "varieties/thumb.jpg"),
        "tags": ["khai giảng", "trung cấp lý luận chính trị"],
    },
)

A2 = Story(
    id=10479,
    slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-boi-duong-can-bo-cap-xa",
    title=(
        "Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ cấp xã sau sắp xếp đơn vị "
        "hành chính”"
    ),
    cat="tin-hoat-dong",
    published_at="2026-11-27T08:15:00+07:00",
    blocks=[
        P(
            "Sáng ngày 27/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học cấp "
            "trường với chủ đề “Nâng cao chất lượng bồi dưỡng cán bộ cấp xã sau sắp xếp đơn vị hành "
            "chính”. Đồng chí Hoàng Thị Thu Trang, Hiệu trưởng Nhà trường chủ trì hội thảo."
        ),
        Img(_img("0027", 10497, "hoi-thao-1.jpg"), "Ảnh: Minh Đức", None, "pem"),
        P(
            "Hội thảo nhận được 24 tham luận của các nhà khoa học, giảng viên Nhà trường, cán bộ Ban "
            "Tổ chức Tỉnh ủy, Sở Nội vụ và lãnh đạo một số xã, phường trong tỉnh. Các ý kiến tập trung "
            "làm rõ thực trạng đội ngũ cán bộ cấp xã sau khi thực hiện mô hình chính quyền địa phương "
            "hai cấp; những yêu cầu mới đặt ra đối với nội dung, chương trình và phương pháp bồi dưỡng."
        ),
        P(
            "Nhiều tham luận đề xuất tăng thời lượng thực hành, xử lý tình huống; xây dựng chuyên đề "
            "bồi dưỡng theo vị trí việc làm; đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số "
            "trong quản lý lớp học và đánh giá kết quả học tập của học viên."
        ),
        Img(_img("0028", 10498, "hoi-thao-2.jpg"), "(Quang cảnh hội thảo)", "Quang cảnh hội thảo", "pem"),
        P(
            "Kết luận hội thảo, đồng chí Hiệu trưởng ghi nhận các ý kiến tâm huyết, có tính thực tiễn "
            "cao; giao Phòng Quản lý đào tạo và các khoa chuyên môn tiếp thu, hoàn thiện kỷ yếu, tham "
            "mưu điều chỉnh chương trình bồi dưỡng năm 2027."
        ),
        Raw(
            '<p style="text-align: right;"><em><strong>Tin: Hoàng Anh - Ảnh: Minh Đức</strong></em></p>'
        ),
    ],
    authors=["Hoàng Anh"],
    photographers=["Minh Đức"],
    opts={
        "short": "Hội thảo khoa học bồi dưỡng cán bộ cấp xã",
        "posted": "27/11/2026 08:15",
        "created": "2026-11-26T17:20:05",
        "teaser": (
            "Sáng 27/11, Nhà trường tổ chức hội thảo khoa học cấp trường với sự tham gia của hơn 60 "
            "đại biểu và 24 tham luận."
        ),
        "thumb": _img("0027", 10497, "varieties/thumb.jpg"),
        "tags": ["hội thảo khoa học", "cán bộ cấp xã"],
    },
)

A3 = Story(
    id=10471,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-11-20T16:05:00+07:00",
    summary=(
        "Từ ngày 17 đến 20/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
        "trường năm 2026 với sự tham gia của 12 giảng viên đến từ 4 khoa chuyên môn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng "
            "viên; tạo môi trường để giảng viên trao đổi, học hỏi kinh nghiệm, đổi mới phương pháp "
            "giảng dạy theo hướng phát huy tính chủ động, sáng tạo của học viên."
        ),
        P(
            "Mỗi giảng viên dự thi thực hiện 2 tiết giảng, gồm 1 bài giảng tự chọn và 1 bài giảng do "
            "Ban Tổ chức bốc thăm, được Ban Giám khảo đánh giá theo các tiêu chí: nội dung khoa học, "
            "phương pháp sư phạm, liên hệ thực tiễn và ứng dụng công nghệ thông tin."
        ),
        Img(
            _img("0031", 10501, "hoi-thi-gvdg-2026.jpg"),
            "Giảng viên Hoàng Thị Ngọc Ánh, Khoa Lý luận cơ sở thể hiện bài giảng tại hội thi",
            "Giảng viên Hoàng Thị Ngọc Ánh, Khoa Lý luận cơ sở thể hiện bài giảng tại hội thi",
            "pem",
        ),
        P("Kết quả, Ban Tổ chức trao giải cho các giảng viên có bài giảng xuất sắc như sau:"),
        P("Giải | Họ và tên | Đơn vị", "trh"),
        P("Nhất | Hoàng Thị Ngọc Ánh | Khoa Lý luận cơ sở", "tr"),
        P("Nhì | Đặng Minh Châu | Khoa Nhà nước và pháp luật", "tr"),
        P("Ba | Ma Thị Thanh Nga | Khoa Xây dựng Đảng", "tr"),
        P(
            "Nhà trường sẽ lựa chọn giảng viên đạt giải cao tham dự Hội thi giảng viên dạy giỏi các "
            "trường chính trị tỉnh, thành phố toàn quốc lần thứ VII dự kiến tổ chức vào năm 2027."
        ),
        Raw('<p style="text-align: right;"><strong>Khoa Lý luận cơ sở</strong></p>'),
    ],
    authors=["Khoa Lý luận cơ sở"],
    opts={
        "short": "Hội thi GVDG cấp trường 2026",
        "posted": "20/11/2026 16:05",
        "updated": "21/11/2026 07:42",
        "created": "2026-11-20T15:31:40",
        "thumb": _img("0031", 10501, "varieties/thumb.jpg"),
        "tags": ["giảng viên dạy giỏi"],
    },
)

A4 = Story(
    id=10463,
    slug="doan-can-bo-giang-vien-nghien-cuu-thuc-te-tai-tinh-cao-bang",
    title="Đoàn cán bộ, giảng viên Nhà trường nghiên cứu thực tế tại tỉnh Cao Bằng",
    cat="tin-hoat-dong",
    published_at="2026-11-06",
    blocks=[
        P(
            "Thực hiện Kế hoạch công tác năm 2026, từ ngày 03 đến ngày 05/11/2026, đoàn công tác gồm "
            "32 cán bộ, giảng viên Trường Chính trị tỉnh Tuyên Quang do đồng chí Nguyễn Văn Thắng, Phó "
            "Hiệu trưởng làm trưởng đoàn đã đi nghiên cứu thực tế tại tỉnh Cao Bằng."
        ),
        P(
            "Tại Trường Chính trị Hoàng Đình Giong, đoàn đã trao đổi kinh nghiệm về công tác tổ chức "
            "lớp học, quản lý học viên, biên soạn tài liệu bồi dưỡng và đổi mới phương pháp giảng dạy "
            "lý luận chính trị gắn với thực tiễn địa phương."
        ),
        Img(_img("0035", 10505, "IMG_4471.JPG"), None, None, "bare"),
        P(
            "Đoàn cũng đã đến dâng hương tại Khu di tích Quốc gia đặc biệt Pác Bó, thăm hang Cốc Bó, "
            "suối Lê-nin, núi Các Mác; tìm hiểu mô hình phát triển kinh tế gắn với du lịch cộng đồng "
            "tại xã Trường Hà."
        ),
        Img(
            _img("0036", 10506, "ntt-cao-bang-2.jpg"),
            "Đoàn công tác dâng hương tại Khu di tích Quốc gia đặc biệt Pác Bó",
            "Đoàn công tác dâng hương tại Khu di tích Quốc gia đặc biệt Pác Bó",
            "pem",
        ),
        P(
            "Chuyến đi thực tế giúp cán bộ, giảng viên bổ sung tư liệu, kinh nghiệm thực tiễn phục vụ "
            "công tác giảng dạy, nghiên cứu khoa học, đồng thời giáo dục truyền thống cách mạng, bồi "
            "đắp lòng yêu nước cho đội ngũ cán bộ của Nhà trường."
        ),
        Raw('<p style="text-align: right;"><em>Thu Hằng</em></p>'),
    ],
    authors=["Thu Hằng"],
    opts={
        "short": "Nghiên cứu thực tế tại Cao Bằng",
        "posted": "06/11/2026 00:00",
        "created": "2026-11-05T20:12:09",
        "thumb": _img("0036", 10506, "varieties/thumb.jpg"),
        "tags": ["nghiên cứu thực tế"],
    },
)

A5 = Story(
    id=10455,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-10-22T09:40:00+07:00",
    blocks=[
        P(
            "Ngày 21/10/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao tinh thần trách nhiệm, phát huy vai trò nêu gương của đảng viên là giảng viên "
            "lý luận chính trị”."
        ),
        P("Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ một số nội dung:"),
        P(
            "- Trách nhiệm của đảng viên trong việc giữ vững lập trường tư tưởng, bảo vệ nền tảng tư "
            "tưởng của Đảng trên không gian mạng;"
        ),
        P("- Nêu gương trong nghiên cứu, cập nhật kiến thức mới, đổi mới phương pháp giảng dạy;", "br"),
        P(
            "- Gương mẫu chấp hành nội quy, quy chế của cơ quan và quy định về những điều đảng viên "
            "không được làm.",
            "br",
        ),
        P(
            "Kết thúc buổi sinh hoạt, Chi bộ thống nhất ban hành kế hoạch thực hiện chuyên đề, trong "
            "đó mỗi đảng viên đăng ký ít nhất một nội dung cụ thể để rèn luyện, tu dưỡng và được đánh "
            "giá khi kiểm điểm cuối năm."
        ),
        Raw(
            '<p style="text-align: right;">Người viết: <strong>Đ/c Nông Văn Sơn</strong>, '
            "Bí thư Chi bộ</p>"
        ),
    ],
    authors=["Nông Văn Sơn"],
    opts={
        "short": "Chi bộ Khoa LLCS sinh hoạt chuyên đề",
        "posted": "22/10/2026 09:40",
        "created": "2026-10-22T09:11:54",
        "entities": 2,
        "tags": ["sinh hoạt chi bộ"],
    },
)

A6 = Story(
    id=10476,
    slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
    title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-25T10:00:00+07:00",
    blocks=[
        P(
            "Sáng 25/11, Bộ Chỉ huy Quân sự tỉnh phối hợp với Trường Chính trị tỉnh tổ chức bế giảng "
            "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        P(
            "Trong thời gian 5 ngày, 135 học viên là trưởng thôn, tổ trưởng tổ dân phố, bí thư chi bộ "
            "và cán bộ đoàn thể ở cơ sở được nghiên cứu, học tập 9 chuyên đề về xây dựng nền quốc phòng "
            "toàn dân, thế trận an ninh nhân dân; công tác dân quân tự vệ; phòng, chống “diễn biến hòa "
            "bình”, bạo loạn lật đổ và một số vấn đề về bảo vệ chủ quyền lãnh thổ, biên giới quốc gia."
        ),
        Img(
            _img("0033", 10503, "be-giang-qpan-dt4.jpg"),
            "Lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên hoàn thành khóa học",
            "Lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên hoàn thành khóa học",
            "tbl",
        ),
        P(
            "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 41 học viên đạt loại giỏi. Ban Tổ "
            "chức đã tặng giấy khen cho 6 học viên có thành tích xuất sắc trong học tập."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Lương Hà</strong></p>\n'
            '<p style="text-align: right;"><em>Theo Báo Tuyên Quang</em></p>'
        ),
    ],
    authors=["Lương Hà"],
    source="Báo Tuyên Quang",
    opts={
        "short": "Bế giảng lớp QP-AN đối tượng 4",
        "posted": "25/11/2026 10:00",
        "created": "2026-11-25T09:48:30",
        "thumb": _img("0033", 10503, "varieties/thumb.jpg"),
        "tags": ["quốc phòng và an ninh"],
    },
)

A7 = Story(
    id=10468,
    slug="khai-giang-lop-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-dot-2",
    title="Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới đợt 2 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-14T07:45:00+07:00",
    blocks=[
        P(
            "Ngày 14/11/2026, Trường Chính trị tỉnh Tuyên Quang phối hợp với Đảng ủy các cơ quan Đảng "
            "tỉnh khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới đợt 2 năm 2026."
        ),
        P(
            "Tham gia lớp học có 74 đảng viên mới thuộc các chi bộ, đảng bộ cơ sở trực thuộc. Trong "
            "thời gian 6 ngày, học viên được nghiên cứu 9 chuyên đề theo chương trình do Ban Tuyên giáo "
            "và Dân vận Trung ương ban hành, gồm những nội dung cơ bản về chủ nghĩa Mác - Lênin, tư "
            "tưởng Hồ Chí Minh, Cương lĩnh, Điều lệ Đảng và nhiệm vụ của đảng viên."
        ),
        P(
            "Kết thúc khóa học, học viên viết bản thu hoạch cá nhân; kết quả là căn cứ để chi bộ xem "
            "xét, đề nghị công nhận đảng viên chính thức."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="{BASE}/tin-tuc/khai-giang-lop-trung-cap-ly-luan-chinh-tri-k112/'
            '_nocache">Khai giảng lớp Trung cấp lý luận chính trị K112 hệ không tập trung</a></em></p>'
        ),
    ],
    opts={
        "short": "Khai giảng lớp đảng viên mới đợt 2",
        "posted": "14/11/2026 07:45",
        "created": "2026-11-13T16:02:11",
        "tags": ["đảng viên mới"],
    },
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody>\n'
    '<tr><td style="text-align: center; width: 45%;">TỈNH ỦY TUYÊN QUANG<br />'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số 215-TB/TCT</td>\n"
    '<td style="text-align: center; vertical-align: top;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u>'
    "</strong><br /><br /><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td></tr>\n"
    "</tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Lịch học lớp Cao cấp lý luận chính trị hệ không tập trung K76.B29 tháng 12/2026"
    "</strong></p>\n<p style=\"text-align: center;\">-----</p>"
)
_SIGNATURE = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>\n'
    '<td style="vertical-align: top; width: 50%;"><p><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Học viện Chính trị khu vực I (b/c);<br />\n- Ban Tổ chức Tỉnh ủy (b/c);<br />\n"
    "- Các cơ quan, đơn vị có học viên;<br />\n- Lưu: VT, QLĐT.</p></td>\n"
    '<td style="text-align: center; vertical-align: top;"><p><strong>KT. HIỆU TRƯỞNG<br />\n'
    "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />\n"
    "<strong>Nguyễn Văn Thắng</strong></p></td>\n</tr></tbody></table>"
)

A8 = Story(
    id=10487,
    slug="thong-bao-lich-hoc-lop-cao-cap-ly-luan-chinh-tri-k76-b29-thang-12-2026",
    title=(
        "Thông báo lịch học lớp Cao cấp lý luận chính trị hệ không tập trung K76.B29 tháng 12/2026"
    ),
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch đào tạo lớp Cao cấp lý luận chính trị hệ không tập trung K76.B29 mở tại "
            "Trường Chính trị tỉnh Tuyên Quang; Trường Chính trị tỉnh thông báo lịch học tháng 12/2026 "
            "của lớp như sau:"
        ),
        P("1. Thời gian, nội dung học tập"),
        P("Thời gian | Học phần | Đơn vị giảng dạy", "trh"),
        P("Từ 07/12 đến 11/12/2026 | Lịch sử Đảng Cộng sản Việt Nam | Học viện Chính trị khu vực I", "tr"),
        P("Từ 14/12 đến 18/12/2026 | Quản lý hành chính nhà nước | Học viện Chính trị khu vực I", "tr"),
        P("Từ 21/12 đến 23/12/2026 | Ôn tập, thi hết học phần | Phòng Quản lý đào tạo", "tr"),
        P(
            "2. Địa điểm: Hội trường A, Trường Chính trị tỉnh Tuyên Quang (số 12, đường Kim Bình, "
            "phường Minh Xuân, tỉnh Tuyên Quang)."
        ),
        P(
            "3. Học viên có mặt trước 7 giờ 15 phút ngày 07/12/2026; thực hiện nghiêm quy chế học viên "
            "và quy định về trang phục khi lên lớp."
        ),
        P(
            "Trường Chính trị tỉnh thông báo để các cơ quan, đơn vị có học viên biết, tạo điều kiện cho "
            "học viên tham gia học tập đầy đủ./."
        ),
        Raw(_SIGNATURE),
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={
        "short": "TB lịch học lớp CCLLCT K76.B29 tháng 12",
        "posted": "01/12/2026 08:20",
        "created": "2026-11-30T17:02:44",
        "tags": ["cao cấp lý luận chính trị", "lịch học"],
    },
)

A9 = Story(
    id=10459,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
    cat="thong-bao",
    published_at="2026-10-30T15:00:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường "
            "Chính trị tỉnh Tuyên Quang thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không "
            "tập trung năm 2027, cụ thể như sau:"
        ),
        P("1. Đối tượng", "h"),
        P(
            "Cán bộ, công chức, viên chức trong hệ thống chính trị ở cấp tỉnh và cấp xã; cán bộ lãnh "
            "đạo, quản lý ở các doanh nghiệp nhà nước, đơn vị sự nghiệp công lập được quy hoạch hoặc bổ "
            "nhiệm vào chức vụ lãnh đạo, quản lý."
        ),
        P("2. Hồ sơ dự tuyển", "h"),
        P("Quyết định cử đi học của cấp có thẩm quyền;", "li"),
        P("Bản sao bằng tốt nghiệp trung học phổ thông và bằng chuyên môn (có chứng thực);", "li"),
        P("Giấy chứng nhận đủ sức khỏe học tập do cơ sở y tế có thẩm quyền cấp;", "li"),
        P("Phiếu đăng ký dự tuyển theo mẫu của Nhà trường.", "li"),
        P("3. Thời gian nhận hồ sơ", "h"),
        P(
            "Từ ngày 02/11/2026 đến hết ngày 15/12/2026 (trong giờ hành chính) tại Phòng Quản lý đào "
            "tạo, Trường Chính trị tỉnh Tuyên Quang. Điện thoại liên hệ: 0207.3822.468."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng Quản lý đào tạo</strong></p>'),
        Raw(
            '<p class="dinh_kem"><img src="/__data/assets/image/0008/10208/icon-doc.gif" alt="" '
            'width="16" height="16" /> Tệp đính kèm: <a href="/__data/assets/word_doc/0029/10529/'
            'Mau-phieu-dang-ky-TCLLCT-2027.doc">Mau-phieu-dang-ky-TCLLCT-2027.doc</a> (48 KB)</p>'
        ),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={
        "short": "Tuyển sinh TCLLCT năm 2027",
        "posted": "30/10/2026 15:00",
        "updated": "02/11/2026 10:26",
        "created": "2026-10-30T14:40:18",
        "old_slug": "thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-nam-2026",
        "tags": ["tuyển sinh"],
    },
)

A10 = Story(
    id=10485,
    slug="nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
    title=(
        "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương trong giai "
        "đoạn hiện nay"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-12-01",
    summary=(
        "Giảng dạy lý luận chính trị gắn với thực tiễn địa phương là yêu cầu có tính nguyên tắc, góp "
        "phần nâng cao chất lượng đào tạo, bồi dưỡng cán bộ. Bài viết làm rõ thực trạng và đề xuất "
        "một số giải pháp đối với Trường Chính trị tỉnh Tuyên Quang hiện nay."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Yêu cầu gắn lý luận với thực tiễn trong giảng dạy lý luận chính trị", "h"),
        P(
            "Thống nhất giữa lý luận và thực tiễn là nguyên tắc cơ bản của chủ nghĩa Mác - Lênin. Chủ "
            "tịch Hồ Chí Minh khẳng định: “Lý luận mà không liên hệ với thực tiễn là lý luận suông”.[1]",
            "fn",
        ),
        P(
            "Quy định số 09-QĐ/TW ngày 13/11/2019 của Ban Bí thư về trường chính trị chuẩn xác định "
            "nội dung giảng dạy phải gắn với thực tiễn địa phương, cơ sở.[2] Đây là căn cứ để các "
            "trường chính trị tỉnh đổi mới nội dung, chương trình và phương pháp giảng dạy.",
            "fn",
        ),
        P("2. Thực trạng", "h"),
        P(
            "Những năm qua, đội ngũ giảng viên Nhà trường đã chú trọng cập nhật tình hình kinh tế - xã "
            "hội, quốc phòng - an ninh của tỉnh vào bài giảng; nhiều bài giảng sử dụng số liệu, mô hình, "
            "điển hình tiên tiến của địa phương. Tuy nhiên, việc liên hệ thực tiễn ở một số bài giảng "
            "còn chung chung, thiếu tính cập nhật; tư liệu thực tiễn chưa được hệ thống hóa thành cơ sở "
            "dữ liệu dùng chung."
        ),
        P("3. Một số giải pháp", "h"),
        P(
            "Thứ nhất, xây dựng bộ tư liệu thực tiễn địa phương theo từng học phần, được cập nhật định "
            "kỳ hằng năm."
        ),
        P(
            "Thứ hai, tăng cường đi nghiên cứu thực tế, tham gia cấp ủy, chính quyền cơ sở của giảng "
            "viên theo Quy định số 09-QĐ/TW."
        ),
        P(
            "Thứ ba, đổi mới phương pháp giảng dạy theo hướng tăng thảo luận, xử lý tình huống thực "
            "tiễn; mời cán bộ lãnh đạo, quản lý của tỉnh tham gia báo cáo chuyên đề."
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.8, tr.496.",
            "fnnote",
        ),
        P("[2] Ban Bí thư: Quy định số 09-QĐ/TW ngày 13/11/2019 về trường chính trị chuẩn.", "fnnote"),
    ],
    authors=["Nguyễn Thị Hồng Vân"],
    opts={
        "short": "Giảng dạy LLCT gắn với thực tiễn địa phương",
        "posted": "01 Dec 2026",
        "created": "2026-11-30T21:10:03",
        "top": [("ThS. Nguyễn Thị Hồng Vân", "Giảng viên Khoa Xây dựng Đảng")],
        "also": "/nghien-cuu-trao-doi/nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
    },
)

A11 = Story(
    id=10474,
    slug="phat-huy-vai-tro-mat-tran-to-quoc-trong-giam-sat-va-phan-bien-xa-hoi-o-co-so",
    title=(
        "Một số giải pháp phát huy vai trò của Mặt trận Tổ quốc Việt Nam trong giám sát và phản "
        "biện xã hội ở cơ sở"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-24",
    blocks=[
        P(
            "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng xác định: “Nâng cao chất lượng, "
            "hiệu quả hoạt động giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ "
            "chức chính trị - xã hội”.",
            "sup|”.|1",
        ),
        P(
            "Hiến pháp năm 2013 và Luật Mặt trận Tổ quốc Việt Nam năm 2015 đã thể chế hóa chức năng "
            "giám sát, phản biện xã hội của Mặt trận; Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành "
            "quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính "
            "trị - xã hội.",
            "sup|Bộ Chính trị|2",
        ),
        P(
            "Trên địa bàn tỉnh Tuyên Quang, hoạt động giám sát của Mặt trận ở cơ sở từng bước đi vào "
            "nền nếp, tập trung vào những vấn đề nhân dân quan tâm như quản lý đất đai, xây dựng nông "
            "thôn mới, thực hiện chính sách an sinh xã hội. Tuy vậy, hoạt động phản biện xã hội ở cấp "
            "xã còn ít, chất lượng chưa cao."
        ),
        P(
            "Để phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cơ sở thời "
            "gian tới, cần thực hiện tốt một số giải pháp sau:"
        ),
        P(
            "Nâng cao nhận thức của cấp ủy, chính quyền cơ sở về vị trí, vai trò của giám sát và phản "
            "biện xã hội;",
            "mso",
        ),
        P(
            "Kiện toàn, bồi dưỡng đội ngũ cán bộ Mặt trận cấp xã có đủ năng lực thực hiện giám sát, "
            "phản biện;",
            "mso",
        ),
        P("Phát huy vai trò của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng;", "mso"),
        P(
            "Thực hiện nghiêm cơ chế tiếp thu, phản hồi kiến nghị sau giám sát, phản biện của Mặt trận.",
            "mso",
        ),
        P("Chú thích", "h"),
        P(
            "1. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính "
            "trị quốc gia Sự thật, Hà Nội, 2021, t.I, tr.174.",
            "backref|1",
        ),
        P("2. Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.", "backref|2"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{BASE}/tin-tuc/nang-cao-chat-luong-giang-day-ly-'
            'luan-chinh-tri-gan-voi-thuc-tien-dia-phuong/_nocache">Nâng cao chất lượng giảng dạy lý '
            "luận chính trị gắn với thực tiễn địa phương</a></p>"
        ),
    ],
    authors=["Lê Văn Hùng", "Trần Thị Mai"],
    opts={
        "short": "Vai trò giám sát, phản biện của MTTQ ở cơ sở",
        "posted": "24 Nov 2026",
        "created": "2026-11-23T22:41:27",
        "top": [
            ("TS. Lê Văn Hùng", "Trưởng khoa Nhà nước và pháp luật"),
            ("ThS. Trần Thị Mai", "Giảng viên Khoa Dân vận"),
        ],
    },
)

A12 = Story(
    id=10466,
    slug="hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh-ve-tu-phe-binh-va-phe-binh",
    title=(
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tự phê bình và phê bình"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-10",
    blocks=[
        P(
            "Tự phê bình và phê bình là quy luật phát triển của Đảng, là vũ khí sắc bén để rèn luyện "
            "đảng viên. Trong tác phẩm “Sửa đổi lối làm việc” (năm 1947), Chủ tịch Hồ Chí Minh đã dành "
            "nhiều trang viết về vấn đề này."
        ),
        P(
            "“Một Đảng mà giấu giếm khuyết điểm của mình là một Đảng hỏng. Một Đảng có gan thừa nhận "
            "khuyết điểm của mình, vạch rõ những cái đó, vì đâu mà có khuyết điểm đó, xét rõ hoàn cảnh "
            "sinh ra khuyết điểm đó, rồi tìm kiếm mọi cách để sửa chữa khuyết điểm đó. Như thế là một "
            "Đảng tiến bộ, mạnh dạn, chắc chắn, chân chính.”",
            "quote",
        ),
        P(
            "Theo Người, tự phê bình và phê bình phải được tiến hành thường xuyên, “như người ta rửa "
            "mặt hằng ngày”; phải thật thà, khách quan, có lý, có tình, tránh lối “đao to búa lớn” "
            "hoặc nể nang, né tránh."
        ),
        P(
            "Vận dụng lời dạy của Người, thời gian qua các chi bộ trong Đảng bộ Nhà trường đã chú trọng "
            "nâng cao chất lượng sinh hoạt, trong đó có nội dung tự phê bình và phê bình. Những vấn đề "
            "về phát huy dân chủ ở cơ sở đã được trao đổi trong bài viết về vai trò giám sát, phản biện "
            "xã hội của Mặt trận Tổ quốc đăng trên chuyên mục này."
        ),
        P(
            "Mỗi cán bộ, đảng viên cần thường xuyên tự soi, tự sửa; tiếp thu phê bình với thái độ cầu "
            "thị, coi đó là trách nhiệm và là yêu cầu tự thân để hoàn thiện bản thân, góp phần xây dựng "
            "Đảng bộ Nhà trường trong sạch, vững mạnh."
        ),
    ],
    authors=["Hà Thị Lan"],
    opts={
        "short": "Làm theo Bác về tự phê bình và phê bình",
        "posted": "10 Nov 2026",
        "created": "2026-11-09T15:18:00",
        "top": [("CN. Hà Thị Lan", "Phòng Tổ chức - Hành chính")],
        "links": {
            "bài viết về vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc": "./?a=10474",
        },
    },
)

A13 = Story(
    id=10451,
    slug="van-dung-quan-diem-cua-dang-ve-phat-trien-van-hoa-vao-cong-tac-tuyen-truyen-o-co-so",
    title="Vận dụng quan điểm của Đảng về phát triển văn hóa vào công tác tuyên truyền ở cơ sở",
    cat="nghien-cuu-trao-doi",
    published_at="2026-10-16",
    blocks=[
        P("Quan điểm của Đảng về phát triển văn hóa", "h3"),
        P(
            "Nghị quyết Hội nghị Trung ương 9 khóa XI về xây dựng và phát triển văn hóa, con người "
            "Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước xác định văn hóa là nền tảng tinh "
            "thần của xã hội, là mục tiêu, động lực phát triển bền vững đất nước."
        ),
        P(
            "Hội nghị văn hóa toàn quốc năm 2021 tiếp tục khẳng định: “Văn hóa còn thì dân tộc còn”, "
            "đồng thời đặt ra yêu cầu khơi dậy khát vọng phát triển đất nước phồn vinh, hạnh phúc."
        ),
        P("Vận dụng vào công tác tuyên truyền ở cơ sở", "h3"),
        P(
            "Đa dạng hóa hình thức tuyên truyền, kết hợp tuyên truyền miệng với tuyên truyền trên mạng "
            "xã hội, hệ thống loa truyền thanh cơ sở;",
            "li",
        ),
        P(
            "Gắn tuyên truyền với bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào các dân "
            "tộc Tày, Dao, Mông, Nùng trên địa bàn tỉnh;",
            "li",
        ),
        P(
            "Xây dựng đội ngũ báo cáo viên, tuyên truyền viên cơ sở am hiểu văn hóa địa phương, biết "
            "tiếng dân tộc.",
            "li",
        ),
        P(
            "Thực hiện tốt những giải pháp trên sẽ góp phần đưa các quan điểm của Đảng về văn hóa thấm "
            "sâu vào đời sống nhân dân, xây dựng môi trường văn hóa lành mạnh ở cơ sở."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Lý luận chính trị</em></p>'),
    ],
    authors=["Phạm Quang Huy"],
    source="Tạp chí Lý luận chính trị",
    opts={
        "short": "Quan điểm của Đảng về văn hóa và tuyên truyền cơ sở",
        "posted": "16 Oct 2026",
        "created": "2026-10-15T10:05:51",
        "top": [("NCS. Phạm Quang Huy", "Phó Trưởng khoa Xây dựng Đảng")],
    },
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if "old_slug" in s.opts}
ALSO = {s.opts["also"]: s for s in STORIES if "also" in s.opts}


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["created"], reverse=True)


def _section(key: str) -> list[Story]:
    return _newest([s for s in STORIES if s.cat == key])


def primary(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def _listing_url(story: Story, section: str) -> str:
    """What the section listing prints for a row: the URL under the listing's own lineage."""
    also = story.opts.get("also")
    if also and also.startswith(f"/{section}/"):
        return also
    return primary(story)


# --- rendering the bodycopy --------------------------------------------------------------------


def _footnote_call(n: str) -> str:
    return (
        f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class="MsoFootnoteReference">'
        f'<span style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;">'
        f"[{n}]</span></span></a>"
    )


def _ptext(story: Story, p: P) -> str:
    s = esc(p.text)
    for anchor, href in story.opts.get("links", {}).items():
        s = s.replace(esc(anchor), f'<a href="{href}">{esc(anchor)}</a>', 1)
    if p.style.startswith("sup|"):
        _, token, n = p.style.split("|")
        s = s.replace(esc(token), f'{esc(token)}<sup><a href="#cth{n}" id="ref{n}">{n}</a></sup>', 1)
    if p.style == "fn":
        s = re.sub(r"\[(\d+)\]", lambda m: _footnote_call(m.group(1)), s)
    return s


def _row(text: str, header: bool) -> str:
    cells = []
    for cell in text.split(" | "):
        inner = f"<strong>{esc(cell)}</strong>" if header else esc(cell)
        cells.append(f'<td style="border: 1px solid #999999; padding: 3px;">{inner}</td>')
    return "<tr>" + "".join(cells) + "</tr>"


def _image(img: Img) -> str:
    tag = f'<img alt="{esc(img.src.rsplit("/", 1)[-1])}" src="{img.src}" style="width: 560px; height: 373px;" />'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 560px;">'
            f"<tbody><tr><td>{tag}</td></tr><tr><td style=\"text-align: center;\">"
            f'<span style="font-size: 12px;"><em>{esc(img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += (
            '\n<p style="text-align: center;"><span style="color: #696969;"><em>'
            f"{esc(img.printed)}</em></span></p>"
        )
    return out


def body_html(story: Story, base: str) -> str:
    """The bodycopy as the WYSIWYG editor (or Word) left it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{BASE}", base))
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style in ("tr", "trh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("tr", "trh"):
                rows.append(_row(blocks[i].text, blocks[i].style == "trh"))
                i += 1
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="width: 100%; '
                'border-collapse: collapse;"><tbody>' + "\n".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_ptext(story, blocks[i])}</li>")
                i += 1
            out.append('<ul style="text-align: justify;">' + "\n".join(items) + "</ul>")
            continue
        elif b.style == "fnnote":
            notes = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "fnnote":
                n, rest = re.match(r"\[(\d+)\] (.*)", blocks[i].text).groups()
                notes.append(
                    f'<div style="mso-element:footnote" id="ftn{n}"><p class="MsoFootnoteText">'
                    f'<a href="#_ftnref{n}" name="_ftn{n}" title=""><span class="MsoFootnoteReference">'
                    f'<span style="font-size:10.0pt">[{n}]</span></span></a> {esc(rest)}</p></div>'
                )
                i += 1
            out.append(
                '<div style="mso-element:footnote-list"><br clear="all" />\n'
                '<hr align="left" size="1" width="33%" />\n' + "\n".join(notes) + "</div>"
            )
            continue
        elif b.style == "br":
            last = out[-1]
            assert last.endswith("</p>")
            out[-1] = last[: -len("</p>")] + f"<br />\n{_ptext(story, b)}</p>"
        elif b.style in ("lead", "h"):
            out.append(f'<p style="text-align: justify;"><strong>{_ptext(story, b)}</strong></p>')
        elif b.style == "h3":
            out.append(f'<h3 style="font-size: 14px;">{_ptext(story, b)}</h3>')
        elif b.style == "quote":
            out.append(
                '<blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;">'
                f'<p style="text-align: justify;"><em>{_ptext(story, b)}</em></p></blockquote>'
            )
        elif b.style == "mso":
            out.append(
                '<p class="MsoListParagraph" style="margin-left:36.0pt;text-align:justify;'
                'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">-'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                f"</span></span>{_ptext(story, b)}</p>"
            )
        elif b.style.startswith("backref|"):
            n = b.style.split("|")[1]
            rest = esc(b.text[len(n) :])
            out.append(f'<p style="font-size: 13px;"><a href="#ref{n}" id="cth{n}">{n}</a>{rest}</p>')
        else:
            out.append(
                '<p class="MsoNormal" style="text-align: justify;">'
                f"<span style=\"font-size: 14px;\">{_ptext(story, b)}</span></p>"
            )
        i += 1
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup, story.opts["entities"])
    return markup


# --- the design --------------------------------------------------------------------------------

_MATRIX_COMMENT = (
    "<!--\n  Running Squiz Matrix\n  Developed by Squiz - http://www.squiz.net\n"
    "  Squiz, Squiz Matrix, MySource, MySource Matrix and Squiz.net are registered Trademarks of "
    "Squiz Pty Ltd\n  Page generated: 05 December 2026 10:41:07\n-->"
)


def _dmy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def _menu(base: str) -> str:
    return f"""<div id="mnu_ngang" class="ddsmoothmenu">
<ul>
<li class="mnu_c1"><a href="{base}/">Trang chủ</a></li>
<li class="mnu_c1"><a href="{base}/gioi-thieu/lich-su-phat-trien">Giới thiệu</a>
  <ul class="mnu_c2">
  <li><a href="{base}/gioi-thieu/lich-su-phat-trien">Lịch sử phát triển</a></li>
  <li><a href="{base}/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
  </ul></li>
<li class="mnu_c1"><a href="javascript:void(0);">Tin tức - Sự kiện</a>
  <ul class="mnu_c2">
  <li><a href="{base}/tin-hoat-dong">Tin hoạt động</a></li>
  <li><a href="{base}/dao-tao-boi-duong">Đào tạo - Bồi dưỡng</a></li>
  <li><a href="{base}/thong-bao">Thông báo</a></li>
  </ul></li>
<li class="mnu_c1"><a href="{base}/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></li>
<li class="mnu_c1"><a href="{base}/van-ban">Văn bản</a></li>
<li class="mnu_c1"><a href="{base}/thu-vien-anh">Thư viện ảnh</a></li>
<li class="mnu_c1"><a href="{base}/lien-he">Liên hệ</a></li>
</ul>
<br style="clear: left" />
</div>"""


def _sidebar(base: str) -> str:
    most_read = "\n".join(
        f'<li><a href="{base}{primary(s)}">{esc(s.title)}</a></li>' for s in (A1, A10, A6, A2)
    )
    return f"""<div id="cot_phai">
<div class="khoi_phai" id="khoi_10295">
<div class="td_khoi">THÔNG BÁO</div>
<div class="nd_khoi">
<marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop();" onmouseout="this.start();">
<p>&raquo; <a href="{base}{primary(A8)}">Thông báo lịch học lớp CCLLCT K76.B29 tháng 12/2026</a>
<img src="/__data/assets/image/0011/10211/new.gif" alt="mới" /></p>
<p>&raquo; <a href="{base}/tin-tuc/{A9.opts["old_slug"]}">Thông báo tuyển sinh lớp Trung cấp LLCT năm 2027</a></p>
<p>&raquo; Lịch làm việc của Ban Giám hiệu tuần 49 (từ 30/11 đến 04/12/2026) được niêm yết tại Văn phòng.</p>
</marquee>
</div></div>
<div class="khoi_phai" id="khoi_10296">
<div class="td_khoi">ĐỌC NHIỀU NHẤT</div>
<ul class="ds_docnhieu">
{most_read}
</ul></div>
<div class="khoi_phai" id="khoi_10297">
<div class="td_khoi">VIDEO</div>
<a href="{base}/video/phong-su-truong-chinh-tri-tinh-tuyen-quang-vung-buoc-hanh-trang-moi"><img src="/__data/assets/image/0014/10544/varieties/thumb.jpg" alt="" width="260" /></a>
<p><a href="{base}/video/phong-su-truong-chinh-tri-tinh-tuyen-quang-vung-buoc-hanh-trang-moi">Phóng sự: Trường Chính trị tỉnh Tuyên Quang vững bước hành trang mới</a></p>
</div>
<div class="khoi_phai" id="khoi_10298">
<div class="td_khoi">THƯ VIỆN ẢNH</div>
<a href="{base}/thu-vien-anh/le-khai-giang-lop-trung-cap-llct-k112"><img src="/__data/assets/image/0021/10491/varieties/thumb.jpg" alt="Lễ khai giảng lớp TCLLCT K112" width="260" /></a>
</div>
<div class="khoi_phai" id="khoi_10299">
<div class="td_khoi">THĂM DÒ Ý KIẾN</div>
<form method="post" action="" id="poll_10299">
<p>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử Nhà trường?</p>
<input type="radio" name="sq_poll_10299_option" value="1" /> Rất hài lòng<br />
<input type="radio" name="sq_poll_10299_option" value="2" /> Hài lòng<br />
<input type="radio" name="sq_poll_10299_option" value="3" /> Chưa hài lòng<br />
<input type="submit" value="Biểu quyết" /> <input type="submit" name="sq_poll_10299_results" value="Xem kết quả" />
</form></div>
<div class="khoi_phai" id="khoi_10300">
<div class="td_khoi">LIÊN KẾT WEBSITE</div>
<select onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>
</select></div>
<div class="khoi_phai" id="khoi_10301">
<div class="td_khoi">THỐNG KÊ TRUY CẬP</div>
<table class="bang_tk"><tr><td>Đang online:</td><td>31</td></tr>
<tr><td>Hôm nay:</td><td>1.206</td></tr>
<tr><td>Tổng truy cập:</td><td>2.846.392</td></tr></table>
</div>
</div>"""


def _footer() -> str:
    return """<div id="chan_trang">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>
<p>Địa chỉ: Số 12, đường Kim Bình, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.468 - Fax: 0207.3822.469 - Email: truongchinhtri@tuyenquang.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Hoàng Thị Thu Trang - Hiệu trưởng</p>
<p>&copy; Bản quyền thuộc Trường Chính trị tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="tk_web">Thiết kế và xây dựng: Trung tâm CNTT&amp;TT tỉnh - Nền tảng Squiz Matrix</p>
</div>"""


def layout(request: Request, *, title: str, main: str, head: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="Squiz Matrix" />
{head}
<link rel="shortcut icon" href="/__data/assets/image/0009/10209/favicon.ico" />
<link rel="stylesheet" type="text/css" href="{base}/__data/assets/css_file/0012/10212/tct-2016.css?v=0.1.27" />
<script type="text/javascript" src="{base}/__data/assets/js_file/0013/10213/ddsmoothmenu.js"></script>
</head>
<body>
<div id="khung_ngoai">
<div id="dau_trang">
<div id="thanh_tren"><span id="ngay_ht">{TODAY_VN}</span>
<form id="frm_tk" action="{base}/tim-kiem" method="get">
<input type="text" name="queries_keyword_query" value="" size="20" />
<input type="submit" name="search_page_10290_submit_button" value="Tìm kiếm" />
</form></div>
<h1 id="logo_tct"><a href="{base}/"><img src="/__data/assets/image/0010/10210/banner-tct-2026.jpg" alt="Trường Chính trị tỉnh Tuyên Quang" width="1000" height="150" /><span class="ten_truong">TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</span></a></h1>
</div>
{_menu(base)}
<div id="chay_chu"><marquee scrollamount="3">Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2026)</marquee></div>
<div id="than_trang">
<div id="cot_giua">
{main}
</div>
{_sidebar(base)}
<div style="clear: both;"></div>
</div>
{_footer()}
</div>
{_MATRIX_COMMENT}
</body>
</html>"""


def _crumbs(base: str, *items: tuple[str, str | None]) -> str:
    parts = [f'<a href="{base}/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{base}{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div id="duong_dan">' + " &rsaquo; ".join(parts) + "</div>"


def _meta(story: Story, base: str, canonical: bool) -> str:
    teaser = story.opts.get("teaser") or story.summary or ""
    lines = [
        f'<meta name="DC.title" content="{esc(story.opts["short"])}" />',
        f'<meta name="DCTERMS.created" scheme="DCTERMS.ISO8601" content="{story.opts["created"]}+07:00" />',
        '<meta name="DCTERMS.modified" scheme="DCTERMS.ISO8601" content="2026-12-04T08:05:19+07:00" />',
        f'<meta property="og:title" content="{esc(story.opts["short"])}" />',
        f'<meta property="og:url" content="{base}{primary(story)}" />',
        '<meta property="og:type" content="article" />',
    ]
    if teaser:
        lines.append(f'<meta name="description" content="{esc(teaser)}" />')
    if canonical:
        lines.append(f'<link rel="canonical" href="{base}{primary(story)}" />')
    return "\n".join(lines)


def _date_line(story: Story) -> str:
    line = f"Ngày đăng: {story.opts['posted']}"
    if story.opts.get("updated"):
        line += f' <span class="cap_nhat">| Cập nhật lần cuối: {story.opts["updated"]}</span>'
    return line


def _top_authors(story: Story) -> str:
    rows = []
    for name, post in story.opts.get("top", []):
        rows.append(f"<b>{esc(name)}</b> - <i>{esc(post)}</i>")
    return '<div class="nc_tacgia">' + "<br />\n".join(rows) + "</div>" if rows else ""


def _newest_others(story: Story, pool: list[Story], n: int) -> list[Story]:
    return [s for s in _newest(pool) if s is not story][:n]


def article_page(request: Request, story: Story) -> str:
    base = base_url(request)
    section, _lid, _per = SECTIONS[story.cat]
    body = body_html(story, base)
    print_url = f"{base}{primary(story)}?SQ_DESIGN_NAME=print"
    tools = (
        f'<div class="cong_cu"><a href="{print_url}" target="_blank" title="In bài">'
        '<img src="/__data/assets/image/0015/10215/icon-print.gif" alt="" /> In bài</a> | '
        f'<a href="mailto:?subject={esc(story.opts["short"])}&amp;body={base}{primary(story)}">'
        "Gửi email</a> | "
        '<a href="javascript:history.back();">Quay lại</a></div>'
    )
    share = (
        '<div class="chia_se">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u='
        f'{base}{primary(story)}" target="_blank">Facebook</a> | <a href="https://zalo.me/share?u='
        f'{base}{primary(story)}" target="_blank">Zalo</a></div>'
    )
    if story.cat == "nghien-cuu-trao-doi":
        sapo = f'<div class="nc_tomtat"><em>{esc(story.summary)}</em></div>' if story.summary else ""
        others = "\n".join(
            f'<li><a href="{base}{primary(s)}">{esc(s.title)}</a> <span>({s.opts["posted"]})</span></li>'
            for s in _newest_others(story, _section(story.cat), 2)
        )
        main = f"""{_crumbs(base, (section, "/" + story.cat))}
<div class="nc_baiviet" id="asset_{story.id}">
<div class="nc_tieude"><h2>{esc(story.title)}</h2></div>
{_top_authors(story)}
<div class="nc_ngay">{_date_line(story)} | Lượt xem: {story.views()}</div>
{tools}
{sapo}
<div id="bodycopy_{story.id + 1}"><div id="content_div_{story.id + 2}">
{body}
</div></div>
{share}
<div class="nc_khac"><h4>Bài viết khác</h4><ul>
{others}
</ul></div>
</div>"""
    else:
        sapo = f'<div class="tt_tin"><strong>{esc(story.summary)}</strong></div>' if story.sapo_outside else ""
        pool = [s for s in STORIES if s.cat != "nghien-cuu-trao-doi" or s is A10]
        others = "\n".join(
            f'<li><a href="{base}{primary(s)}">{esc(s.title)}</a> <span class="ngay_khac">({_dmy(s.opts["created"])})</span></li>'
            for s in _newest_others(story, pool, 4)
        )
        tags = ", ".join(esc(t) for t in story.opts.get("tags", []))
        main = f"""{_crumbs(base, ("Tin tức - Sự kiện", None), (section, "/" + story.cat))}
<div class="nd_tin" id="news_item_{story.id}">
<h1 class="td_tin">{esc(story.title)}</h1>
<div class="ngay_dang">{_date_line(story)} | Lượt xem: {story.views()}</div>
{tools}
{sapo}
<div id="bodycopy_{story.id + 1}"><div id="content_div_{story.id + 2}">
{body}
</div></div>
<div class="tu_khoa"><b>Từ khóa:</b> {tags}</div>
{share}
<div class="nguoi_dang">Người đăng: tct.bientap</div>
<div class="y_kien"><h4>Ý kiến bạn đọc</h4>
<form method="post" action="" id="form_email_10330">
<p>Họ và tên: <input type="text" name="q10330:q1" /></p>
<p>Email: <input type="text" name="q10330:q2" /></p>
<p>Nội dung: <textarea name="q10330:q3" rows="4" cols="50"></textarea></p>
<p><input type="submit" name="form_email_10330_submit" value="Gửi ý kiến" /></p>
</form></div>
<div class="tin_moi"><h4>Tin mới cập nhật</h4><ul>
{others}
</ul></div>
</div>"""
    return layout(
        request,
        title=f"{story.opts['short']} - {SCHOOL}",
        main=main,
        head=_meta(story, base, canonical=True),
    )


def print_page(request: Request, story: Story) -> str:
    base = base_url(request)
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = f"<p><b><i>{esc(story.summary)}</i></b></p>"
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.opts["short"])}</title>
<meta name="generator" content="Squiz Matrix" />
<link rel="stylesheet" type="text/css" href="/__data/assets/css_file/0016/10216/print.css" />
</head>
<body onload="window.print();" style="font-family: 'Times New Roman'; width: 700px; margin: auto;">
<table width="100%"><tr><td><img src="/__data/assets/image/0017/10217/logo-in.png" alt="" height="50" />
<b>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</b></td>
<td align="right"><a href="javascript:window.close();">[Đóng cửa sổ]</a></td></tr></table>
<hr />
<h2>{esc(story.title)}</h2>
{_top_authors(story)}
<p><i>{_date_line(story)}</i></p>
{sapo}
{body_html(story, base)}
<hr />
<p style="font-size: 11px;">Địa chỉ bài viết: {base}{primary(story)}</p>
{_MATRIX_COMMENT}
</body>
</html>"""


# --- listings and the home page ----------------------------------------------------------------


def _teaser(story: Story) -> str:
    if story.opts.get("teaser"):
        return story.opts["teaser"]
    if story.summary:
        return story.summary
    words = story.paragraphs[0].split()
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


def _rows(base: str, stories: list[Story], section: str) -> str:
    rows = []
    for s in stories:
        url = base + _listing_url(s, section)
        thumb = s.opts.get("thumb") or "/__data/assets/image/0018/10218/no-image.jpg"
        rows.append(
            f'<tr><td class="anh_nho" valign="top" width="130"><a href="{url}"><img src="{thumb}" '
            f'width="120" height="80" alt="" /></a></td>\n<td valign="top"><a class="td_ds" '
            f'href="{url}">{esc(s.title)}</a> <span class="ngay_ds">({_dmy(s.opts["created"])})</span>'
            f'\n<div class="tt_ds">{esc(_teaser(s))}</div>'
            f'<a class="xem_tiep" href="{url}">Xem tiếp &raquo;</a></td></tr>'
        )
    return '<table class="bang_ds" width="100%" cellpadding="4" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


def _pager(listing_id: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    key = f"result_{listing_id}_result_page"
    parts = ["Trang: "]
    if page > 1:
        parts.append(f'<a href="?{key}={page - 1}">&laquo; Trước</a> ')
    for n in range(1, pages + 1):
        parts.append(f"<b>[{n}]</b> " if n == page else f'<a href="?{key}={n}">{n}</a> ')
    if page < pages:
        parts.append(f'<a href="?{key}={page + 1}">Sau &raquo;</a>')
    return '<div class="phan_trang">' + "".join(parts) + "</div>"


def listing_page(request: Request, key: str, page: int) -> str | None:
    base = base_url(request)
    name, listing_id, per = SECTIONS[key]
    stories = _section(key)
    pages = max(1, -(-len(stories) // per))
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * per : page * per]
    crumbs = (
        _crumbs(base, (name, None))
        if key == "nghien-cuu-trao-doi"
        else _crumbs(base, ("Tin tức - Sự kiện", None), (name, None))
    )
    main = f"""{crumbs}
<div class="td_chuyenmuc">{esc(name.upper())}</div>
<div class="ds_tin" id="asset_listing_{listing_id}">
{_rows(base, chunk, key)}
</div>
{_pager(listing_id, page, pages)}"""
    return layout(request, title=f"{name} - {SCHOOL}", main=main)


def home_page(request: Request) -> str:
    base = base_url(request)
    slides = "\n".join(
        f'<li><a href="{base}/?a={s.id}"><img src="{s.opts.get("thumb") or "/__data/assets/image/0018/10218/no-image.jpg"}" '
        f'width="470" height="300" alt="" /></a><div class="chu_slide"><a href="{base}/?a={s.id}">'
        f"{esc(s.title)}</a></div></li>"
        for s in (A1, A10, A8)
    )

    def block(key: str, n: int) -> str:
        name, _lid, _per = SECTIONS[key]
        items = "\n".join(
            f'<li><a href="{base}{primary(s)}">{esc(s.title)}</a> <span class="ngay_ds">'
            f"({_dmy(s.opts['created'])})</span></li>"
            for s in _section(key)[:n]
        )
        return (
            f'<div class="khoi_tc"><div class="td_khoi_tc"><a href="{base}/{key}">{esc(name)}</a></div>'
            f'<ul class="ds_tc">\n{items}\n</ul><div class="xem_tat_ca"><a href="{base}/{key}">'
            "Xem tất cả &raquo;</a></div></div>"
        )

    main = f"""<div id="tieu_diem"><div class="td_khoi_tc">TIÊU ĐIỂM</div>
<ul class="slide_td">
{slides}
</ul></div>
{block("tin-hoat-dong", 3)}
{block("dao-tao-boi-duong", 2)}
{block("nghien-cuu-trao-doi", 2)}
<div class="khoi_tc"><div class="td_khoi_tc">TRANG THÔNG TIN ĐIỆN TỬ TỈNH</div>
<p><a href="https://tuyenquang.gov.vn" target="_blank"><img src="/__data/assets/image/0019/10219/banner-cong-ttdt.jpg" alt="Cổng TTĐT tỉnh" width="470" /></a></p></div>"""
    head = '<meta name="description" content="Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang" />'
    return layout(request, title=f"Trang chủ - {SCHOOL}", main=main, head=head)


# --- non-articles ------------------------------------------------------------------------------

NA_HISTORY = "/gioi-thieu/lich-su-phat-trien"
NA_ORG = "/gioi-thieu/co-cau-to-chuc"
NA_CONTACT = "/lien-he"
NA_DOC = "/van-ban/quyet-dinh-425-qd-tct-ban-hanh-quy-che-dao-tao-boi-duong"
NA_ALBUM = "/thu-vien-anh/le-khai-giang-lop-trung-cap-llct-k112"
NA_VIDEO = "/video/phong-su-truong-chinh-tri-tinh-tuyen-quang-vung-buoc-hanh-trang-moi"


def _standard(request: Request, crumb: list[tuple[str, str | None]], heading: str, inner: str) -> str:
    base = base_url(request)
    main = f"""{_crumbs(base, *crumb)}
<div class="trang_chuan"><div class="td_chuyenmuc">{esc(heading)}</div>
<div id="bodycopy_10260"><div id="content_div_10261">
{inner}
</div></div></div>"""
    return layout(request, title=f"{heading} - {SCHOOL}", main=main)


def history_page(request: Request) -> str:
    inner = """<p style="text-align: justify;">Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành lập tháng 5 năm 1962. Trải qua hơn 60 năm xây dựng và phát triển, Nhà trường đã nhiều lần được kiện toàn về tổ chức và đổi tên phù hợp với yêu cầu nhiệm vụ của từng thời kỳ.</p>
<p style="text-align: justify;">Ngày 01/8/2025, thực hiện chủ trương sắp xếp đơn vị hành chính cấp tỉnh, Trường Chính trị tỉnh Hà Giang và Trường Chính trị tỉnh Tuyên Quang được hợp nhất thành Trường Chính trị tỉnh Tuyên Quang, trực thuộc Tỉnh ủy, chịu sự chỉ đạo về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p style="text-align: justify;">Nhà trường đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p>"""
    return _standard(request, [("Giới thiệu", None), ("Lịch sử phát triển", None)], "Lịch sử phát triển", inner)


def org_page(request: Request) -> str:
    inner = """<p><strong>BAN GIÁM HIỆU</strong></p>
<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>TS. Hoàng Thị Thu Trang</td><td>Hiệu trưởng</td><td>0207.3822.466</td></tr>
<tr><td>ThS. Nguyễn Văn Thắng</td><td>Phó Hiệu trưởng</td><td>0207.3822.467</td></tr>
<tr><td>ThS. Vàng Seo Chúng</td><td>Phó Hiệu trưởng</td><td>0207.3822.470</td></tr>
</tbody></table>
<p><strong>CÁC KHOA, PHÒNG</strong></p>
<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo</li><li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>"""
    return _standard(request, [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], "Cơ cấu tổ chức", inner)


def contact_page(request: Request) -> str:
    thanks = ""
    if request.method == "POST":
        thanks = '<p class="thong_bao_gui"><strong>Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ phản hồi sớm nhất.</strong></p>'
    inner = f"""{thanks}<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>
<p>Địa chỉ: Số 12, đường Kim Bình, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.468 - Fax: 0207.3822.469<br />
Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>
<form method="post" action="" id="form_email_10265">
<table><tr><td>Họ và tên (*)</td><td><input type="text" name="q10265:q1" size="40" /></td></tr>
<tr><td>Email (*)</td><td><input type="text" name="q10265:q2" size="40" /></td></tr>
<tr><td>Tiêu đề</td><td><input type="text" name="q10265:q3" size="40" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="q10265:q4" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="form_email_10265_submit" value="Gửi liên hệ" /></td></tr></table>
</form>"""
    return _standard(request, [("Liên hệ", None)], "Liên hệ", inner)


def doc_index(request: Request) -> str:
    base = base_url(request)
    inner = f"""<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;" class="bang_vb">
<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
<tr><td>425-QĐ/TCT</td><td>15/10/2026</td><td><a href="{base}{NA_DOC}">Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh Tuyên Quang</a></td>
<td><a href="/__data/assets/pdf_file/0031/10531/425-QD-TCT.pdf"><img src="/__data/assets/image/0020/10220/icon-pdf.gif" alt="PDF" /></a></td></tr>
</table>"""
    return _standard(request, [("Văn bản", None)], "Văn bản", inner)


def doc_page(request: Request) -> str:
    inner = """<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;" class="ct_vb">
<tr><td width="30%">Số/Ký hiệu</td><td>425-QĐ/TCT</td></tr>
<tr><td>Loại văn bản</td><td>Quyết định</td></tr>
<tr><td>Ngày ban hành</td><td>15/10/2026</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Tuyên Quang</td></tr>
<tr><td>Người ký</td><td>Hoàng Thị Thu Trang</td></tr>
<tr><td>Trích yếu</td><td>Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh Tuyên Quang</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/__data/assets/pdf_file/0031/10531/425-QD-TCT.pdf">425-QD-TCT.pdf</a> (312 KB)</td></tr>
</table>"""
    return _standard(request, [("Văn bản", "/van-ban")], "Quyết định số 425-QĐ/TCT", inner)


def album_index(request: Request) -> str:
    base = base_url(request)
    inner = f"""<div class="ds_album"><div class="album"><a href="{base}{NA_ALBUM}"><img src="/__data/assets/image/0021/10491/varieties/thumb.jpg" alt="" width="200" /></a>
<p><a href="{base}{NA_ALBUM}">Lễ khai giảng lớp Trung cấp LLCT K112</a> (4 ảnh)</p></div></div>"""
    return _standard(request, [("Thư viện ảnh", None)], "Thư viện ảnh", inner)


def album_page(request: Request) -> str:
    photos = [
        ("0021", 10491, "khai-giang-k112-1.jpg", "Phó Hiệu trưởng Nguyễn Văn Thắng phát biểu khai giảng"),
        ("0022", 10492, "khai-giang-k112-2.jpg", "Học viên lớp K112 dự lễ khai giảng"),
        ("0023", 10493, "khai-giang-k112-3.jpg", "Đại biểu dự lễ khai giảng"),
        ("0024", 10494, "khai-giang-k112-4.jpg", "Học viên chụp ảnh lưu niệm"),
    ]
    cells = "\n".join(
        f'<td align="center"><a href="{_img(f, a, n)}" rel="lightbox[k112]"><img src="{_img(f, a, "varieties/thumb.jpg")}" '
        f'width="200" alt="" /></a><br /><span>{esc(c)}</span></td>'
        for f, a, n, c in photos
    )
    inner = f"""<p class="ngay_album">Ngày đăng: 03/12/2026</p>
<table class="bang_album"><tr>
{cells}
</tr></table>"""
    return _standard(request, [("Thư viện ảnh", "/thu-vien-anh")], "Lễ khai giảng lớp Trung cấp LLCT K112", inner)


def video_page(request: Request) -> str:
    inner = """<p class="ngay_album">Ngày đăng: 18/11/2026</p>
<div class="khung_video"><iframe width="640" height="360" src="https://www.youtube.com/embed/q8Wd3kT0aZs" frameborder="0" allowfullscreen></iframe></div>
<p>Phóng sự do Đài Phát thanh và Truyền hình tỉnh thực hiện nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11.</p>"""
    return _standard(
        request,
        [("Video", None)],
        "Phóng sự: Trường Chính trị tỉnh Tuyên Quang vững bước hành trang mới",
        inner,
    )


def search_page(request: Request) -> str:
    base = base_url(request)
    query = request.params.get("queries_keyword_query", "").strip()
    if not query:
        inner = "<p>Nhập từ khóa vào ô tìm kiếm.</p>"
    else:
        found = [s for s in _newest(STORIES) if query.lower() in s.title.lower()]
        items = "\n".join(
            f'<li><a href="{base}{primary(s)}">{esc(s.title)}</a></li>' for s in found[:10]
        )
        inner = f"<p>Tìm thấy {len(found)} kết quả cho từ khóa <b>{esc(query)}</b></p><ol>{items}</ol>"
    return _standard(request, [("Tìm kiếm", None)], "Kết quả tìm kiếm", inner)


NON_ARTICLES = [NA_HISTORY, NA_ORG, NA_CONTACT, NA_DOC, NA_ALBUM, NA_VIDEO]

_PAGES = {
    NA_HISTORY: history_page,
    NA_ORG: org_page,
    NA_CONTACT: contact_page,
    "/van-ban": doc_index,
    NA_DOC: doc_page,
    "/thu-vien-anh": album_index,
    NA_ALBUM: album_page,
    NA_VIDEO: video_page,
}


# --- the site ----------------------------------------------------------------------------------


class SquizMatrixSite:
    """Routes as a Matrix front end does: asset URL, then ``?a=``, ``_nocache``, design names."""

    def _file(self, path: str) -> Response | None:
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith(".doc"):
            return Response(200, b"\xd0\xcf\x11\xe0" + b"\0" * 60, {"Content-Type": "application/msword"})
        return static_file(path)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/__data/"):
            return self._file(path)
        params = request.params
        nocache = False
        for suffix in ("/_nocache", "/_recache"):
            if path.endswith(suffix):
                path = path[: -len(suffix)] or "/"
                nocache = True
        design = params.pop("SQ_DESIGN_NAME", None)
        if design not in (None, "print"):
            return None
        # an asset by id: on the root or on any folder-like URL (``./?a=`` links)
        if "a" in params:
            if set(params) != {"a"} or not path.endswith("/"):
                return None
            story = BY_ID.get(int(params["a"])) if params["a"].isdigit() else None
            if story is None:
                return None
            return html(print_page(request, story) if design else article_page(request, story))
        if path.startswith("/tin-tuc/"):
            slug = path[len("/tin-tuc/") :]
            if slug in OLD_SLUGS and not params and not nocache and design is None:
                return redirect(base_url(request) + primary(OLD_SLUGS[slug]), status=301)
            story = BY_SLUG.get(slug)
        else:
            story = ALSO.get(path)
        if story is not None:
            if params:
                return None
            return html(print_page(request, story) if design else article_page(request, story))
        if design or nocache:
            return None
        if path == "/" and not params:
            return html(home_page(request))
        key = path.strip("/")
        if key in SECTIONS and path == "/" + key:
            lid = SECTIONS[key][1]
            extra = set(params) - {f"result_{lid}_result_page"}
            if extra:
                return None
            raw = params.get(f"result_{lid}_result_page", "1")
            if not raw.isdigit():
                return None
            page = listing_page(request, key, int(raw))
            return html(page) if page else None
        if path == "/tim-kiem":
            return html(search_page(request))
        handler = _PAGES.get(path)
        if handler is not None and not params:
            return html(handler(request))
        return None


def build_site() -> SquizMatrixSite:
    return SquizMatrixSite()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    urls = [primary(story)]
    if "also" in story.opts:
        urls.append(story.opts["also"])
    alts: list[str] = []
    for url in urls:
        for variant in (url, f"{url}/_nocache"):
            alts.append(variant)
            alts.append(f"{variant}?SQ_DESIGN_NAME=print")
    alts.append(f"/?a={story.id}")
    alts.append(f"/?a={story.id}&SQ_DESIGN_NAME=print")
    alts.append(f"/tin-tuc/?a={story.id}")
    if "old_slug" in story.opts:
        alts.append(f"/tin-tuc/{story.opts['old_slug']}")
    return [a for a in alts if a != primary(story)]


GOLD = [
    gold_record(
        s,
        primary(s),
        SECTIONS[s.cat][0],
        canonical_path=primary(s),
        alt_paths=_alt_paths(s),
    )
    for s in STORIES
]
