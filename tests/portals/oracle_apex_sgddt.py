"""Fixture portal: the news portal of Sở GD&ĐT Cà Mau, an Oracle APEX 5.1 application (app 110).

Platform imitated
-----------------
A provincial IT vendor built the Sở's portal around 2018 as one Oracle APEX 5.1 application
(id 110) behind ORDS, on a customised Universal Theme (theme 42). Every page is an APEX page,
addressed by APEX's positional ``f?p`` parameter::

    /ords/f?p=App:Page:Session:Request:Debug:ClearCache:itemNames:itemValues:PrinterFriendly

Pages of the application:

* ``/`` and ``/ords/`` answer 302 to ``/ords/f?p=110:1:0`` (the home page, page 1).
* page 20, a category list: ``/ords/f?p=110:20:0::NO::P20_CAT:3`` (item P20_CAT = category id).
  The news are an APEX *classic report* region (``<table class="t-Report-report">``): one row per
  item with a thumbnail, the title link, "Ngày đăng: 14/11/2026" and a teaser. Five rows a page;
  the pager prints row ranges, not page numbers: "‹ Trước 1 - 5 của 7 Tiếp ›", its links adding
  ``&pg_min_row=6&pg_max_rows=5&pg_rows_fetched=5`` to the list's address. The menu's own
  links to a list add the ClearCache value ``RP`` (reset pagination): ``…::NO:RP:P20_CAT:3``.
  Under the report the vendor added a "Xem thêm tin" button whose href is
  ``javascript:sgd.taiThem('wwv_flow.show?p_flow_id=110&p_flow_step_id=20&…&p_request=PLUGIN=…')``:
  APEX's AJAX endpoint ``/ords/wwv_flow.show``, which answers a POST only (the report rows of
  the asked range as a bare fragment) and a GET with ORDS's 405 page.
* page 30, an article: ``/ords/f?p=110:30:0::NO::P30_ID:1254``. The page's region is
  ``<div class="t-Region t-Region--noBorder" id="R4471830921527365">`` whose header
  ``<h2 class="t-Region-title">Chi tiết tin</h2>`` is the region's label, not the headline;
  Universal Theme's breadcrumb prints its current entry as ``<h1 class="t-Breadcrumb-label">Chi
  tiết tin</h1>`` (the page's name) *before* the headline. The news item is printed by a PL/SQL
  dynamic region: ``<h1 class="tin-tieude">``, ``<div class="tin-ngay">Cập nhật: 14/11/2026
  08:15 | Lượt xem: 231</div>``, the lead in bold ``<div class="tin-tomtat"><b>…</b></div>``
  (not every item has one), the body ``<div class="tin-noidung">`` (CKEditor 4 HTML: ``<p>``,
  tables, lists; images as ``/ords/sgddt/r/files/static/v3/anh_1254_1.jpg`` or through the
  application process ``/ords/f?p=110:0:0:APPLICATION_PROCESS=GETIMAGE:::FILE_ID:8812``, a
  caption under some as ``<p style="text-align:center"><em>…</em></p>``), the bylines at the end
  (right-aligned), a tool line ("In bài viết" print link, a ``javascript:`` popup, "Quay lại",
  share links), then a second region "Tin cùng chuyên mục" (the four newest other items of the
  category). The HTML ``<title>`` is "Chi tiết tin - Sở GD&ĐT Cà Mau" on every article. No
  rel=canonical, no meta dates. Below the page, APEX's hidden form fields (pFlowId, pFlowStepId,
  pInstance, pPageSubmissionId, pSalt, the page item P30_ID) and the ``apex.env`` JSON script.
* page 40, a document entry (``P40_ID``): number, date, issuing office, signer, summary and a PDF
  through ``APPLICATION_PROCESS=GETFILE``; page 41 the list of documents; page 45 this week's
  work calendar; pages 50 "Giới thiệu", 51 "Cơ cấu tổ chức", 60 "Liên hệ" (static pages).
* the login page, both under its alias ``f?p=110:LOGIN_DESKTOP:0`` (linked from the navigation
  bar) and under its number ``f?p=110:101:0`` (the footer's "Quản trị" link).
* the vendor's later friendly addresses (APEX 20 style), same pages:
  ``/ords/r/sgddt/portal/chi-tiet?p30_id=1254&session=14235762201957`` (article),
  ``/ords/r/sgddt/portal/danh-sach?p20_cat=3``, ``/ords/r/sgddt/portal/trang-chu``.

Sessions: the third position of ``f?p`` holds the APEX session. A first visit (no session
cookie, session 0 in the address) gets links printed with 0 and the cookie ``ORA_WWV_APP_110``;
every later view (cookie sent, or a non-zero session in the address) prints the visitor's real
session id 14235762201957 in every link (and in the friendly form's ``session=`` parameter).
Every page answers the same for any session value. One editor pasted a link from her own
browser into an article (session 7046519283310452). Images and links stored in article bodies
are absolute paths with session 0 (the vendor's CKEditor file browser writes them so).

Header on every page: the Sở's logo, today's date (``TODAY``, never a publication date), the
navigation bar (t-NavigationBar: Trang chủ, Giới thiệu, Tin tức ▸ Hoạt động ngành / Thông báo,
Chuyên môn ▸ Giáo dục trung học / Giáo dục tiểu học (an empty category: "Không tìm thấy dữ
liệu"), Văn bản, Liên hệ, Đăng nhập), the breadcrumb (t-Breadcrumb "Trang chủ › Tin tức ›
Hoạt động ngành › Chi tiết tin"); the side column "Văn bản mới" (links to page 40), "Lịch công
tác", "Liên kết website" (a select list and links to other hosts), the visitor counter "Đang
truy cập: 17 | Tổng lượt truy cập: 1.204.377"; the footer "Bản quyền © … Phát triển bởi …".

Home page: "Tin nổi bật" (three newest reports, linked in the friendly ``r/`` form), "Tin mới"
(a classic report of the five newest items of all categories, whose pager is AJAX only:
``javascript:sgd.phanTrang('wwv_flow.show?…p_flow_step_id=1…')``), "Thông báo" (the three
notices).

Paths to the gold articles
--------------------------
* "Hoạt động ngành" (P20_CAT=3), seven items: 1262, 1258, 1255, 1254, 1249 on rows 1 - 5; 1243
  and 1237 only on rows 6 - 7 (``&pg_min_row=6``): no other page links them (the related lists
  show the four newest, the home page the five newest).
* "Thông báo" (P20_CAT=4): 1260, 1256, 1246 (also in the home page's "Thông báo" box).
* "Giáo dục trung học" (P20_CAT=5): 1259, 1251, 1240.
The gold ``path`` is the session-0 address a first visit sees; ``alt_paths`` are the same item
under the real session id, in the friendly ``r/`` form with and without ``session=``, and for
1249 under the editor's pasted session.

Traps
-----
* The session position varies between links (0, 14235762201957, 7046519283310452): one article.
* The friendly ``r/…/chi-tiet?p30_id=N&session=S`` form: the same article again.
* PrinterFriendly ``YES`` (``f?p=110:30:0::NO::P30_ID:1254:YES``, the "In bài viết" link): the
  same text in a bare layout (no menus, no breadcrumb, no related list): not a second article.
* ``javascript:apex.submit``/``apex.navigation``/``sgd.phanTrang`` hrefs; ``wwv_flow.show`` and
  ``wwv_flow.accept`` are POST endpoints (GET: 405).
* Row-range pagination (``pg_min_row``) rather than page numbers.
* The login page twice (LOGIN_DESKTOP and 101), document entries (page 40), the work calendar.
* An unknown P30_ID (an article of 2025 linked from the body of 1246 was deleted) answers 200
  inside the full layout: "Không tìm thấy dữ liệu", with "ORA-01403: no data found" in a hidden
  debug span.
* The page title and the region title say "Chi tiết tin"; the breadcrumb's current entry is an
  ``<h1>`` too. The headline is ``h1.tin-tieude``.
* Text: most bodies went through CKEditor 4 with its default entities (``&agrave;``, ``&ecirc;``,
  ``&ldquo;`` … for Latin-1 letters and quotes; Vietnamese letters outside Latin-1 stay raw);
  1237 was typed with a decomposed-Unicode keyboard setting (title and text NFD); ``&nbsp;``
  spacer paragraphs.

Gold decisions (as a careful reader decides)
--------------------------------------------
* title: ``h1.tin-tieude``, never "Chi tiết tin".
* published_at: the "Cập nhật: dd/mm/yyyy HH:MM" line of the item (the vendor's posting time;
  the list's "Ngày đăng" gives the same day) at +07:00.
* summary: the bold ``tin-tomtat`` lead when there is one (then also the body's first
  paragraph); None for the items without.
* body: the lead, then the paragraphs of ``tin-noidung``: headings, list items and table rows
  (cells joined by " | ") are paragraphs; captions, bylines, the "Nguồn:" line, the "File đính
  kèm:" line, empty ``&nbsp;`` paragraphs, the tool line and the related list are not.
* authors/photographers, from the last lines: "Tin, ảnh: Lâm Minh Triết" → both; "Bài: Nguyễn
  Thị Kim Hằng - Ảnh: Trần Quốc Huy" → author and photographer apart; "Tin và ảnh: ThS. Võ Hoàng
  Phúc" → both, without "ThS."; "Bài, ảnh: Trương Ngọc Diễm (Trường THPT Hồ Thị Kỷ)" → both,
  without the school; "Lê Hồng Nhung, Phạm Minh Khoa" → two authors; a bare "Thanh Tâm" → the
  author; an office alone ("Phòng GDTrH", "Văn phòng Sở", "Phòng Tổ chức cán bộ", "Phòng Khảo
  thí và QLCLGD") → that office as printed; "BBT" and no byline → nobody. "Nguồn: Báo Cà Mau" →
  source "Báo Cà Mau" (and no author).
* images: the photos of ``tin-noidung`` in order (GETIMAGE and static file addresses as printed;
  no logo, thumbnails or icons); caption: the centred italic line right under a photo, None when
  a photo has no line.
* category: the breadcrumb's last item before the article ("Hoạt động ngành", "Thông báo",
  "Giáo dục trung học"), not "Tin tức"/"Chuyên môn" and not the page name "Chi tiết tin".
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "oracle_apex_sgddt"
PLATFORM = "Oracle APEX 5.1 (ORDS, Universal Theme) vendor portal"
START_PATH = "/"

APP = "110"
#: the session APEX gives the visitor once its cookie is set (printed in every later link)
SESSION = "14235762201957"
#: a session id an editor pasted with a link into an article body
EDITOR_SESSION = "7046519283310452"
COOKIE = "ORA_WWV_APP_110"
FILES = "/ords/sgddt/r/files/static/v3"
FRIENDLY = "/ords/r/sgddt/portal"
ROWS = 5  # rows per page of the classic reports
SITE = "Sở GD&ĐT Cà Mau"

#: P20_CAT → (category, its menu group); 6 is an empty category
CATS: dict[int, tuple[str, str]] = {
    3: ("Hoạt động ngành", "Tin tức"),
    4: ("Thông báo", "Tin tức"),
    5: ("Giáo dục trung học", "Chuyên môn"),
    6: ("Giáo dục tiểu học", "Chuyên môn"),
}

REGION_DETAIL = "R4471830921527365"
REGION_RELATED = "R4471830921527366"
REGION_LIST = "R2233091876540012"
REGION_HOME = "R2233091876540001"


def _byline(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(line)}</strong></p>')


def _source(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><em>{esc(line)}</em></p>')


SPACER = Raw("<p>&nbsp;</p>")


def _getimage(file_id: int) -> str:
    return f"/ords/f?p=110:0:0:APPLICATION_PROCESS=GETIMAGE:::FILE_ID:{file_id}"


# --- the news items (newest first) ---------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1262,
        slug="hoi-thi-gvdg-thpt",
        title="Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        cat="Hoạt động ngành",
        published_at="2026-11-20T08:15:00+07:00",
        summary=(
            "Sau 5 ngày tranh tài sôi nổi, chiều ngày 19/11/2026, Sở GD&ĐT tổ chức bế mạc và "
            "trao giải Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 tại "
            "Trường THPT chuyên Phan Ngọc Hiển."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự lễ bế mạc có ông Nguyễn Minh Luân, Phó Giám đốc Sở GD&ĐT, Trưởng ban tổ "
                "chức Hội thi; đại diện lãnh đạo các phòng chuyên môn thuộc Sở cùng 148 giáo viên "
                "dự thi đến từ 36 trường THPT, trung tâm GDNN-GDTX trong tỉnh."
            ),
            Img(
                _getimage(8812),
                "Ông Nguyễn Minh Luân, Phó Giám đốc Sở GD&ĐT phát biểu bế mạc Hội thi",
                "Ông Nguyễn Minh Luân, Phó Giám đốc Sở GD&ĐT phát biểu bế mạc Hội thi",
            ),
            P(
                "Hội thi năm nay có 13 môn thi, mỗi giáo viên trình bày biện pháp nâng cao chất "
                "lượng giảng dạy và thực hiện 2 tiết dạy minh họa theo Chương trình giáo dục phổ "
                "thông 2018. Ban Giám khảo đánh giá nhiều tiết dạy vận dụng tốt công nghệ thông "
                "tin, tổ chức hoạt động học tập theo nhóm, phát huy tính chủ động, sáng tạo của "
                "học sinh."
            ),
            P("Kết quả Hội thi", "h"),
            P("Môn | Số giáo viên dự thi | Đạt giáo viên dạy giỏi", "th"),
            P("Ngữ văn | 18 | 15", "tr"),
            P("Toán | 20 | 17", "tr"),
            P("Tiếng Anh | 16 | 14", "tr"),
            P("Vật lý, Hóa học, Sinh học | 31 | 26", "tr"),
            P("Các môn còn lại | 63 | 52", "tr"),
            P("Tổng cộng | 148 | 124", "tr"),
            P(
                "Ban Tổ chức đã công nhận 124 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "tỉnh, trong đó 18 giáo viên có tiết dạy được xếp loại xuất sắc và được đề nghị "
                "Giám đốc Sở tặng Giấy khen."
            ),
            Img(
                f"{FILES}/anh_1262_2.jpg",
                "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt giải xuất sắc",
                "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt giải xuất sắc",
            ),
            P(
                "Phát biểu bế mạc, ông Nguyễn Minh Luân ghi nhận sự chuẩn bị chu đáo của các đơn "
                "vị và đề nghị giáo viên đạt giải tiếp tục chia sẻ kinh nghiệm, lan tỏa các tiết "
                "dạy hay trong tổ chuyên môn, góp phần nâng cao chất lượng dạy học toàn ngành."
            ),
            SPACER,
            _byline("Tin, ảnh: Lâm Minh Triết"),
        ],
        authors=["Lâm Minh Triết"],
        photographers=["Lâm Minh Triết"],
        opts={"cat": 3, "date": "20/11/2026 08:15", "ent": True},
    ),
    Story(
        id=1260,
        slug="tb-lich-thi-hsg-12",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        cat="Thông báo",
        published_at="2026-11-19T16:45:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh "
                "lớp 12 THPT năm học 2026-2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung", "th"),
            P(
                "08/12/2026 | Chiều | Thí sinh tập trung, làm thủ tục dự thi, nghe phổ biến quy chế",
                "tr",
            ),
            P("09/12/2026 | Sáng | Thi các môn Ngữ văn, Toán, Tin học", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Vật lý, Hóa học, Sinh học, Lịch sử, Địa lí, "
                "Tiếng Anh",
                "tr",
            ),
            P("Địa điểm thi: Trường THPT chuyên Phan Ngọc Hiển và Trường THPT Cà Mau."),
            P("Các đơn vị có thí sinh dự thi thông báo cho học sinh biết để thực hiện."),
            Raw(
                '<p>File đính kèm: <a href="/ords/f?p=110:0:0:APPLICATION_PROCESS=GETFILE:::'
                'FILE_ID:9012">TB_lich_thi_HSG12_2026.pdf</a></p>'
            ),
            _byline("Phòng Khảo thí và QLCLGD"),
        ],
        authors=["Phòng Khảo thí và QLCLGD"],
        opts={"cat": 4, "date": "19/11/2026 16:45"},
    ),
    Story(
        id=1259,
        slug="huong-dan-kiem-tra-giua-hk1",
        title=(
            "Hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I cấp THCS, THPT năm học 2026-2027"
        ),
        cat="Giáo dục trung học",
        published_at="2026-11-18T15:20:00+07:00",
        summary=(
            "Sở GD&ĐT vừa ban hành Công văn số 2315/SGDĐT-GDTrH hướng dẫn các đơn vị tổ chức "
            "kiểm tra, đánh giá định kỳ giữa học kỳ I bảo đảm nghiêm túc, khách quan, đúng "
            "quy định."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Thời gian kiểm tra", "h"),
            P(
                "Các trường tổ chức kiểm tra giữa học kỳ I từ ngày 23/11/2026 đến hết ngày "
                "05/12/2026, bảo đảm không kiểm tra quá 2 môn trong một buổi."
            ),
            P("2. Hình thức và nội dung", "h"),
            P(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, bảo đảm yêu cầu cần đạt của "
                "chương trình.",
                "li",
            ),
            P(
                "Kết hợp câu hỏi trắc nghiệm khách quan với tự luận; tỉ lệ câu hỏi vận dụng "
                "không dưới 30%.",
                "li",
            ),
            P(
                "Đối với các môn đánh giá bằng nhận xét, giáo viên đánh giá qua sản phẩm học "
                "tập, bài thực hành.",
                "li",
            ),
            P("3. Tổ chức thực hiện", "h"),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm xây dựng kế hoạch, tổ chức coi, chấm, "
                "trả bài và báo cáo kết quả về Sở (qua Phòng GDTrH) trước ngày 12/12/2026. Toàn "
                "văn Công văn số 2315/SGDĐT-GDTrH xem tại đây."
            ),
            _byline("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "cat": 5,
            "date": "18/11/2026 15:20",
            "ent": True,
            "links": {"tại đây": "/ords/f?p=110:40:0::NO::P40_ID:318"},
        },
    ),
    Story(
        id=1258,
        slug="lanh-dao-tinh-tham-nganh-20-11",
        title=("Lãnh đạo tỉnh thăm, chúc mừng ngành Giáo dục nhân Ngày Nhà giáo Việt Nam 20/11"),
        cat="Hoạt động ngành",
        published_at="2026-11-18T09:40:00+07:00",
        summary=(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), sáng ngày "
            "17/11/2026, đoàn công tác của Tỉnh ủy, UBND tỉnh do đồng chí Phó Chủ tịch UBND "
            "tỉnh dẫn đầu đã đến thăm, chúc mừng Sở GD&ĐT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh gửi lời chúc mừng đến "
                "đội ngũ cán bộ quản lý, giáo viên, nhân viên toàn ngành; ghi nhận những kết quả "
                "nổi bật của ngành trong năm học 2025-2026, nhất là tỉ lệ tốt nghiệp THPT đạt "
                "98,6%, tăng 1,2% so với năm trước.",
                "ent",
            ),
            Img(
                f"{FILES}/anh_1258_1.jpg",
                "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể lãnh đạo Sở GD&ĐT",
                "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể lãnh đạo Sở GD&ĐT",
            ),
            P(
                "Đồng chí đề nghị ngành tiếp tục quan tâm xây dựng đội ngũ, đẩy mạnh chuyển đổi "
                "số và sắp xếp mạng lưới trường lớp phù hợp với tình hình thực tế của địa phương "
                "sau sáp nhập."
            ),
            P(
                "Thay mặt ngành, Giám đốc Sở GD&ĐT cảm ơn sự quan tâm của lãnh đạo tỉnh và hứa "
                "sẽ tiếp tục nỗ lực hoàn thành tốt nhiệm vụ được giao."
            ),
            _source("Nguồn: Báo Cà Mau"),
        ],
        source="Báo Cà Mau",
        opts={"cat": 3, "date": "18/11/2026 09:40"},
    ),
    Story(
        id=1256,
        slug="tb-doi-so-duong-day-nong",
        title="Thông báo thay đổi số điện thoại đường dây nóng của Sở GD&ĐT",
        cat="Thông báo",
        published_at="2026-11-13T10:05:00+07:00",
        blocks=[
            P(
                "Kể từ ngày 16/11/2026, số điện thoại đường dây nóng tiếp nhận phản ánh, kiến "
                "nghị của Sở Giáo dục và Đào tạo được thay đổi thành 0290.3 831 668."
            ),
            P("Số điện thoại cũ 0290.3 834 127 ngừng hoạt động. Trân trọng thông báo."),
        ],
        opts={"cat": 4, "date": "13/11/2026 10:05"},
    ),
    Story(
        id=1255,
        slug="lam-viec-xa-dat-mui-pcgd",
        title="Sở GD&ĐT làm việc với UBND xã Đất Mũi về công tác phổ cập giáo dục",
        cat="Hoạt động ngành",
        published_at="2026-11-12T16:05:00+07:00",
        summary=(
            "Ngày 11/11/2026, đoàn công tác Sở GD&ĐT do Phó Giám đốc Sở Lê Văn Sử làm trưởng "
            "đoàn đã có buổi làm việc với UBND xã Đất Mũi về công tác phổ cập giáo dục, xóa mù "
            "chữ năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo của địa phương, xã hiện có 4 trường mầm non, tiểu học và trung học "
                "cơ sở với 2.146 học sinh. Tỉ lệ huy động trẻ 5 tuổi ra lớp đạt 99,2%; tỉ lệ "
                "thanh thiếu niên từ 15 đến 18 tuổi tốt nghiệp THCS đạt 91,5%."
            ),
            P(
                "Đoàn công tác đề nghị địa phương rà soát, cập nhật dữ liệu phổ cập trên hệ thống "
                "thông tin điện tử, vận động học sinh bỏ học trở lại lớp và có giải pháp hỗ trợ "
                "học sinh ở các ấp xa trường."
            ),
            Img(_getimage(8820)),
            _byline("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        opts={"cat": 3, "date": "12/11/2026 16:05", "ent": True},
    ),
    Story(
        id=1254,
        slug="tap-huan-chuyen-doi-so",
        title="Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        cat="Hoạt động ngành",
        published_at="2026-11-10T08:15:00+07:00",
        summary=(
            "Từ ngày 06 đến 08/11/2026, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý "
            "trường học cho hơn 300 cán bộ quản lý, nhân viên văn thư, kế toán các trường trực "
            "thuộc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn sử dụng hệ thống quản lý văn bản và "
                "điều hành, hồ sơ điện tử, học bạ số và phần mềm quản lý tài sản; thực hành ký số "
                "văn bản trên thiết bị di động."
            ),
            Img(
                f"{FILES}/anh_1254_1.jpg",
                "Học viên thực hành ký số trên hệ thống quản lý văn bản",
                "Học viên thực hành ký số trên hệ thống quản lý văn bản",
            ),
            P(
                "Theo kế hoạch, đến hết năm 2026, 100% trường THPT và trung tâm GDNN-GDTX trực "
                "thuộc Sở triển khai học bạ số đối với lớp 10, lớp 11; 100% văn bản đi, đến được "
                "xử lý trên môi trường mạng (trừ văn bản mật)."
            ),
            Img(f"{FILES}/anh_1254_2.jpg", "Quang cảnh lớp tập huấn", "Quang cảnh lớp tập huấn"),
            _byline("Bài: Nguyễn Thị Kim Hằng - Ảnh: Trần Quốc Huy"),
        ],
        authors=["Nguyễn Thị Kim Hằng"],
        photographers=["Trần Quốc Huy"],
        opts={"cat": 3, "date": "10/11/2026 08:15"},
    ),
    Story(
        id=1251,
        slug="chuyen-de-stem-vat-ly",
        title="Chuyên đề dạy học STEM môn Vật lý tại Trường THPT Hồ Thị Kỷ",
        cat="Giáo dục trung học",
        published_at="2026-11-03T09:00:00+07:00",
        blocks=[
            P(
                "Sáng ngày 31/10/2026, Trường THPT Hồ Thị Kỷ tổ chức chuyên đề dạy học STEM môn "
                "Vật lý với chủ đề “Chế tạo máy bơm nước mini”, thu hút giáo viên tổ Vật lý - "
                "Công nghệ của 6 trường THPT trong cụm thi đua số 2 tham dự."
            ),
            Img(
                _getimage(8831),
                "Học sinh lớp 11A2 trình bày sản phẩm máy bơm nước mini",
                "Học sinh lớp 11A2 trình bày sản phẩm máy bơm nước mini",
            ),
            P(
                "Tiết dạy được thiết kế theo quy trình kỹ thuật, học sinh làm việc nhóm để tìm "
                "hiểu nguyên lý, lựa chọn vật liệu, chế tạo và thử nghiệm sản phẩm. Nhiều nhóm đã "
                "cải tiến sản phẩm từ vật liệu tái chế như chai nhựa, ống hút, động cơ đồ chơi."
            ),
            Img(
                _getimage(8832),
                "Giáo viên dự giờ trao đổi, góp ý sau tiết dạy",
                "Giáo viên dự giờ trao đổi, góp ý sau tiết dạy",
            ),
            P(
                "Dịp này, các đại biểu cũng thảo luận cách xây dựng kế hoạch bài dạy STEM, tiêu "
                "chí đánh giá sản phẩm và kinh nghiệm tổ chức câu lạc bộ STEM trong nhà trường. "
                "Nhiều học sinh của câu lạc bộ vừa đạt giải tại Hội khỏe Phù Đổng tỉnh."
            ),
            _byline("Bài, ảnh: Trương Ngọc Diễm (Trường THPT Hồ Thị Kỷ)"),
        ],
        authors=["Trương Ngọc Diễm"],
        photographers=["Trương Ngọc Diễm"],
        opts={
            "cat": 5,
            "date": "03/11/2026 09:00",
            "links": {
                "Hội khỏe Phù Đổng tỉnh": (f"/ords/f?p=110:30:{EDITOR_SESSION}::NO::P30_ID:1249"),
            },
        },
    ),
    Story(
        id=1249,
        slug="khai-mac-hkpd-xi",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Cà Mau lần thứ XI năm 2026",
        cat="Hoạt động ngành",
        published_at="2026-10-28T10:20:00+07:00",
        summary=(
            "Tối ngày 27/10/2026, tại Nhà thi đấu đa năng tỉnh, Ban Tổ chức Hội khỏe Phù Đổng "
            "tỉnh Cà Mau lần thứ XI năm 2026 tổ chức lễ khai mạc với sự tham gia của hơn 2.300 "
            "vận động viên là học sinh các cấp học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe năm nay thi đấu 14 môn gồm: điền kinh, bơi, bóng đá, bóng chuyền, bóng "
                "rổ, cầu lông, bóng bàn, cờ vua, võ cổ truyền, vovinam, taekwondo, karate, đá cầu "
                "và kéo co; diễn ra từ ngày 27/10 đến ngày 05/11/2026."
            ),
            Img(
                f"{FILES}/anh_1249_1.jpg",
                "Màn đồng diễn thể dục của học sinh Trường THCS Phan Ngọc Hiển tại lễ khai mạc",
                "Màn đồng diễn thể dục của học sinh Trường THCS Phan Ngọc Hiển tại lễ khai mạc",
            ),
            P(
                "Phát biểu khai mạc, lãnh đạo Sở GD&ĐT nhấn mạnh Hội khỏe Phù Đổng là dịp đánh giá "
                "kết quả công tác giáo dục thể chất, hoạt động thể thao trong trường học, đồng "
                "thời phát hiện, tuyển chọn vận động viên năng khiếu tham dự Hội khỏe Phù Đổng "
                "toàn quốc."
            ),
            _byline("Tin và ảnh: ThS. Võ Hoàng Phúc"),
        ],
        authors=["Võ Hoàng Phúc"],
        photographers=["Võ Hoàng Phúc"],
        opts={"cat": 3, "date": "28/10/2026 10:20", "ent": True},
    ),
    Story(
        id=1246,
        slug="tb-tuyen-dung-vien-chuc-2026",
        title="Thông báo tuyển dụng viên chức giáo viên năm 2026",
        cat="Thông báo",
        published_at="2026-10-20T14:10:00+07:00",
        summary=(
            "Sở GD&ĐT thông báo tuyển dụng 86 chỉ tiêu viên chức giáo viên cho các trường "
            "THPT, trung tâm GDNN-GDTX trực thuộc năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("Điều kiện đăng ký dự tuyển", "h"),
            P(
                "Có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có đủ sức khỏe để thực hiện nhiệm vụ.",
                "li",
            ),
            P(
                "Có bằng tốt nghiệp đại học sư phạm hoặc đại học phù hợp với vị trí việc làm và "
                "chứng chỉ bồi dưỡng nghiệp vụ sư phạm theo quy định.",
                "li",
            ),
            P(
                "Không trong thời gian bị truy cứu trách nhiệm hình sự, chấp hành án phạt tù.",
                "li",
            ),
            P("Thời gian nhận hồ sơ", "h"),
            P(
                "Từ ngày 21/10/2026 đến hết ngày 19/11/2026 (trong giờ hành chính), tại Phòng Tổ "
                "chức cán bộ, Sở GD&ĐT. Mẫu phiếu đăng ký dự tuyển giữ nguyên như thông báo tuyển "
                "dụng năm 2025."
            ),
            SPACER,
            _byline("Phòng Tổ chức cán bộ"),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "cat": 4,
            "date": "20/10/2026 14:10",
            "links": {"thông báo tuyển dụng năm 2025": "/ords/f?p=110:30:0::NO::P30_ID:987"},
        },
    ),
    Story(
        id=1243,
        slug="hoc-bong-tiep-suc-den-truong",
        title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="Hoạt động ngành",
        published_at="2026-10-06T15:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 05/10/2026, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh và các nhà tài "
                "trợ trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó "
                "khăn, vượt khó học tốt trên địa bàn tỉnh."
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng tiền mặt cùng một bộ sách giáo khoa, "
                "dụng cụ học tập. Tổng giá trị chương trình năm nay hơn 300 triệu đồng."
            ),
            Img(_getimage(8790)),
            P(
                "Đây là năm thứ 8 chương trình được tổ chức, đến nay đã có gần 900 lượt học sinh "
                "được nhận học bổng, góp phần giúp các em có thêm động lực tiếp tục đến trường."
            ),
            _byline("Thanh Tâm"),
        ],
        authors=["Thanh Tâm"],
        opts={"cat": 3, "date": "06/10/2026 15:00", "ent": True},
    ),
    Story(
        id=1240,
        slug="tong-ket-tuyen-sinh-10",
        title="Tổng kết công tác tuyển sinh lớp 10 THPT năm học 2026-2027",
        cat="Giáo dục trung học",
        published_at="2026-09-25T08:30:00+07:00",
        summary=(
            "Kỳ thi tuyển sinh lớp 10 THPT năm học 2026-2027 của tỉnh có 14.862 thí sinh dự "
            "thi; điểm chuẩn các trường THPT công lập dao động từ 10,5 đến 38,75 điểm."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm nay, thí sinh thi 3 bài: Ngữ văn, Toán và Tiếng Anh; thí sinh đăng ký vào lớp "
                "chuyên thi thêm môn chuyên. Kỳ thi diễn ra an toàn, nghiêm túc, không có thí "
                "sinh vi phạm quy chế."
            ),
            P("Điểm trung bình các bài thi", "h"),
            P("Bài thi | Điểm trung bình | Tỉ lệ điểm dưới 5", "th"),
            P("Ngữ văn | 6,42 | 8,1%", "tr"),
            P("Toán | 5,87 | 21,4%", "tr"),
            P("Tiếng Anh | 5,36 | 30,2%", "tr"),
            P(
                "Điểm chuẩn vào lớp 10 Trường THPT chuyên Phan Ngọc Hiển cao nhất ở lớp chuyên "
                "Toán với 38,75 điểm; trường có điểm chuẩn thấp nhất là Trường THPT Nguyễn Mai "
                "(10,5 điểm)."
            ),
            P(
                "Hội nghị tổng kết đề nghị các trường rút kinh nghiệm khâu tư vấn hướng nghiệp, "
                "phân luồng học sinh sau THCS và chuẩn bị sớm cho kỳ tuyển sinh năm học "
                "2027-2028."
            ),
            _byline("Lê Hồng Nhung, Phạm Minh Khoa"),
        ],
        authors=["Lê Hồng Nhung", "Phạm Minh Khoa"],
        opts={"cat": 5, "date": "25/09/2026 08:30"},
    ),
    Story(
        id=1237,
        slug="ngay-hoi-dua-tre-den-truong",
        title=("Ngành Giáo dục ra quân hưởng ứng “Ngày hội toàn dân đưa trẻ đến trường” năm 2026"),
        cat="Hoạt động ngành",
        published_at="2026-09-15T07:45:00+07:00",
        summary=(
            "Hưởng ứng “Ngày hội toàn dân đưa trẻ đến trường”, các cơ sở giáo dục trên địa bàn "
            "tỉnh đồng loạt tổ chức ra quân vận động học sinh ra lớp đầu năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo thống kê của Sở GD&ĐT, đến ngày 12/9/2026, toàn tỉnh đã huy động 97,8% trẻ "
                "6 tuổi vào lớp 1 và 99,1% học sinh hoàn thành chương trình tiểu học vào lớp 6."
            ),
            P(
                "Các trường đã thành lập tổ vận động, đến từng hộ gia đình có học sinh chưa ra "
                "lớp để tìm hiểu nguyên nhân, kịp thời hỗ trợ sách vở, quần áo đồng phục."
            ),
            Img(
                f"{FILES}/anh_1237_1.jpg",
                "Giáo viên Trường Tiểu học Tân Thành 2 đến nhà vận động học sinh ra lớp",
                "Giáo viên Trường Tiểu học Tân Thành 2 đến nhà vận động học sinh ra lớp",
            ),
            _byline("BBT"),
        ],
        opts={"cat": 3, "date": "15/09/2026 07:45", "nfd": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story_id: int, session: str = "0") -> str:
    """The address APEX prints for an item (the classic ``f?p`` form)."""
    return f"/ords/f?p=110:30:{session}::NO::P30_ID:{story_id}"


def _alts(story_id: int) -> list[str]:
    alts = [
        article_path(story_id, SESSION),
        f"{FRIENDLY}/chi-tiet?p30_id={story_id}",
        f"{FRIENDLY}/chi-tiet?p30_id={story_id}&session={SESSION}",
    ]
    if story_id == 1249:  # pasted by an editor into the body of 1251
        alts.append(article_path(story_id, EDITOR_SESSION))
    return alts


GOLD: list[dict] = [
    gold_record(s, article_path(s.id), s.cat, alt_paths=_alts(s.id)) for s in STORIES
]


# --- the other pages -----------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    """A document entry of page 40 (a register record, not news)."""

    id: int
    number: str
    kind: str
    date: str
    office: str
    signer: str
    summary: str
    file_id: int
    file_name: str


DOCS = [
    Doc(
        318,
        "2315/SGDĐT-GDTrH",
        "Công văn",
        "16/11/2026",
        "Sở Giáo dục và Đào tạo",
        "Nguyễn Minh Luân",
        "Về việc hướng dẫn kiểm tra, đánh giá giữa học kỳ I cấp THCS, THPT năm học 2026-2027",
        9020,
        "2315_SGDDT_GDTrH.pdf",
    ),
    Doc(
        315,
        "1187/KH-SGDĐT",
        "Kế hoạch",
        "02/11/2026",
        "Sở Giáo dục và Đào tạo",
        "Lê Văn Sử",
        "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        9011,
        "1187_KH_SGDDT_HSG12.pdf",
    ),
]
DOC_BY_ID = {d.id: d for d in DOCS}

#: the static pages: page number → (page title, inner HTML)
STATIC_PAGES: dict[int, tuple[str, str]] = {
    50: (
        "Giới thiệu",
        "<p>Sở Giáo dục và Đào tạo tỉnh Cà Mau là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ "
        "thông, giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>"
        "<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý "
        "về tổ chức, biên chế và hoạt động của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn "
        "về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"
        "<p><strong>Nhiệm vụ, quyền hạn</strong></p>"
        "<ul><li>Trình UBND tỉnh dự thảo quyết định, chỉ thị, kế hoạch phát triển giáo dục "
        "dài hạn, 5 năm và hằng năm.</li><li>Tổ chức thực hiện các văn bản quy phạm pháp luật, "
        "chương trình, đề án về giáo dục đã được phê duyệt.</li><li>Quản lý chất lượng giáo "
        "dục, tổ chức các kỳ thi theo quy định.</li></ul>",
    ),
    51: (
        "Cơ cấu tổ chức",
        "<p><strong>Ban Giám đốc</strong></p>"
        "<table class='t-Report-report'><tbody>"
        "<tr><td>Giám đốc</td><td>Trần Văn Hiền</td><td>0290.3 831 556</td></tr>"
        "<tr><td>Phó Giám đốc</td><td>Nguyễn Minh Luân</td><td>0290.3 831 557</td></tr>"
        "<tr><td>Phó Giám đốc</td><td>Lê Văn Sử</td><td>0290.3 831 558</td></tr>"
        "</tbody></table>"
        "<p><strong>Các phòng chuyên môn, nghiệp vụ</strong></p>"
        "<ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài "
        "chính</li><li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học "
        "(Phòng GDTrH)</li><li>Phòng Khảo thí và Quản lý chất lượng giáo dục</li>"
        "<li>Thanh tra Sở</li></ul>",
    ),
    60: (
        "Liên hệ",
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU</strong></p>"
        "<p>Địa chỉ: Số 134 Nguyễn Tất Thành, phường An Xuyên, tỉnh Cà Mau</p>"
        "<p>Điện thoại: 0290.3 831 556 - Đường dây nóng: 0290.3 831 668</p>"
        "<p>Email: sgddt@camau.gov.vn</p>"
        '<div class="t-Form-fieldContainer"><label for="P60_HOTEN">Họ và tên</label>'
        '<input type="text" id="P60_HOTEN" name="P60_HOTEN" class="text_field apex-item-text">'
        '</div><div class="t-Form-fieldContainer"><label for="P60_NOIDUNG">Nội dung</label>'
        '<textarea id="P60_NOIDUNG" name="P60_NOIDUNG" rows="5"></textarea></div>'
        '<a class="t-Button t-Button--hot" href="javascript:apex.submit(\'GUI_LIEN_HE\');">'
        "Gửi liên hệ</a>",
    ),
}

#: this week's work calendar (page 45): (day, time, what, who)
CALENDAR = [
    ("Thứ Hai, 23/11/2026", "07:30", "Họp giao ban lãnh đạo Sở", "Ban Giám đốc"),
    (
        "Thứ Ba, 24/11/2026",
        "08:00",
        "Dự lễ kỷ niệm Ngày Nhà giáo Việt Nam tại UBND tỉnh",
        "Giám đốc",
    ),
    ("Thứ Tư, 25/11/2026", "14:00", "Kiểm tra công tác dạy học tại xã Đất Mũi", "PGĐ Lê Văn Sử"),
    ("Thứ Năm, 26/11/2026", "08:00", "Họp Hội đồng thi chọn học sinh giỏi", "PGĐ Nguyễn Minh Luân"),
    ("Thứ Sáu, 27/11/2026", "07:30", "Làm việc tại cơ quan", "Ban Giám đốc"),
]

NON_ARTICLES = [
    "/ords/f?p=110:50:0",
    "/ords/f?p=110:51:0",
    "/ords/f?p=110:60:0",
    "/ords/f?p=110:45:0",
    "/ords/f?p=110:40:0::NO::P40_ID:318",
    "/ords/f?p=110:40:0::NO::P40_ID:315",
]


# --- text as CKEditor 4 and the PL/SQL region print it -------------------------------------

#: CKEditor 4's default ``config.entities``: Latin-1 letters and a few typographic marks
_CK_MARKS = {0x201C, 0x201D, 0x2018, 0x2019, 0x2013, 0x2014, 0x2026}


def ck_entities(markup: str) -> str:
    """Latin-1 letters and quotes as named entities; Vietnamese letters outside Latin-1 stay."""
    out = []
    for ch in markup:
        code = ord(ch)
        if (160 <= code < 256 or code in _CK_MARKS) and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _plain(story: Story, value: str) -> str:
    """A database column printed by the PL/SQL region (escaped; NFD when typed so)."""
    return text(value, nfd=bool(story.opts.get("nfd")))


def _para(story: Story, block: P) -> str:
    inner = esc(block.text).replace("&#x27;", "'")
    for anchor, href in story.opts.get("links", {}).items():
        if anchor in block.text:
            inner = inner.replace(esc(anchor), f'<a href="{esc(href)}">{esc(anchor)}</a>', 1)
    if block.style == "ent":
        inner = ck_entities(inner)
    return inner


def _table(story: Story, rows: list[P]) -> str:
    head = [r for r in rows if r.style == "th"]
    body = [r for r in rows if r.style == "tr"]
    out = ['<table border="1" cellpadding="1" cellspacing="1" style="width:100%">']
    if head:
        out.append("<thead>")
        for row in head:
            cells = "".join(f'<th scope="col">{esc(c)}</th>' for c in row.text.split(" | "))
            out.append(f"<tr>{cells}</tr>")
        out.append("</thead>")
    out.append("<tbody>")
    for row in body:
        cells = "".join(f"<td>{esc(c)}</td>" for c in row.text.split(" | "))
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def render_body(story: Story) -> str:
    """The stored CLOB of ``tin-noidung`` (CKEditor 4 markup)."""
    out: list[str] = []
    blocks = story.blocks
    align = ' style="text-align:justify"' if story.id % 2 == 0 else ""
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("th", "tr", "li"):
            kind = "li" if block.style == "li" else "table"
            run: list[P] = []
            while i < len(blocks):
                nxt = blocks[i]
                if not isinstance(nxt, P):
                    break
                if (nxt.style == "li") != (kind == "li") or nxt.style not in ("th", "tr", "li"):
                    break
                run.append(nxt)
                i += 1
            if kind == "li":
                items = "".join(f"<li>{_para(story, p)}</li>\n" for p in run)
                out.append(f"<ul>\n{items}</ul>")
            else:
                out.append(_table(story, run))
            continue
        if isinstance(block, P):
            inner = _para(story, block)
            if block.style == "h":
                out.append(f"<p><strong>{inner}</strong></p>")
            else:
                out.append(f"<p{align}>{inner}</p>")
        elif isinstance(block, Img):
            out.append(
                f'<p style="text-align:center"><img alt="" src="{esc(block.src)}" '
                'style="height:400px; width:600px" /></p>'
            )
            if block.printed:
                out.append(f'<p style="text-align:center"><em>{esc(block.printed)}</em></p>')
        else:
            out.append(block.html)
        i += 1
    markup = "\n".join(out)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    if story.opts.get("ent"):
        markup = ck_entities(markup)
    return markup


def teaser(story: Story) -> str:
    """The list's teaser: the lead, else the first paragraph, cut near 160 characters."""
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= 160:
        return first
    return first[:160].rsplit(" ", 1)[0] + " ..."


