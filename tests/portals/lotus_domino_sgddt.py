"""Fixture portal: the old portal of Sở GD&ĐT tỉnh Quảng Ninh on IBM Lotus Domino (a Notes database).

Imitates a Domino 9.0.1 web application as provincial departments built them around 2008-2015 and
still run them: one Notes database ``/portal/sgddt.nsf`` published by the Domino HTTP task, no
frameset, every page a Domino Page or Form with a shared subform (header, left outline, right
column, footer), table layout, ``<font face="Arial">`` and ``<b>`` everywhere, tag names in capitals
where Designer wrote them, ``Server: Lotus-Domino``. What it serves:

- the home page at ``/portal/sgddt.nsf/`` (the database's launch Page; the logo links the very same
  Page as ``/TrangChu?OpenPage``; ``/`` redirects to the database): "Tin tiêu điểm", three blocks of
  the newest titles per category, "Văn bản mới";
- "Tin tức" documents (form ``frmTinTuc``) at ``/portal/sgddt.nsf/0/<UNID>?OpenDocument`` (32-hex
  UNIDs). The same document opens under every view it is listed in:
  ``/TinTuc/<UNID>?OpenDocument`` (the all-news view), ``/vwTinTheoChuyenMuc/<UNID>?OpenDocument``
  (category views), ``/vwTinMoi/<UNID>?OpenDocument`` (sidebar "Tin mới nhất"), with
  ``&Highlight=0,word,…`` from full-text search results, with ``&ExpandSection=1`` when its
  "Tài liệu đính kèm" section is expanded, as ``/0/<UNID>!OpenDocument`` (an editor's pasted link)
  and as ``/0/<UNID>`` without a command. The document form prints: breadcrumb "Trang chủ »
  <chuyên mục>", the title cell (``<font size="4"><b>``), "Cập nhật ngày: 14/11/2026 08:15:32 AM"
  (the created-date field in Domino's default format, seconds and AM/PM: in this install the
  publication time), the sapo in italics in its own cell, the rich-text body (paragraphs as
  ``<br><br>`` inside one ``<font>``, or real ``<p>``, Notes tables, ``$FILE`` images and one
  pasted image served by ``/Body/0.xxx?OpenElement&FieldElemFormat=jpg``, each with an italic line
  under it or none), the signature as a right-aligned bold line, "Nguồn: …" in italics, a
  collapsible section with the attachments, "Người nhập: Bien Tap/SGDDT" (the Notes account), tools
  (In trang, Gửi email, Facebook) and "Các tin đã đưa" (computed links: title, "(dd/mm/yyyy)");
- views through a custom ``$$ViewTemplate``: ``/TinTuc?OpenView&Start=1&Count=5`` (all news,
  sortable columns) and ``/vwTinTheoChuyenMuc?OpenView&RestrictToCategory=<tên không dấu>&Start=
  1&Count=3`` per category, paged by Start/Count with "Trang trước"/"Trang sau" as images with alt
  text and page numbers; ``/vwTinTheoChuyenMuc?OpenView`` without a category is the categorized
  view (chuyên mục › tháng) with twisties; ``/vwVanBan?OpenView`` is the document register
  (năm › loại, twisties; rows: số/ký hiệu, ngày, trích yếu, the ``$FILE`` link);
- Pages ``/GioiThieu?OpenPage``, ``/CoCauToChuc?OpenPage`` (org chart), ``/LienHe?OpenPage`` and the
  feedback form ``/frmGopY?OpenForm``; attachments ``/0/<UNID>/$FILE/<tệp>.pdf``.
- chrome: a header with today's date ("Thứ Tư, ngày 25/11/2026", computed by @Today), the left
  outline rendered as a table of images and links, the search box (JavaScript builds a
  ``?SearchView&Query=`` URL) and "Tìm nhanh" keyword links, "Số lượt truy cập: 1.234.567",
  "Đang trực tuyến", the right column "Tin mới nhất" with dates, banners, "Liên kết website",
  footer with address, phone and hotline.

Encodings: pages are UTF-8 with ``<meta http-equiv="Content-Type" … charset=utf-8>``; the two
oldest "Hoạt động chuyên môn" documents (migrated from the old database, ``opts["cp1258"]``) are
served as windows-1258 with the charset in the HTTP header only (no meta), tone marks as combining
characters.

Traps: the register's twisties (``&Expand=1.2``, ``&Collapse=1``, ``&ExpandView``) multiply its
pages, and its "Trang sau" action (Domino's ViewNextPage) is printed on every page, also past the
end, where the view answers 200 "No documents found" with another "Trang sau": Start grows forever.
The categorized news view has the same twisties. The all-news view's column headers
(``&ResortAscending=2``, ``&ResortDescending=1``) repeat every page sorted. "Tìm nhanh" links open
``?SearchView&Query=…`` results whose links add ``&Highlight=…`` to the document URL. Every
document opens under four view names plus the variants above (all in ``alt_paths``).

Gold (by hand). Articles are the ``frmTinTuc`` documents; the home page, views, search results,
Pages, the feedback form, the register and its PDFs are not. The gold path is the ``/0/`` form the
home page and "Các tin đã đưa" link; the other forms are its ``alt_paths``. Judgement calls:
"Cập nhật ngày" is the publication date (the only date the document prints, the one the views
show beside the title), with its seconds; "12:00:00 AM" is
midnight, i.e. a day, and a migrated document printing only "12/03/2026" is a day; the
"Sửa đổi lần cuối: …" stamp under one document is a last-modified time, never the publication
date. The italic sapo cell is the summary and the body's first paragraph. The bold right-aligned
last line is the signature: a person's name gives the author without degree ("ThS.") and without
the unit after the dash ("Nguyễn Thị Hạnh – Phòng Khảo thí" → Nguyễn Thị Hạnh); a unit alone
("Phòng GDTrH") signing the text is the author; "Tin, ảnh: X" gives X in both lists; "Bài: X - Ảnh:
Y" splits; two names joined by "," are two authors; "Nguồn: …" is the source (with or without an
author); "Người nhập: Bien Tap/SGDDT" is a Notes login and credits nobody. The italic line under a
photo is its caption, without wrapping parentheses or a leading "Ảnh:" label; images without a
line have caption None. Notes-table rows are body lines, cells joined by " | ". Attachments (in
the section) are not body text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
)

NAME = "lotus_domino_sgddt"
PLATFORM = "lotus_domino"
DB = "/portal/sgddt.nsf"
START_PATH = f"{DB}/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"
NEWS_COUNT = 5
CAT_COUNT = 3
REG_COUNT = 30
DOC_VIEWS = ("0", "TinTuc", "vwTinTheoChuyenMuc", "vwTinMoi")

#: categories: key -> (RestrictToCategory value as stored, printed name)
CATS: dict[str, tuple[str, str]] = {
    "tt": ("Tin tuc - Su kien", "Tin tức - Sự kiện"),
    "cm": ("Hoat dong chuyen mon", "Hoạt động chuyên môn"),
    "tb": ("Thong bao", "Thông báo"),
}
#: "Tìm nhanh" keywords in the left column (SearchView links)
KEYWORDS = ("STEM", "học sinh giỏi")


def unid(seed: int | str) -> str:
    """A Notes universal ID: 32 hex digits, the middle part the replica's stamp."""
    h = hashlib.md5(f"sgddt-{seed}".encode()).hexdigest().upper()
    return f"{h[:16]}482588{h[16:26]}"


def _file(story_id: int, name: str) -> str:
    return f"{DB}/0/{unid(story_id)}/$FILE/{name}"


def _elem(story_id: int, item: str) -> str:
    return f"{DB}/0/{unid(story_id)}/Body/{item}?OpenElement&FieldElemFormat=jpg"


