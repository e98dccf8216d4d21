"""Fixture portal: a provincial political school on a vendor's Java e-government portal.

Why: telecom and software vendors sold provinces one Java portal product (an Oracle Portal 10g
page-group tree with the vendor's own JSP portlets in it) and every agency of the province got a
page group on it, the provincial political school included. The school's site is the page group
``truongchinhtri``; every page of it lives under ``/portal/page/portal/truongchinhtri/…`` and the
host root answers ``302`` to the page group. What a crawler meets there:

- one portal page per section, its portlet switching between a list and a detail view by query
  parameters: ``tin_tuc?p_cat=21`` (a category), ``tin_tuc?p_cat=21&pageNo=2`` (its page 2),
  ``tin_tuc`` / ``tin_tuc?pageNo=N`` (all news), ``tin_tuc?p_itemid=1342&p_cat=21`` (an item);
  notices on their own page ``thong_bao?p_itemid=…&p_cat=24``. The detail view ignores any
  other parameter, so the same article also answers with the parameters swapped (the "Tin xem
  nhiều" portlet prints them that way) and with the ``utm_source``/``utm_medium`` pair the home
  page's "Tin nổi bật" slider adds; those are the ``alt_paths`` of the gold;
- two generations of the detail portlet. Items entered in the new editor module print
  ``h1.tieude``, the date line "Thứ tư, 18/11/2026 | 08:30" (lower-case weekday; some items
  were imported with "| 00:00": no time), a tool bar (font size, print, e-mail, "Lượt xem"),
  the sapo as a bold ``div.trichdan``, the body ``div.noidung`` and a ``rel=canonical``; one
  imported repost prints no date at all. Items from the old module are a table
  (``table.tblTinChiTiet``: ``td.TieuDeTin``, ``td.NgayDang`` "10 Tháng Mười Một, 2026",
  ``td.TomTat``, ``td.NoiDungTin`` written by the old FCKeditor with ``<div align>`` and
  ``<font>``, ``td.NguoiDang`` "Tác giả: … | Người đăng: bientap02 | Lượt xem: N") and have no
  canonical; the old JSP answers them with ``Content-Type: text/html`` and no charset (the
  ``<meta http-equiv>`` says UTF-8);
- listings: entries with a thumbnail, the title link, "(dd/mm/yyyy)" (the item's *updated*
  date: one item was edited two days after publication, its detail shows the publication date)
  and a teaser; the news pager prints real links "Trang đầu / Trang trước / 1 2 3 / Trang sau
  / Trang cuối" (``&pageNo=N``; the document register uses ``&page=N``); the notices pager is
  ``href="javascript:void(0)" onclick="goPage(2)"`` links whose script sets the hidden field
  ``pageNo`` of a GET form ``frmPaging`` (hidden ``p_cat``) and submits it, so page 2 of the
  notices is ``thong_bao?p_cat=24&pageNo=2``, reached only the way a browser submits that form;
- chrome: the top bar "Hôm nay, Thứ Tư 25/11/2026" (the fixed TODAY) with the English switch,
  the search box and links, the banner, the menu, a ``<marquee>`` of the newest items, the
  breadcrumb "Trang chủ » Tin tức » <chuyên mục>", sidebar portlets ("Lịch công tác" this week
  with a "Lịch tuần sau" link, "Tin xem nhiều", "Văn bản mới", "Thư viện ảnh", "Liên kết" banners
  and a "Liên kết website" select, "Thăm dò ý kiến" (on detail pages Oracle Portal's "Portlet
  tạm thời không khả dụng."), the counter "Đang truy cập / Tổng lượt truy cập"), the footer with
  address and an Oracle Portal login link carrying the current page (one login URL per page);
- sections that are not news: "Văn bản" (a register, paged, entries ``van_ban?p_docid=N`` with
  a PDF), "Thư viện ảnh" (albums ``thu_vien_anh?p_albumid=N``: photos with captions), static
  pages under "Giới thiệu", "Liên hệ" (a POST form), search, the print view ``in_bai?p_itemid=N``
  (noindex), a near-empty English site under ``/en/`` (four pages: a welcome line, "Updating...",
  "No data.", an address), a poll result page, and a soft 404:
  an item id that no longer exists answers 200 with "Tin bài không tồn tại hoặc đã bị gỡ bỏ."
  (linked from one article's "Tin liên quan" box);
- the trap: "Lịch công tác" ``lich_cong_tac?p_tuan=W&p_nam=Y`` whose "Tuần sau »" / "« Tuần trước"
  links never end (every ISO week of 1900-2100 answers; other weeks than this one say
  "Chưa có lịch công tác").

Hard cases in the text: one body typed decomposed (NFD), one body with FCKeditor character
references (named and numeric mixed with raw UTF-8), “curly quotes”, a timetable table.

Gold (by hand, see STORIES). ``path`` is the form the listings print (``p_itemid`` first);
``canonical_path`` equals it (new-module items declare it, old ones declare nothing).
Judgement calls:
- category = the breadcrumb's last item (the portlet's category name; notices: "Thông báo");
- summary = the bold sapo block (``div.trichdan`` / ``td.TomTat``), also the body's first
  paragraph; items without that block have none;
- the date line "| 00:00" means no time (date only); the repost without a date line takes the
  listing's date; the edited item takes its detail date, not the listing's updated date;
- bylines: "Tin, ảnh: X" gives X as author and photographer, "Tin: X - Ảnh: Y" splits, "Ảnh: Y"
  gives only a photographer, a bare right-aligned bold name is the author, the old module's
  "Tác giả:" field is the author, "Người đăng:" is a login name (never an author); a signature's
  second line naming the faculty ("Khoa Lý luận cơ sở") is an affiliation, neither author nor
  body; "(Nguồn: Báo Cao Bằng)" is the source;
- a caption is the centred italic line under a photo without its parentheses; a line that is
  only a Zalo file name is no caption (the image stays, caption null);
- table rows are body lines with cells joined by " | "; list items are paragraphs; the
  attachment box ("Tệp đính kèm") is not body text; a notice of one paragraph plus a PDF is an
  article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "vendor_jsp_tct"
PLATFORM = "vendor-jsp"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Cao Bằng"
SITE_UPPER = "TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG"
GROUP = "/portal/page/portal/truongchinhtri"
DOCS_URL = "/portal/pls/portal/docs/1"
UPLOADS = "/Uploads/truongchinhtri"
CSS = "/portal/pls/portal/PORTAL.wwv_setting.render_css?p_lang=vi&p_subscriberid=1&p_styleid=5301&p_siteid=73"
NEWS_PAGE = GROUP + "/tin_tuc"
NOTICE_PAGE = GROUP + "/thong_bao"
PRINT_PAGE = GROUP + "/in_bai"
CAL_PAGE = GROUP + "/lich_cong_tac"
DOC_PAGE = GROUP + "/van_ban"
ALBUM_PAGE = GROUP + "/thu_vien_anh"
SEARCH_PAGE = GROUP + "/tim_kiem"
CONTACT_PAGE = GROUP + "/lien_he"
LOGIN = "/portal/pls/portal/PORTAL.wwsec_app_priv.login"

CAT_PER_PAGE = 3
ALL_PER_PAGE = 4
NOTICE_PER_PAGE = 2
DOCS_PER_PAGE = 3

#: the fixed "today", from the shared header clock ("Thứ Tư, ngày 25/11/2026")
_m = re.fullmatch(r"(Thứ \w+), ngày (\d\d)/(\d\d)/(\d{4})", TODAY)
assert _m, TODAY
TODAY_WEEKDAY = _m.group(1)
TODAY_DATE = date(int(_m.group(4)), int(_m.group(3)), int(_m.group(2)))
THIS_WEEK = TODAY_DATE.isocalendar()[:2]  # (2026, 48)


@dataclass(frozen=True)
class Cat:
    id: int
    name: str
    page: str  # the portal page whose portlet lists and shows the category


CATS: dict[int, Cat] = {
    21: Cat(21, "Tin hoạt động", NEWS_PAGE),
    22: Cat(22, "Đào tạo - Bồi dưỡng", NEWS_PAGE),
    23: Cat(23, "Nghiên cứu khoa học", NEWS_PAGE),
    24: Cat(24, "Thông báo", NOTICE_PAGE),
}
NEWS_CATS = (21, 22, 23)

_MONTHS = (
    "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai",
)  # fmt: skip
_WEEKDAYS_LOWER = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _v2_line(when: datetime) -> str:
    """The new module's date line: "Thứ tư, 18/11/2026 | 08:30"."""
    return f"{_WEEKDAYS_LOWER[when.weekday()]}, {when:%d/%m/%Y | %H:%M}"


def _v1_line(day: date) -> str:
    """The old module's date line: "15 Tháng Tám, 2026"."""
    return f"{day.day:02d} Tháng {_MONTHS[day.month - 1]}, {day.year}"