def thumbnail(story: Story) -> str:
    if story.images:
        return f"{FILES}/thumb/anh_{story.id}.jpg"
    return f"{FILES}/img/no-image.png"


def day_of(story: Story) -> str:
    return story.opts["date"].split(" ")[0]


# --- the APEX page around every region ------------------------------------------------------


@dataclass
class Ctx:
    """One page view: the session its links carry and where relative ``f?p`` links resolve."""

    sess: str
    prefix: str  # "f?p=" under /ords/f, "/ords/f?p=" under the friendly /ords/r/… pages
    page: str

    def f(
        self,
        page: str | int,
        names: str = "",
        values: str = "",
        clear: str = "",
        printer: bool = False,
        extra: str = "",
    ) -> str:
        parts = [APP, str(page), self.sess]
        if names or clear or printer:
            parts += ["", "NO", clear, names, values]
        if printer:
            parts.append("YES")
        return self.prefix + ":".join(parts) + extra

    def friendly(self, alias: str, query: str = "") -> str:
        params = [q for q in (query, f"session={self.sess}" if self.sess != "0" else "") if q]
        return f"{FRIENDLY}/{alias}" + ("?" + "&".join(params) if params else "")


def _digits(seed: str, n: int) -> str:
    value = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return str(value)[:n]