# Story.opts: when (datetime shown in "Cập nhật ngày"), shown ("dt": date and time with seconds,
# "d": date only), user (Notes account), rt (rich text: "br" paragraphs as <br><br> in one <font>,
# "p" real <p>, "old" Times New Roman <br>), files (attachments in the section), modified (a last
# modified stamp printed under the document), cp1258 (served as windows-1258).
# Img styles: under (centred image, centred italic line in the next paragraph), br (image and
# italic line in one centred paragraph), table (two-row Notes table), none (no line).
# P styles: "" text, tr/th (Notes table rows, cells " | "), li (bullet), "a|href|phrase" (link).
STORIES: list[Story] = [
    Story(
        id=4127,
        slug="hoi-thao-day-hoc-ngu-van-thpt",
        title="Hội thảo dạy học môn Ngữ văn theo định hướng phát triển năng lực cấp THPT",
        cat="cm",
        published_at="2026-11-24T08:15:32+07:00",
        summary=(
            "Ngày 22/11, tại Trường THPT chuyên Hạ Long, Sở GD&ĐT tổ chức hội thảo chuyên đề dạy"
            " học môn Ngữ văn theo định hướng phát triển năng lực học sinh với sự tham gia của hơn"
            " 150 cán bộ quản lý, tổ trưởng chuyên môn và giáo viên Ngữ văn các trường THPT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội thảo, các đại biểu đã dự hai tiết dạy minh họa bài “Chữ người tử tù” (lớp"
                " 11) và bài “Nghị luận về một vấn đề xã hội” (lớp 12). Các tiết dạy được thiết kế"
                " theo chuỗi hoạt động học, chú trọng tổ chức cho học sinh đọc hiểu văn bản theo"
                " đặc trưng thể loại và tranh luận, phản biện."
            ),
            Img(
                _file(4127, "hoithao_nguvan_01.jpg"),
                "Tiết dạy minh họa của cô giáo Phạm Thị Hương, Trường THPT chuyên Hạ Long",
                "Tiết dạy minh họa của cô giáo Phạm Thị Hương, Trường THPT chuyên Hạ Long",
                "under",
            ),
            P(
                "Các ý kiến thảo luận tập trung vào việc lựa chọn ngữ liệu ngoài sách giáo khoa cho"
                " đề kiểm tra, cách xây dựng bảng kiểm và rubric đánh giá kỹ năng viết, nói và nghe;"
                " đồng thời chia sẻ kinh nghiệm hướng dẫn học sinh tự học qua các sơ đồ tư duy."
            ),
            Img(_elem(4127, "0.4F2A"), None, None, "none"),
            P(
                "Phát biểu kết luận hội thảo, lãnh đạo Phòng Giáo dục Trung học đề nghị các trường"
                " tiếp tục đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học, tăng cường"
                " dự giờ, trao đổi chuyên môn giữa các trường trong cụm và trên hệ thống trường học"
                " kết nối.",
                f"a|{DB}/0/{unid(3952)}!OpenDocument|nghiên cứu bài học",
            ),
            Raw('<div align="right"><b><font size="2" face="Arial">Phòng GDTrH</font></b></div>'),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": datetime(2026, 11, 24, 8, 15, 32),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "br",
            "modified": "25/11/2026 09:02:11 AM",
        },
    ),
    Story(
        id=4121,
        slug="thong-bao-lich-thi-hsg-lop-12",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="tb",
        published_at="2026-11-21T11:30:06+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm"
                " học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("08/12/2026 | Chiều | Làm thủ tục dự thi, phổ biến quy chế | 14 giờ 00", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh, Lịch sử | 180 phút", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Địa lí, Tin học | 180 phút",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT chuyên Hạ Long và Trường THPT Hòn Gai. Các đơn vị có học"
                " sinh dự thi đăng ký danh sách trên phần mềm quản lý thi trước ngày 30/11/2026"
                " (chi tiết theo văn bản đính kèm)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 21, 11, 30, 6),
            "shown": "dt",
            "user": "Van Phong/SGDDT",
            "rt": "p",
            "files": ["TB_lich_thi_HSG12_2026-2027.pdf"],
        },
    ),
    Story(
        id=4118,
        slug="tuyen-duong-nha-giao-tieu-bieu-2026",
        title="Tuyên dương 125 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tt",
        published_at="2026-11-20T16:12:37+07:00",
        summary=(
            "Chiều 19/11, UBND tỉnh tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 -"
            " 20/11/2026) và tuyên dương 125 nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, ngành Giáo dục tỉnh tiếp tục giữ vững vị trí trong nhóm dẫn đầu"
                " cả nước về chất lượng giáo dục. Tỉnh có 46 học sinh đạt giải trong kỳ thi chọn học"
                " sinh giỏi quốc gia, điểm trung bình thi tốt nghiệp THPT đứng thứ 9 toàn quốc; tỷ lệ"
                " trường đạt chuẩn quốc gia đạt 91,4%."
            ),
            Img(
                _file(4118, "tuyenduong_nhagiao_2026_1.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "br",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận sự tận tụy của đội"
                " ngũ nhà giáo, nhất là các thầy cô công tác tại các xã đảo, vùng đồng bào dân tộc"
                " thiểu số; đề nghị ngành tiếp tục chăm lo đời sống, tạo động lực để giáo viên yên"
                " tâm gắn bó với nghề."
            ),
            Img(
                _file(4118, "tuyenduong_nhagiao_2026_2.jpg"),
                "(Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo tỉnh)",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo tỉnh",
                "br",
            ),
            P(
                "Dịp này, 125 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen; 18 tập thể được tặng"
                " danh hiệu Tập thể lao động xuất sắc."
            ),
            Raw(
                '<div align="right"><b><font size="2" face="Arial">Tin, ảnh: Trần Quốc Bảo'
                "</font></b></div>"
            ),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        opts={
            "when": datetime(2026, 11, 20, 16, 12, 37),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "br",
        },
    ),
    Story(
        id=4113,
        slug="tap-huan-ngan-hang-cau-hoi-thcs",
        title="Tập huấn xây dựng ngân hàng câu hỏi kiểm tra, đánh giá cho giáo viên THCS",
        cat="cm",
        published_at="2026-11-18T14:05:44+07:00",
        blocks=[
            P(
                "Từ ngày 16 đến 18/11, Sở GD&ĐT tổ chức tập huấn xây dựng ngân hàng câu hỏi kiểm tra,"
                " đánh giá theo ma trận và bản đặc tả cho 320 giáo viên cốt cán các môn Toán, Ngữ"
                " văn, Tiếng Anh và Khoa học tự nhiên cấp THCS."
            ),
            P(
                "Học viên được hướng dẫn quy trình biên soạn câu hỏi trắc nghiệm nhiều lựa chọn, câu"
                " hỏi đúng sai và câu hỏi trả lời ngắn; cách thử nghiệm, phân tích độ khó, độ phân"
                " biệt của câu hỏi trước khi đưa vào ngân hàng dùng chung của tỉnh."
            ),
            Img(
                _file(4113, "taphuan_nganhangcauhoi.jpg"),
                "Ảnh: Giáo viên thực hành biên soạn câu hỏi theo nhóm môn",
                "Giáo viên thực hành biên soạn câu hỏi theo nhóm môn",
                "table",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm hướng dẫn lại cho tổ chuyên môn"
                " tại đơn vị và nộp tối thiểu 40 câu hỏi đã được thẩm định trước ngày 15/12/2026."
            ),
            Raw(
                '<div align="right"><b><font size="2" face="Arial">Nguyễn Thị Hạnh – Phòng Khảo thí'
                "</font></b></div>"
            ),
        ],
        authors=["Nguyễn Thị Hạnh"],
        opts={
            "when": datetime(2026, 11, 18, 14, 5, 44),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "br",
            "files": ["Tai_lieu_tap_huan_ma_tran_dac_ta.pdf", "Mau_phieu_dang_ky_cau_hoi.pdf"],
        },
    ),
    Story(
        id=4109,
        slug="doan-cong-tac-bo-gddt-lam-viec",
        title="Đoàn công tác Bộ GD&ĐT làm việc về thực hiện Chương trình giáo dục phổ thông 2018",
        cat="tt",
        published_at="2026-11-17T09:05:48+07:00",
        blocks=[
            P(
                "Ngày 16/11, đoàn công tác của Bộ Giáo dục và Đào tạo đã làm việc với Sở GD&ĐT về"
                " kết quả thực hiện Chương trình giáo dục phổ thông 2018 và việc bảo đảm đội ngũ giáo"
                " viên, cơ sở vật chất cho năm học 2026 - 2027."
            ),
            Img(
                _file(4109, "doan_bo_gddt_lamviec.jpg"),
                "(Quang cảnh buổi làm việc)",
                "Quang cảnh buổi làm việc",
                "under",
            ),
            P(
                "Theo báo cáo của Sở, toàn tỉnh còn thiếu 412 giáo viên, chủ yếu ở các môn Tin học,"
                " Tiếng Anh, Âm nhạc và Mĩ thuật cấp tiểu học; 100% trường THCS, THPT đã tổ chức dạy"
                " học các môn lựa chọn theo nguyện vọng của học sinh."
            ),
            P(
                "Đoàn công tác đánh giá cao sự chủ động của địa phương trong tuyển dụng, điều động"
                " giáo viên và đề nghị tỉnh tiếp tục rà soát, bố trí đủ phòng học bộ môn theo quy"
                " định."
            ),
            Raw(
                '<div align="right"><i><font size="2" face="Arial">Nguồn: Báo Quảng Ninh</font></i>'
                "</div>"
            ),
        ],
        source="Báo Quảng Ninh",
        opts={
            "when": datetime(2026, 11, 17, 9, 5, 48),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "p",
        },
    ),
    Story(
        id=4102,
        slug="chuyen-de-ai-day-hoc-toan",
        title="Chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán” cấp THCS",
        cat="cm",
        published_at="2026-11-10T09:40:02+07:00",
        summary=(
            "Chuyên đề giúp giáo viên tiếp cận các công cụ trí tuệ nhân tạo hỗ trợ soạn bài, tạo"
            " học liệu và cá nhân hóa việc luyện tập cho học sinh một cách an toàn, có kiểm soát."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày 07/11, Trường THCS Trọng Điểm (phường Hồng Gai) tổ chức chuyên đề cấp tỉnh"
                " “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán” với sự tham dự của giáo viên Toán"
                " các trường THCS khu vực Hạ Long, Cẩm Phả."
            ),
            P("Chuyên đề gồm ba nội dung chính:"),
            P("Sử dụng trợ lý AI gợi ý kịch bản bài dạy và hệ thống bài tập phân hóa;", "li"),
            P("Tạo hình ảnh, mô phỏng động cho các bài hình học không gian;", "li"),
            P("Nguyên tắc bảo vệ dữ liệu học sinh khi sử dụng các công cụ trực tuyến.", "li"),
            Img(
                _file(4102, "chuyende_AI_toan.jpg"),
                "Giáo viên dự giờ tiết dạy minh họa lớp 8A",
                "Giáo viên dự giờ tiết dạy minh họa lớp 8A",
                "under",
            ),
            P(
                "Các ý kiến trao đổi thống nhất: AI chỉ là công cụ hỗ trợ, giáo viên phải kiểm tra"
                " tính chính xác của nội dung và giữ vai trò tổ chức, định hướng hoạt động học của"
                " học sinh."
            ),
            Raw(
                '<div align="right"><b><font size="2" face="Arial">ThS. Đỗ Minh Khoa – Trường THCS'
                " Trọng Điểm</font></b></div>"
            ),
        ],
        authors=["Đỗ Minh Khoa"],
        opts={
            "when": datetime(2026, 11, 10, 9, 40, 2),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "p",
        },
    ),
    Story(
        id=4097,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc",
        title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (vòng 2)",
        cat="tb",
        published_at="2026-11-06T16:50:19+07:00",
        blocks=[
            P(
                "Căn cứ báo cáo của Hội đồng xét tuyển viên chức năm 2026, Sở Giáo dục và Đào tạo"
                " thông báo kết quả xét tuyển vòng 2 đối với 186 thí sinh dự tuyển vào các trường"
                " THPT, trung tâm GDNN-GDTX trực thuộc Sở."
            ),
            P(
                "Thí sinh có nhu cầu phúc khảo nộp đơn trực tiếp tại Văn phòng Sở trong thời hạn 05"
                " ngày làm việc kể từ ngày thông báo. Danh sách chi tiết xem tại tệp đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 6, 16, 50, 19),
            "shown": "dt",
            "user": "Van Phong/SGDDT",
            "rt": "br",
            "files": ["KQ_xet_tuyen_VC_2026_vong2.pdf"],
        },
    ),
    Story(
        id=4094,
        slug="truong-thpt-bai-chay-ngay-hoi-doc-sach",
        title="Trường THPT Bãi Cháy tổ chức Ngày hội đọc sách năm 2026",
        cat="tt",
        published_at="2026-11-05T10:20:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, sáng 04/11, Trường THPT"
                " Bãi Cháy tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách - một hành trình”."
            ),
            Img(_file(4094, "ngayhoidocsach_BC.jpg"), None, None, "none"),
            P(
                "Ngày hội có các hoạt động: trưng bày sách theo chủ đề của 36 chi đoàn, thi giới"
                " thiệu sách bằng video ngắn, đổi sách cũ lấy cây xanh và giao lưu với nhà văn địa"
                " phương. Thư viện nhà trường đã tiếp nhận hơn 1.200 cuốn sách do học sinh, cựu học"
                " sinh quyên góp."
            ),
            Raw(
                '<div align="right"><b><font size="2" face="Arial">Hoàng Văn Dũng, Phạm Thu Trang'
                "</font></b></div>"
            ),
        ],
        authors=["Hoàng Văn Dũng", "Phạm Thu Trang"],
        opts={
            "when": datetime(2026, 11, 5, 10, 20, 0),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "br",
        },
    ),
    Story(
        id=4088,
        slug="hoi-thi-gvdg-tieu-hoc-cap-tinh",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học năm học 2026 - 2027",
        cat="cm",
        published_at="2026-11-02T15:18:27+07:00",
        summary=(
            "Hội thi có 142 giáo viên đến từ các trường tiểu học trong toàn tỉnh tham gia, diễn ra"
            " từ ngày 02 đến 07/11/2026 tại 4 điểm trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học"
                " sinh và dạy hai tiết thực hành: một tiết môn Tiếng Việt hoặc Toán và một tiết môn"
                " tự chọn. Năm nay, hội thi lần đầu chấm điểm hồ sơ dạy học số của giáo viên."
            ),
            Img(
                _file(4088, "gvdg_tieuhoc_2026.jpg"),
                "Ảnh: Cô giáo Lưu Thị Duyên, Trường Tiểu học Cao Xanh, trong tiết dạy môn Tiếng Việt",
                "Cô giáo Lưu Thị Duyên, Trường Tiểu học Cao Xanh, trong tiết dạy môn Tiếng Việt",
                "under",
            ),
            P(
                "Ban tổ chức yêu cầu các giám khảo đánh giá khách quan, chú trọng năng lực tổ chức"
                " hoạt động học và sự tiến bộ của học sinh trong giờ học, tránh dàn dựng trước."
            ),
            Raw('<div align="right"><b><font size="2" face="Arial">Phương Thảo</font></b></div>'),
        ],
        authors=["Phương Thảo"],
        opts={
            "when": datetime(2026, 11, 2, 15, 18, 27),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "br",
        },
    ),
    Story(
        id=4071,
        slug="olympic-tin-hoc-sinh-vien-hoc-sinh",
        title="Học sinh Quảng Ninh giành 4 huy chương tại Olympic Tin học toàn quốc",
        cat="tt",
        published_at="2026-10-23T14:30:15+07:00",
        blocks=[
            P(
                "Tại kỳ thi Olympic Tin học toàn quốc năm 2026 khối chuyên Tin, đoàn học sinh Quảng"
                " Ninh giành 01 huy chương Vàng, 01 huy chương Bạc và 02 huy chương Đồng."
            ),
            Img(
                _file(4071, "olympic_tinhoc_2026.jpg"),
                "Đoàn học sinh Quảng Ninh nhận huy chương tại lễ bế mạc",
                "Đoàn học sinh Quảng Ninh nhận huy chương tại lễ bế mạc",
                "table",
            ),
            P(
                "Em Nguyễn Đức Minh, học sinh lớp 12 Tin, Trường THPT chuyên Hạ Long giành huy chương"
                " Vàng với số điểm cao thứ ba toàn đoàn thi. Đây là năm thứ tư liên tiếp đội tuyển"
                " của tỉnh có học sinh đạt huy chương Vàng."
            ),
            Raw(
                '<div align="right"><b><font size="2" face="Arial">Bài: Lê Thanh Tâm - Ảnh: Ngô Đức'
                " Huy</font></b></div>"
            ),
        ],
        authors=["Lê Thanh Tâm"],
        photographers=["Ngô Đức Huy"],
        opts={
            "when": datetime(2026, 10, 23, 14, 30, 15),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "p",
        },
    ),
    Story(
        id=4063,
        slug="trien-khai-giao-duc-stem-2026-2027",
        title="Triển khai giáo dục STEM trong trường trung học năm học 2026 - 2027",
        cat="cm",
        published_at="2026-10-15T10:02:51+07:00",
        blocks=[
            P(
                "Năm học 2026 - 2027, các trường trung học xây dựng kế hoạch giáo dục STEM trong kế"
                " hoạch giáo dục nhà trường; mỗi khối lớp tổ chức ít nhất 4 bài học STEM mỗi học kỳ"
                " và 01 hoạt động trải nghiệm STEM trong năm học."
            ),
            P(
                "Sở khuyến khích các trường thành lập câu lạc bộ STEM, robotics; tổ chức ngày hội STEM"
                " cấp trường, liên trường; lựa chọn sản phẩm tiêu biểu dự Cuộc thi khoa học kỹ thuật"
                " cấp tỉnh."
            ),
            P(
                "Việc đánh giá kết quả giáo dục STEM được thực hiện thông qua sản phẩm, báo cáo và sự"
                " tham gia của học sinh, được tính vào đánh giá thường xuyên của các môn học liên"
                " quan."
            ),
            Raw(
                '<div align="right"><b><font size="2" face="Arial">Vũ Thị Lan Anh</font></b></div>'
            ),
            Raw(
                '<div align="right"><i><font size="2" face="Arial">Nguồn: Phòng Giáo dục Trung học'
                "</font></i></div>"
            ),
        ],
        authors=["Vũ Thị Lan Anh"],
        source="Phòng Giáo dục Trung học",
        opts={
            "when": datetime(2026, 10, 15, 10, 2, 51),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "p",
        },
    ),
    Story(
        id=3952,
        slug="so-ket-sinh-hoat-to-chuyen-mon-nghien-cuu-bai-hoc",
        title="Sơ kết chuyên đề đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học",
        cat="cm",
        published_at="2026-04-22",
        blocks=[
            P(
                "Ngày 20/4, Trường THCS Mạo Khê tổ chức sơ kết chuyên đề đổi mới sinh hoạt tổ chuyên"
                " môn theo hướng nghiên cứu bài học sau một năm triển khai."
            ),
            Img(
                _file(3952, "sinhhoat_tcm_maokhe.jpg"),
                "Giáo viên tổ Khoa học tự nhiên phân tích hoạt động của học sinh sau giờ dự",
                "Giáo viên tổ Khoa học tự nhiên phân tích hoạt động của học sinh sau giờ dự",
                "br",
            ),
            P(
                "Qua một năm thực hiện, các tổ chuyên môn đã tổ chức 48 buổi sinh hoạt chuyên môn"
                " theo nghiên cứu bài học; giáo viên chuyển trọng tâm từ nhận xét người dạy sang quan"
                " sát, phân tích việc học của học sinh."
            ),
            Raw(
                '<div align="right"><b><font size="3" face="Times New Roman">Bùi Thị Ngọc Mai –'
                " Trường THCS Mạo Khê</font></b></div>"
            ),
        ],
        authors=["Bùi Thị Ngọc Mai"],
        opts={
            "when": datetime(2026, 4, 22, 0, 0, 0),
            "shown": "dt",
            "user": "Bien Tap/SGDDT",
            "rt": "old",
            "cp1258": True,
        },
    ),
    Story(
        id=3917,
        slug="huong-dan-kiem-tra-danh-gia-hoc-ky-2",
        title="Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ II cấp trung học",
        cat="cm",
        published_at="2026-03-12",
        blocks=[
            P(
                "Kiểm tra cuối học kỳ II được tổ chức từ ngày 20/4 đến ngày 10/5/2026. Đề kiểm tra"
                " được xây dựng theo ma trận, bản đặc tả do tổ chuyên môn thống nhất, bảo đảm mức độ"
                " nhận biết, thông hiểu, vận dụng phù hợp với yêu cầu cần đạt của chương trình."
            ),
            P(
                "Các trường tổ chức coi, chấm kiểm tra nghiêm túc, khách quan; kết quả được cập nhật"
                " lên cơ sở dữ liệu ngành chậm nhất ngày 20/5/2026."
            ),
            Raw(
                '<div align="right"><i><font size="3" face="Times New Roman">Nguồn: Vụ Giáo dục Trung'
                " học</font></i></div>"
            ),
        ],
        source="Vụ Giáo dục Trung học",
        opts={
            "when": datetime(2026, 3, 12, 0, 0, 0),
            "shown": "d",
            "user": "Van Phong/SGDDT",
            "rt": "old",
            "cp1258": True,
        },
    ),
]