# Story.opts:
#   tpl       "v2" (new detail portlet, canonical, div markup) or "v1" (old table portlet)
#   when      the publication moment the page prints (datetime)
#   line      the printed date line, or None when the page prints none
#   listed    the date listings print beside the link (the item's updated date)
#   user      the "Người đăng"/"Người cập nhật" login name; author_field: old module "Tác giả:"
#   views, nfd, entities, attach (href, file name, size), related (list of (id, cat, title))
# Img styles: "paren" (centred italic "(…)" line), "em" (centred italic line), "old" (old editor:
#   <div align=center><font><i>), "bare" (no line). P styles: "" paragraph, "h" (bold sub-heading
#   line), "li" (list item), "th"/"tr" (table rows, cells joined by " | ").
# Story.slug stays empty: the vendor's item URLs carry only ids.
STORIES: list[Story] = [
    Story(
        id=1345,
        slug="",
        title=(
            "Thông báo triệu tập học viên lớp Trung cấp lý luận chính trị - hành chính khóa 47"
            " (hệ không tập trung)"
        ),
        cat="24",
        published_at="2026-11-23T10:05:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo triệu tập học viên lớp Trung cấp lý luận chính trị"
                " - hành chính khóa 47, hệ không tập trung. Thời gian khai giảng: 7 giờ 30 phút,"
                " ngày 07/12/2026 tại Hội trường A, Trường Chính trị tỉnh. Danh sách học viên và"
                " các yêu cầu cụ thể xem tại tệp đính kèm."
            ),
        ],
        opts={
            "tpl": "v2",
            "when": datetime(2026, 11, 23, 10, 5),
            "user": "phongdaotao",
            "views": 318,
            "attach": (f"{DOCS_URL}/5261047.PDF", "TB_trieu_tap_K47.pdf", "184 KB"),
        },
    ),
    Story(
        id=1342,
        slug="",
        title=(
            "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 46 hệ không tập trung"
            " dành cho cán bộ các xã khu vực phía Đông"
        ),
        cat="21",
        published_at="2026-11-18T08:30:00+07:00",
        summary=(
            "Sáng ngày 16/11/2026, Trường Chính trị tỉnh Cao Bằng tổ chức Lễ khai giảng lớp Trung"
            " cấp lý luận chính trị - hành chính khóa 46, hệ không tập trung, dành cho 85 học viên"
            " là cán bộ, công chức các xã khu vực phía Đông của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Hoàng Văn Thạch, Phó Trưởng ban Tuyên giáo và Dân vận"
                " Tỉnh ủy; lãnh đạo Trường Chính trị tỉnh; đại diện Đảng ủy các xã có học viên tham"
                " gia lớp học."
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/11/khai-giang-k46-1.jpg",
                "(Đồng chí Nông Thị Hạnh, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng"
                " lớp học)",
                "Đồng chí Nông Thị Hạnh, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng"
                " lớp học",
                "paren",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Nông Thị Hạnh, Phó Hiệu trưởng Trường Chính trị tỉnh"
                " nhấn mạnh: lớp học được mở theo kế hoạch đào tạo năm 2026 của Ban Thường vụ Tỉnh"
                " ủy, nhằm trang bị cho đội ngũ cán bộ cơ sở hệ thống kiến thức cơ bản về lý luận"
                " chính trị, quản lý nhà nước và kỹ năng lãnh đạo, quản lý sau khi sắp xếp tổ chức"
                " bộ máy chính quyền địa phương hai cấp."
            ),
            P(
                "Trong thời gian 8 tháng, học viên sẽ học tập 4 phần học với 21 học phần, kết hợp đi"
                " nghiên cứu thực tế tại địa phương và viết tiểu luận tình huống. Nhà trường đề nghị"
                " học viên chấp hành nghiêm nội quy, quy chế học tập, chủ động sắp xếp công việc cơ"
                " quan để tham gia đầy đủ các buổi học."
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/11/khai-giang-k46-2.jpg",
                "(Các đại biểu và học viên dự Lễ khai giảng)",
                "Các đại biểu và học viên dự Lễ khai giảng",
                "paren",
            ),
            P(
                "Thay mặt học viên, đồng chí Lương Văn Đoàn, Lớp trưởng hứa sẽ nỗ lực học tập, rèn"
                " luyện, hoàn thành tốt chương trình đào tạo, vận dụng kiến thức được học vào thực"
                " tiễn công tác tại cơ sở."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Thu Hà</strong></p>'),
        ],
        authors=["Hoàng Thu Hà"],
        photographers=["Hoàng Thu Hà"],
        opts={
            "tpl": "v2",
            "when": datetime(2026, 11, 18, 8, 30),
            "user": "bientap01",
            "views": 1206,
        },
    ),
    Story(
        id=1340,
        slug="",
        title="Lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 45 (hệ tập trung)",
        cat="22",
        published_at="2026-11-12T15:45:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính"
                " trị - hành chính khóa 45, hệ tập trung, như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Hình thức thi | Phòng thi", "th"),
            P(
                "30/11/2026 | Sáng | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin và tư tưởng Hồ"
                " Chí Minh | Viết | Hội trường A",
                "tr",
            ),
            P(
                "02/12/2026 | Sáng | Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản"
                " Việt Nam | Viết | Hội trường A",
                "tr",
            ),
            P(
                "04/12/2026 | Chiều | Vận dụng kiến thức vào thực tiễn địa phương, đơn vị | Vấn đáp"
                " | Phòng 201, 202",
                "tr",
            ),
            P(
                "Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên và giấy"
                " tờ tùy thân. Buổi sáng bắt đầu lúc 7 giờ 30 phút, buổi chiều bắt đầu lúc 14 giờ 00"
                " phút."
            ),
        ],
        opts={
            "tpl": "v2",
            "when": datetime(2026, 11, 12, 15, 45),
            "user": "phongdaotao",
            "views": 874,
        },
    ),
    Story(
        id=1338,
        slug="",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="21",
        published_at="2026-11-10",
        blocks=[
            P(
                "Ngày 06/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với"
                " chủ đề “Nâng cao chất lượng đội ngũ giảng viên đáp ứng yêu cầu đổi mới nội dung,"
                " chương trình đào tạo lý luận chính trị”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những kết quả đạt được trong"
                " công tác tự học, tự nghiên cứu, đi thực tế cơ sở của giảng viên; chỉ ra những hạn"
                " chế như một số bài giảng còn nặng về lý thuyết, việc ứng dụng công nghệ thông tin"
                " trong giảng dạy chưa đồng đều."
            ),
            P(
                "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ yêu cầu mỗi đảng viên xây dựng kế"
                " hoạch tự học tập, bồi dưỡng cụ thể; mỗi giảng viên đăng ký ít nhất một bài giảng"
                " ứng dụng phương pháp dạy học tích cực trong năm học 2026 - 2027."
            ),
            Raw(
                '<div align="right"><b><font face="Times New Roman" size="3">Nông Thị Mai</font></b></div>'
            ),
        ],
        authors=["Nông Thị Mai"],
        opts={
            "tpl": "v1",
            "when": datetime(2026, 11, 10, 9, 12),
            "listed": date(2026, 11, 12),
            "user": "bientap02",
            "views": 455,
        },
    ),
    Story(
        id=1335,
        slug="",
        title=(
            "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường"
            " Chính trị tỉnh"
        ),
        cat="23",
        published_at="2026-10-27",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người"
            " học là yêu cầu cấp thiết đối với các trường chính trị hiện nay. Bài viết trao đổi một"
            " số kinh nghiệm bước đầu của giảng viên Trường Chính trị tỉnh Cao Bằng."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Yêu cầu đổi mới phương pháp giảng dạy", "h"),
            P(
                "Học viên các lớp trung cấp lý luận chính trị - hành chính hầu hết là cán bộ, công"
                " chức đang công tác, đã có kinh nghiệm thực tiễn nhất định. Cách giảng dạy thuyết"
                " trình một chiều dễ gây nhàm chán, không khai thác được vốn hiểu biết của người học."
            ),
            P(
                "Quy định chuẩn trường chính trị yêu cầu giảng viên tăng cường sử dụng các phương"
                " pháp thảo luận nhóm, nêu vấn đề, tình huống, giảm thời lượng thuyết giảng lý"
                " thuyết, tăng thời lượng thảo luận và thực hành."
            ),
            P("2. Một số phương pháp đã được vận dụng", "h"),
            P(
                "Thứ nhất, phương pháp thảo luận nhóm: giảng viên chia lớp thành các nhóm từ 6 đến 8"
                " học viên, giao vấn đề thảo luận gắn với thực tiễn địa phương, yêu cầu các nhóm"
                " trình bày và phản biện lẫn nhau."
            ),
            P(
                "Thứ hai, phương pháp tình huống: giảng viên xây dựng tình huống từ chính những vụ"
                " việc xảy ra ở cơ sở như giải quyết đơn thư, tranh chấp đất đai, vận động nhân dân"
                " hiến đất làm đường để học viên phân tích, đề xuất cách xử lý."
            ),
            P(
                "Thứ ba, ứng dụng công nghệ thông tin: sử dụng bài giảng điện tử, video tư liệu, các"
                " phần mềm khảo sát trực tuyến để kiểm tra nhanh mức độ tiếp thu của học viên ngay"
                " trên lớp."
            ),
            P("3. Một số đề xuất", "h"),
            P(
                "Để việc vận dụng phương pháp dạy học tích cực đạt hiệu quả, mỗi giảng viên cần"
                " không ngừng tự học, đi thực tế để tích lũy tình huống; nhà trường cần đầu tư trang"
                " thiết bị phòng học, xây dựng ngân hàng tình huống dùng chung và đưa tiêu chí đổi"
                " mới phương pháp vào đánh giá giảng viên hằng năm."
            ),
            Raw(
                '<div align="right"><b><font face="Times New Roman" size="3">Đàm Thị Hương</font></b></div>'
                '<div align="right"><i><font face="Times New Roman" size="3">Khoa Lý luận cơ sở</font></i></div>'
            ),
        ],
        authors=["Đàm Thị Hương"],
        opts={
            "tpl": "v1",
            "when": datetime(2026, 10, 27, 14, 2),
            "user": "bientap02",
            "views": 1530,
            "related": [
                (1187, 23, "Tổng kết công tác nghiên cứu khoa học năm 2025"),
                (1306, 23, None),
            ],
        },
    ),
    Story(
        id=1333,
        slug="",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027",
        cat="24",
        published_at="2026-10-23T14:20:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh thông báo tuyển sinh lớp"
                " Trung cấp lý luận chính trị - hành chính hệ tập trung, khóa 48. Hồ sơ đăng ký gồm:"
            ),
            P("Công văn cử đi học của cơ quan có thẩm quyền;", "li"),
            P("Bản sao bằng tốt nghiệp trung học phổ thông hoặc tương đương trở lên;", "li"),
            P("Sơ yếu lý lịch có xác nhận của cơ quan, đơn vị;", "li"),
            P("Quyết định kết nạp Đảng (bản sao) đối với học viên là đảng viên.", "li"),
            P(
                "Các cơ quan, đơn vị gửi hồ sơ về Phòng Quản lý đào tạo, Trường Chính trị tỉnh trước"
                " ngày 31/12/2026. Điện thoại liên hệ: 0206.3852.415."
            ),
        ],
        opts={
            "tpl": "v2",
            "when": datetime(2026, 10, 23, 14, 20),
            "user": "phongdaotao",
            "views": 2047,
        },
    ),
    Story(
        id=1331,
        slug="",
        title="Hình ảnh Hội thao cán bộ, viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        cat="21",
        published_at="2026-10-20T14:15:00+07:00",
        blocks=[
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -"
                " 20/10/2026), từ ngày 15 đến 17/10/2026, Công đoàn Trường Chính trị tỉnh tổ chức"
                " Hội thao cán bộ, viên chức, người lao động với các môn bóng chuyền hơi, kéo co, cầu"
                " lông và cờ tướng. Dưới đây là một số hình ảnh tại Hội thao."
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/10/hoi-thao-2026-keo-co.jpg",
                "Các đội tham gia thi đấu môn kéo co",
                "Các đội tham gia thi đấu môn kéo co",
                "em",
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/10/hoi-thao-2026-bong-chuyen.jpg",
                "Trận chung kết môn bóng chuyền hơi giữa Khoa Xây dựng Đảng và Phòng Tổ chức - Hành chính",
                "Trận chung kết môn bóng chuyền hơi giữa Khoa Xây dựng Đảng và Phòng Tổ chức - Hành chính",
                "em",
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/10/z5968213370415_8a1f3c2d9e7b4a60f1e2d3c4b5a69788.jpg",
                "z5968213370415_8a1f3c2d9e7b4a60f1e2d3c4b5a69788.jpg",
                None,
                "em",
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/10/hoi-thao-2026-trao-giai.jpg",
                "Ban tổ chức trao giải cho các đội đạt thành tích cao",
                "Ban tổ chức trao giải cho các đội đạt thành tích cao",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Ảnh: Nông Văn Khải</strong></p>'),
        ],
        photographers=["Nông Văn Khải"],
        opts={
            "tpl": "v2",
            "when": datetime(2026, 10, 20, 14, 15),
            "user": "bientap01",
            "views": 990,
        },
    ),
    Story(
        id=1327,
        slug="",
        title="Bế giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2026",
        cat="22",
        published_at="2026-10-09T16:00:00+07:00",
        summary=(
            "Chiều ngày 08/10/2026, Trường Chính trị tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc Việt"
            " Nam tỉnh tổ chức bế giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 120 cán bộ"
            " Mặt trận và các đoàn thể chính trị - xã hội cấp xã."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong thời gian 5 ngày, học viên được nghiên cứu 6 chuyên đề: công tác Mặt trận"
                " trong xây dựng khối đại đoàn kết toàn dân tộc; giám sát và phản biện xã hội; tập"
                " hợp, vận động đoàn viên, hội viên; kỹ năng tiếp xúc, đối thoại với nhân dân; tổ"
                " chức cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và"
                " công tác dân tộc, tôn giáo."
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/10/be-giang-mat-tran-2026.jpg",
                "Lãnh đạo nhà trường trao giấy chứng nhận cho các học viên",
                "Lãnh đạo nhà trường trao giấy chứng nhận cho các học viên",
                "em",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 38 học viên đạt loại giỏi."
                " Ban Tổ chức đã trao giấy chứng nhận hoàn thành khóa học cho các học viên và khen"
                " thưởng 6 học viên có thành tích xuất sắc."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Bế Thu Trang</strong></p>'),
        ],
        authors=["Bế Thu Trang"],
        photographers=["Bế Thu Trang"],
        opts={
            "tpl": "v2",
            "when": datetime(2026, 10, 9, 16, 0),
            "user": "bientap01",
            "views": 642,
            "nfd": True,
        },
    ),
    Story(
        id=1324,
        slug="",
        title=(
            "Đoàn công tác Trường Chính trị tỉnh Cao Bằng trao đổi kinh nghiệm tại Trường Chính"
            " trị tỉnh Tuyên Quang"
        ),
        cat="21",
        published_at="2026-10-02",
        blocks=[
            P(
                "Từ ngày 28 đến 30/9/2026, đoàn công tác Trường Chính trị tỉnh Cao Bằng do đồng chí"
                " Đinh Văn Thắng, Hiệu trưởng làm trưởng đoàn đã đến thăm và trao đổi kinh nghiệm tại"
                " Trường Chính trị tỉnh Tuyên Quang."
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/10/doan-cong-tac-tuyen-quang.jpg",
                "(Hai đoàn trao đổi kinh nghiệm về công tác đào tạo, bồi dưỡng)",
                "Hai đoàn trao đổi kinh nghiệm về công tác đào tạo, bồi dưỡng",
                "paren",
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi về việc tổ chức các lớp trung cấp lý luận"
                " chính trị sau khi sắp xếp đơn vị hành chính cấp xã, công tác quản lý học viên, đổi"
                " mới phương pháp giảng dạy và kinh nghiệm đạt chuẩn trường chính trị mức 1."
            ),
            P(
                "Đoàn cũng đã tham quan phòng truyền thống, thư viện điện tử và hệ thống phòng học"
                " thông minh của nhà trường; dâng hương tại Khu di tích lịch sử quốc gia đặc biệt Tân"
                " Trào."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Mạc Thị Hằng - Ảnh: Lục Văn Tuấn</strong></p>'
            ),
        ],
        authors=["Mạc Thị Hằng"],
        photographers=["Lục Văn Tuấn"],
        opts={
            "tpl": "v2",
            "when": datetime(2026, 10, 2, 0, 0),
            "user": "bientap01",
            "views": 733,
            "entities": 2,
        },
    ),
    Story(
        id=1317,
        slug="",
        title="Cao Bằng: Nâng cao chất lượng đội ngũ giảng viên lý luận chính trị",
        cat="21",
        published_at="2026-09-15",
        summary=(
            "Những năm qua, công tác xây dựng, nâng cao chất lượng đội ngũ giảng viên lý luận chính"
            " trị trên địa bàn tỉnh được quan tâm thực hiện, góp phần quan trọng vào việc nâng cao"
            " chất lượng công tác giáo dục lý luận chính trị cho cán bộ, đảng viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hiện nay, Trường Chính trị tỉnh có 42 giảng viên cơ hữu, trong đó có 3 tiến sĩ, 35"
                " thạc sĩ; 100% giảng viên có trình độ cao cấp lý luận chính trị. Bên cạnh đó, đội"
                " ngũ báo cáo viên, giảng viên kiêm chức của tỉnh được kiện toàn sau khi sắp xếp tổ"
                " chức bộ máy."
            ),
            P(
                "Nhà trường thường xuyên cử giảng viên đi bồi dưỡng nâng cao trình độ chuyên môn,"
                " nghiệp vụ sư phạm; tổ chức dự giờ, thao giảng, hội thi giảng viên dạy giỏi cấp"
                " trường; yêu cầu giảng viên đi nghiên cứu thực tế tại cơ sở ít nhất 2 tuần mỗi năm."
            ),
            P(
                "Tuy vậy, đội ngũ giảng viên vẫn còn thiếu ở một số chuyên ngành như kinh tế, pháp"
                " luật; một bộ phận giảng viên trẻ còn hạn chế về kinh nghiệm thực tiễn. Thời gian"
                " tới, tỉnh tiếp tục rà soát, bổ sung đội ngũ, có chính sách thu hút người có trình"
                " độ cao về công tác tại Trường."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Minh Thư</strong></p>'
                '<p style="text-align: right;"><em>(Nguồn: Báo Cao Bằng)</em></p>'
            ),
        ],
        authors=["Minh Thư"],
        source="Báo Cao Bằng",
        opts={
            "tpl": "v2",
            "when": datetime(2026, 9, 15, 7, 40),
            "line": None,
            "user": "bientap01",
            "views": 401,
        },
    ),
    Story(
        id=1312,
        slug="",
        title="Khai giảng lớp bồi dưỡng lãnh đạo, quản lý cấp phòng và tương đương năm 2026 (đợt 2)",
        cat="22",
        published_at="2026-08-17",
        blocks=[
            P(
                "Sáng 17/8/2026, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng lãnh đạo, quản lý"
                " cấp phòng và tương đương năm 2026 (đợt 2) cho 65 học viên là trưởng, phó phòng các"
                " sở, ban, ngành và Ủy ban nhân dân các xã, phường. Lớp học diễn ra trong 4 tuần, học"
                " tập trung tại Trường."
            ),
            P(
                "Chương trình bồi dưỡng gồm 3 phần: kiến thức chung, kỹ năng lãnh đạo, quản lý và"
                " nghiên cứu thực tế, viết thu hoạch cuối khóa."
            ),
        ],
        authors=["Lâm Quốc Việt"],
        opts={
            "tpl": "v1",
            "when": datetime(2026, 8, 17, 15, 30),
            "user": "bientap02",
            "author_field": "Lâm Quốc Việt",
            "views": 388,
        },
    ),
    Story(
        id=1306,
        slug="",
        title=(
            "Hội thảo khoa học “Tư tưởng Hồ Chí Minh về đạo đức công vụ - giá trị lý luận và thực"
            " tiễn”"
        ),
        cat="23",
        published_at="2026-07-24T09:00:00+07:00",
        summary=(
            "Ngày 23/7/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Tư tưởng"
            " Hồ Chí Minh về đạo đức công vụ - giá trị lý luận và thực tiễn” với sự tham gia của"
            " hơn 80 đại biểu là cán bộ, giảng viên nhà trường và báo cáo viên Tỉnh ủy."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 24 bài tham luận, trong đó 8 tham luận được trình bày tại hội"
                " trường. Các ý kiến tập trung làm rõ nội dung tư tưởng Hồ Chí Minh về cần, kiệm,"
                " liêm, chính, chí công vô tư của người cán bộ, công chức; thực trạng đạo đức công vụ"
                " ở địa phương hiện nay và giải pháp nâng cao ý thức trách nhiệm, tinh thần phục vụ"
                " nhân dân."
            ),
            Img(
                f"{UPLOADS}/tintuc/2026/07/hoi-thao-dao-duc-cong-vu.jpg",
                "(Quang cảnh Hội thảo)",
                "Quang cảnh Hội thảo",
                "paren",
            ),
            P(
                "Kết quả hội thảo là cơ sở để nhà trường bổ sung, cập nhật nội dung giảng dạy các học"
                " phần về tư tưởng Hồ Chí Minh và đạo đức công vụ trong chương trình đào tạo, bồi"
                " dưỡng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Triệu Văn Dũng</strong></p>'),
        ],
        authors=["Triệu Văn Dũng"],
        opts={"tpl": "v2", "when": datetime(2026, 7, 24, 9, 0), "user": "bientap01", "views": 1118},
    ),
    Story(
        id=1296,
        slug="",
        title=(
            "Thông báo kết quả xét công nhận tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính"
            " khóa 44"
        ),
        cat="24",
        published_at="2026-06-30",
        blocks=[
            P(
                "Căn cứ kết quả thi tốt nghiệp và Biên bản họp Hội đồng xét công nhận tốt nghiệp ngày"
                " 26/6/2026, Trường Chính trị tỉnh thông báo có 92/94 học viên lớp Trung cấp lý luận"
                " chính trị - hành chính khóa 44 được công nhận tốt nghiệp, trong đó 21 học viên xếp"
                " loại giỏi, 68 học viên xếp loại khá, 3 học viên xếp loại trung bình. Học viên nhận"
                " bằng tốt nghiệp tại Phòng Quản lý đào tạo từ ngày 15/7/2026."
            ),
        ],
        opts={
            "tpl": "v1",
            "when": datetime(2026, 6, 30, 10, 0),
            "user": "phongdaotao",
            "views": 1764,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
#: item ids that were deleted: their detail view answers 200 with a notice (a soft 404)
DELETED = {1187}

# the printed date line of each story (None: the page prints none)
for _s in STORIES:
    if "line" not in _s.opts:
        when = _s.opts["when"]
        _s.opts["line"] = _v2_line(when) if _s.opts["tpl"] == "v2" else _v1_line(when.date())
    _s.opts.setdefault("listed", _s.opts["when"].date())

#: "Tin xem nhiều": the parameters printed the other way round
MOST_READ = [1342, 1335, 1340, 1331]
#: "Tin nổi bật" on the home page: links carry the slider's tracking parameters
FEATURED = [1342, 1327, 1306]
TRACKING = "utm_source=trangchu&utm_medium=tinnoibat"


def cat_of(s: Story) -> Cat:
    return CATS[int(s.cat)]


def item_path(s: Story) -> str:
    """The item link as the listings print it (the gold path)."""
    return f"{cat_of(s).page}?p_itemid={s.id}&p_cat={s.cat}"


def swapped_path(s: Story) -> str:
    return f"{cat_of(s).page}?p_cat={s.cat}&p_itemid={s.id}"


def tracked_path(s: Story) -> str:
    return f"{item_path(s)}&{TRACKING}"


def in_cat(cid: int) -> list[Story]:
    return [s for s in STORIES if int(s.cat) == cid]


NEWS = [s for s in STORIES if int(s.cat) in NEWS_CATS]


def _alts(s: Story) -> list[str]:
    alts = []
    if s.id in MOST_READ:
        alts.append(swapped_path(s))
    if s.id in FEATURED:
        alts.append(tracked_path(s))
    return alts


GOLD: list[dict] = [
    gold_record(s, item_path(s), cat_of(s).name, alt_paths=_alts(s)) for s in STORIES
]
for _g in GOLD:
    _g.setdefault("alt_paths", [])


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --------------------------------------------------------------------- non-article sections


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str
    file: str


DOCS: list[Doc] = [
    Doc(412, "118-KH/TCT", "Kế hoạch", date(2026, 11, 10), "Đinh Văn Thắng",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027", f"{DOCS_URL}/5259310.PDF"),
    Doc(409, "245-QĐ/TCT", "Quyết định", date(2026, 10, 20), "Đinh Văn Thắng",
        "Quyết định ban hành Quy chế quản lý học viên", f"{DOCS_URL}/5255872.PDF"),
    Doc(405, "97-KH/TCT", "Kế hoạch", date(2026, 9, 18), "Nông Thị Hạnh",
        "Kế hoạch tổ chức Hội thao cán bộ, viên chức, người lao động năm 2026", f"{DOCS_URL}/5251207.PDF"),
    Doc(402, "231-QĐ/TCT", "Quyết định", date(2026, 9, 15), "Đinh Văn Thắng",
        "Quy định về chế độ làm việc đối với giảng viên Trường Chính trị tỉnh", f"{DOCS_URL}/5250664.PDF"),
    Doc(398, "07-HD/TCT", "Hướng dẫn", date(2026, 8, 5), "Nông Thị Hạnh",
        "Hướng dẫn viết tiểu luận tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính",
        f"{DOCS_URL}/5246019.PDF"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    id: int
    title: str
    made: date
    photos: list[tuple[str, str]]


ALBUMS: list[Album] = [
    Album(31, "Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 46", date(2026, 11, 19), [
        (f"{UPLOADS}/album/31/01.jpg", "Quang cảnh Lễ khai giảng"),
        (f"{UPLOADS}/album/31/02.jpg", "Học viên lớp K46 chụp ảnh lưu niệm"),
        (f"{UPLOADS}/album/31/03.jpg", "Đại biểu dự Lễ khai giảng"),
    ]),
    Album(29, "Hội thao cán bộ, viên chức, người lao động năm 2026", date(2026, 10, 21), [
        (f"{UPLOADS}/album/29/01.jpg", "Môn kéo co"),
        (f"{UPLOADS}/album/29/02.jpg", "Môn bóng chuyền hơi"),
        (f"{UPLOADS}/album/29/03.jpg", "Môn cờ tướng"),
        (f"{UPLOADS}/album/29/04.jpg", "Trao giải"),
    ]),
    Album(26, "Hội thảo khoa học về đạo đức công vụ", date(2026, 7, 24), [
        (f"{UPLOADS}/album/26/01.jpg", "Chủ trì Hội thảo"),
        (f"{UPLOADS}/album/26/02.jpg", "Đại biểu trình bày tham luận"),
    ]),
]  # fmt: skip
_ALBUM_BY_ID = {a.id: a for a in ALBUMS}

STATIC: dict[str, tuple[str, str]] = {
    GROUP + "/gioi_thieu": (
        "Lịch sử hình thành và phát triển",
        "<p>Trường Chính trị tỉnh Cao Bằng được thành lập trên cơ sở Trường Đảng tỉnh Cao Bằng"
        " (thành lập năm 1949). Qua các thời kỳ, Trường đã nhiều lần đổi tên và kiện toàn tổ chức.</p>"
        "<p>Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi dưỡng cán bộ lãnh"
        " đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính trị và"
        " thực tiễn địa phương.</p>"
        "<p>Năm 2024, Trường được công nhận đạt chuẩn trường chính trị mức 1.</p>",
    ),
    GROUP + "/gioi_thieu/co_cau_to_chuc": (
        "Cơ cấu tổ chức",
        "<p><b>Ban Giám hiệu:</b> Hiệu trưởng và 02 Phó Hiệu trưởng.</p>"
        "<p><b>Các phòng:</b> Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.</p>"
        "<p><b>Các khoa:</b> Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật;"
        " Khoa Dân vận.</p>",
    ),
    GROUP + "/gioi_thieu/chuc_nang_nhiem_vu": (
        "Chức năng, nhiệm vụ",
        "<p>Trường Chính trị tỉnh có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng"
        " cán bộ; tổ chức đào tạo trung cấp lý luận chính trị, bồi dưỡng kiến thức, kỹ năng lãnh"
        " đạo, quản lý cho cán bộ, công chức, viên chức.</p>"
        "<p>Nghiên cứu khoa học, tổng kết thực tiễn góp phần xây dựng chủ trương, chính sách của"
        " địa phương.</p>",
    ),
}

# ------------------------------------------------------------------------------- chrome


def _a(href: str) -> str:
    """An href attribute value as the portal prints it (``&`` escaped)."""
    return esc(href)


def _list_date(s: Story) -> str:
    return s.opts["listed"].strftime("%d/%m/%Y")


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:177].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    imgs = s.images
    return imgs[0].src if imgs else "/images/truongchinhtri/no_image.gif"


def _login_href(current: str) -> str:
    return f"{LOGIN}?p_requested_url={quote(current, safe='')}&p_cancel_url={quote(GROUP, safe='')}"


def _menu(active: str) -> str:
    items = [
        (GROUP, "Trang chủ", []),
        (
            GROUP + "/gioi_thieu",
            "Giới thiệu",
            [(p, t) for p, (t, _) in STATIC.items()],
        ),
        (NEWS_PAGE, "Tin tức", [(f"{NEWS_PAGE}?p_cat={c}", CATS[c].name) for c in NEWS_CATS]),
        (NOTICE_PAGE, "Thông báo", []),
        (DOC_PAGE, "Văn bản", []),
        (ALBUM_PAGE, "Thư viện ảnh", []),
        (CAL_PAGE, "Lịch công tác", []),
        (CONTACT_PAGE, "Liên hệ", []),
    ]
    out = []
    for href, label, sub in items:
        cls = ' class="active"' if href == active else ""
        subs = (
            '<ul class="submenu">'
            + "".join(f'<li><a href="{_a(h)}">{esc(t)}</a></li>' for h, t in sub)
            + "</ul>"
            if sub
            else ""
        )
        out.append(f'<li{cls}><a href="{_a(href)}">{esc(label)}</a>{subs}</li>')
    return '<ul id="mainmenu">' + "".join(out) + "</ul>"


def _marquee() -> str:
    newest = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)[:5]
    links = " &nbsp;&nbsp;•&nbsp;&nbsp; ".join(
        f'<a href="{_a(item_path(s))}">{esc(s.title)}</a>' for s in newest
    )
    return (
        '<table class="tinchay" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td class="tinchay-nhan" width="90"><b>TIN MỚI:</b></td><td>'
        f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{links}</marquee>'
        "</td></tr></table>"
    )


def _box(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<table class="RegionBorder portlet {cls}" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td class="PortletHeaderColor"><span class="PortletHeaderText">{esc(title)}</span></td></tr>'
        f'<tr><td class="PortletText1">{inner}</td></tr></table>'
    )


def _week_days(year: int, week: int) -> list[date]:
    monday = date.fromisocalendar(year, week, 1)
    return [monday + timedelta(days=i) for i in range(7)]


def _next_week(year: int, week: int, step: int) -> tuple[int, int]:
    d = date.fromisocalendar(year, week, 1) + timedelta(weeks=step)
    y, w, _ = d.isocalendar()
    return y, w


#: this week's work calendar (weekday index -> entries)
EVENTS: dict[int, list[str]] = {
    0: ["07h30: Ban Giám hiệu giao ban tuần", "14h00: Khoa Xây dựng Đảng sinh hoạt chuyên môn"],
    1: ["07h30: Giảng lớp Trung cấp LLCT-HC khóa 46 (Hội trường B)"],
    2: ["08h00: Hiệu trưởng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh"],
    3: ["07h30: Dự giờ giảng viên Khoa Lý luận cơ sở"],
    4: ["14h00: Họp Hội đồng khoa học nhà trường"],
}


def _sidebar(current: str, detail: bool) -> str:
    y, w = THIS_WEEK
    ny, nw = _next_week(y, w, 1)
    cal_items = "".join(
        f"<li><b>{_WEEKDAYS[d.weekday()]} ({d:%d/%m}):</b> {esc(e)}</li>"
        for d in _week_days(y, w)[:5]
        for e in EVENTS.get(d.weekday(), [])[:1]
    )
    cal = _box(
        "Lịch công tác",
        f'<ul class="lichtuan">{cal_items}</ul>'
        f'<div class="xemlich"><a href="{_a(CAL_PAGE)}">Lịch tuần này</a> | '
        f'<a href="{_a(f"{CAL_PAGE}?p_tuan={nw}&p_nam={ny}")}">Lịch tuần sau</a></div>',
        "lct",
    )
    most = "".join(
        f'<li><a href="{_a(swapped_path(_BY_ID[i]))}">{esc(_BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    docs = "".join(
        f'<li><a href="{_a(f"{DOC_PAGE}?p_docid={d.id}")}">{esc(d.number)}: {esc(d.abstract)}</a></li>'
        for d in DOCS[:3]
    )
    album = ALBUMS[0]
    gallery = (
        f'<a href="{_a(f"{ALBUM_PAGE}?p_albumid={album.id}")}"><img src="{album.photos[0][0]}" width="220" '
        f'border="0" alt=""></a><div class="tenalbum"><a href="{_a(f"{ALBUM_PAGE}?p_albumid={album.id}")}">'
        f'{esc(album.title)}</a></div><div class="xemtiep"><a href="{_a(ALBUM_PAGE)}">Xem tất cả »</a></div>'
    )
    banners = (
        '<a href="https://dangcongsan.vn" target="_blank"><img src="/images/truongchinhtri/lk_dcsvn.gif" width="220" border="0" alt="Báo điện tử Đảng Cộng sản Việt Nam"></a>'
        '<a href="https://caobang.gov.vn" target="_blank"><img src="/images/truongchinhtri/lk_caobang.gif" width="220" border="0" alt="Cổng TTĐT tỉnh Cao Bằng"></a>'
        '<a href="https://hcma.vn" target="_blank"><img src="/images/truongchinhtri/lk_hvctqg.gif" width="220" border="0" alt="Học viện Chính trị quốc gia Hồ Chí Minh"></a>'
        '<select name="lienket" onchange="if(this.value!=\'\') window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://tulieuvankien.dangcongsan.vn">Tư liệu văn kiện Đảng</option>'
        '<option value="https://lyluanchinhtri.vn">Tạp chí Lý luận chính trị</option>'
        '<option value="https://baocaobang.vn">Báo Cao Bằng</option></select>'
    )
    if detail:
        poll = '<div class="portlet-loi">Portlet tạm thời không khả dụng.</div>'
    else:
        poll = (
            f'<form name="frmBinhChon" method="post" action="{_a(GROUP + "/binh_chon")}">'
            "<p>Bạn đánh giá thế nào về nội dung Cổng thông tin của Trường?</p>"
            '<input type="radio" name="p_luachon" value="1"> Rất hữu ích<br>'
            '<input type="radio" name="p_luachon" value="2"> Hữu ích<br>'
            '<input type="radio" name="p_luachon" value="3"> Bình thường<br>'
            '<input type="submit" value="Bình chọn"> <input type="button" value="Xem kết quả" '
            "onclick=\"window.open('/portal/pls/portal/TCT.binhchon.ketqua?p_id=3','kq','width=400,height=300')\">"
            "</form>"
        )
    counter = (
        '<table class="thongke" width="100%"><tr><td>Đang truy cập:</td><td align="right"><b>27</b></td></tr>'
        '<tr><td>Tổng lượt truy cập:</td><td align="right"><b>1.284.377</b></td></tr></table>'
    )
    return (
        cal
        + _box("Tin xem nhiều", f'<ul class="tinxemnhieu">{most}</ul>')
        + _box("Văn bản mới", f'<ul class="vanbanmoi">{docs}</ul>')
        + _box("Thư viện ảnh", gallery)
        + _box("Liên kết", banners, "lienket")
        + _box("Thăm dò ý kiến", poll)
        + _box("Thống kê truy cập", counter)
    )


def _crumbs(trail: list[tuple[str, str]]) -> str:
    parts = [f'<a href="{_a(GROUP)}">Trang chủ</a>']
    parts += [
        f'<a href="{_a(h)}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in trail
    ]
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


def _page(
    title: str,
    content: str,
    current: str,
    *,
    active: str = "",
    trail: list[tuple[str, str]] | None = None,
    head: str = "",
    detail: bool = False,
) -> str:
    crumbs = _crumbs(trail) if trail is not None else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="vi">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=UTF-8">
<TITLE>{esc(title)}</TITLE>
<META name="description" content="Cổng thông tin điện tử {esc(SITE)}">
<LINK REL="stylesheet" TYPE="text/css" HREF="{_a(CSS)}">
<LINK REL="stylesheet" TYPE="text/css" HREF="/images/truongchinhtri/style.css">
<SCRIPT TYPE="text/javascript" SRC="/images/truongchinhtri/egov.js"></SCRIPT>
{head}</HEAD>
<BODY leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<!-- Page generated by Oracle Portal; page group TRUONGCHINHTRI -->
<table id="khung" width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td>
<div id="topbar"><span class="homnay">Hôm nay, {TODAY_WEEKDAY} {TODAY_DATE:%d/%m/%Y}</span>
<span class="toplinks"><a href="{_a(GROUP)}">Trang chủ</a> | <a href="{_a(SEARCH_PAGE)}">Tìm kiếm</a> | <a href="{_a(CONTACT_PAGE)}">Liên hệ</a> | <a href="/en/"><img src="/images/truongchinhtri/flag_en.gif" border="0" alt=""> English</a></span>
<form name="frmTimKiem" method="get" action="{_a(SEARCH_PAGE)}" class="otimkiem"><input type="text" name="p_keyword" value="" size="20"><input type="submit" value="Tìm"></form></div>
<div id="banner"><a href="{_a(GROUP)}"><img src="/images/truongchinhtri/banner_tct.jpg" width="1000" height="150" border="0" alt="{esc(SITE_UPPER)}"></a></div>
{_menu(active)}
{_marquee()}
</td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="cotgiua" valign="top" width="750">
{crumbs}
{content}
</td>
<td id="cotphai" valign="top" width="250">
{_sidebar(current, detail)}
</td>
</tr></table>
</td></tr>
<tr><td>
<div id="chantrang">
<p><b>{esc(SITE_UPPER)}</b></p>
<p>Địa chỉ: Số 028, đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng - Điện thoại: 0206.3852.415 - Fax: 0206.3852.416</p>
<p>Email: truongchinhtri@caobang.gov.vn - Chịu trách nhiệm chính: Đinh Văn Thắng, Hiệu trưởng</p>
<p>Giấy phép số 12/GP-TTĐT ngày 05/3/2021 của Sở Thông tin và Truyền thông tỉnh Cao Bằng</p>
<p class="phattrien">Phát triển bởi VNPT Cao Bằng | <a href="{_a(_login_href(current))}">Đăng nhập</a></p>
</div>
</td></tr>
</table>
</BODY>
</HTML>
"""


# ---------------------------------------------------------------------------- article


def _txt(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _body_v2(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        "<tr>"
                        + "".join(
                            f'<td style="text-align: center;"><strong>{_txt(s, c)}</strong></td>'
                            for c in cells
                        )
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{_txt(s, c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_txt(s, blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P):
            inner = f"<strong>{_txt(s, b.text)}</strong>" if b.style == "h" else _txt(s, b.text)
            out.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img alt="" src="{esc(b.src)}" style="width: 640px; height: 427px;" /></p>'
            )
            if b.printed:
                out.append(f'<p style="text-align: center;"><em>{_txt(s, b.printed)}</em></p>')
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _body_v1(s: Story) -> str:
    out: list[str] = []
    for b in s.blocks:
        if isinstance(b, P):
            inner = _txt(s, b.text)
            if b.style == "h":
                inner = f"<b>{inner}</b>"
            out.append(
                f'<div align="justify"><font face="Times New Roman" size="3">{inner}</font></div>'
            )
        elif isinstance(b, Img):
            out.append(
                f'<div align="center"><img src="{esc(b.src)}" width="500" height="333" border="0"></div>'
            )
            if b.printed:
                out.append(
                    f'<div align="center"><font size="2"><i>{_txt(s, b.printed)}</i></font></div>'
                )
        else:
            out.append(b.html)
    return "\n".join(out)


def _other_items(s: Story) -> str:
    others = [o for o in in_cat(int(s.cat)) if o.id != s.id][:4]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{_a(item_path(o))}">{esc(o.title)}</a> <span class="ngay">({_list_date(o)})</span></li>'
        for o in others
    )
    return (
        f'<div class="tinkhac"><div class="tinkhac-tieude">Các tin khác</div><ul>{items}</ul></div>'
    )


def _attach(s: Story) -> str:
    if not s.opts.get("attach"):
        return ""
    href, name, size = s.opts["attach"]
    return (
        '<div class="dinhkem"><b>Tệp đính kèm:</b> '
        f'<a href="{esc(href)}" target="_blank"><img src="/images/truongchinhtri/icon_pdf.gif" border="0" alt=""> '
        f"{esc(name)}</a> ({size})</div>"
    )


def _share(s: Story, base: str) -> str:
    url = quote(base + item_path(s), safe="")
    return (
        '<div class="chiase">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> | '
        f'<a href="https://sp.zalo.me/share_inline?u={url}" target="_blank">Zalo</a> | '
        '<a href="javascript:void(0)" onclick="window.scrollTo(0,0)">Về đầu trang</a></div>'
    )


def _detail_v2(s: Story, base: str) -> str:
    line = f'<div class="ngaydang">{esc(s.opts["line"])}</div>' if s.opts["line"] else ""
    sapo = f'<div class="trichdan"><b>{_txt(s, s.summary)}</b></div>' if s.summary else ""
    tools = (
        '<div class="congcu"><span class="coChu">Cỡ chữ: <a href="javascript:void(0)" onclick="doiCoChu(1)">A+</a> '
        '<a href="javascript:void(0)" onclick="doiCoChu(-1)">A-</a></span> | '
        f'<a href="{_a(f"{PRINT_PAGE}?p_itemid={s.id}")}" target="_blank" rel="nofollow">In bài</a> | '
        f'<a href="javascript:void(0)" onclick="guiEmail({s.id})">Gửi email</a> | '
        f'<span class="luotxem">Lượt xem: {s.opts["views"]}</span></div>'
    )
    return (
        '<div class="egp-chitiet">'
        f'<h1 class="tieude">{esc(s.title)}</h1>{line}{tools}{sapo}'
        f'<div class="noidung">{_body_v2(s)}</div>'
        f'<div class="nguoicapnhat">Người cập nhật: {esc(s.opts["user"])}</div>'
        f"{_attach(s)}</div><!-- /egp-chitiet -->" + _share(s, base)
    )


def _related_v1(s: Story) -> str:
    rel = s.opts.get("related")
    if not rel:
        return ""
    items = "".join(
        f'<li><a href="{_a(f"{CATS[c].page}?p_itemid={i}&p_cat={c}")}">{esc(t or _BY_ID[i].title)}</a></li>'
        for i, c, t in rel
    )
    return f'<div class="TinLienQuan"><b>Tin liên quan:</b><ul>{items}</ul></div>'


def _detail_v1(s: Story, base: str) -> str:
    meta = []
    if s.opts.get("author_field"):
        meta.append(f"Tác giả: {esc(s.opts['author_field'])}")
    meta.append(f"Người đăng: {esc(s.opts['user'])}")
    meta.append(f"Lượt xem: {s.opts['views']}")
    sapo = (
        f'<tr><td class="TomTat"><strong>{_txt(s, s.summary)}</strong></td></tr>'
        if s.summary
        else ""
    )
    return (
        '<table class="tblTinChiTiet" width="100%" cellpadding="4" cellspacing="0" border="0">'
        f'<tr><td class="TieuDeTin">{esc(s.title)}</td></tr>'
        f'<tr><td class="NgayDang">{esc(s.opts["line"])}</td></tr>'
        f"{sapo}"
        f'<tr><td class="NoiDungTin">{_body_v1(s)}</td></tr>'
        f'<tr><td class="NguoiDang" align="right">{" | ".join(meta)}</td></tr>'
        f"</table><!-- /tblTinChiTiet -->{_attach(s)}"
        f'<div class="congcu_cu"><a href="{_a(f"{PRINT_PAGE}?p_itemid={s.id}")}" target="_blank">'
        '<img src="/images/truongchinhtri/print.gif" border="0" alt=""> In trang</a> '
        '<a href="javascript:history.back()">« Quay lại</a></div>'
        + _related_v1(s)
        + _share(s, base)
    )


def _article(s: Story, base: str, current: str) -> Response:
    cat = cat_of(s)
    if cat.page == NEWS_PAGE:
        trail = [(NEWS_PAGE, "Tin tức"), (f"{NEWS_PAGE}?p_cat={cat.id}", cat.name)]
        page_name, active = "Tin tức", NEWS_PAGE
    else:
        trail = [(NOTICE_PAGE, cat.name)]
        page_name, active = "Thông báo", NOTICE_PAGE
    v2 = s.opts["tpl"] == "v2"
    content = _detail_v2(s, base) if v2 else _detail_v1(s, base)
    if int(s.cat) in NEWS_CATS:
        content += _other_items(s)
    head = f'<link rel="canonical" href="{esc(base + item_path(s))}">\n' if v2 else ""
    body = _page(
        f"{SITE} - {page_name}",
        content,
        current,
        active=active,
        trail=trail,
        head=head,
        detail=True,
    )
    if v2:
        return _jsp(body)
    return html(body, charset=None, headers={"Server": "Oracle-Application-Server-10g"})


def _soft404(page: str, current: str) -> Response:
    content = (
        '<div class="thongbaoloi"><img src="/images/truongchinhtri/warning.gif" alt=""> '
        "Tin bài không tồn tại hoặc đã bị gỡ bỏ.</div>"
        f'<div><a href="{_a(page)}">« Quay lại danh sách</a></div>'
    )
    name = "Tin tức" if page == NEWS_PAGE else "Thông báo"
    return _jsp(
        _page(f"{SITE} - {name}", content, current, active=page, trail=[(page, name)], detail=True)
    )


def _print(s: Story) -> Response:
    line = f"<p><i>{esc(s.opts['line'])}</i></p>" if s.opts["line"] else ""
    sapo = f"<p><b>{_txt(s, s.summary)}</b></p>" if s.summary else ""
    body = _body_v2(s) if s.opts["tpl"] == "v2" else _body_v1(s)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=UTF-8">
<META name="robots" content="noindex, nofollow"><TITLE>In bài viết</TITLE></HEAD>
<BODY onload="window.print()"><div class="inbai"><p><b>{esc(SITE_UPPER)}</b></p><hr>
<h2>{esc(s.title)}</h2>{line}{sapo}{body}<hr><p>Địa chỉ bài viết: {esc(item_path(s))}</p></div></BODY></HTML>"""
    return _jsp(page)


# ---------------------------------------------------------------------------- listings


def _entry(s: Story) -> str:
    return (
        '<div class="dstin-item">'
        f'<a href="{_a(item_path(s))}"><img class="anhdaidien" src="{esc(_thumb(s))}" width="140" height="95" border="0" alt=""></a>'
        f'<a class="tieude-tin" href="{_a(item_path(s))}">{esc(s.title)}</a> <span class="ngay">({_list_date(s)})</span>'
        f'<div class="mota">{esc(_teaser(s))}</div><div class="clear"></div></div>'
    )


def _pager_links(base_href: str, page: int, total: int, param: str = "pageNo") -> str:
    """The news pager: real links (``base_href`` already carries a query or not)."""

    def href(n: int) -> str:
        sep = "&" if "?" in base_href else "?"
        return _a(f"{base_href}{sep}{param}={n}")

    if total <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="{href(1)}">Trang đầu</a>')
        parts.append(f'<a href="{href(page - 1)}">Trang trước</a>')
    else:
        parts.append('<span class="tat">Trang đầu</span>')
        parts.append('<span class="tat">Trang trước</span>')
    for n in range(1, total + 1):
        parts.append(
            f'<span class="trang-hientai">{n}</span>'
            if n == page
            else f'<a href="{href(n)}">{n}</a>'
        )
    if page < total:
        parts.append(f'<a href="{href(page + 1)}">Trang sau</a>')
        parts.append(f'<a href="{href(total)}">Trang cuối</a>')
    else:
        parts.append('<span class="tat">Trang sau</span>')
        parts.append('<span class="tat">Trang cuối</span>')
    return '<div class="phantrang">' + " ".join(parts) + "</div>"


def _int(raw: str | None, default: int = 1) -> int:
    return int(raw) if raw and raw.isdigit() else default


def _news_listing(params: dict[str, str], current: str) -> Response:
    cid = _int(params.get("p_cat"), 0)
    page = max(1, _int(params.get("pageNo")))
    if cid in NEWS_CATS:
        items, per = in_cat(cid), CAT_PER_PAGE
        heading, base_href = CATS[cid].name, f"{NEWS_PAGE}?p_cat={cid}"
        trail = [(NEWS_PAGE, "Tin tức"), (None, CATS[cid].name)]
    else:
        items, per = NEWS, ALL_PER_PAGE
        heading, base_href = "Tin tức", NEWS_PAGE
        trail = [(None, "Tin tức")]
    total = _pages(len(items), per)
    shown = items[(page - 1) * per : page * per]
    listing = (
        "".join(_entry(s) for s in shown)
        or '<div class="khongcodulieu">Không có tin bài nào.</div>'
    )
    content = (
        f'<div class="dstin"><div class="dstin-tieude">{esc(heading)}</div>{listing}'
        f"{_pager_links(base_href, page, total)}</div>"
    )
    return _jsp(_page(f"{SITE} - Tin tức", content, current, active=NEWS_PAGE, trail=trail))


def _notice_listing(params: dict[str, str], current: str) -> Response:
    page = max(1, _int(params.get("pageNo")))
    items = in_cat(24)
    total = _pages(len(items), NOTICE_PER_PAGE)
    shown = items[(page - 1) * NOTICE_PER_PAGE : page * NOTICE_PER_PAGE]
    rows = (
        "".join(
            f'<tr><td class="stt">{(page - 1) * NOTICE_PER_PAGE + k + 1}</td>'
            f'<td><a href="{_a(item_path(s))}">{esc(s.title)}</a></td><td class="ngay">{_list_date(s)}</td></tr>'
            for k, s in enumerate(shown)
        )
        or '<tr><td colspan="3">Không có dữ liệu</td></tr>'
    )

    def go(n: int, label: str) -> str:
        return f'<a href="javascript:void(0)" onclick="goPage({n})">{label}</a>'

    parts = []
    if page > 1:
        parts += [go(1, "Trang đầu"), go(page - 1, "Trang trước")]
    for n in range(1, total + 1):
        parts.append(f"<b>{n}</b>" if n == page else go(n, str(n)))
    if page < total:
        parts += [go(page + 1, "Trang sau"), go(total, "Trang cuối")]
    content = (
        '<div class="dsthongbao"><div class="dstin-tieude">Thông báo</div>'
        '<table class="bangthongbao" width="100%" cellpadding="4" cellspacing="0" border="1">'
        '<tr><th width="40">STT</th><th>Tiêu đề</th><th width="90">Ngày</th></tr>'
        f"{rows}</table>"
        f'<form name="frmPaging" id="frmPaging" method="get" action="{_a(NOTICE_PAGE)}">'
        '<input type="hidden" name="p_cat" value="24">'
        f'<input type="hidden" name="pageNo" value="{page}">'
        "</form>"
        '<script type="text/javascript">function goPage(p){var f=document.forms["frmPaging"];'
        "f.pageNo.value=p;f.submit();return false;}</script>"
        f'<div class="phantrang">{" ".join(parts)}</div></div>'
    )
    return _jsp(
        _page(
            f"{SITE} - Thông báo", content, current, active=NOTICE_PAGE, trail=[(None, "Thông báo")]
        )
    )


def _home(current: str) -> Response:
    slides = "".join(
        f'<div class="slide"><a href="{_a(tracked_path(_BY_ID[i]))}"><img src="{esc(_thumb(_BY_ID[i]))}" '
        f'width="440" height="290" border="0" alt=""></a><div class="slide-tieude"><a href="{_a(tracked_path(_BY_ID[i]))}">'
        f"{esc(_BY_ID[i].title)}</a></div></div>"
        for i in FEATURED
    )
    sections = []
    for cid in NEWS_CATS:
        items = in_cat(cid)[:4]
        lead, rest = items[0], items[1:]
        inner = (
            f'<div class="tinchinh"><a href="{_a(item_path(lead))}"><img src="{esc(_thumb(lead))}" width="160" border="0" alt=""></a>'
            f'<a class="tieude-tin" href="{_a(item_path(lead))}">{esc(lead.title)}</a>'
            f'<div class="mota">{esc(_teaser(lead))}</div></div>'
            + "".join(
                f'<div class="tinphu">» <a href="{_a(item_path(o))}">{esc(o.title)}</a></div>'
                for o in rest
            )
            + f'<div class="xemtiep"><a href="{_a(f"{NEWS_PAGE}?p_cat={cid}")}">Xem tiếp »</a></div>'
        )
        sections.append(_box(CATS[cid].name, inner, "chuyenmuc"))
    notices = "".join(
        f'<li><a href="{_a(item_path(s))}">{esc(s.title)}</a> <span class="ngay">({_list_date(s)})</span></li>'
        for s in in_cat(24)[:2]
    )
    sections.append(
        _box(
            "Thông báo",
            f'<ul class="thongbaomoi">{notices}</ul><div class="xemtiep"><a href="{_a(NOTICE_PAGE)}">Xem tất cả »</a></div>',
        )
    )
    content = _box("Tin nổi bật", f'<div id="slider">{slides}</div>', "noibat") + "".join(sections)
    return _jsp(_page(f"{SITE} - Trang chủ", content, current, active=GROUP))


def _docs(params: dict[str, str], current: str) -> Response:
    if "p_docid" in params:
        d = _DOC_BY_ID.get(_int(params["p_docid"], 0))
        if not d:
            return _jsp(
                _page(
                    f"{SITE} - Văn bản",
                    '<div class="thongbaoloi">Không tìm thấy văn bản.</div>',
                    current,
                    trail=[(DOC_PAGE, "Văn bản")],
                )
            )
        rows = [
            ("Số ký hiệu", esc(d.number)),
            ("Ngày ban hành", d.issued.strftime("%d/%m/%Y")),
            ("Loại văn bản", esc(d.kind)),
            ("Cơ quan ban hành", esc(SITE)),
            ("Người ký", esc(d.signer)),
            ("Trích yếu", esc(d.abstract)),
            (
                "Tệp đính kèm",
                f'<a href="{esc(d.file)}" target="_blank">{esc(d.file.rsplit("/", 1)[1])}</a>',
            ),
        ]
        content = (
            '<table class="chitietvanban" width="100%" border="1" cellpadding="5" cellspacing="0">'
            + "".join(
                f'<tr><td class="nhan" width="150">{k}</td><td>{v}</td></tr>' for k, v in rows
            )
            + f'</table><div><a href="{_a(DOC_PAGE)}">« Danh sách văn bản</a></div>'
        )
        return _jsp(
            _page(
                f"{SITE} - Văn bản",
                content,
                current,
                active=DOC_PAGE,
                trail=[(DOC_PAGE, "Văn bản"), (None, d.number)],
            )
        )
    kind = params.get("p_loai", "")
    keyword = params.get("p_tukhoa", "").strip().lower()
    items = [
        d
        for d in DOCS
        if (not kind or d.kind == kind) and (not keyword or keyword in d.abstract.lower())
    ]
    page = max(1, _int(params.get("page")))
    total = _pages(len(items), DOCS_PER_PAGE)
    shown = items[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = (
        "".join(
            f"<tr><td>{esc(d.number)}</td><td>{d.issued:%d/%m/%Y}</td>"
            f'<td><a href="{_a(f"{DOC_PAGE}?p_docid={d.id}")}">{esc(d.abstract)}</a></td>'
            f'<td><a href="{esc(d.file)}" target="_blank"><img src="/images/truongchinhtri/icon_pdf.gif" border="0" alt="Tải về"></a></td></tr>'
            for d in shown
        )
        or '<tr><td colspan="4">Không có dữ liệu</td></tr>'
    )
    options = "".join(
        f'<option value="{esc(k)}"{" selected" if k == kind else ""}>{esc(k)}</option>'
        for k in ("Kế hoạch", "Quyết định", "Hướng dẫn")
    )
    base_href = (
        DOC_PAGE
        if not (kind or keyword)
        else f"{DOC_PAGE}?p_loai={quote(kind)}&p_tukhoa={quote(keyword)}"
    )
    content = (
        f'<form name="frmVanBan" method="get" action="{_a(DOC_PAGE)}" class="locvanban">'
        f'Loại văn bản: <select name="p_loai"><option value="">-- Tất cả --</option>{options}</select> '
        f'Từ khóa: <input type="text" name="p_tukhoa" value="{esc(keyword)}"> <input type="submit" value="Tìm kiếm"></form>'
        '<table class="dsvanban" width="100%" border="1" cellpadding="4" cellspacing="0">'
        "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
        f"{rows}</table>{_pager_links(base_href, page, total, 'page')}"
    )
    return _jsp(
        _page(f"{SITE} - Văn bản", content, current, active=DOC_PAGE, trail=[(None, "Văn bản")])
    )


def _albums(params: dict[str, str], current: str) -> Response:
    if "p_albumid" in params:
        a = _ALBUM_BY_ID.get(_int(params["p_albumid"], 0))
        if not a:
            return None
        photos = "".join(
            f'<td align="center" valign="top"><a href="{esc(src)}" rel="lightbox[album{a.id}]" title="{esc(cap)}">'
            f'<img src="{esc(src)}" width="220" height="147" border="0" alt="{esc(cap)}"></a><div class="chuthich">{esc(cap)}</div></td>'
            for src, cap in a.photos
        )
        others = "".join(
            f'<li><a href="{_a(f"{ALBUM_PAGE}?p_albumid={o.id}")}">{esc(o.title)}</a></li>'
            for o in ALBUMS
            if o.id != a.id
        )
        content = (
            f'<div class="album"><div class="album-tieude">{esc(a.title)}</div>'
            f'<div class="album-ngay">Ngày tạo: {a.made:%d/%m/%Y} - Số ảnh: {len(a.photos)}</div>'
            f'<table class="luoianh" cellpadding="6"><tr>{photos}</tr></table>'
            f'<div class="albumkhac"><b>Các album khác</b><ul>{others}</ul></div></div>'
        )
        trail = [(ALBUM_PAGE, "Thư viện ảnh"), (None, a.title)]
    else:
        content = (
            '<div class="dsalbum">'
            + "".join(
                f'<div class="album-item"><a href="{_a(f"{ALBUM_PAGE}?p_albumid={a.id}")}"><img src="{esc(a.photos[0][0])}" '
                f'width="220" height="147" border="0" alt=""></a><a href="{_a(f"{ALBUM_PAGE}?p_albumid={a.id}")}">{esc(a.title)}</a>'
                f' <span class="ngay">({len(a.photos)} ảnh)</span></div>'
                for a in ALBUMS
            )
            + "</div>"
        )
        trail = [(None, "Thư viện ảnh")]
    return _jsp(_page(f"{SITE} - Thư viện ảnh", content, current, active=ALBUM_PAGE, trail=trail))


def _calendar(params: dict[str, str], current: str) -> Response | None:
    year, week = THIS_WEEK
    if "p_tuan" in params or "p_nam" in params:
        week, year = _int(params.get("p_tuan"), 0), _int(params.get("p_nam"), 0)
    if not 1900 <= year <= 2100:
        return None
    try:
        days = _week_days(year, week)
    except ValueError:
        return None
    this = (year, week) == THIS_WEEK
    rows = "".join(
        f'<tr><td class="thu" width="140"><b>{_WEEKDAYS[d.weekday()]}</b><br>{d:%d/%m/%Y}</td><td>'
        + ("<br>".join(esc(e) for e in EVENTS.get(d.weekday(), [])) if this else "")
        + "</td></tr>"
        for d in days
    )
    py, pw = _next_week(year, week, -1)
    ny, nw = _next_week(year, week, 1)
    nav = []
    if py >= 1900:
        nav.append(f'<a href="{_a(f"{CAL_PAGE}?p_tuan={pw}&p_nam={py}")}">« Tuần trước</a>')
    nav.append(f'<a href="{_a(CAL_PAGE)}">Tuần hiện tại</a>')
    if ny <= 2100:
        nav.append(f'<a href="{_a(f"{CAL_PAGE}?p_tuan={nw}&p_nam={ny}")}">Tuần sau »</a>')
    empty = "" if this else '<div class="khongcodulieu">Chưa có lịch công tác</div>'
    content = (
        f'<div class="lichcongtac"><div class="dstin-tieude">Lịch công tác tuần {week} năm {year} '
        f"(từ {days[0]:%d/%m/%Y} đến {days[-1]:%d/%m/%Y})</div>"
        f'<div class="dieuhuong">{" | ".join(nav)}</div>{empty}'
        f'<table class="banglich" width="100%" border="1" cellpadding="4" cellspacing="0">{rows}</table></div>'
    )
    return _jsp(
        _page(
            f"{SITE} - Lịch công tác",
            content,
            current,
            active=CAL_PAGE,
            trail=[(None, "Lịch công tác")],
        )
    )


def _static(path: str, current: str) -> Response:
    title, inner = STATIC[path]
    content = f'<div class="trangtinh"><div class="dstin-tieude">{esc(title)}</div>{inner}</div>'
    trail = [(GROUP + "/gioi_thieu", "Giới thiệu")] + (
        [(None, title)] if path != GROUP + "/gioi_thieu" else []
    )
    return _jsp(
        _page(f"{SITE} - {title}", content, current, active=GROUP + "/gioi_thieu", trail=trail)
    )


def _contact(current: str) -> Response:
    content = (
        '<div class="lienhe"><div class="dstin-tieude">Liên hệ</div>'
        f"<p><b>{esc(SITE_UPPER)}</b></p><p>Địa chỉ: Số 028, đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>"
        "<p>Điện thoại: 0206.3852.415 - Email: truongchinhtri@caobang.gov.vn</p>"
        f'<form name="frmLienHe" method="post" action="{_a(CONTACT_PAGE)}">'
        '<table><tr><td>Họ và tên (*)</td><td><input type="text" name="p_hoten" size="40"></td></tr>'
        '<tr><td>Email (*)</td><td><input type="text" name="p_email" size="40"></td></tr>'
        '<tr><td>Tiêu đề</td><td><input type="text" name="p_tieude" size="40"></td></tr>'
        '<tr><td>Nội dung (*)</td><td><textarea name="p_noidung" rows="6" cols="50"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi liên hệ"> <input type="reset" value="Nhập lại"></td></tr>'
        "</table></form></div>"
    )
    return _jsp(
        _page(f"{SITE} - Liên hệ", content, current, active=CONTACT_PAGE, trail=[(None, "Liên hệ")])
    )


def _poll_result(current: str) -> Response:
    rows = "".join(
        f'<tr><td>{label}</td><td align="right">{pct}%</td></tr>'
        for label, pct in (("Rất hữu ích", 61), ("Hữu ích", 32), ("Bình thường", 7))
    )
    content = (
        '<div class="ketquabinhchon"><div class="dstin-tieude">Kết quả thăm dò ý kiến</div>'
        "<p>Bạn đánh giá thế nào về nội dung Cổng thông tin của Trường?</p>"
        f'<table class="bangketqua">{rows}</table><p>Cảm ơn bạn đã tham gia bình chọn.</p></div>'
    )
    return _jsp(
        _page(f"{SITE} - Thăm dò ý kiến", content, current, trail=[(None, "Thăm dò ý kiến")])
    )


def _search(params: dict[str, str], current: str) -> Response:
    keyword = params.get("p_keyword", "").strip()
    hits = (
        [s for s in STORIES if keyword.lower() in (s.title + " " + " ".join(s.paragraphs)).lower()]
        if keyword
        else []
    )
    results = "".join(_entry(s) for s in hits)
    if keyword and not hits:
        results = '<div class="khongcodulieu">Không tìm thấy kết quả phù hợp.</div>'
    content = (
        f'<div class="timkiem"><div class="dstin-tieude">Tìm kiếm</div>'
        f'<form method="get" action="{_a(SEARCH_PAGE)}">Từ khóa: <input type="text" name="p_keyword" value="{esc(keyword)}" size="40"> '
        f'<input type="submit" value="Tìm kiếm"></form>{results}</div>'
    )
    return _jsp(_page(f"{SITE} - Tìm kiếm", content, current, trail=[(None, "Tìm kiếm")]))


def _login(params: dict[str, str]) -> Response:
    back = esc(params.get("p_requested_url", GROUP))
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=UTF-8"><TITLE>Đăng nhập</TITLE></HEAD>
<BODY><h3>Đăng nhập hệ thống</h3>
<form method="post" action="/pls/orasso/orasso.wwsso_app_admin.ls_login">
<input type="hidden" name="site2pstoretoken" value="v1.2~5A1F3C2D~8B7E6D5C4B3A29180F1E2D3C4B5A6978">
<input type="hidden" name="p_done_url" value="{back}">
<table><tr><td>Tên đăng nhập</td><td><input type="text" name="ssousername"></td></tr>
<tr><td>Mật khẩu</td><td><input type="password" name="password"></td></tr></table>
<input type="submit" value="Đăng nhập"></form></BODY></HTML>"""
    return _jsp(page)


_EN_PAGES = {
    "/en/": (
        "Home",
        "<p>Welcome to the website of Cao Bang Provincial Political School.</p><p>This English version is being updated.</p>",
    ),
    "/en/about": ("Introduction", "<p>Updating...</p>"),
    "/en/news": ("News", "<p>No data.</p>"),
    "/en/contact": (
        "Contact",
        "<p>Address: No. 028 Hoang Dinh Giong Street, Thuc Phan Ward, Cao Bang Province</p><p>Tel: (+84) 206 3852 415</p>",
    ),
}


def _english(path: str) -> Response:
    title, inner = _EN_PAGES[path]
    menu = " | ".join(f'<a href="{p}">{t}</a>' for p, (t, _) in _EN_PAGES.items())
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="en"><HEAD><META http-equiv="Content-Type" content="text/html; charset=UTF-8">
<TITLE>Cao Bang Provincial Political School - {title}</TITLE></HEAD>
<BODY><div id="banner"><img src="/images/truongchinhtri/banner_tct_en.jpg" width="1000" height="150" alt="CAO BANG PROVINCIAL POLITICAL SCHOOL"></div>
<div id="menu">{menu} | <a href="{_a(GROUP)}">Tiếng Việt</a></div>
<div id="content"><h2>{title}</h2>{inner}</div>
<div id="footer">Copyright © Cao Bang Provincial Political School</div></BODY></HTML>"""
    return _jsp(page)


# ---------------------------------------------------------------------------- routing


def _jsp(body: str, status: int = 200) -> Response:
    return html(
        body, status=status, charset="UTF-8", headers={"Server": "Oracle-Application-Server-10g"}
    )


class VendorPortal:
    """The site: the page group's pages, the portal's document store and the English site."""

    def respond(self, request: Request) -> Response | None:
        path, params, current = request.path, request.params, request.target
        base = base_url(request)
        if path in ("/", "/portal", "/portal/", "/portal/page/portal"):
            return redirect(GROUP)
        if path.startswith(DOCS_URL + "/"):
            if path.upper().endswith(".PDF"):
                known = {d.file for d in DOCS} | {
                    s.opts["attach"][0] for s in STORIES if s.opts.get("attach")
                }
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in known
                    else None
                )
            return static_file(path)
        if path.startswith(("/Uploads/", "/images/")):
            return static_file(path)
        if path == "/portal/pls/portal/PORTAL.wwv_setting.render_css":
            return Response(200, b"body{font-family:Arial}", {"Content-Type": "text/css"})
        if path == LOGIN:
            return _login(params)
        if path in _EN_PAGES:
            return _english(path)
        if path == "/en":
            return redirect("/en/", 301)
        if path == GROUP:
            return _home(current)
        if path in (NEWS_PAGE, NOTICE_PAGE):
            if "p_itemid" in params:
                s = _BY_ID.get(_int(params["p_itemid"], 0))
                if s and cat_of(s).page == path:
                    return _article(s, base, current)
                return _soft404(path, current)
            return (
                _news_listing(params, current)
                if path == NEWS_PAGE
                else _notice_listing(params, current)
            )
        if path == PRINT_PAGE:
            s = _BY_ID.get(_int(params.get("p_itemid"), 0))
            return _print(s) if s else None
        if path == DOC_PAGE:
            return _docs(params, current)
        if path == ALBUM_PAGE:
            return _albums(params, current)
        if path == CAL_PAGE:
            return _calendar(params, current)
        if path in STATIC:
            return _static(path, current)
        if path == CONTACT_PAGE:
            return _contact(current)
        if path == GROUP + "/binh_chon":
            return _poll_result(current)
        if path == SEARCH_PAGE:
            return _search(params, current)
        return None


def build_site() -> VendorPortal:
    """A fresh site object; every page is rendered per request from the data above."""
    return VendorPortal()


NON_ARTICLES: list[str] = [
    GROUP,
    NEWS_PAGE,
    *(f"{NEWS_PAGE}?pageNo={n}" for n in range(2, _pages(len(NEWS), ALL_PER_PAGE) + 1)),
    *(f"{NEWS_PAGE}?p_cat={c}" for c in NEWS_CATS),
    f"{NEWS_PAGE}?p_cat=21&pageNo=2",
    NOTICE_PAGE,
    f"{NOTICE_PAGE}?p_cat=24&pageNo=2",
    f"{NEWS_PAGE}?p_itemid=1187&p_cat=23",
    DOC_PAGE,
    f"{DOC_PAGE}?page=2",
    *(f"{DOC_PAGE}?p_docid={d.id}" for d in DOCS),
    ALBUM_PAGE,
    *(f"{ALBUM_PAGE}?p_albumid={a.id}" for a in ALBUMS),
    CAL_PAGE,
    f"{CAL_PAGE}?p_tuan={THIS_WEEK[1] + 1}&p_nam={THIS_WEEK[0]}",
    *STATIC,
    CONTACT_PAGE,
    SEARCH_PAGE,
    f"{PRINT_PAGE}?p_itemid=1342",
    f"{PRINT_PAGE}?p_itemid=1335",
    *_EN_PAGES,
]