def _plugin_id(seed: str) -> str:
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.md5(seed.encode()).digest()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _region(region_id: str, title: str, body: str, extra_class: str = "") -> str:
    return f"""<div class="t-Region {extra_class}" id="{region_id}" aria-live="polite">
 <div class="t-Region-header">
  <div class="t-Region-headerItems t-Region-headerItems--title">
   <span class="t-Region-headerIcon"><span class="t-Icon " aria-hidden="true"></span></span>
   <h2 class="t-Region-title" id="{region_id}_heading">{esc(title)}</h2>
  </div>
  <div class="t-Region-headerItems t-Region-headerItems--buttons"><span class="js-maximizeButtonContainer"></span></div>
 </div>
 <div class="t-Region-bodyWrap">
  <div class="t-Region-buttons t-Region-buttons--top"><div class="t-Region-buttons-left"></div><div class="t-Region-buttons-right"></div></div>
  <div class="t-Region-body">
{body}
  </div>
  <div class="t-Region-buttons t-Region-buttons--bottom"><div class="t-Region-buttons-left"></div><div class="t-Region-buttons-right"></div></div>
 </div>
</div>"""


def _nav(ctx: Ctx) -> str:
    def sub(label: str, links: list[tuple[str, str]]) -> str:
        items = "".join(
            f'<li class="t-NavigationBar-subItem"><a href="{esc(h)}">{esc(t)}</a></li>'
            for t, h in links
        )
        return (
            '<li class="t-NavigationBar-item has-sub"><a class="t-Button t-Button--navBar" '
            f'href="#"><span class="t-Button-label">{esc(label)}</span></a>'
            f'<ul class="t-NavigationBar-subList">{items}</ul></li>'
        )

    def item(label: str, href: str) -> str:
        return (
            '<li class="t-NavigationBar-item"><a class="t-Button t-Button--icon t-Button--header '
            f't-Button--navBar" href="{esc(href)}"><span class="t-Button-label">{esc(label)}'
            "</span></a></li>"
        )

    cat = lambda n: ctx.f(20, "P20_CAT", str(n), clear="RP")  # noqa: E731
    return "\n".join(
        [
            '<ul class="t-NavigationBar" data-mode="classic">',
            item("Trang chủ", ctx.f(1)),
            item("Giới thiệu", ctx.f(50)),
            sub("Tin tức", [("Hoạt động ngành", cat(3)), ("Thông báo", cat(4))]),
            sub(
                "Chuyên môn",
                [("Giáo dục trung học", cat(5)), ("Giáo dục tiểu học", cat(6))],
            ),
            item("Văn bản", ctx.f(41)),
            item("Liên hệ", ctx.f(60)),
            item("Đăng nhập", ctx.f("LOGIN_DESKTOP")),
            "</ul>",
        ]
    )


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in crumbs[:-1]:
        inner = (
            f'<a href="{esc(href)}" class="t-Breadcrumb-label">{esc(label)}</a>'
            if href
            else f'<span class="t-Breadcrumb-label">{esc(label)}</span>'
        )
        items.append(f'<li class="t-Breadcrumb-item">{inner}<span class="sep"> › </span></li>')
    items.append(
        '<li class="t-Breadcrumb-item is-active"><h1 class="t-Breadcrumb-label">'
        f"{esc(crumbs[-1][0])}</h1></li>"
    )
    return (
        '<div class="t-BreadcrumbRegion t-BreadcrumbRegion--showBreadcrumb" id="R9001">'
        '<div class="t-BreadcrumbRegion-body"><div class="t-BreadcrumbRegion-breadcrumb">'
        f'<ul class="t-Breadcrumb ">{"".join(items)}</ul></div></div></div>'
    )