_BY_UNID: dict[str, Story] = {unid(s.id): s for s in STORIES}


def in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


def category_name(s: Story) -> str:
    return CATS[s.cat][1]


def cat_view(cat: str, start: int = 1) -> str:
    key = quote(CATS[cat][0])
    return (
        f"{DB}/vwTinTheoChuyenMuc?OpenView&RestrictToCategory={key}&Start={start}&Count={CAT_COUNT}"
    )


def news_view(start: int = 1, sort: str = "") -> str:
    return f"{DB}/TinTuc?OpenView&Start={start}&Count={NEWS_COUNT}{sort}"


def doc_path(s: Story, view: str = "0") -> str:
    return f"{DB}/{view}/{unid(s.id)}?OpenDocument"


def search_path(query: str) -> str:
    return f"{DB}/TinTuc?SearchView&Query={quote(query)}&SearchOrder=4"


def highlight(query: str) -> str:
    return "&Highlight=0," + ",".join(quote(w, safe="") for w in query.split())


def _plain(s: Story) -> str:
    words = " ".join([s.title, *s.paragraphs])
    return unicodedata.normalize("NFC", words).lower()


def search(query: str) -> list[Story]:
    q = unicodedata.normalize("NFC", query).lower().strip()
    return [s for s in STORIES if q and q in _plain(s)]


