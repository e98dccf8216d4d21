"""Fixture portal: a provincial Department of Education and Training (Sở GD&ĐT) on DNN 9 + EasyDNNnews.

Which platform: DNN Platform 9.x (advanced friendly URLs: tabs are ``/tin-tuc``, ``/gioi-thieu/
co-cau-to-chuc``) with the EasyDNNnews module. What it prints:

- the DNN skin: the one ASP.NET ``<form id="Form">`` with ``__VIEWSTATE`` and ``__doPostBack``,
  a top bar with the ``CURRENTDATE`` token (today's date, never a publication date), the
  "Đăng nhập" / "Đăng ký" links to ``/Login?returnurl=…`` and ``/Register?returnurl=…`` (the
  returnurl differs on every page), the DNN menu, the breadcrumb skin object, panes
  (``dnn_LeftPane``, ``dnn_ContentPane``, ``dnn_RightPane``, ``dnn_FooterPane``) filled with
  module containers, the copyright token and the ``/Terms`` / ``/Privacy`` links;
- EasyDNNnews on the "Tin tức" tab (module 1450): articles at
  ``/tin-tuc/articleType/ArticleView/articleId/<id>/<slug>`` (``edn_article edn_articleDetails``,
  ``h1.edn_articleTitle``, ``edn_metaDetails`` with date, "Tác giả" (the posting account),
  categories and views, an ``edn_articleSummary`` lead outside the text, an
  ``edn_mediaContainer`` main image, ``edn_articleContent``, an attached-documents box, tags,
  share/print/email buttons, "Bài viết liên quan" and "Các bài viết khác" lists, a comment form);
  list views ``/tin-tuc`` and ``…/articleType/CategoryView/categoryId/<n>/<slug>``,
  ``…/TagView/tagID/<n>/<slug>``, ``…/AuthorView/authorId/<n>/<name>``,
  ``…/ArchiveView/month/<m>/year/<y>``, all paged with ``…/PgrID/<module>/PageID/<n>``
  (``PageID/1`` repeats the first page); an RSS feed under ``/DesktopModules/EasyDNNNews/``;
- a second EasyDNNnews instance on the "Thông báo" tab (module 1462) showing only the
  "Thông báo" category: its links are ``/thong-bao/articleType/ArticleView/articleId/<id>/<slug>``,
  the same article with ``rel=canonical`` to the "Tin tức" URL;
- the same article also answers without the slug (``…/articleId/<id>``, canonical to the full
  URL); the "Tin xem nhiều" box (a separate module) links that form;
- widgets: "Tin mới", "Tin xem nhiều", EasyDNN's category menu, the archive list ("Lưu trữ tin
  bài") and the archive calendar, tags, a links drop-down, a poll, a visitor counter;
- static tabs: Giới thiệu, Cơ cấu tổ chức, Lãnh đạo Sở, Liên hệ (DNN feedback form), Văn bản
  (a documents table linking ``/LinkClick.aspx?fileticket=…`` PDFs), Thư viện ảnh, search results.

Traps and hard cases: the archive calendar's "«"/"»" month links never end (every month 1900-2999
answers 200, empty months say so); login/register links per page; a soft 404 (an unknown
articleId answers 200 with EasyDNN's "article not found" text, and one article's text links a
removed article); one article stored decomposed (NFD), one written with character references;
duplicate article URLs as above; a photo whose only printed line is its Zalo file name.

Gold (by hand). Title = the ``h1.edn_articleTitle``. published_at = the article's date line
(formats vary by template: "Thứ Bảy, 21/11/2026 - 15:45", "Cập nhật lúc 10:05 ngày 18/11/2026",
"Ngày đăng: 2026-11-14", "05 tháng 11 năm 2026", "07:30 05/09/2026"); a printed 00:00 is no time;
one article prints no date, and its listing date is used. EasyDNN's "Tác giả:" field shows the
posting account: the logins "bientap" and "admin" are never authors; on one article the account
is a person's display name ("Nguyễn Đức Thịnh") and that is taken as the author (it is the CMS
author field). Bylines in the text give authors/photographers ("Tin, ảnh" / "Bài, ảnh" /
"Tin và ảnh" give both; "Ảnh: Văn phòng Sở" credits an office, kept as printed); a bare
right-aligned name at the end is the author; "Nguồn: …" is the source. summary = the
``edn_articleSummary`` lead when the article has one (also the body's first paragraph).
Captions: the line printed with a photo (italic centred line, figcaption, the line after a
``<br>`` in parentheses (without them), a caption table row, EasyDNN's media caption); a Zalo
file name is no caption. Table rows are body lines, cells joined by " | ". The attached-documents
box is not body text. Category = the EasyDNN category name (breadcrumb's last item on the
article's category). Non-articles: listings of every kind, static tabs, login/register, feed,
search, the soft-404 page.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "dnn_easydnn_sgddt"
PLATFORM = "dnn"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Ninh Bình"
NEWS = "/tin-tuc"
NOTICES = "/thong-bao"
MID = 1450
NOTICE_MID = 1462
NEWS_PER_PAGE = 5
CAT_PER_PAGE = 4
NOTICE_PER_PAGE = 2
IMG = "/Portals/0/EasyDNNnews"

CATS: dict[int, tuple[str, str]] = {
    5: ("Tin hoạt động", "tin-hoat-dong"),
    6: ("Tin từ cơ sở", "tin-tu-co-so"),
    7: ("Thông báo", "thong-bao"),
}
TAGS: dict[int, tuple[str, str]] = {
    12: ("chuyển đổi số", "chuyen-doi-so"),
    14: ("học sinh giỏi", "hoc-sinh-gioi"),
    17: ("tuyển dụng", "tuyen-dung"),
    19: ("năm học 2026-2027", "nam-hoc-2026-2027"),
    21: ("thư viện trường học", "thu-vien-truong-hoc"),
}
ACCOUNTS: dict[int, str] = {1: "admin", 4: "bientap", 9: "Nguyễn Đức Thịnh"}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _thu(d: date, hhmm: str) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {hhmm}"


# Story.opts: day (listing date), dateline (printed date line or None), account (EasyDNN author
# id), tags, views, file (name, size), nfd, entities, related (ids).
# Img styles: "media" (EasyDNN main image, caption in p.edn_mediaCaption), "em" (centred image,
# then a centred italic line), "fig" (figure/figcaption), "paren" (image, <br>, "(caption)"),
# "table" (two-row caption table), "bare" (no line), "zalo" (an italic line that is the file name).
# P styles: "" paragraph, "h3", "li", "tr" (table row, first "tr" after "th"), "th", "b" (bold
# paragraph), "a|<href>|<phrase>".
STORIES: list[Story] = [
    Story(
        id=1312,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-21T15:45:00+07:00",
        blocks=[
            Img(
                f"{IMG}/1312/tong-ket-gvdg-thpt-2026.jpg",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao giải Nhất cho các giáo viên",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao giải Nhất cho các giáo viên",
                "media",
            ),
            P(
                "Hội thi được tổ chức từ ngày 09 đến ngày 19/11/2026 tại 4 cụm trường: THPT"
                " Lương Văn Tụy, THPT Chuyên Lê Hồng Phong, THPT Nam Trực và THPT A Duy Tiên."
                " Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất"
                " lượng giảng dạy và dạy hai tiết thực hành trên lớp được bốc thăm trước 24 giờ."
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, các tiết dạy đều được đầu tư công phu, bám sát"
                " yêu cầu cần đạt của Chương trình giáo dục phổ thông 2018. Nhiều giáo viên vận"
                " dụng linh hoạt các phương pháp dạy học tích cực như dạy học dự án, dạy học theo"
                " trạm, lớp học đảo ngược; khai thác hiệu quả học liệu số và phần mềm mô phỏng."
            ),
            Img(
                f"{IMG}/1312/tiet-day-thi-mon-vat-li.jpg",
                "Một tiết dạy dự thi môn Vật lí tại Trường THPT Lương Văn Tụy",
                "Một tiết dạy dự thi môn Vật lí tại Trường THPT Lương Văn Tụy",
                "em",
            ),
            P(
                "Bên cạnh kết quả đạt được, Hội thi cũng chỉ ra một số hạn chế: một vài tiết dạy"
                " còn nặng về trình chiếu, thời gian dành cho học sinh tự học, tự trình bày chưa"
                " nhiều; việc đánh giá học sinh trong giờ học ở một số tiết còn hình thức."
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 156 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp"
                " tỉnh, trong đó 18 giáo viên được tặng giấy chứng nhận đạt thành tích xuất sắc."
                " Các môn có tỉ lệ giáo viên đạt cao là Ngữ văn, Toán, Tiếng Anh và Tin học."
            ),
            P(
                "Phát biểu bế mạc, đồng chí Giám đốc Sở đề nghị các nhà trường tổ chức chuyên đề"
                " nhân rộng những tiết dạy tốt, đồng thời lưu ý các đơn vị chưa có giáo viên đạt"
                " giải cần rà soát, có kế hoạch bồi dưỡng đội ngũ ngay trong học kỳ I."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thu Hà</strong></p>'),
        ],
        authors=["Phạm Thu Hà"],
        photographers=["Phạm Thu Hà"],
        summary=(
            "Chiều 20/11, Sở Giáo dục và Đào tạo tổ chức Lễ tổng kết và trao giải Hội thi giáo"
            " viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027 cho 172 giáo viên đến từ 41"
            " trường THPT trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        opts={
            "day": date(2026, 11, 21),
            "dateline": _thu(date(2026, 11, 21), "15:45"),
            "account": 4,
            "tags": [19],
            "views": 1536,
        },
    ),
    Story(
        id=1309,
        slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-9-nam-hoc-2026-2027",
        title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026 - 2027",
        cat="7",
        published_at="2026-11-18T10:05:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 9"
                " THCS năm học 2026 - 2027 như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("08/12/2026 | Sáng | Ngữ văn, Lịch sử và Địa lí | 150 phút", "tr"),
            P("08/12/2026 | Chiều | Toán, Khoa học tự nhiên | 150 phút", "tr"),
            P("09/12/2026 | Sáng | Tiếng Anh, Tin học | 120 phút", "tr"),
            P(
                "Thí sinh có mặt tại điểm thi trước 30 phút để làm thủ tục dự thi, mang theo thẻ"
                " học sinh hoặc giấy tờ tùy thân có ảnh. Danh sách phòng thi được niêm yết tại"
                " các điểm thi trước ngày thi 02 ngày."
            ),
        ],
        opts={
            "day": date(2026, 11, 18),
            "dateline": "Cập nhật lúc 10:05 ngày 18/11/2026",
            "account": 1,
            "tags": [14],
            "views": 2874,
        },
    ),
    Story(
        id=1305,
        slug="truong-thcs-truong-han-sieu-soi-noi-hoi-khoe-phu-dong-cap-truong",
        title="Trường THCS Trương Hán Siêu sôi nổi Hội khỏe Phù Đổng cấp trường",
        cat="6",
        published_at="2026-11-14",
        blocks=[
            P(
                "Trong hai ngày 12 và 13/11, Trường THCS Trương Hán Siêu tổ chức Hội khỏe Phù Đổng"
                " cấp trường với gần 700 học sinh tham gia tranh tài ở 6 môn: điền kinh, bóng đá,"
                " cầu lông, bóng bàn, cờ vua và kéo co."
            ),
            Img(
                f"{IMG}/1305/hkpd-thcs-truong-han-sieu-1.jpg",
                "Các vận động viên xuất phát ở nội dung chạy 100m nam khối 8",
                "Các vận động viên xuất phát ở nội dung chạy 100m nam khối 8",
                "fig",
            ),
            Img(
                f"{IMG}/1305/hkpd-thcs-truong-han-sieu-2.jpg",
                "Trận chung kết bóng đá nam giữa lớp 9A1 và 9A4",
                "Trận chung kết bóng đá nam giữa lớp 9A1 và 9A4",
                "fig",
            ),
            Img(
                f"{IMG}/1305/hkpd-thcs-truong-han-sieu-3.jpg",
                "Phần thi kéo co khối 6 luôn nhận được sự cổ vũ nhiệt tình",
                "Phần thi kéo co khối 6 luôn nhận được sự cổ vũ nhiệt tình",
                "fig",
            ),
            Img(
                f"{IMG}/1305/hkpd-thcs-truong-han-sieu-4.jpg",
                "Ban Giám hiệu trao cờ và cúp vô địch toàn đoàn cho lớp 8A2",
                "Ban Giám hiệu trao cờ và cúp vô địch toàn đoàn cho lớp 8A2",
                "fig",
            ),
            P(
                "Qua hội thi, nhà trường chọn được 32 học sinh tiêu biểu tham gia Hội khỏe Phù"
                " Đổng cấp tỉnh dự kiến tổ chức vào tháng 12/2026."
            ),
            Raw('<p style="text-align:right"><em><strong>Bài, ảnh: Đinh Văn Nam</strong></em></p>'),
        ],
        authors=["Đinh Văn Nam"],
        photographers=["Đinh Văn Nam"],
        opts={
            "day": date(2026, 11, 14),
            "dateline": "Ngày đăng: 2026-11-14",
            "account": 4,
            "tags": [],
            "views": 412,
        },
    ),
    Story(
        id=1301,
        slug="thong-bao-tuyen-dung-vien-chuc-cac-don-vi-su-nghiep-truc-thuoc-so-nam-2026",
        title="Thông báo tuyển dụng viên chức các đơn vị sự nghiệp trực thuộc Sở năm 2026",
        cat="7",
        published_at="2026-11-10",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng 64 chỉ tiêu viên chức giảng dạy và"
                " nhân viên tại các trường THPT, trung tâm GDNN-GDTX trực thuộc Sở năm 2026. Thời"
                " gian nhận Phiếu đăng ký dự tuyển từ ngày 12/11/2026 đến hết ngày 11/12/2026"
                " (chi tiết xem tệp đính kèm)."
            ),
        ],
        opts={
            "day": date(2026, 11, 10),
            "dateline": _thu(date(2026, 11, 10), "00:00"),
            "account": 1,
            "tags": [17],
            "views": 4105,
            "file": ("TB-tuyen-dung-vien-chuc-2026.pdf", "268 KB", 77),
        },
    ),
    Story(
        id=1296,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-tai-cac-xa-phia-nam-tinh",
        title="Kiểm tra công tác phổ cập giáo dục tại các xã phía Nam tỉnh",
        cat="5",
        published_at="2026-11-05",
        blocks=[
            P(
                "Từ ngày 02 đến 04/11, đoàn công tác của Sở Giáo dục và Đào tạo đã kiểm tra công"
                " tác phổ cập giáo dục, xóa mù chữ tại 8 xã ven biển phía Nam tỉnh."
            ),
            Img(
                f"{IMG}/1296/kiem-tra-pho-cap-xa-ven-bien.jpg",
                "Đoàn kiểm tra làm việc với Ban Chỉ đạo phổ cập giáo dục xã Kim Đông",
                "Đoàn kiểm tra làm việc với Ban Chỉ đạo phổ cập giáo dục xã Kim Đông",
                "paren",
            ),
            P(
                "Qua kiểm tra hồ sơ và thực tế tại các trường, các xã đều duy trì vững chắc kết"
                " quả phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức độ 3"
                " và phổ cập giáo dục THCS mức độ 2. Tỉ lệ người trong độ tuổi 15 - 60 biết chữ"
                " đạt trên 99%."
            ),
            P(
                "Tuy nhiên, việc cập nhật dữ liệu trên hệ thống thông tin điện tử quản lý phổ cập"
                " giáo dục ở một số xã còn chậm; số liệu giữa các năm chưa khớp với danh sách"
                " học sinh của các trường.",
            ),
            P(
                "Đoàn đề nghị các xã hoàn thiện hồ sơ trước ngày 30/11/2026 theo Kế hoạch kiểm tra"
                " công nhận phổ cập giáo dục năm 2026 của Sở.",
                "a|/tin-tuc/articleType/ArticleView/articleId/987/ke-hoach-kiem-tra-cong-nhan-pho-cap-giao-duc-nam-2026"
                "|Kế hoạch kiểm tra công nhận phổ cập giáo dục năm 2026",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Minh Hải</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Ninh Bình</em></p>'
            ),
        ],
        authors=["Minh Hải"],
        source="Báo Ninh Bình",
        opts={
            "day": date(2026, 11, 5),
            "dateline": "05 tháng 11 năm 2026",
            "account": 4,
            "tags": [],
            "views": 688,
            "entities": True,
        },
    ),
    Story(
        id=1290,
        slug="truong-tieu-hoc-ninh-khanh-ra-mat-cau-lac-bo-doc-sach",
        title="Trường Tiểu học Ninh Khánh ra mắt Câu lạc bộ “Đọc sách cùng em”",
        cat="6",
        published_at="2026-10-30T14:10:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, sáng 29/10, Trường Tiểu học Ninh"
                " Khánh tổ chức ra mắt Câu lạc bộ “Đọc sách cùng em” với 120 thành viên là học sinh"
                " các khối lớp 3, 4, 5."
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần tại thư viện xanh của nhà trường."
                " Mỗi buổi sinh hoạt, các em được giới thiệu một cuốn sách hay, thi kể chuyện theo"
                " sách, vẽ tranh về nhân vật yêu thích và trao đổi sách với bạn bè."
            ),
            Img(
                f"{IMG}/1290/clb-doc-sach-ninh-khanh.jpg",
                "Học sinh lớp 4A đọc sách tại thư viện xanh của nhà trường",
                "Học sinh lớp 4A đọc sách tại thư viện xanh của nhà trường",
                "paren",
            ),
            P(
                "Nhân dịp này, Hội Cha mẹ học sinh nhà trường đã trao tặng thư viện 350 cuốn sách"
                " thiếu nhi và một tủ sách đặt tại sảnh tầng 1."
            ),
            Raw(
                '<p style="text-align:right"><b>Tin: Vũ Thị Lan</b><br /><b>Ảnh: Hoàng Anh</b></p>'
            ),
        ],
        authors=["Vũ Thị Lan"],
        photographers=["Hoàng Anh"],
        opts={
            "day": date(2026, 10, 30),
            "dateline": _thu(date(2026, 10, 30), "14:10"),
            "account": 4,
            "tags": [21],
            "views": 351,
            "nfd": True,
        },
    ),
    Story(
        id=1284,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-dan-toc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học 2026 - 2027",
        cat="5",
        published_at="2026-10-22",
        blocks=[
            P(
                "Ngày 21/10, Sở Giáo dục và Đào tạo tổ chức Hội nghị triển khai nhiệm vụ giáo dục"
                " dân tộc năm học 2026 - 2027. Dự hội nghị có đại diện Ban Dân tộc tỉnh, lãnh đạo"
                " các trường phổ thông dân tộc nội trú, dân tộc bán trú và các trường có đông học"
                " sinh dân tộc thiểu số."
            ),
            P(
                "Năm học 2025 - 2026, tỉ lệ huy động trẻ em dân tộc thiểu số ra lớp đạt 99,6%; 100%"
                " trẻ mẫu giáo người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1."
                " Chất lượng giáo dục ở các trường dân tộc nội trú tiếp tục được giữ vững."
            ),
            P(
                "Năm học mới, ngành tập trung nâng cao chất lượng dạy tiếng Việt cho học sinh dân"
                " tộc thiểu số, tăng cường tổ chức bán trú, bảo đảm bữa ăn dinh dưỡng và an toàn"
                " cho học sinh ở các xã miền núi phía Tây tỉnh."
            ),
        ],
        authors=["Nguyễn Đức Thịnh"],
        opts={
            "day": date(2026, 10, 22),
            "dateline": None,
            "account": 9,
            "tags": [19],
            "views": 507,
        },
    ),
    Story(
        id=1279,
        slug="thong-bao-thay-doi-dia-diem-tiep-cong-dan-cua-so-giao-duc-va-dao-tao",
        title="Thông báo thay đổi địa điểm tiếp công dân của Sở Giáo dục và Đào tạo",
        cat="7",
        published_at="2026-10-15",
        blocks=[
            P(
                "Kể từ ngày 20/10/2026, Sở Giáo dục và Đào tạo tiếp công dân tại Phòng 105, tầng 1,"
                " Trung tâm Hành chính công tỉnh (đường Lê Thái Tổ, phường Hoa Lư). Thời gian tiếp"
                " công dân vào sáng thứ Ba và sáng thứ Năm hằng tuần, trừ ngày nghỉ lễ, Tết."
            ),
        ],
        opts={
            "day": date(2026, 10, 15),
            "dateline": "Ngày đăng: 2026-10-15",
            "account": 1,
            "tags": [],
            "views": 233,
        },
    ),
    Story(
        id=1273,
        slug="truong-thpt-yen-khanh-a-to-chuc-ngay-hoi-em-yeu-khoa-hoc",
        title="Trường THPT Yên Khánh A tổ chức Ngày hội “Em yêu khoa học”",
        cat="6",
        published_at="2026-10-08T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 06/10, Trường THPT Yên Khánh A tổ chức Ngày hội “Em yêu khoa học” năm 2026 với"
                " 24 gian trưng bày sản phẩm nghiên cứu khoa học, kỹ thuật của học sinh."
            ),
            Img(
                f"{IMG}/1273/ngay-hoi-em-yeu-khoa-hoc-1.jpg",
                "Mô hình nhà kính thông minh của nhóm học sinh lớp 11A1",
                "Mô hình nhà kính thông minh của nhóm học sinh lớp 11A1",
                "table",
            ),
            P(
                "Nhiều sản phẩm có tính ứng dụng cao như hệ thống tưới cây tự động dùng cảm biến"
                " độ ẩm, máy lọc nước mini từ vật liệu tái chế, robot nhặt rác trên mặt nước. Các"
                " sản phẩm xuất sắc sẽ được nhà trường hỗ trợ hoàn thiện để dự thi khoa học, kỹ"
                " thuật cấp tỉnh."
            ),
            Raw('<p style="text-align: right;"><em>Tin và ảnh: Trần Minh Đức</em></p>'),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        opts={
            "day": date(2026, 10, 8),
            "dateline": "Cập nhật lúc 08:00 ngày 08/10/2026",
            "account": 4,
            "tags": [12],
            "views": 298,
        },
    ),
    Story(
        id=1268,
        slug="so-ket-mot-nam-trien-khai-ke-hoach-chuyen-doi-so-nganh-giao-duc",
        title="Sơ kết một năm triển khai Kế hoạch chuyển đổi số ngành Giáo dục",
        cat="5",
        published_at="2026-09-30T16:20:00+07:00",
        blocks=[
            P("Kết quả nổi bật", "h3"),
            P(
                "Sau một năm triển khai, 100% cơ sở giáo dục phổ thông trên địa bàn tỉnh đã sử dụng"
                " phần mềm quản lý nhà trường, kết nối dữ liệu với cơ sở dữ liệu ngành; 98% học"
                " sinh tiểu học và THCS đã có học bạ số."
            ),
            Img(
                f"{IMG}/1268/so-ket-chuyen-doi-so.jpg",
                "Các đại biểu tham quan mô hình lớp học thông minh",
                "Các đại biểu tham quan mô hình lớp học thông minh",
                "em",
            ),
            P(
                "Toàn ngành đã thanh toán không dùng tiền mặt các khoản thu dịch vụ giáo dục ở"
                " 92% trường học; tuyển sinh đầu cấp được thực hiện trực tuyến ở tất cả các cấp"
                " học."
            ),
            P("Nhiệm vụ thời gian tới", "h3"),
            P("Hoàn thành học bạ số đối với học sinh THPT trong năm học 2026 - 2027;", "li"),
            P("Xây dựng kho học liệu số dùng chung của tỉnh;", "li"),
            P(
                "Bồi dưỡng kỹ năng số cho 100% giáo viên, trong đó có ứng dụng trí tuệ nhân tạo.",
                "li",
            ),
            P(
                "Hội nghị đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong"
                " triển khai chuyển đổi số năm 2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Hoàng Yến</strong></p>'
                '<p style="text-align: right;"><strong>Ảnh: Văn phòng Sở</strong></p>'
            ),
        ],
        authors=["Lê Hoàng Yến"],
        photographers=["Văn phòng Sở"],
        summary=(
            "Chiều 29/9, Sở Giáo dục và Đào tạo tổ chức Hội nghị sơ kết một năm thực hiện Kế"
            " hoạch chuyển đổi số ngành Giáo dục giai đoạn 2025 - 2030."
        ),
        sapo_outside=True,
        opts={
            "day": date(2026, 9, 30),
            "dateline": _thu(date(2026, 9, 30), "16:20"),
            "account": 4,
            "tags": [12],
            "views": 1277,
        },
    ),
    Story(
        id=1262,
        slug="hon-430-nghin-hoc-sinh-toan-tinh-hao-hung-buoc-vao-nam-hoc-moi",
        title="Hơn 430 nghìn học sinh toàn tỉnh hào hứng bước vào năm học mới",
        cat="5",
        published_at="2026-09-05T07:30:00+07:00",
        blocks=[
            P(
                "Sáng 05/9, cùng với cả nước, hơn 430 nghìn học sinh các cấp học trên địa bàn tỉnh"
                " Ninh Bình đã dự lễ khai giảng năm học 2026 - 2027."
            ),
            Img(
                f"{IMG}/1262/z6921847301552_4a7c90e1b2d3f5.jpg",
                "z6921847301552_4a7c90e1b2d3f5.jpg",
                None,
                "zalo",
            ),
            P(
                "Tại Trường THPT Chuyên Lương Văn Tụy, đồng chí Chủ tịch UBND tỉnh dự và đánh trống"
                " khai giảng. Phát biểu tại buổi lễ, đồng chí ghi nhận những thành tích của thầy"
                " và trò nhà trường, đặc biệt là kết quả 3 học sinh đạt huy chương tại các kỳ thi"
                " Olympic quốc tế năm 2026."
            ),
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 1.126 trường học, tăng 9 trường so với năm học"
                " trước; tỉ lệ trường đạt chuẩn quốc gia đạt 91,3%."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Quang Huy - Ảnh: Thành Công</strong></p>'
            ),
        ],
        authors=["Quang Huy"],
        photographers=["Thành Công"],
        opts={
            "day": date(2026, 9, 5),
            "dateline": "07:30 05/09/2026",
            "account": 4,
            "tags": [19],
            "views": 1998,
        },
    ),
    Story(
        id=1255,
        slug="bo-gddt-huong-dan-thuc-hien-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-pho-thong",
        title="Bộ GD&ĐT hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027 đối với giáo dục phổ thông",
        cat="5",
        published_at="2026-08-20",
        blocks=[
            P(
                "Bộ Giáo dục và Đào tạo vừa ban hành văn bản hướng dẫn thực hiện nhiệm vụ năm học"
                " 2026 - 2027 đối với giáo dục phổ thông, trong đó yêu cầu các địa phương tiếp tục"
                " thực hiện Chương trình giáo dục phổ thông 2018 bảo đảm chất lượng, hiệu quả."
            ),
            P(
                "Bộ đề nghị các sở giáo dục và đào tạo chỉ đạo nhà trường xây dựng kế hoạch giáo"
                " dục phù hợp với điều kiện thực tế, tăng cường giáo dục kỹ năng số, giáo dục STEM"
                " và dạy học tiếng Anh; thực hiện nghiêm quy định về dạy thêm, học thêm."
            ),
            P(
                "Về đánh giá học sinh, các trường tiếp tục đổi mới hình thức kiểm tra, tăng cường"
                " đánh giá thường xuyên bằng nhận xét, hạn chế việc kiểm tra dồn vào cuối học kỳ."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Cổng TTĐT Bộ GD&amp;ĐT</em></p>'),
        ],
        source="Cổng TTĐT Bộ GD&ĐT",
        opts={
            "day": date(2026, 8, 20),
            "dateline": "20 tháng 8 năm 2026",
            "account": 1,
            "tags": [19],
            "views": 846,
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
STORIES.sort(key=lambda s: s.opts["day"], reverse=True)


def article_path(story: Story, tab: str = NEWS) -> str:
    return f"{tab}/articleType/ArticleView/articleId/{story.id}/{story.slug}"


def cat_name(story: Story) -> str:
    return CATS[int(story.cat)][0]


def cat_path(cid: int) -> str:
    return f"{NEWS}/articleType/CategoryView/categoryId/{cid}/{CATS[cid][1]}"


def tag_path(tid: int) -> str:
    return f"{NEWS}/articleType/TagView/tagID/{tid}/{TAGS[tid][1]}"


def author_path(aid: int) -> str:
    slug = ACCOUNTS[aid] if aid != 9 else "nguyen-duc-thinh"
    return f"{NEWS}/articleType/AuthorView/authorId/{aid}/{slug}"


def archive_path(year: int, month: int) -> str:
    return f"{NEWS}/articleType/ArchiveView/month/{month}/year/{year}"


def in_cat(cid: int) -> list[Story]:
    return [s for s in STORIES if int(s.cat) == cid]


def in_tag(tid: int) -> list[Story]:
    return [s for s in STORIES if tid in s.opts["tags"]]


def in_month(year: int, month: int) -> list[Story]:
    return [s for s in STORIES if (s.opts["day"].year, s.opts["day"].month) == (year, month)]


def _npages(count: int, per: int) -> int:
    return max(1, -(-count // per))


ARCHIVE_MONTHS = sorted({(s.opts["day"].year, s.opts["day"].month) for s in STORIES}, reverse=True)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        cat_name(s),
        alt_paths=[
            f"{NEWS}/articleType/ArticleView/articleId/{s.id}",
            *([article_path(s, NOTICES)] if s.cat == "7" else []),
        ],
    )
    for s in STORIES
]

SOFT_404 = f"{NEWS}/articleType/ArticleView/articleId/987/ke-hoach-kiem-tra-cong-nhan-pho-cap-giao-duc-nam-2026"
STATIC_TABS: dict[str, str] = {
    "/gioi-thieu": "Giới thiệu",
    "/gioi-thieu/co-cau-to-chuc": "Cơ cấu tổ chức",
    "/gioi-thieu/lanh-dao-so": "Lãnh đạo Sở",
    "/van-ban": "Văn bản",
    "/thu-vien-anh": "Thư viện ảnh",
    "/lien-he": "Liên hệ",
}
FEED = f"/DesktopModules/EasyDNNNews/feed.aspx?TabID=56&ModuleID={MID}"

NON_ARTICLES: list[str] = [
    "/",
    NEWS,
    *(f"{NEWS}/PgrID/{MID}/PageID/{n}" for n in range(1, _npages(len(STORIES), NEWS_PER_PAGE) + 1)),
    *(cat_path(c) for c in CATS),
    *(
        f"{cat_path(c)}/PgrID/{MID}/PageID/{n}"
        for c in CATS
        if _npages(len(in_cat(c)), CAT_PER_PAGE) > 1
        for n in range(1, _npages(len(in_cat(c)), CAT_PER_PAGE) + 1)
    ),
    *(tag_path(t) for t in TAGS),
    *(author_path(a) for a in ACCOUNTS),
    *(archive_path(y, m) for y, m in ARCHIVE_MONTHS),
    archive_path(2026, 12),
    NOTICES,
    *(
        f"{NOTICES}/PgrID/{NOTICE_MID}/PageID/{n}"
        for n in range(1, _npages(len(in_cat(7)), NOTICE_PER_PAGE) + 1)
    ),
    *STATIC_TABS,
    "/ket-qua-tim-kiem",
    "/Terms",
    "/Privacy",
    "/Login?returnurl=%2f",
    "/Register?returnurl=%2f",
    FEED,
    SOFT_404,
]


# ------------------------------------------------------------------------------ rendering


def _t(value: str, story: Story | None = None) -> str:
    if story is not None and story.opts.get("entities"):
        return text(value, entities=2)
    if story is not None and story.opts.get("nfd"):
        return text(value, nfd=True)
    return esc(value)


def _raw(markup: str, story: Story) -> str:
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def _para(p: P, story: Story) -> str:
    if p.style == "h3":
        return f"<h3>{_t(p.text, story)}</h3>"
    if p.style == "b":
        return f"<p><strong>{_t(p.text, story)}</strong></p>"
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        return f'<p>{_t(before, story)}<a href="{esc(href)}">{_t(phrase, story)}</a>{_t(after, story)}</p>'
    return f"<p>{_t(p.text, story)}</p>"


def _image(img: Img, story: Story) -> str:
    alt = esc(img.caption or story.title)
    tag = f'<img alt="{alt}" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'
    line = _t(img.printed or "", story)
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "fig":
        return f'<figure class="image">{tag}<figcaption>{line}</figcaption></figure>'
    if img.style == "paren":
        return f'<p style="text-align: center;">{tag}<br />\n<em>({line})</em></p>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-table">'
            f'<tbody><tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{line}</em></span>'
            "</td></tr></tbody></table>"
        )
    if img.style == "zalo":
        return f'<p style="text-align: center;">{tag}<br /><em>{line}</em></p>'
    return f'<p style="text-align: center;">{tag}</p>'


def _content(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "media")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f"<{cell}>{_t(c, story)}</{cell}>" for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if isinstance(b, P):
            out.append(_para(b, story))
        elif isinstance(b, Img):
            out.append(_image(b, story))
        else:
            out.append(_raw(b.html, story))
        i += 1
    return "\n".join(out)


def _media(story: Story) -> str:
    media = [b for b in story.blocks if isinstance(b, Img) and b.style == "media"]
    if not media:
        return ""
    img = media[0]
    cap = f'<p class="edn_mediaCaption">{esc(img.printed)}</p>' if img.printed else ""
    return (
        '<div class="edn_mediaContainer edn_fixedPrewrapper">'
        f'<img src="{esc(img.src)}" alt="{esc(story.title)}" />{cap}</div>'
    )


def _thumb(story: Story) -> str | None:
    imgs = story.images
    if not imgs:
        return None
    name = imgs[0].src.rsplit("/", 1)[1]
    return f"{IMG}/thumbs/{story.id}/{name}"


def _excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    first = story.paragraphs[0]
    words = first.split()
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


# --------------------------------------------------------------------------- page chrome


def _menu(current: str) -> str:
    items = [
        ("/", "Trang chủ", []),
        (
            "/gioi-thieu",
            "Giới thiệu",
            [
                ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức"),
                ("/gioi-thieu/lanh-dao-so", "Lãnh đạo Sở"),
            ],
        ),
        (NEWS, "Tin tức", [(cat_path(c), n) for c, (n, _) in CATS.items()]),
        (NOTICES, "Thông báo", []),
        ("/van-ban", "Văn bản", []),
        ("/thu-vien-anh", "Thư viện ảnh", []),
        ("/lien-he", "Liên hệ", []),
    ]
    out = ['<nav id="dnnMenu" class="sgdnb-menu"><ul class="topLevel">']
    for n, (href, label, subs) in enumerate(items):
        cls = ["item"]
        if n == 0:
            cls.append("first")
        if current == href or (href != "/" and current.startswith(href + "/")):
            cls.append("selected")
        if subs:
            cls.append("haschild")
        out.append(
            f'<li class="{" ".join(cls)}"><a href="{href}"><div><span>{esc(label)}</span></div></a>'
        )
        if subs:
            out.append('<div class="subLevel"><ul>')
            out.extend(
                f'<li class="item"><a href="{h}"><div><span>{esc(t)}</span></div></a></li>'
                for h, t in subs
            )
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "".join(out)


def _header(current: str) -> str:
    ret = quote(current, safe="").lower()
    return (
        '<header class="sgdnb-header"><div class="sgdnb-topbar container">'
        f'<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY}</span>'
        '<div class="sgdnb-userbox"><div id="dnn_dnnUser_registerGroup" class="registerGroup"><ul class="buttonGroup">'
        f'<li class="userDisplayName"><a id="dnn_dnnUser_enhancedRegisterLink" title="Đăng ký" class="SkinObject" rel="nofollow" href="/Register?returnurl={ret}">Đăng ký</a></li>'
        "</ul></div>"
        '<div id="dnn_dnnLogin_loginGroup" class="loginGroup">'
        f'<a id="dnn_dnnLogin_enhancedLoginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" href="/Login?returnurl={ret}">Đăng nhập</a>'
        "</div></div></div>"
        '<div class="sgdnb-brand container"><a id="dnn_dnnLOGO_hypLogo" title="'
        + esc(SITE)
        + '" href="/">'
        '<img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo-sgddt-ninhbinh.png" alt="'
        + esc(SITE)
        + '" /></a>'
        '<div class="sgdnb-sitename"><span class="sgdnb-line1">UBND TỈNH NINH BÌNH</span>'
        '<span class="sgdnb-line2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>'
        '<div id="dnn_dnnSearch_ClassicSearch" class="sgdnb-search"><span class="searchInputContainer">'
        '<input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." autocomplete="off" />'
        '</span><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(\'dnn$dnnSearch$cmdSearch\',\'\')">Tìm</a></div>'
        "</div>" + _menu(current) + "</header>"
    )


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    parts = [
        '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<a href="{h}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(t)}</span></a>'
        f'<meta itemprop="position" content="{n}" /></span>'
        for n, (h, t) in enumerate(trail, 1)
    ]
    return (
        '<div class="sgdnb-breadcrumb container"><span class="sgdnb-youarehere">Bạn đang ở:</span> '
        '<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
        '<span itemscope itemtype="http://schema.org/BreadcrumbList">'
        + ' <img alt="»" src="/images/breadcrumb.gif" /> '.join(parts)
        + "</span></span></div>"
    )


def _module(
    mid: int, title: str | None, inner: str, mod: str = "DNN_HTML", container: str = "sgdnb-box"
) -> str:
    head = (
        f'<div class="{container}-title"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2></div>'
        if title
        else ""
    )
    return (
        f'<div class="DnnModule DnnModule-{mod} DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="{container}">{head}<div id="dnn_ctr{mid}_ContentPane" class="{container}-body">'
        f'<!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{mod}C">'
        f"{inner}</div><!-- End_Module_{mid} --></div></div></div>"
    )


def _news_box(stories: list[Story], cls: str) -> str:
    items = "".join(
        f'<li class="edn_article"><a class="edn_articleTitle" href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="edn_articleDate">({s.opts["day"]:%d/%m/%Y})</span></li>'
        for s in stories
    )
    return f'<div class="eds_news_module_box {cls}"><ul class="edn_newsList">{items}</ul></div>'


def _calendar(year: int, month: int) -> str:
    py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
    ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
    days_with = {s.opts["day"].day for s in in_month(year, month)}
    first = date(year, month, 1)
    last = (date(ny, nm, 1) - first).days
    cells = ["<td></td>"] * first.weekday()
    for d in range(1, last + 1):
        cls = ' class="edn_calendarDayWithArticles"' if d in days_with else ""
        cells.append(f"<td{cls}>{d}</td>")
    while len(cells) % 7:
        cells.append("<td></td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    prev = (
        f'<a class="edn_calendarPrev" href="{archive_path(py, pm)}" title="Tháng trước">«</a>'
        if py >= 1900
        else ""
    )
    nxt = (
        f'<a class="edn_calendarNext" href="{archive_path(ny, nm)}" title="Tháng sau">»</a>'
        if ny <= 2999
        else ""
    )
    return (
        f'<div class="edn_calendarWrapper"><div class="edn_calendarHeader">{prev}'
        f'<span class="edn_calendarMonth">Tháng {month}/{year}</span>{nxt}</div>'
        '<table class="edn_calendar"><thead><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th>'
        f"<th>T7</th><th>CN</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _left(cal: tuple[int, int]) -> str:
    cats = "".join(
        f'<li class="edn_category"><a href="{cat_path(c)}">{esc(n)}</a> <span class="edn_count">({len(in_cat(c))})</span></li>'
        for c, (n, _) in CATS.items()
    )
    archive = "".join(
        f'<li><a href="{archive_path(y, m)}">Tháng {m:02d}/{y}</a> ({len(in_month(y, m))})</li>'
        for y, m in ARCHIVE_MONTHS
    )
    tags = " ".join(
        f'<a class="edn_tag" href="{tag_path(t)}">{esc(n)}</a>' for t, (n, _) in TAGS.items()
    )
    links = (
        '<select class="sgdnb-weblinks" onchange="if(this.value)window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://ninhbinh.gov.vn">Cổng TTĐT tỉnh Ninh Bình</option>'
        '<option value="http://127.0.0.2/csdl-nganh">Cơ sở dữ liệu ngành</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option>'
        "</select>"
    )
    poll = (
        '<div class="sgdnb-poll"><p class="sgdnb-poll-question">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>'
        '<ul><li><input type="radio" name="dnn$ctr1488$Poll$rblAnswer" value="1" id="poll1" /><label for="poll1">Đẹp, dễ sử dụng</label></li>'
        '<li><input type="radio" name="dnn$ctr1488$Poll$rblAnswer" value="2" id="poll2" /><label for="poll2">Bình thường</label></li>'
        '<li><input type="radio" name="dnn$ctr1488$Poll$rblAnswer" value="3" id="poll3" /><label for="poll3">Khó tìm thông tin</label></li></ul>'
        "<a class=\"dnnPrimaryAction\" href=\"javascript:__doPostBack('dnn$ctr1488$Poll$cmdVote','')\">Biểu quyết</a> "
        "<a class=\"dnnSecondaryAction\" href=\"javascript:__doPostBack('dnn$ctr1488$Poll$cmdResults','')\">Xem kết quả</a></div>"
    )
    return (
        '<div id="dnn_LeftPane" class="col-md-3 sgdnb-leftpane">'
        + _module(
            1471,
            "Chuyên mục",
            f'<ul class="edn_category_menu_wrapper">{cats}</ul>',
            "EasyDNNnewsCategoriesMenu",
        )
        + _module(1473, "Lịch tin bài", _calendar(*cal), "EasyDNNnewsCalendar")
        + _module(
            1474,
            "Lưu trữ tin bài",
            f'<ul class="edn_archive">{archive}</ul>',
            "EasyDNNnewsCalendar",
        )
        + _module(1476, "Từ khóa", f'<div class="edn_tagCloud">{tags}</div>', "EasyDNNnewsTagCloud")
        + _module(1478, "Liên kết website", links)
        + _module(1488, "Thăm dò ý kiến", poll, "Poll")
        + "</div>"
    )


def _right() -> str:
    latest = _news_box(STORIES[:5], "sgdnb-latest")
    top = sorted(STORIES, key=lambda s: -s.opts["views"])[:5]
    most = "".join(
        f'<li><a href="{NEWS}/articleType/ArticleView/articleId/{s.id}">{esc(s.title)}</a>'
        f' <span class="sgdnb-views">{s.opts["views"]} lượt xem</span></li>'
        for s in top
    )
    counter = (
        '<ul class="sgdnb-counter"><li>Đang truy cập: <b>27</b></li><li>Hôm nay: <b>1.482</b></li>'
        "<li>Hôm qua: <b>2.106</b></li><li>Tháng này: <b>41.937</b></li><li>Tổng lượt truy cập: <b>3.268.415</b></li></ul>"
    )
    banners = (
        '<div class="sgdnb-banners"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Portals/0/Banner/dich-vu-cong.jpg" alt="Dịch vụ công trực tuyến" /></a>'
        '<a href="http://127.0.0.2/hoctructuyen" target="_blank"><img src="/Portals/0/Banner/hoc-truc-tuyen.jpg" alt="Học trực tuyến" /></a></div>'
    )
    return (
        '<div id="dnn_RightPane" class="col-md-3 sgdnb-rightpane">'
        + _module(1480, "Tin mới", latest, "EasyDNNnews")
        + _module(1482, "Tin xem nhiều", f'<ol class="sgdnb-mostread">{most}</ol>', "TopViews")
        + _module(1484, None, banners)
        + _module(1486, "Thống kê truy cập", counter, "VisitorCounter")
        + "</div>"
    )


def _footer() -> str:
    return (
        '<footer class="sgdnb-footer"><div id="dnn_FooterPane" class="container">'
        + _module(
            1490,
            None,
            f"<p><strong>{esc(SITE.upper())}</strong></p>"
            "<p>Địa chỉ: Số 8 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình</p>"
            "<p>Điện thoại: 0229.3871.205 - Fax: 0229.3871.234 - Email: sogddt@ninhbinh.edu.vn</p>"
            "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
            "<p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/6/2025</p>",
        )
        + '</div><div class="sgdnb-copyright container">'
        '<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Bản quyền © 2026 Sở Giáo dục và Đào tạo tỉnh Ninh Bình</span>'
        ' | <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="/Terms">Điều khoản sử dụng</a>'
        ' | <a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="/Privacy">Chính sách bảo mật</a>'
        "</div></footer>"
    )


def _page(
    base: str,
    current: str,
    title: str,
    main: str,
    trail: list[tuple[str, str]],
    head: str = "",
    cal: tuple[int, int] = (2026, 11),
    description: str = "",
) -> str:
    vs = opaque("viewstate" + current, 180, b"\xff\x01")
    return (
        '<!DOCTYPE html>\n<html lang="vi-VN">\n<head id="Head">'
        '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />\n'
        f"<title>\n\t{esc(title)}\n</title>"
        f'<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description or SITE)}" />'
        '<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />'
        '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=187" type="text/css" rel="stylesheet"/>'
        '<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=187" type="text/css" rel="stylesheet"/>'
        '<link href="/Portals/_default/skins/sgdnb2023/skin.css?cdv=187" type="text/css" rel="stylesheet"/>'
        '<link href="/Portals/0/portal.css?cdv=187" type="text/css" rel="stylesheet"/>'
        '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=187" type="text/javascript"></script>'
        f'<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SITE)}" href="{base}{esc(FEED)}" />'
        f"{head}"
        '<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=2023-05-11" type="image/x-icon" />'
        '<meta name="viewport" content="width=device-width,initial-scale=1" /></head>\n'
        '<body id="Body">\n'
        f'<form method="post" action="{esc(current)}" id="Form" enctype="multipart/form-data">\n'
        '<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /></div>\n'
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['Form'];\n"
        "function __doPostBack(eventTarget, eventArgument) {\n if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "  theForm.__EVENTTARGET.value = eventTarget;\n  theForm.__EVENTARGUMENT.value = eventArgument;\n  theForm.submit();\n }\n}\n//]]>\n</script>\n"
        '<div id="siteWrapper">'
        + _header(current)
        + _breadcrumb(trail)
        + '<div class="container sgdnb-main"><div class="row">'
        + _left(cal)
        + f'<div id="dnn_ContentPane" class="col-md-6 sgdnb-contentpane">{main}</div>'
        + _right()
        + "</div></div>"
        + _footer()
        + "</div>\n"
        '<input name="ScrollTop" type="hidden" id="ScrollTop" />'
        '<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`}" />'
        "</form>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------- pages


def _article(story: Story, base: str, current: str, tab: str) -> str:
    cid = int(story.cat)
    acc = story.opts["account"]
    date_span = (
        f'<span class="edn_articleDate">{esc(story.opts["dateline"])}</span>'
        if story.opts["dateline"]
        else ""
    )
    title = _t(story.title) if not story.opts.get("nfd") else text(story.title, nfd=True)
    summary = (
        f'<div class="edn_articleSummary"><p>{_t(story.summary, story)}</p></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    docs = ""
    if story.opts.get("file"):
        name, size, did = story.opts["file"]
        href = f"/DesktopModules/EasyDNNNews/DocumentDownload.ashx?portalid=0&amp;moduleid={MID}&amp;articleid={story.id}&amp;documentid={did}"
        docs = (
            '<div class="edn_articleDocuments"><h3 class="edn_documentsTitle">Tài liệu đính kèm</h3>'
            f'<ul><li><a class="edn_documentLink" href="{href}" target="_blank">{esc(name)}</a>'
            f' <span class="edn_documentSize">({size})</span></li></ul></div>'
        )
    tags = ""
    if story.opts["tags"]:
        tags = (
            '<div class="edn_articleTags"><span class="edn_tagsLabel">Từ khóa:</span> '
            + ", ".join(
                f'<a href="{tag_path(t)}">{esc(TAGS[t][0])}</a>' for t in story.opts["tags"]
            )
            + "</div>"
        )
    url = base + article_path(story)
    share = (
        '<div class="edn_socialPrintWrapper"><div class="edn_socialButtons">'
        f'<a class="edn_facebook" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank">Chia sẻ Facebook</a> '
        f'<a class="edn_zalo" href="https://sp.zalo.me/share_inline?url={quote(url, safe="")}" target="_blank">Zalo</a></div>'
        '<a class="edn_printButton" href="#" onclick="window.print();return false;">In bài viết</a> '
        f'<a class="edn_emailButton" href="mailto:?subject={quote(story.title)}&amp;body={quote(url, safe="")}">Gửi email</a></div>'
    )
    related = [
        s for s in STORIES if s is not story and set(s.opts["tags"]) & set(story.opts["tags"])
    ][:4]
    rel_html = ""
    if related:
        rel_html = (
            '<div class="edn_relatedArticles"><h3 class="edn_relatedTitle">Bài viết liên quan</h3><ul>'
            + "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in related)
            + "</ul></div>"
        )
    others = [s for s in in_cat(cid) if s is not story][:5]
    others_html = (
        '<div class="edn_otherArticles"><h3 class="edn_otherTitle">Các bài viết khác</h3><ul>'
        + "".join(
            f'<li><a href="{article_path(s, tab if tab == NOTICES else NEWS)}">{esc(s.title)}</a>'
            f' <span class="edn_articleDate">({s.opts["day"]:%d/%m/%Y})</span></li>'
            for s in others
        )
        + "</ul></div>"
    )
    comments = (
        '<div class="edn_commentsWrapper"><h3>Ý kiến bạn đọc</h3><p class="edn_noComments">Chưa có ý kiến nào.</p>'
        f'<div class="edn_commentForm"><label for="edn_cmtName">Họ và tên</label><input type="text" id="edn_cmtName" name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentName" />'
        f'<label for="edn_cmtEmail">Email</label><input type="text" id="edn_cmtEmail" name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentEmail" />'
        f'<label for="edn_cmtText">Nội dung</label><textarea id="edn_cmtText" name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbComment"></textarea>'
        f"<a class=\"edn_commentSubmit\" href=\"javascript:__doPostBack('dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$btnAddComment','')\">Gửi ý kiến</a></div></div>"
    )
    mid = MID if tab == NEWS else NOTICE_MID
    inner = (
        f'<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default'
        f' eds_templateGroup_articleDetails eds_styleSwitchCriteria_module-{mid}">'
        f'<div class="edn_{mid}_article_edit_container"></div>'
        '<div class="edn_article edn_articleDetails edn_clearFix">'
        f'<h1 class="edn_articleTitle">{title}</h1>'
        f'<div class="edn_metaDetails">{date_span}'
        f'<span class="edn_articleAuthor">Tác giả: <a href="{author_path(acc)}">{esc(ACCOUNTS[acc])}</a></span>'
        f'<span class="edn_articleCategories"><a href="{cat_path(cid)}" title="{esc(CATS[cid][0])}"'
        f' class="{CATS[cid][1].replace("-", "_")}">{esc(CATS[cid][0])}</a></span>'
        f'<span class="edn_numberOfViews">Lượt xem: {story.opts["views"]}</span></div>'
        f"{summary}{_media(story)}"
        f'<div class="edn_articleContent">{_content(story)}</div>'
        f"{docs}{tags}{share}</div>{rel_html}{others_html}{comments}</div>"
    )
    main = _module(mid, None, inner, "EasyDNNnews", "sgdnb-article")
    canonical = base + article_path(story)
    head = (
        f'<link rel="canonical" href="{canonical}" />'
        f'<meta property="og:title" content="{esc(story.title)}" />'
        '<meta property="og:type" content="article" />'
        f'<meta property="og:url" content="{canonical}" />'
    )
    tab_trail = (NEWS, "Tin tức") if tab == NEWS else (NOTICES, "Thông báo")
    trail = [("/", "Trang chủ"), tab_trail]
    if tab == NEWS:
        trail.append((cat_path(cid), CATS[cid][0]))
    return _page(
        base, current, f"{story.title} - {SITE}", main, trail, head, description=_excerpt(story)
    )


def _soft404(base: str, current: str) -> str:
    inner = (
        f'<div class="eds_news_module_{MID} news eds_subCollection_news eds_news_Ozone">'
        '<div class="edn_articleNotFound"><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>'
        f'<p><a href="{NEWS}">« Quay lại danh sách tin</a></p></div></div>'
    )
    main = _module(MID, "Tin tức", inner, "EasyDNNnews")
    return _page(base, current, f"Tin tức - {SITE}", main, [("/", "Trang chủ"), (NEWS, "Tin tức")])


def _list_item(s: Story, tab: str) -> str:
    href = article_path(s, tab)
    thumb = _thumb(s)
    img = (
        f'<a class="edn_articleImageLink" href="{href}"><img class="edn_articleImage" src="{thumb}" alt="{esc(s.title)}" /></a>'
        if thumb
        else ""
    )
    return (
        f'<div class="edn_article edn_clearFix">{img}'
        f'<h2 class="edn_articleTitle"><a href="{href}">{esc(s.title)}</a></h2>'
        f'<div class="edn_metaDetails"><span class="edn_articleDate">{s.opts["day"]:%d/%m/%Y}</span></div>'
        f'<div class="edn_articleSummary">{esc(_excerpt(s))}</div>'
        f'<a class="edn_readMore edn_readMoreButton" href="{href}">Xem tiếp »</a></div>'
    )


def _pager(listing: str, mid: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int, label: str, cls: str) -> str:
        return f'<a class="{cls}" href="{listing}/PgrID/{mid}/PageID/{n}">{label}</a>'

    out = ['<div class="article_pager">']
    if page > 1:
        out += [link(1, "Đầu", "first"), link(page - 1, "Trước", "prev")]
    for n in range(1, pages + 1):
        out.append(link(n, str(n), "page active" if n == page else "page"))
    if page < pages:
        out += [link(page + 1, "Sau", "next"), link(pages, "Cuối", "last")]
    out.append("</div>")
    return "".join(out)


def _listing(
    base: str,
    current: str,
    heading: str,
    stories: list[Story],
    listing: str,
    page: int,
    per: int,
    trail: list[tuple[str, str]],
    mid: int = MID,
    tab: str = NEWS,
    cal: tuple[int, int] = (2026, 11),
    empty: str = "Không có bài viết nào.",
) -> str | None:
    pages = _npages(len(stories), per)
    if page > pages:
        return None
    chunk = stories[(page - 1) * per : page * per]
    items = "".join(_list_item(s, tab) for s in chunk) or f'<p class="edn_noArticles">{empty}</p>'
    inner = (
        f'<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_List_Article_Default'
        f' eds_templateGroup_listArticle eds_styleSwitchCriteria_module-{mid}">'
        f'<div class="edn_listHeader"><h1 class="edn_listTitle">{esc(heading)}</h1></div>'
        f'<div class="edn_articleList">{items}</div>{_pager(listing, mid, page, pages)}</div>'
    )
    main = _module(mid, None, inner, "EasyDNNnews", "sgdnb-list")
    return _page(base, current, f"{heading} - {SITE}", main, trail, cal=cal)


def _home(base: str) -> str:
    feat = STORIES[:3]
    slider = "".join(
        f'<div class="edn_featured"><a href="{article_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" /></a>'
        f'<h3><a href="{article_path(s)}">{esc(s.title)}</a></h3></div>'
        for s in feat
        if _thumb(s)
    )
    main = _module(
        1452, "Tin nổi bật", f'<div class="edn_featuredSlider">{slider}</div>', "EasyDNNnews"
    )
    for cid, (name, _) in CATS.items():
        box = _news_box(in_cat(cid)[:4], "sgdnb-catbox")
        box += f'<a class="sgdnb-more" href="{cat_path(cid)}">Xem tất cả »</a>'
        main += _module(1453 + cid, name, box, "EasyDNNnews")
    return _page(base, "/", f"Trang chủ - {SITE}", main, [("/", "Trang chủ")])


_STATIC_TEXT: dict[str, str] = {
    "/gioi-thieu": (
        "<p>Sở Giáo dục và Đào tạo tỉnh Ninh Bình là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức"
        " năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<p>Sở có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên"
        " chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn,"
        " nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "<p>Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.</p><ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li>"
        "<li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non - Tiểu học</li>"
        "<li>Phòng Giáo dục Trung học - Giáo dục thường xuyên</li><li>Phòng Quản lý chất lượng</li></ul>"
    ),
    "/gioi-thieu/lanh-dao-so": (
        '<table class="sgdnb-leaders"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
        "<tr><td>Trần Văn Hưng</td><td>Giám đốc</td><td>0229.3871.201</td></tr>"
        "<tr><td>Đỗ Thị Minh Nguyệt</td><td>Phó Giám đốc</td><td>0229.3871.202</td></tr>"
        "<tr><td>Phạm Quốc Khánh</td><td>Phó Giám đốc</td><td>0229.3871.203</td></tr></table>"
    ),
    "/van-ban": (
        '<table class="DocumentsTable"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>'
        "<tr><td>2418/SGDĐT-GDTrH</td><td>16/11/2026</td><td>V/v tổ chức thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026 - 2027</td>"
        '<td><a href="/LinkClick.aspx?fileticket=Qm7vX2pLk0A%3d&amp;tabid=61&amp;portalid=0&amp;mid=1502">Tải về</a></td></tr>'
        "<tr><td>1386/KH-SGDĐT</td><td>28/09/2026</td><td>Kế hoạch kiểm tra công nhận phổ cập giáo dục, xóa mù chữ năm 2026</td>"
        '<td><a href="/LinkClick.aspx?fileticket=bT4rN8cWq1E%3d&amp;tabid=61&amp;portalid=0&amp;mid=1502">Tải về</a></td></tr>'
        "<tr><td>1120/QĐ-SGDĐT</td><td>22/08/2026</td><td>Quyết định ban hành Kế hoạch thời gian năm học 2026 - 2027</td>"
        '<td><a href="/LinkClick.aspx?fileticket=Zk9sD3fHy6U%3d&amp;tabid=61&amp;portalid=0&amp;mid=1502">Tải về</a></td></tr>'
        "</tbody></table>"
    ),
    "/thu-vien-anh": "".join(
        f'<div class="sgdnb-album"><a href="/Portals/0/Gallery/album-{n}/anh-{n}-01.jpg"><img src="/Portals/0/Gallery/album-{n}/thumb.jpg" alt="{esc(t)}" /></a>'
        f"<p>{esc(t)}</p></div>"
        for n, t in [
            (1, "Khai giảng năm học 2026 - 2027"),
            (2, "Hội khỏe Phù Đổng cấp tỉnh"),
            (3, "Ngày hội Chuyển đổi số"),
        ]
    ),
    "/lien-he": (
        "<p>Mọi ý kiến đóng góp xin gửi về Văn phòng Sở Giáo dục và Đào tạo.</p>"
        '<div class="dnnForm"><label>Họ và tên</label><input type="text" name="dnn$ctr1510$Feedback$txtName" />'
        '<label>Email</label><input type="text" name="dnn$ctr1510$Feedback$txtEmail" />'
        '<label>Tiêu đề</label><input type="text" name="dnn$ctr1510$Feedback$txtSubject" />'
        '<label>Nội dung</label><textarea name="dnn$ctr1510$Feedback$txtBody"></textarea>'
        "<a class=\"dnnPrimaryAction\" href=\"javascript:__doPostBack('dnn$ctr1510$Feedback$cmdSend','')\">Gửi góp ý</a></div>"
    ),
}


def _static(base: str, path: str) -> str:
    title = STATIC_TABS[path]
    trail = [("/", "Trang chủ")]
    if path.startswith("/gioi-thieu/"):
        trail.append(("/gioi-thieu", "Giới thiệu"))
    trail.append((path, title))
    main = _module(1500 + len(path), title, _STATIC_TEXT[path])
    return _page(base, path, f"{title} - {SITE}", main, trail)


def _simple(base: str, current: str, title: str, inner: str) -> str:
    return _page(
        base,
        current,
        f"{title} - {SITE}",
        _module(1520, title, inner),
        [("/", "Trang chủ"), (current, title)],
    )


def _feed(base: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(_excerpt(s))}</description>"
        f"<pubDate>{s.opts['day']:%a, %d %b %Y} 00:00:00 +0700</pubDate>"
        f'<guid isPermaLink="true">{base}{article_path(s)}</guid></item>'
        for s in STORIES[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tin tức - {esc(SITE)}</title><link>{base}{NEWS}</link><description>Tin tức</description>"
        f"{items}</channel></rss>"
    )


# ---------------------------------------------------------------------------------- routing

_PAGER = re.compile(r"^(?P<base>.*?)/PgrID/(?P<mid>\d+)/PageID/(?P<page>\d+)$")
_ARTICLE = re.compile(
    r"^(?P<tab>/tin-tuc|/thong-bao)/articleType/ArticleView/articleId/(?P<id>\d+)(?:/(?P<slug>[^/]+))?$"
)
_CATEGORY = re.compile(r"^/tin-tuc/articleType/CategoryView/categoryId/(\d+)/([^/]+)$")
_TAG = re.compile(r"^/tin-tuc/articleType/TagView/tagID/(\d+)/([^/]+)$")
_AUTHOR = re.compile(r"^/tin-tuc/articleType/AuthorView/authorId/(\d+)/([^/]+)$")
_ARCHIVE = re.compile(r"^/tin-tuc/articleType/ArchiveView/month/(\d{1,2})/year/(\d{4})$")


def _ok(body: str) -> Response:
    return html(body, headers={"Cache-Control": "private", "X-Powered-By": "ASP.NET"})


class DnnEasyDnnSoGDDT:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if (
            path.startswith("/DesktopModules/EasyDNNNews/DocumentDownload.ashx")
            or path == "/LinkClick.aspx"
        ):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        if request.method == "POST" and "dnnSearch" in request.form.get("__EVENTTARGET", ""):
            term = request.form.get("dnn$dnnSearch$txtSearch", "")
            return redirect(f"/ket-qua-tim-kiem?Search={quote(term)}")
        base = base_url(request)
        if request.path == "/DesktopModules/EasyDNNNews/feed.aspx":
            return Response(
                200, _feed(base), {"Content-Type": "application/rss+xml; charset=utf-8"}
            )
        body = self._page(request, base)
        return _ok(body) if body is not None else None

    def _page(self, request: Request, base: str) -> str | None:
        path = request.path.rstrip("/") or "/"
        if path == "/":
            return _home(base)
        if path in STATIC_TABS:
            return _static(base, path)
        if path in ("/Login", "/Register"):
            label = "Đăng nhập" if path == "/Login" else "Đăng ký"
            inner = (
                '<div class="dnnForm dnnLoginService"><label>Tên đăng nhập:</label><input type="text" name="dnn$ctr$Login$Login_DNN$txtUsername" />'
                '<label>Mật khẩu:</label><input type="password" name="dnn$ctr$Login$Login_DNN$txtPassword" />'
                f"<a class=\"dnnPrimaryAction\" href=\"javascript:__doPostBack('dnn$ctr$Login$Login_DNN$cmdLogin','')\">{label}</a></div>"
            )
            return _simple(base, path, label, inner)
        if path in ("/Terms", "/Privacy"):
            title = "Điều khoản sử dụng" if path == "/Terms" else "Chính sách bảo mật"
            return _simple(
                base,
                path,
                title,
                f"<p>Việc sử dụng Cổng thông tin của {esc(SITE)} tuân theo các quy định hiện hành.</p>",
            )
        if path == "/ket-qua-tim-kiem":
            term = request.params.get("Search", "")
            inner = f'<div class="dnnSearchResults"><p>Không tìm thấy kết quả nào cho từ khóa “{esc(term)}”.</p></div>'
            return _simple(base, path, "Kết quả tìm kiếm", inner)

        m = _ARTICLE.match(path)
        if m:
            story = _BY_ID.get(int(m["id"]))
            tab = m["tab"]
            if story is None or (tab == NOTICES and story.cat != "7"):
                return _soft404(base, request.path)
            return _article(story, base, request.path, tab)

        page = 1
        pm = _PAGER.match(path)
        if pm:
            path, page = pm["base"], int(pm["page"])
            if page < 1:
                return None
        home = ("/", "Trang chủ")
        if path == NEWS:
            return _listing(
                base,
                request.path,
                "Tin tức",
                STORIES,
                NEWS,
                page,
                NEWS_PER_PAGE,
                [home, (NEWS, "Tin tức")],
            )
        if path == NOTICES:
            return _listing(
                base,
                request.path,
                "Thông báo",
                in_cat(7),
                NOTICES,
                page,
                NOTICE_PER_PAGE,
                [home, (NOTICES, "Thông báo")],
                mid=NOTICE_MID,
                tab=NOTICES,
            )
        m = _CATEGORY.match(path)
        if m and int(m[1]) in CATS:
            cid = int(m[1])
            name = CATS[cid][0]
            return _listing(
                base,
                request.path,
                name,
                in_cat(cid),
                cat_path(cid),
                page,
                CAT_PER_PAGE,
                [home, (NEWS, "Tin tức"), (cat_path(cid), name)],
            )
        m = _TAG.match(path)
        if m and int(m[1]) in TAGS:
            tid = int(m[1])
            return _listing(
                base,
                request.path,
                f"Từ khóa: {TAGS[tid][0]}",
                in_tag(tid),
                tag_path(tid),
                page,
                NEWS_PER_PAGE,
                [home, (NEWS, "Tin tức")],
            )
        m = _AUTHOR.match(path)
        if m and int(m[1]) in ACCOUNTS:
            aid = int(m[1])
            stories = [s for s in STORIES if s.opts["account"] == aid]
            return _listing(
                base,
                request.path,
                f"Bài viết của {ACCOUNTS[aid]}",
                stories,
                author_path(aid),
                page,
                NEWS_PER_PAGE,
                [home, (NEWS, "Tin tức")],
            )
        m = _ARCHIVE.match(path)
        if m:
            month, year = int(m[1]), int(m[2])
            if not (1 <= month <= 12 and 1900 <= year <= 2999):
                return None
            return _listing(
                base,
                request.path,
                f"Lưu trữ tháng {month}/{year}",
                in_month(year, month),
                archive_path(year, month),
                page,
                NEWS_PER_PAGE,
                [home, (NEWS, "Tin tức")],
                cal=(year, month),
            )
        return None


def build_site() -> DnnEasyDnnSoGDDT:
    return DnnEasyDnnSoGDDT()