def _side(ctx: Ctx) -> str:
    docs = "".join(
        f'<li class="t-LinksList-item"><a href="{esc(ctx.f(40, "P40_ID", str(d.id)))}" '
        f'class="t-LinksList-link"><span class="t-LinksList-label">{esc(d.number)} - '
        f'{esc(d.summary)}</span><span class="t-LinksList-badge">{d.date}</span></a></li>'
        for d in DOCS
    )
    docs_box = _region(
        "R3310000000000101",
        "Văn bản mới",
        f'<ul class="t-LinksList t-LinksList--showBadge">{docs}</ul>'
        f'<p class="xem-tat-ca"><a href="{esc(ctx.f(41))}">Xem tất cả »</a></p>',
        "t-Region--hiddenOverflow",
    )
    today = [c for c in CALENDAR if "25/11/2026" in c[0]]
    cal = "".join(
        f'<li><span class="gio">{esc(t)}</span> {esc(what)} <em>({esc(who)})</em></li>'
        for _d, t, what, who in today
    )
    cal_box = _region(
        "R3310000000000102",
        "Lịch công tác",
        f'<ul class="lich-cong-tac">{cal}</ul>'
        f'<p><a href="{esc(ctx.f(45))}">Xem lịch công tác tuần »</a></p>',
    )
    sites = [
        ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("https://camau.gov.vn", "Cổng Thông tin điện tử tỉnh Cà Mau"),
        ("https://csdl.moet.gov.vn", "Cơ sở dữ liệu ngành"),
        ("https://thitotnghiepthpt.moet.gov.vn", "Hệ thống quản lý thi"),
    ]
    options = "".join(f'<option value="{esc(u)}">{esc(t)}</option>' for u, t in sites)
    links_box = _region(
        "R3310000000000103",
        "Liên kết website",
        '<select class="selectlist apex-item-select" onchange="if(this.value)'
        f'window.open(this.value);"><option value="">-- Chọn liên kết --</option>{options}'
        '</select><p><a href="https://moet.gov.vn" target="_blank"><img src="'
        f'{FILES}/img/banner_moet.png" alt="Bộ GD&amp;ĐT" /></a></p>'
        '<p><a href="https://dichvucong.gov.vn" target="_blank"><img src="'
        f'{FILES}/img/banner_dvc.png" alt="Dịch vụ công" /></a></p>',
    )
    counter = _region(
        "R3310000000000104",
        "Thống kê truy cập",
        '<div class="thong-ke">Đang truy cập: <b>17</b> | Tổng lượt truy cập: '
        "<b>1.204.377</b></div>",
    )
    return "\n".join([docs_box, cal_box, links_box, counter])