def alt_paths(s: Story) -> list[str]:
    """Every other URL the site serves (and links) this document under."""
    out = [doc_path(s, v) for v in DOC_VIEWS[1:]]
    if s.opts.get("files"):
        out += [doc_path(s, v) + "&ExpandSection=1" for v in DOC_VIEWS]
    out += [doc_path(s, "TinTuc") + highlight(q) for q in KEYWORDS if s in search(q)]
    out += [f"{DB}/0/{unid(s.id)}!OpenDocument", f"{DB}/0/{unid(s.id)}"]
    return out


# --- the document register (Văn bản) ---------------------------------------------------------


@dataclass(frozen=True)
class VanBan:
    number: str
    issued: date
    kind: str
    abstract: str
    file: str

    @property
    def unid(self) -> str:
        return unid(self.number)

    @property
    def href(self) -> str:
        return f"{DB}/0/{self.unid}/$FILE/{self.file}"


VAN_BAN: list[VanBan] = [
    VanBan("3412/SGDĐT-GDTrH", date(2026, 11, 19), "Công văn",
           "V/v tổ chức thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027", "3412_SGDDT_GDTrH.pdf"),
    VanBan("1865/QĐ-SGDĐT", date(2026, 11, 12), "Quyết định",
           "Quyết định thành lập Ban Chỉ đạo thi chọn học sinh giỏi cấp tỉnh", "1865_QD_SGDDT.pdf"),
    VanBan("402/KH-SGDĐT", date(2026, 10, 28), "Kế hoạch",
           "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học", "402_KH_SGDDT.pdf"),
    VanBan("3190/SGDĐT-TCCB", date(2026, 10, 20), "Công văn",
           "V/v đánh giá, xếp loại viên chức năm 2026", "3190_SGDDT_TCCB.pdf"),
    VanBan("2977/SGDĐT-GDTrH", date(2026, 9, 30), "Công văn",
           "V/v hướng dẫn thực hiện giáo dục STEM năm học 2026-2027", "2977_SGDDT_GDTrH.pdf"),
    VanBan("1102/QĐ-SGDĐT", date(2026, 8, 26), "Quyết định",
           "Quyết định ban hành khung kế hoạch thời gian năm học 2026-2027", "1102_QD_SGDDT.pdf"),
    VanBan("4125/SGDĐT-VP", date(2025, 12, 15), "Công văn",
           "V/v nghỉ Tết Nguyên đán Bính Ngọ năm 2026", "4125_SGDDT_VP.pdf"),
    VanBan("388/KH-SGDĐT", date(2025, 10, 6), "Kế hoạch",
           "Kế hoạch kiểm tra chuyên đề năm học 2025-2026", "388_KH_SGDDT.pdf"),
]  # fmt: skip

_FILES: set[str] = {v.href for v in VAN_BAN} | {
    _file(s.id, f) for s in STORIES for f in s.opts.get("files", [])
}

PAGES: dict[str, tuple[str, list[str]]] = {
    "GioiThieu": ("Giới thiệu", [
        "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ"
        " chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm"
        " tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        "Toàn tỉnh có 623 cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên với trên"
        " 330.000 học sinh và 19.000 cán bộ, giáo viên, nhân viên.",
    ]),
    "CoCauToChuc": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở: Giám đốc và 03 Phó Giám đốc.",
        "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế"
        " hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học;"
        " Phòng Khảo thí và Quản lý chất lượng giáo dục (Phòng Khảo thí).",
    ]),
}  # fmt: skip

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, doc_path(s), category_name(s), alt_paths=alt_paths(s)) for s in STORIES
]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


NON_ARTICLES: list[str] = [
    START_PATH,
    f"{DB}/TrangChu?OpenPage",
    f"{DB}/TinTuc?OpenView",
    *(news_view(1 + n * NEWS_COUNT) for n in range(_pages(len(STORIES), NEWS_COUNT))),
    *(
        cat_view(c, 1 + n * CAT_COUNT)
        for c in CATS
        for n in range(_pages(len(in_cat(c)), CAT_COUNT))
    ),
    f"{DB}/vwTinTheoChuyenMuc?OpenView",
    f"{DB}/vwVanBan?OpenView",
    f"{DB}/GioiThieu?OpenPage",
    f"{DB}/CoCauToChuc?OpenPage",
    f"{DB}/LienHe?OpenPage",
    f"{DB}/frmGopY?OpenForm",
]

# --------------------------------------------------------------------------- rendering

_F = '<font face="Arial" size="2">'
DOMINO = "<!-- Lotus-Domino (Release 9.0.1FP10 HF383 - October 2, 2018 on Windows NT/Intel) -->"


def _newest(stories: list[Story] | None = None) -> list[Story]:
    return sorted(
        stories if stories is not None else STORIES, key=lambda s: s.opts["when"], reverse=True
    )


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _domino_time(w: datetime) -> str:
    """Domino's default date-time text on a dd/mm/yyyy server: seconds and AM/PM."""
    hour = w.hour % 12 or 12
    return f"{_dmy(w)} {hour:02d}:{w:%M:%S} {'AM' if w.hour < 12 else 'PM'}"


def _shown(s: Story) -> str:
    return _domino_time(s.opts["when"]) if s.opts["shown"] == "dt" else _dmy(s.opts["when"])


def _excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    words = next(b.text for b in s.blocks if isinstance(b, P)).split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def _thumb(s: Story) -> str:
    srcs = [i.src for i in s.images]
    return srcs[0] if srcs else f"{DB}/no_image.gif?OpenImageResource"


def _outline() -> str:
    """The left navigator: a Domino outline rendered as a table of images and links."""
    entries = [
        (0, "Trang chủ", START_PATH),
        (0, "Giới thiệu", f"{DB}/GioiThieu?OpenPage"),
        (1, "Cơ cấu tổ chức", f"{DB}/CoCauToChuc?OpenPage"),
        (0, "Tin tức", f"{DB}/TinTuc?OpenView"),
        *((1, CATS[c][1], cat_view(c)) for c in CATS),
        (1, "Xem theo chuyên mục", f"{DB}/vwTinTheoChuyenMuc?OpenView"),
        (0, "Văn bản", f"{DB}/vwVanBan?OpenView"),
        (0, "Liên hệ", f"{DB}/LienHe?OpenPage"),
    ]
    rows = []
    for level, label, href in entries:
        icon = "muiten_cap2.gif" if level else "muiten.gif"
        rows.append(
            f'<TR VALIGN=top><TD NOWRAP><img src="/icons/ecblank.gif" border="0" height="16"'
            f' width="{1 + 16 * level}" alt=""><a href="{href}" target="_self"><img'
            f' src="{DB}/{icon}?OpenImageResource" border="0" alt=""></a></TD><TD NOWRAP><a'
            f' href="{href}" target="_self">{_F}{"<b>" if not level else ""}{esc(label)}'
            f"{'</b>' if not level else ''}</font></a></TD></TR>"
        )
    return "<TABLE BORDER=0 CELLPADDING=2 CELLSPACING=0>" + "\n".join(rows) + "</TABLE>"


def _left() -> str:
    keywords = " | ".join(f'<a href="{search_path(k)}">{esc(k)}</a>' for k in KEYWORDS)
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
        f'<tr><td bgcolor="#0b5394"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b>'
        f"</font></td></tr><tr><td>{_outline()}</td></tr>"
        '<tr><td bgcolor="#0b5394"><font face="Arial" size="2" color="#FFFFFF"><b>TÌM KIẾM</b>'
        "</font></td></tr><tr><td>"
        '<input type="text" name="Query" size="16" value="" onkeypress="if(event.keyCode==13)'
        '{timKiem();return false;}">'
        '<a href="javascript:timKiem()"><img src="/portal/sgddt.nsf/btn_timkiem.gif?OpenImageResource"'
        ' border="0" alt="Tìm kiếm"></a><br>'
        f'<font face="Arial" size="1">Tìm nhanh: {keywords}</font></td></tr>'
        '<tr><td bgcolor="#0b5394"><font face="Arial" size="2" color="#FFFFFF"><b>THỐNG KÊ</b>'
        "</font></td></tr>"
        f"<tr><td>{_F}Số lượt truy cập: <b>1.234.567</b><br>Đang trực tuyến: <b>37</b></font>"
        "</td></tr></table>"
    )


def _right() -> str:
    latest = "".join(
        f'<tr valign="top"><td><img src="{DB}/dot.gif?OpenImageResource" alt=""></td><td>'
        f'<a href="{doc_path(s, "vwTinMoi")}">{_F}{esc(s.title)}</font></a>'
        f' <font face="Arial" size="1" color="#888888">({_dmy(s.opts["when"])})</font></td></tr>'
        for s in _newest()[:5]
    )
    vb = "".join(
        f'<tr valign="top"><td>{_F}<a href="{v.href}">{esc(v.number)}</a><br>'
        f"{esc(v.abstract)}</font></td></tr>"
        for v in VAN_BAN[:3]
    )
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>'
        for n, u in (
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Quảng Ninh", "https://www.quangninh.gov.vn"),
            ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
        )
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="2">'
        '<tr><td colspan="2" bgcolor="#c00000"><font face="Arial" size="2" color="#FFFFFF"><b>TIN MỚI'
        f" NHẤT</b></font></td></tr>{latest}</table>"
        '<table width="100%" border="0" cellspacing="0" cellpadding="2">'
        '<tr><td bgcolor="#c00000"><font face="Arial" size="2" color="#FFFFFF"><b>VĂN BẢN MỚI</b>'
        f'</font></td></tr>{vb}<tr><td align="right"><a href="{DB}/vwVanBan?OpenView">{_F}Xem tất'
        " cả</font></a></td></tr></table>"
        '<p><a href="https://moet.gov.vn" target="_blank"><img src="/portal/sgddt.nsf/banner_bgd.jpg'
        '?OpenImageResource" width="190" border="0" alt="Bộ GD&amp;ĐT"></a><br>'
        '<a href="https://dichvucong.quangninh.gov.vn" target="_blank"><img'
        ' src="/portal/sgddt.nsf/banner_dvc.jpg?OpenImageResource" width="190" border="0"'
        ' alt="Dịch vụ công"></a></p>'
        f'{_F}<b>Liên kết website</b></font><br><select name="lkweb"'
        ' onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --'
        f"</option>{links}</select>"
    )


_SCRIPT = (
    '<script language="JavaScript" type="text/javascript">\n<!-- \n'
    'document._domino_target = "_self";\n'
    'function _doClick(v, o, t) {\n  var url="";\n}\n'
    "function timKiem() {\n  var q = document.getElementsByName('Query')[0].value;\n"
    "  if (q != '') location.href = '/portal/sgddt.nsf/TinTuc?SearchView&Query=' +"
    " encodeURIComponent(q) + '&SearchOrder=4';\n}\n// -->\n</script>"
)


def _page(title: str, main: str, *, meta: bool = True) -> str:
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' if meta else ""
    )
    footer = (
        '<TABLE WIDTH="980" BORDER="0" CELLSPACING="0" CELLPADDING="6" ALIGN="center"'
        ' BGCOLOR="#0b5394"><TR><TD ALIGN="center"><font face="Arial" size="2" color="#FFFFFF">'
        f"<b>{SITE.upper()}</b><br>Địa chỉ: Số 25 đường Bến Đoan, phường Hồng Gai, tỉnh Quảng"
        " Ninh<br>Điện thoại: 0203.3835.612 - Fax: 0203.3835.415 - Đường dây nóng: 0203.3636.999"
        "<br>Email: vanphong.sgddt@quangninh.edu.vn<br>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT"
        "<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></TD></TR></TABLE>"
    )
    return (
        f"{DOMINO}\n<html>\n<head>\n{charset}<title>Sở GD&amp;ĐT Quảng Ninh - {title}</title>\n"
        f'<link rel="stylesheet" type="text/css" href="{DB}/style.css">\n{_SCRIPT}\n</head>\n'
        '<body text="#000000" bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n<a name="top"></a>\n'
        '<TABLE WIDTH="980" BORDER="0" CELLSPACING="0" CELLPADDING="0" ALIGN="center">\n'
        f'<TR><TD COLSPAN="3"><a href="{DB}/TrangChu?OpenPage"><img src="{DB}/banner_top.jpg'
        f'?OpenImageResource" width="980" height="150" border="0" alt="{esc(SITE)}"></a></TD></TR>\n'
        '<TR><TD COLSPAN="3" BGCOLOR="#0b5394" HEIGHT="24"><TABLE WIDTH="100%" BORDER="0"><TR>'
        f'<TD><font face="Arial" size="2" color="#FFFFFF"><b>{TODAY}</b></font></TD>'
        f'<TD ALIGN="right"><a href="{START_PATH}"><font face="Arial" size="2" color="#FFFFFF">Trang'
        f' chủ</font></a> <font color="#FFFFFF">|</font> <a href="{DB}/GioiThieu?OpenPage"><font'
        ' face="Arial" size="2" color="#FFFFFF">Giới thiệu</font></a> <font color="#FFFFFF">|'
        f'</font> <a href="{DB}/LienHe?OpenPage"><font face="Arial" size="2" color="#FFFFFF">Liên hệ'
        "</font></a></TD></TR></TABLE></TD></TR>\n"
        f'<TR VALIGN="top"><TD WIDTH="200">{_left()}</TD>\n'
        f'<TD WIDTH="580">\n{main}\n</TD>\n<TD WIDTH="200">{_right()}</TD></TR>\n</TABLE>\n'
        f"{footer}\n</body>\n</html>\n"
    )