def _hidden(ctx: Ctx, items: dict[str, str]) -> str:
    seed = f"{ctx.page}:{ctx.sess}:{sorted(items.items())}"
    fields = [
        ("p_flow_id", APP, "pFlowId"),
        ("p_flow_step_id", ctx.page, "pFlowStepId"),
        ("p_instance", ctx.sess, "pInstance"),
        ("p_page_submission_id", _digits("sub" + seed, 16), "pPageSubmissionId"),
        ("p_request", "", "pRequest"),
        ("p_reload_on_submit", "A", "pReloadOnSubmit"),
    ]
    out = [f'<input type="hidden" name="{n}" value="{v}" id="{i}" />' for n, v, i in fields]
    out.append(f'<input type="hidden" value="{_digits("salt" + seed, 39)}" id="pSalt" />')
    for name, value in items.items():
        out.append(
            f'<input type="hidden" data-for="{name}" value="{_plugin_id(name + value)}" />'
            f'<input type="hidden" id="{name}" name="{name}" value="{esc(value)}" />'
        )
    return "\n".join(out)


def _env_script(ctx: Ctx) -> str:
    env = {
        "APP_USER": "nobody",
        "APP_ID": APP,
        "APP_PAGE_ID": ctx.page,
        "APP_SESSION": ctx.sess,
        "APP_FILES": "r/sgddt/110/files/static/v3/",
        "WORKSPACE_FILES": "r/sgddt/files/static/v3/",
        "APEX_FILES": "/i/",
    }
    return (
        '<script type="text/javascript">\n'
        f"apex.env = {json.dumps(env)};\n"
        'apex.libVersions = {"jQuery":"2.2.3","jQueryUI":"1.10.4","moment":"2.16.0"};\n'
        "apex.jQuery( function() {\n apex.page.init( this, function() {\n"
        "  apex.jQuery('#t_Body_skipToContent').attr('tabindex', -1);\n"
        "  sgd.khoiTao({session:'" + ctx.sess + "'});\n });\n});\n</script>"
    )


def layout(
    ctx: Ctx,
    title: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    items: dict[str, str] | None = None,
    printer: bool = False,
) -> str:
    """An APEX page in the customised Universal Theme (or its printer-friendly template)."""
    items = items or {}
    head = f"""<!DOCTYPE html>
<html class="no-js page-{ctx.page} app-{APP}" lang="vi">
<head>
<meta http-equiv="x-ua-compatible" content="IE=edge" />
<meta charset="utf-8">
<title>{esc(title)} - {esc(SITE)}</title>
<link rel="stylesheet" href="/i/app_ui/css/Core.min.css?v=5.1.4.00.08" type="text/css" />
<link rel="stylesheet" href="/i/themes/theme_42/1.1/css/Theme.min.css?v=5.1.4.00.08" type="text/css" />
<link rel="stylesheet" href="{FILES}/css/sgddt.css" type="text/css" />
<link rel="icon" href="{FILES}/img/favicon.ico" type="image/x-icon">
<script type="text/javascript">var apex_img_dir = "/i/", htmldb_Img_Dir = apex_img_dir;</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>"""
    form_open = (
        '<form action="wwv_flow.accept" method="post" name="wwv_flow" id="wwvFlowForm" '
        f"novalidate>\n{_hidden(ctx, items)}"
    )
    scripts = (
        '<script src="/i/libraries/apex/minified/desktop_all.min.js?v=5.1.4.00.08"></script>\n'
        f'<script src="{FILES}/js/sgd.js"></script>\n{_env_script(ctx)}'
    )
    if printer:
        return f"""{head}
<body class="t-PageBody t-PageBody--printerFriendly" id="t_PageBody">
{form_open}
<div class="in-header"><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO CÀ MAU</b></div>
<div class="in-noidung">
{main}
</div>
<div class="in-footer">Bản quyền © Sở Giáo dục và Đào tạo tỉnh Cà Mau</div>
</form>
{scripts}
<script>window.print();</script>
</body></html>"""
    return f"""{head}
<body class="t-PageBody t-PageBody--hideLeft t-PageBody--hideActions no-anim t-PageBody--topNav" id="t_PageBody">
<a href="#main" id="t_Body_skipToContent">Skip to Main Content</a>
{form_open}
<header class="t-Header" id="t_Header">
 <div class="t-Header-branding">
  <div class="t-Header-controls">
   <span class="ngay-hien-tai">{esc(TODAY)}</span>
   <span class="tim-kiem"><input type="text" id="P0_TIMKIEM" name="P0_TIMKIEM" placeholder="Tìm kiếm..." />
   <a href="javascript:apex.submit('TIM_KIEM');" class="t-Button t-Button--noLabel t-Button--icon"><span class="fa fa-search" aria-hidden="true"></span></a></span>
  </div>
  <div class="t-Header-logo">
   <a href="{esc(ctx.f(1))}" class="t-Header-logo-link"><img src="{FILES}/img/logo_sgddt.png" alt="Logo Sở GD&amp;ĐT Cà Mau" class="apex-logo-img" /><span class="apex-logo-text">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU</span></a>
  </div>
  <div class="t-Header-navBar">
{_nav(ctx)}
  </div>
 </div>
</header>
<div class="t-Body">
 <div class="t-Body-main">
  <div class="t-Body-title" id="t_Body_title">
{_breadcrumb(crumbs)}
  </div>
  <div class="t-Body-content" id="t_Body_content">
   <main id="main" class="t-Body-mainContent">
    <div class="t-Body-fullContent"></div>
    <div class="t-Body-contentInner">
     <div class="container">
      <div class="row">
       <div class="col col-8 apex-col-auto">
{main}
       </div>
       <div class="col col-4 col-end apex-col-auto">
{_side(ctx)}
       </div>
      </div>
     </div>
    </div>
   </main>
   <footer class="t-Footer">
    <div class="t-Footer-body">
     <div class="t-Footer-content">
      <p>Bản quyền © 2018 Sở Giáo dục và Đào tạo tỉnh Cà Mau</p>
      <p>Chịu trách nhiệm chính: Trần Văn Hiền - Giám đốc Sở</p>
      <p>Địa chỉ: Số 134 Nguyễn Tất Thành, phường An Xuyên, tỉnh Cà Mau - Điện thoại: 0290.3 831 556</p>
      <p>Phát triển bởi Công ty TNHH Công nghệ Phần mềm Đất Mũi | <a href="{esc(ctx.f(101))}">Quản trị</a></p>
     </div>
     <div class="t-Footer-apex"><div class="t-Footer-version">Phiên bản 3.2</div></div>
    </div>
    <div class="t-Footer-top"><a href="#top" class="t-Footer-topButton" id="t_Footer_topButton"><span class="a-Icon icon-up-chevron"></span></a></div>
   </footer>
  </div>
 </div>
</div>
</form>
{scripts}
</body>
</html>"""


# --- regions of the pages --------------------------------------------------------------------

NO_DATA = (
    '<div class="t-Report-noData"><span class="nodatafound">Không tìm thấy dữ liệu</span></div>'
)


def in_category(cat: int) -> list[Story]:
    return [s for s in STORIES if s.opts["cat"] == cat]


def _ajax_url(ctx: Ctx, step: str, region_id: str, min_row: int, cat: int | None) -> str:
    query = (
        f"p_flow_id={APP}&p_flow_step_id={step}&p_instance={ctx.sess}"
        f"&p_request=PLUGIN={_plugin_id('report' + region_id)}&p_widget_action=paginate"
        f"&x01={region_id}&p_pg_min_row={min_row}&p_pg_max_rows={ROWS}&p_pg_rows_fetched={ROWS}"
    )
    if cat is not None:
        query += f"&p_arg_names=P20_CAT&p_arg_values={cat}"
    return ctx.prefix.removesuffix("f?p=") + "wwv_flow.show?" + query


def report(
    ctx: Ctx,
    stories: list[Story],
    min_row: int,
    region_id: str,
    label: str,
    cat: int | None,
    ajax: bool,
) -> str:
    """An APEX classic report of news rows with its "Row Ranges X to Y of Z" pager."""
    total = len(stories)
    rows = stories[min_row - 1 : min_row - 1 + ROWS] if min_row >= 1 else []
    if not rows:
        return f'<div class="t-Report" id="report_{region_id}">{NO_DATA}</div>'
    trs = []
    for s in rows:
        trs.append(
            '<tr><td class="t-Report-cell" headers="ANH" align="center">'
            f'<img src="{thumbnail(s)}" class="tin-anh" width="120" alt="" /></td>'
            f'<td class="t-Report-cell" headers="TIN"><a href="{esc(ctx.f(30, "P30_ID", str(s.id)))}" '
            f'class="tin-link">{_plain(s, s.title)}</a>'
            f'<div class="tin-ngaydang">Ngày đăng: {day_of(s)}</div>'
            f'<div class="tin-tomtat-ds">{_plain(s, teaser(s))}</div></td></tr>'
        )
    last = min_row + len(rows) - 1
    step = ctx.page if ctx.page in ("1", "20") else "20"

    def href(m: int) -> str:
        if ajax:
            return f"javascript:sgd.phanTrang('{_ajax_url(ctx, step, region_id, m, cat)}','{region_id}');"
        return ctx.f(20, "P20_CAT", str(cat)) + (
            f"&pg_min_row={m}&pg_max_rows={ROWS}&pg_rows_fetched={ROWS}"
        )

    cells = []
    if min_row > 1:
        cells.append(
            f'<td class="pagination"><a href="{esc(href(max(1, min_row - ROWS)))}" '
            'class="t-Report-paginationLink t-Report-paginationLink--prev">'
            '<span class="a-Icon icon-left-arrow"></span>‹ Trước</a></td>'
        )
    cells.append(
        f'<td class="pagination"><span class="t-Report-paginationText">{min_row} - {last} '
        f"của {total}</span></td>"
    )
    if last < total:
        cells.append(
            f'<td class="pagination"><a href="{esc(href(last + 1))}" '
            'class="t-Report-paginationLink t-Report-paginationLink--next">Tiếp ›'
            '<span class="a-Icon icon-right-arrow"></span></a></td>'
        )
    more = ""
    if last < total and not ajax:
        more = (
            '<div class="t-Report-links"><a class="t-Button t-Button--small" href="'
            + esc(f"javascript:sgd.taiThem('{_ajax_url(ctx, step, region_id, last + 1, cat)}');")
            + '"><span class="t-Button-label">Xem thêm tin</span></a></div>'
        )
    return f"""<div class="t-Report t-Report--altRowsDefault t-Report--rowHighlight" id="report_{region_id}" data-region-id="{region_id}">
 <div class="t-Report-wrap">
  <div class="t-Report-tableWrap">
   <table class="t-Report-report" summary="{esc(label)}">
    <thead><tr><th class="t-Report-colHead" id="ANH" align="center">Ảnh</th><th class="t-Report-colHead" id="TIN" align="left">Tin</th></tr></thead>
    <tbody>
{chr(10).join(trs)}
    </tbody>
   </table>
  </div>
{more}
  <table class="t-Report-pagination t-Report-pagination--bottom" role="presentation"><tr><td colspan="2" align="right"><table role="presentation"><tr>{"".join(cells)}</tr></table></td></tr></table>
 </div>
</div>"""