def _title_bar(label: str) -> str:
    return (
        '<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#dce6f2">'
        f'<font face="Arial" size="3" color="#0b5394"><b>{esc(label)}</b></font></td></tr></table>'
    )


# --- documents ---------------------------------------------------------------------------------


def _img_tag(img: Img) -> str:
    return f'<img src="{esc(img.src)}" width="500" height="375" alt="" border="0">'


def _rich_text(s: Story) -> str:
    """The Body item as Domino renders rich text."""
    kind = s.opts["rt"]
    face = '<font size="3" face="Times New Roman">' if kind == "old" else _F
    out: list[str] = []
    run: list[str] = []  # paragraphs of the current <font> run ("br" and "old")
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if run:
            out.append(face + "<br><br>".join(run) + "<br></font>")
            run.clear()
        if rows:
            trs = "".join(
                '<tr valign="top">'
                + "".join(
                    f'<td bgcolor="#d9e2f3">{_F}<b>{esc(c)}</b></font></td>'
                    if r.style == "th"
                    else f"<td>{_F}{esc(c)}</font></td>"
                    for c in r.text.split(" | ")
                )
                + "</tr>\n"
                for r in rows
            )
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" width="100%">\n'
                + trs
                + "</table>"
            )
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{_F}{esc(i.text)}</font>" for i in items) + "</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            if run or items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            if run or rows:
                flush()
            items.append(b)
            continue
        if isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                markup = f'{esc(before)}<a href="{href}">{esc(phrase)}</a>{esc(after)}'
            else:
                markup = esc(b.text)
            if kind == "p":
                flush()
                out.append(f'<p align="justify">{_F}{markup}</font></p>')
            else:
                if rows or items:
                    flush()
                run.append(markup)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            line = esc(b.printed or "")
            if b.style == "under":
                out.append(f'<div align="center">{_img_tag(b)}</div>')
                out.append(f'<div align="center"><i>{_F}{line}</font></i></div>')
            elif b.style == "br":
                out.append(f'<div align="center">{_img_tag(b)}<br><i>{face}{line}</font></i></div>')
            elif b.style == "table":
                out.append(
                    '<table border="0" cellspacing="0" cellpadding="2" align="center">'
                    f'<tr><td>{_img_tag(b)}</td></tr><tr><td align="center"><i>{_F}{line}</font></i>'
                    "</td></tr></table>"
                )
            else:
                out.append(f'<div align="center">{_img_tag(b)}</div>')
    flush()
    return "\n".join(out)


def _section(s: Story, view: str, expanded: bool) -> str:
    files = s.opts.get("files")
    if not files:
        return ""
    here = doc_path(s, view)
    label = "Tài liệu đính kèm"
    if not expanded:
        return (
            f'<a name="_Section1"></a><a href="{here}&ExpandSection=1#_Section1" target="_self"><img'
            f' src="/icons/expand.gif" border="0" alt="Show details for {label}"></a>'
            f"{_F}<b>{label}</b></font><br>"
        )
    links = "".join(
        f'<br><img src="/icons/vwicn150.gif" border="0" alt=""> <a href="{_file(s.id, f)}">'
        f"{_F}{esc(f)}</font></a>"
        for f in files
    )
    return (
        f'<a name="_Section1"></a><a href="{here}#_Section1" target="_self"><img'
        f' src="/icons/collapse.gif" border="0" alt="Hide details for {label}"></a>'
        f"{_F}<b>{label}</b></font>{links}<br>"
    )


def _older(s: Story) -> str:
    same = _newest(in_cat(s.cat))
    older = [o for o in same if o.opts["when"] < s.opts["when"]][:5]
    if not older:
        return ""
    rows = "".join(
        f'<tr><td><img src="{DB}/dot.gif?OpenImageResource" alt=""></td><td><a'
        f' href="{doc_path(o)}">{_F}{esc(o.title)}</font></a>'
        f' <font face="Arial" size="1" color="#888888">({_dmy(o.opts["when"])})</font></td></tr>'
        for o in older
    )
    return (
        '<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td colspan="2"'
        ' bgcolor="#dce6f2"><font face="Arial" size="2" color="#0b5394"><b>Các tin đã đưa</b></font>'
        f"</td></tr>{rows}</table>"
    )


REGION_START = "<!-- frmTinTuc -->"
REGION_END = "<!-- /frmTinTuc -->"


def _document(s: Story, view: str, expanded: bool, base: str) -> str:
    cat_label = CATS[s.cat][1]
    sapo = (
        f'<TR><TD><i><font face="Arial" size="2" color="#333333">{esc(s.summary)}</font></i></TD></TR>\n'
        if s.summary
        else ""
    )
    modified = (
        f'<br><font face="Arial" size="1" color="#888888">Sửa đổi lần cuối: {s.opts["modified"]}</font>'
        if s.opts.get("modified")
        else ""
    )
    url = base + doc_path(s)
    main = (
        f"{REGION_START}\n"
        '<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="4">\n'
        f'<TR><TD><font face="Arial" size="1"><a href="{START_PATH}">Trang chủ</a> &raquo; <a'
        f' href="{cat_view(s.cat)}">{esc(cat_label)}</a></font></TD></TR>\n'
        f'<TR><TD><font face="Arial" size="4" color="#0b5394"><b>{esc(s.title)}</b></font></TD></TR>\n'
        f'<TR><TD><font face="Arial" size="1" color="#888888">Cập nhật ngày: {_shown(s)}</font>'
        "</TD></TR>\n"
        f"{sapo}"
        f'<TR><TD><div align="justify">\n{_rich_text(s)}\n</div></TD></TR>\n'
        f"<TR><TD>{_section(s, view, expanded)}"
        f'<font face="Arial" size="1" color="#888888">Người nhập: {esc(s.opts["user"])}</font>'
        f"{modified}</TD></TR>\n</TABLE>\n{REGION_END}\n"
        '<table width="100%" border="0" cellpadding="4"><tr><td align="right"><font face="Arial"'
        ' size="1"><a href="javascript:window.print()"><img src="/icons/print.gif" border="0"'
        ' alt="">In trang</a> | <a href="mailto:?subject='
        f'{quote(s.title)}&amp;body={quote(url)}">Gửi email</a> | <a'
        f' href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}"'
        ' target="_blank">Chia sẻ Facebook</a> | <a href="javascript:history.back()">Quay lại</a> |'
        ' <a href="#top">Về đầu trang</a></font></td></tr></table>\n'
        f"{_older(s)}\n"
    )
    return _page(esc(s.title), main, meta=not s.opts.get("cp1258"))


# --- views ---------------------------------------------------------------------------------------


def _pager(link, start: int, count: int, total: int) -> str:
    """The $$ViewTemplate's pager: image links with alt text, page numbers from a server loop."""
    pages = _pages(total, count)
    current = (start - 1) // count + 1
    if start > 1:
        prev = (
            f'<a href="{link(max(1, start - count))}"><img src="{DB}/btn_truoc.gif?OpenImageResource"'
            ' border="0" alt="Trang trước"></a>'
        )
    else:
        prev = f'<img src="{DB}/btn_truoc_mo.gif?OpenImageResource" border="0" alt="Trang trước">'
    if start + count <= total:
        nxt = (
            f'<a href="{link(start + count)}"><img src="{DB}/btn_sau.gif?OpenImageResource"'
            ' border="0" alt="Trang sau"></a>'
        )
    else:
        nxt = f'<img src="{DB}/btn_sau_mo.gif?OpenImageResource" border="0" alt="Trang sau">'
    nums = " ".join(
        f"<b>[{n}]</b>" if n == current else f'<a href="{link(1 + (n - 1) * count)}">{n}</a>'
        for n in range(1, pages + 1)
    )
    return (
        '<table border="0" cellpadding="4" align="center"><tr><td>'
        f"{prev}</td><td>{_F}Trang: {nums}</font></td><td>{nxt}</td></tr></table>"
    )


def _start(params: dict[str, str], default: int = 1) -> int:
    raw = params.get("start", "")
    head = raw.split(".", 1)[0]
    return max(1, int(head)) if head.isdigit() else default