def home_main(ctx: Ctx) -> str:
    featured = [s for s in STORIES if s.opts["cat"] != 4][:3]
    top, rest = featured[0], featured[1:]
    first_img = top.images[0].src if top.images else f"{FILES}/img/no-image.png"
    hot = (
        '<div class="tin-noibat">'
        f'<a href="{esc(ctx.friendly("chi-tiet", f"p30_id={top.id}"))}">'
        f'<img src="{esc(first_img)}" alt="" class="tin-noibat-anh" /></a>'
        f'<h3><a href="{esc(ctx.friendly("chi-tiet", f"p30_id={top.id}"))}">{_plain(top, top.title)}'
        f"</a></h3><p>{_plain(top, teaser(top))}</p></div>"
        '<ul class="tin-noibat-khac">'
        + "".join(
            f'<li><a href="{esc(ctx.friendly("chi-tiet", f"p30_id={s.id}"))}">'
            f"{_plain(s, s.title)}</a></li>"
            for s in rest
        )
        + "</ul>"
    )
    notices = in_category(4)
    notice_list = (
        '<ul class="t-LinksList">'
        + "".join(
            f'<li class="t-LinksList-item"><a class="t-LinksList-link" '
            f'href="{esc(ctx.f(30, "P30_ID", str(s.id)))}"><span class="t-LinksList-label">'
            f'{_plain(s, s.title)}</span></a> <span class="ngay">({day_of(s)})</span></li>'
            for s in notices[:3]
        )
        + f'</ul><p><a href="{esc(ctx.f(20, "P20_CAT", "4"))}">Xem tất cả »</a></p>'
    )
    return "\n".join(
        [
            _region("R2233091876540000", "Tin nổi bật", hot, "t-Region--noBorder"),
            _region(
                REGION_HOME,
                "Tin mới",
                report(ctx, STORIES, 1, REGION_HOME, "Tin mới", None, ajax=True),
            ),
            _region("R2233091876540002", "Thông báo", notice_list),
        ]
    )


def _tools(ctx: Ctx, story: Story) -> str:
    printer = ctx.f(30, "P30_ID", str(story.id), printer=True)
    share = (
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fsgddt.camau.gov.vn%2Fords"
        f"%2Ff%3Fp%3D110%3A30%3A0%3A%3ANO%3A%3AP30_ID%3A{story.id}"
    )
    popup = (
        f"javascript:apex.navigation.popup({{url:'{printer}',name:'inbai',width:820,height:640}});"
    )
    return (
        '<div class="tin-congcu">'
        f'<a href="{esc(printer)}" target="_blank"><span class="fa fa-print"></span> In bài viết</a>'
        f' | <a href="{esc(popup)}">Xem bản in</a>'
        f' | <a href="mailto:?subject={story.id}">Gửi email</a>'
        ' | <a href="javascript:history.back();">Quay lại</a>'
        f' | <a href="{esc(share)}" target="_blank" class="share-fb">Chia sẻ Facebook</a>'
        f' | <a href="https://zalo.me/share?url={story.id}" target="_blank">Zalo</a>'
        "</div>"
    )


def item_markup(story: Story) -> str:
    """The PL/SQL dynamic region's print of one news item."""
    lead = (
        f'<div class="tin-tomtat"><b>{_plain(story, story.summary)}</b></div>\n'
        if story.summary
        else ""
    )
    return (
        f'<h1 class="tin-tieude">{_plain(story, story.title)}</h1>\n'
        f'<div class="tin-ngay">Cập nhật: {story.opts["date"]} | Lượt xem: {story.views()}</div>\n'
        f'{lead}<div class="tin-noidung">\n{render_body(story)}\n</div>'
    )


def detail_main(ctx: Ctx, story: Story) -> str:
    related = [s for s in in_category(story.opts["cat"]) if s.id != story.id][:4]
    rel = (
        '<ul class="tin-lienquan">'
        + "".join(
            f'<li><a href="{esc(ctx.f(30, "P30_ID", str(s.id)))}">{_plain(s, s.title)}</a> '
            f'<span class="ngay">({day_of(s)})</span></li>'
            for s in related
        )
        + "</ul>"
    )
    return "\n".join(
        [
            _region(
                REGION_DETAIL,
                "Chi tiết tin",
                f"{item_markup(story)}\n{_tools(ctx, story)}",
                "t-Region--noBorder",
            ),
            _region(REGION_RELATED, "Tin cùng chuyên mục", rel, "t-Region--noBorder"),
        ]
    )


def not_found_main() -> str:
    return _region(
        REGION_DETAIL,
        "Chi tiết tin",
        f'{NO_DATA}\n<span class="u-hidden" id="apex_debug_msg">ORA-01403: no data found</span>',
        "t-Region--noBorder",
    )


def doc_main(ctx: Ctx, doc: Doc) -> str:
    pairs = [
        ("Số ký hiệu", esc(doc.number)),
        ("Loại văn bản", esc(doc.kind)),
        ("Ngày ban hành", doc.date),
        ("Cơ quan ban hành", esc(doc.office)),
        ("Người ký", esc(doc.signer)),
        ("Trích yếu", esc(doc.summary)),
        (
            "Tệp đính kèm",
            f'<a href="{esc(f"/ords/f?p=110:0:0:APPLICATION_PROCESS=GETFILE:::FILE_ID:{doc.file_id}")}">'
            f'<span class="fa fa-file-pdf-o"></span> {esc(doc.file_name)}</a>',
        ),
    ]
    dl = "".join(
        f'<dt class="t-AVPList-label">{k}</dt><dd class="t-AVPList-value">{v}</dd>'
        for k, v in pairs
    )
    return _region("R5500000000000040", "Chi tiết văn bản", f'<dl class="t-AVPList">{dl}</dl>')


def doc_list_main(ctx: Ctx) -> str:
    rows = "".join(
        f'<tr><td class="t-Report-cell">{esc(d.number)}</td><td class="t-Report-cell">{d.date}'
        f'</td><td class="t-Report-cell"><a href="{esc(ctx.f(40, "P40_ID", str(d.id)))}">'
        f"{esc(d.summary)}</a></td></tr>"
        for d in DOCS
    )
    table = (
        '<div class="t-Report"><table class="t-Report-report" summary="Văn bản"><thead><tr>'
        '<th class="t-Report-colHead">Số ký hiệu</th><th class="t-Report-colHead">Ngày ban '
        'hành</th><th class="t-Report-colHead">Trích yếu</th></tr></thead><tbody>'
        f"{rows}</tbody></table>"
        '<table class="t-Report-pagination"><tr><td class="pagination"><span '
        f'class="t-Report-paginationText">1 - {len(DOCS)}</span></td></tr></table></div>'
    )
    return _region("R5500000000000041", "Văn bản", table)


def calendar_main() -> str:
    rows = "".join(
        f'<tr><td class="t-Report-cell">{esc(d)}</td><td class="t-Report-cell">{t}</td>'
        f'<td class="t-Report-cell">{esc(w)}</td><td class="t-Report-cell">{esc(who)}</td></tr>'
        for d, t, w, who in CALENDAR
    )
    return _region(
        "R5500000000000045",
        "Lịch công tác tuần (23/11/2026 - 29/11/2026)",
        '<table class="t-Report-report"><thead><tr><th class="t-Report-colHead">Ngày</th>'
        '<th class="t-Report-colHead">Giờ</th><th class="t-Report-colHead">Nội dung</th>'
        f'<th class="t-Report-colHead">Chủ trì</th></tr></thead><tbody>{rows}</tbody></table>',
    )


def login_page(ctx: Ctx) -> str:
    """Universal Theme's login page template (the page has no menus)."""
    return f"""<!DOCTYPE html>
<html class="no-js page-101 app-{APP}" lang="vi">
<head>
<meta charset="utf-8">
<title>Đăng nhập - {esc(SITE)}</title>
<link rel="stylesheet" href="/i/themes/theme_42/1.1/css/Theme.min.css?v=5.1.4.00.08" type="text/css" />
</head>
<body class="t-PageBody--login no-anim" id="t_PageBody">
<form action="wwv_flow.accept" method="post" name="wwv_flow" id="wwvFlowForm" novalidate>
{_hidden(ctx, {})}
<div class="t-Body"><div class="t-Body-wrap"><div class="t-Body-col t-Body-col--main">
<div class="t-Login-container">
 <div class="t-Login-region t-Form--stretchInputs t-Form--labelsAbove" id="R_LOGIN">
  <div class="t-Login-header"><span class="t-Login-logo"><img src="{FILES}/img/logo_sgddt.png" alt="" /></span>
   <h1 class="t-Login-title" id="R_LOGIN_heading">Quản trị nội dung - {esc(SITE)}</h1></div>
  <div class="t-Login-body">
   <div class="t-Form-fieldContainer"><label for="P101_USERNAME">Tên đăng nhập</label>
    <input type="text" id="P101_USERNAME" name="P101_USERNAME" class="text_field apex-item-text" size="40" maxlength="100" /></div>
   <div class="t-Form-fieldContainer"><label for="P101_PASSWORD">Mật khẩu</label>
    <input type="password" name="P101_PASSWORD" id="P101_PASSWORD" class="password apex-item-text" size="40" maxlength="100" /></div>
  </div>
  <div class="t-Login-buttons"><a class="t-Button t-Button--hot" href="javascript:apex.submit('LOGIN');"><span class="t-Button-label">Đăng nhập</span></a></div>
  <div class="t-Login-links"><a href="{esc(ctx.f(1))}">« Về trang chủ</a></div>
 </div>
</div>
</div></div></div>
</form>
{_env_script(ctx)}
</body></html>"""


def _error_page(message: str, status: int) -> Response:
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lỗi</title></head>'
        '<body class="t-PageBody--noNav"><div class="t-Alert t-Alert--danger"><h2>Lỗi</h2>'
        f"<p>{esc(message)}</p></div></body></html>"
    )
    return html(body, status=status)


def _ords_405() -> Response:
    return html(
        "<!DOCTYPE html><html><head><title>405 Method Not Allowed</title></head><body>"
        "<h1>405 Method Not Allowed</h1><p>This resource only supports the POST method.</p>"
        "<hr><p>Oracle REST Data Services</p></body></html>",
        status=405,
        headers={"Allow": "POST"},
    )


# --- the site ------------------------------------------------------------------------------


def _has_cookie(request: Request) -> bool:
    for name, value in request.headers.items():
        if name.lower() == "cookie" and f"{COOKIE}=" in value:
            return True
    return False


@dataclass(frozen=True)
class View:
    """What a request asks of the application, from either address form."""

    page: str
    session: str
    request: str
    items: dict[str, str]
    printer: bool
    friendly: bool


def parse_fp(p: str) -> View:
    parts = (p.split(":") + [""] * 9)[:9]
    app, page, session, req, _debug, _clear, names, values, printer = parts
    if app != APP:
        raise LookupError(f"Ứng dụng {app} không tồn tại.")
    keys = [n.strip().upper() for n in names.split(",") if n.strip()]
    vals = values.split(",") if values else []
    items = dict(zip(keys, vals + [""] * (len(keys) - len(vals)), strict=True))
    return View(page or "1", session, req, items, printer.upper() == "YES", False)


_ALIASES = {"trang-chu": "1", "danh-sach": "20", "chi-tiet": "30", "gioi-thieu": "50"}


def parse_friendly(path: str, params: dict[str, str]) -> View | None:
    alias = path.removeprefix(FRIENDLY + "/").strip("/")
    page = _ALIASES.get(alias)
    if page is None:
        return None
    items = {k.upper(): v for k, v in params.items() if k.lower() not in ("session", "request")}
    return View(page, params.get("session", ""), params.get("request", ""), items, False, True)


class ApexSite:
    """The ORDS host of application 110."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/ords", "/ords/"):
            return redirect("/ords/f?p=110:1:0")
        if path == "/ords/wwv_flow.show":
            return self._ajax(request)
        if path == "/ords/wwv_flow.accept":
            if request.method != "POST":
                return _ords_405()
            form = request.form
            step = re.sub(r"\D", "", form.get("p_flow_step_id", "1")) or "1"
            instance = re.sub(r"\D", "", form.get("p_instance", "0")) or "0"
            return redirect(f"/ords/f?p=110:{step}:{instance}")
        if path == "/ords/f":
            p = request.params.get("p")
            if p is None:
                return _error_page("Thiếu tham số p.", 400)
            try:
                view = parse_fp(p)
            except LookupError as err:
                return _error_page(str(err), 404)
        elif path.startswith(FRIENDLY + "/"):
            view = parse_friendly(path, request.params)
            if view is None:
                return None
        else:
            return static_file(path)
        return self._page(request, view)

    # -- one page view --
    def _page(self, request: Request, view: View) -> Response | None:
        cookie = _has_cookie(request)
        joined = cookie or view.session not in ("", "0")
        sess = SESSION if joined else "0"
        prefix = "/ords/f?p=" if view.friendly else "f?p="
        page = view.page.upper()
        if page == "0":
            return self._file(view)
        if page in ("LOGIN_DESKTOP", "101"):
            ctx = Ctx(sess, prefix, "101")
            return self._answer(login_page(ctx), cookie)
        ctx = Ctx(sess, prefix, page)
        home = ("Trang chủ", ctx.f(1))
        printer = view.printer
        if page == "1":
            body = layout(ctx, "Trang chủ", [("Trang chủ", None)], home_main(ctx))
        elif page == "20":
            body = self._category(request, ctx, view, home)
        elif page == "30":
            body = self._article(ctx, view, home, printer)
        elif page == "40":
            doc = DOC_BY_ID.get(_int(view.items.get("P40_ID")))
            main = (
                doc_main(ctx, doc)
                if doc
                else _region("R5500000000000040", "Chi tiết văn bản", NO_DATA)
            )
            body = layout(
                ctx,
                "Chi tiết văn bản",
                [home, ("Văn bản", ctx.f(41)), ("Chi tiết văn bản", None)],
                main,
                {"P40_ID": view.items.get("P40_ID", "")},
                printer,
            )
        elif page == "41":
            body = layout(
                ctx, "Văn bản", [home, ("Văn bản", None)], doc_list_main(ctx), {}, printer
            )
        elif page == "45":
            body = layout(
                ctx, "Lịch công tác", [home, ("Lịch công tác", None)], calendar_main(), {}, printer
            )
        elif page.isdigit() and int(page) in STATIC_PAGES:
            title, inner = STATIC_PAGES[int(page)]
            main = _region(f"R55000000000000{page}", title, inner)
            body = layout(ctx, title, [home, (title, None)], main, {}, printer)
        else:
            return _error_page(
                f"ERR-1014 Không tìm thấy trang {view.page} trong ứng dụng {APP}.", 404
            )
        return self._answer(body, cookie)

    def _category(self, request: Request, ctx: Ctx, view: View, home: tuple[str, str]) -> str:
        cat = _int(view.items.get("P20_CAT"))
        name, group = CATS.get(cat, ("Danh sách tin", "Tin tức"))
        min_row = _int(request.params.get("pg_min_row")) or 1
        stories = in_category(cat)
        main = _region(
            REGION_LIST, name, report(ctx, stories, min_row, REGION_LIST, name, cat, ajax=False)
        )
        return layout(
            ctx,
            name,
            [home, (group, None), (name, None)],
            main,
            {"P20_CAT": view.items.get("P20_CAT", "")},
            view.printer,
        )

    def _article(self, ctx: Ctx, view: View, home: tuple[str, str], printer: bool) -> str:
        raw_id = view.items.get("P30_ID", "")
        story = BY_ID.get(_int(raw_id))
        items = {"P30_ID": raw_id}
        if story is None:
            crumbs = [home, ("Tin tức", None), ("Chi tiết tin", None)]
            return layout(ctx, "Chi tiết tin", crumbs, not_found_main(), items, printer)
        name, group = CATS[story.opts["cat"]]
        crumbs = [
            home,
            (group, None),
            (name, ctx.f(20, "P20_CAT", str(story.opts["cat"]))),
            ("Chi tiết tin", None),
        ]
        if printer:
            return layout(ctx, "Chi tiết tin", crumbs, item_markup(story), items, True)
        return layout(ctx, "Chi tiết tin", crumbs, detail_main(ctx, story), items)

    def _file(self, view: View) -> Response | None:
        file_id = _int(view.items.get("FILE_ID"))
        process = view.request.upper()
        if process == "APPLICATION_PROCESS=GETIMAGE" and file_id:
            return static_file("anh.jpg")
        if process == "APPLICATION_PROCESS=GETFILE" and file_id:
            names = {d.file_id: d.file_name for d in DOCS}
            names[9012] = "TB_lich_thi_HSG12_2026.pdf"
            if file_id in names:
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{names[file_id]}"',
                    },
                )
        return _error_page("ORA-01403: no data found", 404)

    def _ajax(self, request: Request) -> Response:
        """``wwv_flow.show``: a classic report's partial page refresh (POST only)."""
        if request.method != "POST":
            return _ords_405()
        args = {**request.params, **request.form}
        step = args.get("p_flow_step_id", "")
        instance = args.get("p_instance", "0")
        ctx = Ctx(SESSION if instance not in ("", "0") else "0", "f?p=", step)
        min_row = _int(args.get("p_pg_min_row")) or 1
        region = args.get("x01", "")
        if step == "1" and region == REGION_HOME:
            fragment = report(ctx, STORIES, min_row, REGION_HOME, "Tin mới", None, ajax=True)
        elif step == "20" and region == REGION_LIST:
            cat = _int(args.get("p_arg_values"))
            name = CATS.get(cat, ("Danh sách tin", ""))[0]
            fragment = report(ctx, in_category(cat), min_row, REGION_LIST, name, cat, ajax=True)
        else:
            return Response(
                200,
                json.dumps({"error": "ORA-20987: APEX - Không tìm thấy vùng."}),
                {"Content-Type": "application/json"},
            )
        return html(fragment)

    @staticmethod
    def _answer(body: str, cookie: bool) -> Response:
        headers = {"Cache-Control": "no-store", "X-Frame-Options": "SAMEORIGIN"}
        if not cookie:
            headers["Set-Cookie"] = (
                f"{COOKIE}=ORA_WWV-{_plugin_id('cookie')[:24]}; path=/ords; HttpOnly"
            )
        return html(body, headers=headers)


def _int(value: str | None) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return 0


def build_site() -> ApexSite:
    return ApexSite()