def _count(params: dict[str, str], default: int) -> int:
    raw = params.get("count", "")
    return max(1, min(int(raw), 1000)) if raw.isdigit() else default


_SORTS = {
    "": ("", lambda s: s.opts["when"], True),
    "resortdescending=1": ("&ResortDescending=1", lambda s: s.opts["when"], True),
    "resortascending=1": ("&ResortAscending=1", lambda s: s.opts["when"], False),
    "resortascending=2": ("&ResortAscending=2", lambda s: s.title, False),
}


def _news_view(params: dict[str, str]) -> str:
    sort = ""
    for key in ("resortascending", "resortdescending"):
        if key in params:
            sort = f"{key}={params[key]}"
    suffix, key, reverse = _SORTS.get(sort, _SORTS[""])
    stories = sorted(STORIES, key=key, reverse=reverse)
    start, count = _start(params), _count(params, NEWS_COUNT)
    rows = "".join(
        f'<tr valign="top"><td NOWRAP><img src="/icons/ecblank.gif" border="0" height="1" width="16"'
        f' alt="">{_F}{_dmy(s.opts["when"])}</font></td><td><a href="{doc_path(s, "TinTuc")}">'
        f"{_F}{esc(s.title)}</font></a></td><td>{_F}{esc(category_name(s))}</font></td></tr>\n"
        for s in stories[start - 1 : start - 1 + count]
    )
    head = (
        '<tr><th NOWRAP align="left"><font face="Arial" size="2">Ngày</font>'
        f'<a href="{news_view(1, "&ResortDescending=1")}"><img src="/icons/resortdescending.gif"'
        ' border="0" alt="Click to sort descending"></a>'
        f'<a href="{news_view(1, "&ResortAscending=1")}"><img src="/icons/resortascending.gif"'
        ' border="0" alt="Click to sort ascending"></a></th>'
        '<th align="left"><font face="Arial" size="2">Tiêu đề</font>'
        f'<a href="{news_view(1, "&ResortAscending=2")}"><img src="/icons/resortascending.gif"'
        ' border="0" alt="Click to sort ascending"></a></th>'
        '<th align="left"><font face="Arial" size="2">Chuyên mục</font></th></tr>\n'
    )
    body = rows if rows else '<tr><td colspan="3"><h2>No documents found</h2></td></tr>'
    main = (
        _title_bar("TIN TỨC")
        + '<table border="0" cellpadding="2" cellspacing="0" width="100%">\n'
        + head
        + body
        + "</table>"
        + _pager(lambda st: news_view(st, suffix), start, count, len(stories))
    )
    return _page("Tin tức", main)


def _cat_view(cat: str, params: dict[str, str]) -> str:
    stories = _newest(in_cat(cat))
    start, count = _start(params), _count(params, CAT_COUNT)
    rows = "".join(
        f'<tr valign="top"><td width="110"><a href="{doc_path(s, "vwTinTheoChuyenMuc")}"><img'
        f' src="{esc(_thumb(s))}" width="100" height="75" border="0" alt=""></a></td><td><a'
        f' href="{doc_path(s, "vwTinTheoChuyenMuc")}">{_F}<b>{esc(s.title)}</b></font></a> <font'
        f' face="Arial" size="1" color="#888888">({_dmy(s.opts["when"])})</font><br>{_F}'
        f"{esc(_excerpt(s))}</font></td></tr>\n"
        for s in stories[start - 1 : start - 1 + count]
    )
    if not rows:
        rows = '<tr><td colspan="2"><h2>No documents found</h2></td></tr>'
    main = (
        f'<font face="Arial" size="1"><a href="{START_PATH}">Trang chủ</a> &raquo;'
        f" {esc(CATS[cat][1])}</font>"
        + _title_bar(CATS[cat][1].upper())
        + f'<table border="0" cellpadding="4" cellspacing="0" width="100%">\n{rows}</table>'
        + _pager(lambda st: cat_view(cat, st), start, count, len(stories))
    )
    return _page(esc(CATS[cat][1]), main)


# Categorized views with twisties: a tree of (label, children) where leaves are row cells.


def _tree_news() -> list[tuple[str, list]]:
    out = []
    for c in CATS:
        months: dict[str, list[str]] = {}
        for s in _newest(in_cat(c)):
            cell = (
                f"{_F}{_dmy(s.opts['when'])}</font></td><td><a"
                f' href="{doc_path(s, "vwTinTheoChuyenMuc")}">{_F}{esc(s.title)}</font></a>'
            )
            months.setdefault(f"Tháng {s.opts['when']:%m/%Y}", []).append(cell)
        out.append((CATS[c][1], list(months.items())))
    return out


def _tree_register() -> list[tuple[str, list]]:
    years: dict[str, dict[str, list[str]]] = {}
    for v in VAN_BAN:
        cell = (
            f'{_F}<a href="{v.href}">{esc(v.number)}</a></font></td><td>{_F}{_dmy(v.issued)}'
            f"</font></td><td>{_F}{esc(v.abstract)}</font>"
        )
        years.setdefault(str(v.issued.year), {}).setdefault(v.kind, []).append(cell)
    return [(y, list(kinds.items())) for y, kinds in years.items()]


def _categorized(view: str, title: str, tree, params: dict[str, str], cols: int) -> str:
    """Domino's categorized view: rows of twisties, Expand/Collapse by position, Start/Count."""
    if "expandview" in params:
        expanded = None  # everything
    else:
        expanded = set()
        pos = params.get("expand") or params.get("collapse") or ""
        parts = pos.split(".") if re.fullmatch(r"\d+(\.\d+)*", pos) else []
        for n in range(1, len(parts) + 1):
            expanded.add(".".join(parts[:n]))
        if "collapse" in params and pos:
            expanded.discard(pos)
    state = "&ExpandView" if expanded is None else ""

    def is_open(p: str) -> bool:
        return expanded is None or p in expanded

    def twistie(p: str, label: str, depth: int, total: int) -> str:
        pad = f'<img src="/icons/ecblank.gif" border="0" height="16" width="{16 * depth}" alt="">'
        if is_open(p):
            href = f"{DB}/{view}?OpenView&Start={p}&Count={REG_COUNT}&Collapse={p}#{p}"
            icon, alt = "collapse", "Hide details for"
        else:
            href = f"{DB}/{view}?OpenView&Start={p}&Count={REG_COUNT}&Expand={p}#{p}"
            icon, alt = "expand", "Show details for"
        return (
            f'<tr valign="top"><td colspan="{cols}">{pad}<a name="{p}"></a><a href="{href}"'
            f' target="_self"><img src="/icons/{icon}.gif" border="0" alt="{alt} {esc(label)}"></a>'
            f"{_F}<b>{esc(label)}</b> ({total})</font></td></tr>"
        )

    lines: list[tuple[str, str]] = []  # (view position, row)
    for i, (label, subs) in enumerate(tree, 1):
        total = sum(len(rows) for _, rows in subs)
        lines.append((str(i), twistie(str(i), label, 0, total)))
        if not is_open(str(i)):
            continue
        for j, (sub, rows) in enumerate(subs, 1):
            p = f"{i}.{j}"
            lines.append((p, twistie(p, sub, 1, len(rows))))
            if is_open(p):
                pad = '<img src="/icons/ecblank.gif" border="0" height="1" width="32" alt="">'
                lines += [
                    (f"{p}.{k}", f'<tr valign="top"><td>{pad}{cell}</td></tr>')
                    for k, cell in enumerate(rows, 1)
                ]
    positions = [p for p, _ in lines]
    wanted = params.get("start", "")
    start = positions.index(wanted) + 1 if wanted in positions else _start(params)
    count = _count(params, REG_COUNT)
    shown = [row for _, row in lines[start - 1 : start - 1 + count]]
    table = (
        '<table border="0" cellpadding="2" cellspacing="0" width="100%">\n'
        + "\n".join(shown)
        + "</table>"
        if shown
        else "<h2>No documents found</h2>"
    )
    keep = state or (f"&Expand={params['expand']}" if params.get("expand") else "")
    prev = max(1, start - count)
    actions = (
        '<table border="0" cellpadding="3"><tr><td>'
        f'<a href="{DB}/{view}?OpenView&Start={prev}&Count={count}{keep}"><img'
        f' src="{DB}/btn_truoc.gif?OpenImageResource" border="0" alt="Trang trước"></a></td><td>'
        f'<a href="{DB}/{view}?OpenView&Start={start + count}&Count={count}{keep}"><img'
        f' src="{DB}/btn_sau.gif?OpenImageResource" border="0" alt="Trang sau"></a></td><td>{_F}'
        f'<a href="{DB}/{view}?OpenView&ExpandView">Mở rộng tất cả</a> | '
        f'<a href="{DB}/{view}?OpenView&CollapseView">Thu gọn tất cả</a></font></td></tr></table>'
    )
    return _page(esc(title), _title_bar(title.upper()) + actions + table + actions)


def _search(params: dict[str, str]) -> str:
    query = params.get("query", "")
    found = _newest(search(query))
    rows = "".join(
        f'<tr valign="top"><td>{_F}{n}.</font></td><td><a'
        f' href="{doc_path(s, "TinTuc")}{highlight(query)}">{_F}{esc(s.title)}</font></a></td>'
        f"<td>{_F}{_dmy(s.opts['when'])}</font></td></tr>"
        for n, s in enumerate(found, 1)
    )
    result = (
        f'<table border="0" cellpadding="2" width="100%">{rows}</table>'
        if rows
        else "<h2>No documents found</h2>"
    )
    main = (
        _title_bar("KẾT QUẢ TÌM KIẾM")
        + f"{_F}Từ khóa: <b>{esc(query)}</b> - Tìm thấy {len(found)} tài liệu</font><br>"
        + result
    )
    return _page("Tìm kiếm", main)


# --- home and Pages ------------------------------------------------------------------------------


def _home() -> str:
    lead = _newest()[0]
    focus = (
        '<table width="100%" border="0" cellpadding="4"><tr valign="top"><td width="210"><a'
        f' href="{doc_path(lead)}"><img src="{esc(_thumb(lead))}" width="200" height="150"'
        f' border="0" alt=""></a></td><td><a href="{doc_path(lead)}"><font face="Arial" size="3"'
        f' color="#0b5394"><b>{esc(lead.title)}</b></font></a><br>{_F}{esc(_excerpt(lead))}</font>'
        f'<br><a href="{doc_path(lead)}">{_F}Chi tiết &gt;&gt;</font></a></td></tr></table>'
    )
    blocks = []
    for c in CATS:
        items = "".join(
            f'<tr><td><img src="{DB}/dot.gif?OpenImageResource" alt=""></td><td><a'
            f' href="{doc_path(s)}">{_F}{esc(s.title)}</font></a> <font face="Arial" size="1"'
            f' color="#888888">({_dmy(s.opts["when"])})</font></td></tr>'
            for s in _newest(in_cat(c))[:4]
        )
        blocks.append(
            _title_bar(CATS[c][1].upper())
            + f'<table width="100%" border="0" cellpadding="2">{items}</table>'
            f'<div align="right"><a href="{cat_view(c)}">{_F}Xem tiếp &gt;&gt;</font></a></div>'
        )
    vb = "".join(
        f'<tr><td>{_F}<a href="{v.href}">{esc(v.number)}</a></font></td><td>{_F}{_dmy(v.issued)}'
        f"</font></td><td>{_F}{esc(v.abstract)}</font></td></tr>"
        for v in VAN_BAN[:5]
    )
    main = (
        _title_bar("TIN TIÊU ĐIỂM")
        + focus
        + "".join(blocks)
        + _title_bar("VĂN BẢN MỚI")
        + f'<table width="100%" border="1" cellpadding="3" cellspacing="0">{vb}</table>'
        + f'<div align="right"><a href="{DB}/TinTuc?OpenView">{_F}Tất cả tin bài &gt;&gt;</font></a></div>'
    )
    return _page("Trang chủ", main)


def _static(name: str) -> str:
    title, paras = PAGES[name]
    body = "<br><br>".join(esc(p) for p in paras)
    extra = ""
    if name == "CoCauToChuc":
        extra = (
            f'<div align="center"><img src="{DB}/0/{unid("sodo")}/$FILE/so_do_to_chuc.jpg"'
            ' width="560" border="0" alt="Sơ đồ tổ chức"></div>'
        )
    main = _title_bar(title.upper()) + f'<div align="justify">{_F}{body}</font></div>{extra}'
    return _page(esc(title), main)


def _contact() -> str:
    main = _title_bar("LIÊN HỆ") + (
        f"{_F}<b>{SITE.upper()}</b><br>Địa chỉ: Số 25 đường Bến Đoan, phường Hồng Gai, tỉnh Quảng"
        " Ninh<br>Điện thoại: 0203.3835.612<br>Đường dây nóng: 0203.3636.999<br>Email:"
        " vanphong.sgddt@quangninh.edu.vn<br><br>Ý kiến đóng góp xin gửi qua <a"
        f' href="{DB}/frmGopY?OpenForm">mẫu góp ý trực tuyến</a>.</font>'
    )
    return _page("Liên hệ", main)


def _feedback_form() -> str:
    form = (
        f'<form method="post" action="{DB}/frmGopY?OpenForm&Seq=1" name="_frmGopY">'
        '<input type="hidden" name="__Click" value="0">'
        f'<table border="0" cellpadding="3"><tr><td>{_F}Họ và tên:</font></td><td><input'
        ' name="HoTen" value="" size="40"></td></tr><tr><td>'
        f'{_F}Email:</font></td><td><input name="Email" value="" size="40"></td></tr><tr'
        f' valign="top"><td>{_F}Nội dung:</font></td><td><textarea name="NoiDung" rows="6"'
        ' cols="50"></textarea></td></tr></table>'
        '<input type="button" value="Gửi góp ý" onclick="_doClick(\'$Refresh\', this, null)">'
        "</form>"
    )
    return _page("Góp ý", _title_bar("GÓP Ý TRỰC TUYẾN") + form)


# --- the server ------------------------------------------------------------------------------------

_HEADERS = {
    "Server": "Lotus-Domino",
    "Cache-Control": "no-cache",
    "Expires": "Tue, 01 Jan 1980 06:00:00 GMT",
}


def _ok(page: str) -> Response:
    return html(page, charset="UTF-8", headers=dict(_HEADERS))


def _error(message: str) -> Response:
    body = (
        '<html>\n<head>\n<title>Error</title></head>\n<body text="#000000">\n<h1>Error 404</h1>'
        f"HTTP Web Server: {message}<p>\n</body>\n</html>\n"
    )
    return html(body, status=404, charset="US-ASCII", headers=dict(_HEADERS))


def _params(query: str) -> dict[str, str]:
    """Domino URL arguments, case-insensitive; the command is a key without a value."""
    return {k.lower(): v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}


class LotusDominoSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = _params(request.query)
        if path == "/":
            return redirect(START_PATH)
        if path == DB:
            return redirect(START_PATH, 301)
        if path.startswith("/icons/") or (
            path.startswith(DB + "/") and "opendocument" not in params
        ):
            if path in _FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf", **_HEADERS})
            if "/Body/" in path and "openelement" in params:
                return static_file("x.jpg")
            if (hit := static_file(path)) is not None:
                return hit
        if not path.startswith(DB + "/"):
            return None
        rest = path[len(DB) + 1 :]
        if rest == "" or (rest == "TrangChu" and "openpage" in params):
            return _ok(_home())
        if m := re.fullmatch(r"([A-Za-z0-9]+)/([0-9A-F]{32})(!OpenDocument)?", rest):
            view, key, bang = m.groups()
            s = _BY_UNID.get(key)
            if s is None or view not in DOC_VIEWS:
                return _error("Lotus Notes Exception - Entry not found in index")
            if bang and view != "0":
                return _error("Invalid URL Exception")
            if not bang and request.query and "opendocument" not in params:
                return _error("Invalid URL Exception")
            expanded = params.get("expandsection") == "1"
            page = _document(s, view, expanded, base_url(request))
            if s.opts.get("cp1258"):
                return html(cp1258_bytes(page), charset="windows-1258", headers=dict(_HEADERS))
            return _ok(page)
        if rest == "TinTuc" and "searchview" in params:
            return _ok(_search(params))
        if rest in ("TinTuc", "vwTinMoi") and "openview" in params:
            return _ok(_news_view(params))
        if rest == "vwTinTheoChuyenMuc" and "openview" in params:
            restrict = params.get("restricttocategory")
            if restrict is None:
                return _ok(_categorized(rest, "Tin theo chuyên mục", _tree_news(), params, 2))
            for c, (key, _) in CATS.items():
                if key.lower() == restrict.lower():
                    return _ok(_cat_view(c, params))
            return _ok(_page("Tin tức", _title_bar("TIN TỨC") + "<h2>No documents found</h2>"))
        if rest == "vwVanBan" and "openview" in params:
            return _ok(_categorized(rest, "Văn bản", _tree_register(), params, 3))
        if rest in PAGES and "openpage" in params:
            return _ok(_static(rest))
        if rest == "LienHe" and "openpage" in params:
            return _ok(_contact())
        if rest == "frmGopY" and "openform" in params:
            return _ok(_feedback_form())
        return _error("Invalid URL Exception")


def build_site() -> LotusDominoSite:
    return LotusDominoSite()
