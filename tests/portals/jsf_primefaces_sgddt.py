"""Fixture portal: Sở GD&ĐT tỉnh Lâm Đồng on a Java vendor portal (JSF 2.2 Mojarra + PrimeFaces 6).

Imitates the portal a local Java vendor builds for a provincial education department: Facelets
pages under the ``/portal`` context of a Tomcat 8.5, every page a template with a header, a
PrimeFaces mega menu, a marquee of notices, a two-column body and a footer. What it serves:

- the home page ``/portal/trang-chu.xhtml`` (``/`` and ``/portal/`` answer 302 to it): a lead
  story, a ``ui-tabview`` whose three tabs ("Tin tức - Sự kiện", "Tin giáo dục", "Thông báo") are
  all rendered in the HTML (hidden ones carry ``ui-helper-hidden``), "Văn bản mới", an album strip;
- listings ``/portal/tin-tuc.xhtml?danhMuc=3|5|7``: a ``p:dataList`` (3 rows a page) whose
  ``div.ui-paginator`` page links are ``<a href="#">`` driven by JavaScript (an AJAX POST of the
  form that answers a JSF ``partial-response``), and under it the vendor's server-side fallback
  ``ul.phan-trang`` for search engines: ``?danhMuc=3&trang=2`` links, but only a window of the
  neighbouring pages ("‹ Trước", current ± 1, "Sau ›"; no "last" link). "Tin tức - Sự kiện" has 3
  pages, so its page 3 is reachable only from page 2; "Tin giáo dục" has 2, "Thông báo" 1;
- articles ``/portal/tin-tuc/chi-tiet.xhtml?id=N``: ``h:panelGroup`` blocks ``frmChiTiet:pnlTieuDe``
  (``span.tieu-de-tin``), ``frmChiTiet:pnlThongTin`` ("Ngày cập nhật: 13/11/2026 15:40", print and
  share tools), ``frmChiTiet:pnlTomTat`` (``div.tom-tat``, the bold sapo), ``frmChiTiet:pnlNoiDung``
  (``div.noi-dung-tin``: CKEditor HTML; an image in a centred ``p``, its caption the next ``p``,
  centred and italic; bylines as the last right-aligned lines), ``frmChiTiet:pnlDinhKem`` ("Tài
  liệu đính kèm:" → ``/portal/DownloadServlet?fileId=N``), "Từ khóa:" links to the search page,
  "Lượt xem: N" and a ``ui-panel`` "Các tin liên quan" with dates;
- non-articles: "Giới thiệu" pages ``/portal/gioi-thieu.xhtml?muc=1..3``, the document register
  ``/portal/van-ban.xhtml`` (a ``ui-datatable`` with the same JS paginator plus a
  ``?loai=0&trang=N`` fallback) and its entries ``/portal/van-ban/chi-tiet.xhtml?id=N`` (register fields + PDF),
  "Lịch công tác" ``/portal/lich-cong-tac.xhtml``, "Hỏi đáp" (a ``ui-accordion``), "Album ảnh"
  ``/portal/album-anh.xhtml`` and albums ``/portal/album-anh/chi-tiet.xhtml?id=N`` (``ui-galleria``),
  "Liên hệ", the login page ``/portal/dang-nhap.xhtml``; search results ``/portal/tim-kiem.xhtml``
  (tag links) are listings;
- chrome: the header date (TODAY), "Đăng nhập", a search form (a JSF POST that redirects to
  ``tim-kiem.xhtml?tuKhoa=…``), a ``marquee`` of the newest notices, sidebar ``ui-panel``s "Tin mới
  nhất" (with dates), "Văn bản mới", "Liên kết website" (``p:selectOneMenu``, a hidden ``select``
  plus its ``ul`` of items), "Thống kê truy cập" ("Đang truy cập", "Hôm nay", "Tổng lượt truy
  cập"), banners; a footer with "Cơ quan chủ quản", licence, address and hotline. Every form has
  its ``<input name="j_idtNN" value="j_idtNN">`` marker and a ``javax.faces.ViewState`` input.

Tomcat URL rewriting (the main trap). The crawler keeps no cookies, so every request is a new
visitor: a page asked for without a session id creates a session (``Set-Cookie: JSESSIONID=…;
Path=/portal; HttpOnly``) and, cookies being unknown, ``encodeURL`` writes ``;jsessionid=<32 hex>``
into every link the JSF components render (``h:link``, ``h:outputLink``, form actions, the
``javax.faces.resource`` styles and scripts). A request that carries ``;jsessionid=X`` in its path
continues session X: its links carry X again. A request with the cookie gets clean links. Links
written as plain HTML in the template (the logo, the footer, links editors typed into an article
text) are never rewritten, so each of them opens a fresh session whose id (deterministic here: a
hash of the target that opened it) then spreads through all the links of that page. The home page
opened cleanly always gives the session id ``START_SID``. ``og:url`` is built from the raw request
URI, so it carries the ``;jsessionid`` of the request (as Tomcat's ``getRequestURI`` does). There
is no rel=canonical, no sitemap and no feed.

Other traps: "Lịch công tác" pages weeks both with ``h:commandLink``s (``href="#"``, a form POST
via ``mojarra.jsfcljs``) and with bookmarkable ``h:link``s ``?tuan=W&nam=Y`` that answer 200 for any
week of 1900-2999, so "Tuần sau ›" never ends. An article id that does not exist (one is linked
from an article's text: id 4123, an old post removed) answers 200 with the template and "Tin bài
không tồn tại hoặc đã bị xóa." (a soft 404); so does a listing page past the end ("Không có dữ
liệu."). Every article page also exists under every session id (alt_paths lists the
``START_SID`` variant, the one a crawl that follows links from START_PATH sees).

Gold (by hand). Articles are the 14 news items (ids 4476-4521); everything above listed as
non-article is not one. Judgement calls:
- "Ngày cập nhật: dd/MM/yyyy HH:mm" is the only date an article prints: it is ``published_at``
  with its time; the listing's dd/MM/yyyy agrees with it.
- The bold ``div.tom-tat`` is the summary and the body's first paragraph (the three Thông báo
  items and Tin giáo dục 4491 have none: summary None).
- A line under a photo that is centred and italic is its caption; a photo followed by an ordinary
  paragraph has no caption; an italic centred line that is only the Zalo file name
  (``z5987…jpg``, article 4495) is no caption (None) and not body text.
- Bylines (right-aligned last lines) are not body text: "Tin, ảnh: X" / "Bài, ảnh: X" put X in
  authors and photographers; "Tin: X - Ảnh: Y" splits; a bare unit name ("Phòng GDTrH", "Văn
  phòng Sở") or a bare personal name is the author; "Nguồn: Báo Lâm Đồng" / "Nguồn: Tỉnh đoàn
  Lâm Đồng" is the source (no author then).
- Article 4480 prints a caption ending "(Ảnh: Thanh Hương)": the caption is kept as printed and
  "Thanh Hương" is its photographer, while the last line "Nguyễn Thanh Hương" is the author.
- Two article texts link a phrase to another article with a plain href (4476 → the removed 4123,
  4509 → 4476): the phrase stays in its paragraph.
- "Tài liệu đính kèm:" lists, "Từ khóa:", "Lượt xem" and "Các tin liên quan" are no body text;
  list items (``li``) in a notice are body paragraphs, a bold sub-heading line is one too.
- Two articles (4476, 4480) were saved by CKEditor with ``entities_latin``: the Latin-1 letters
  (à, á, â, ê, ô, …) are named entities, the other Vietnamese letters raw UTF-8; gold is NFC text.
- The category is the last breadcrumb link, the name of the ``danhMuc`` the article belongs to.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "jsf_primefaces_sgddt"
PLATFORM = "jsf_primefaces"
START_PATH = "/portal/trang-chu.xhtml"

CTX = "/portal"
SITE = "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"
SHORT = "Sở GD&ĐT Lâm Đồng"
UP = f"{CTX}/upload/tin-tuc/2026"
ROWS = 3
DOC_ROWS = 5
TODAY_DATE = date(2026, 11, 25)
#: the marker every component-rendered link carries; replaced by ";jsessionid=…" or nothing
S = "\x00S\x00"

#: danhMuc id -> printed category name
CATS: dict[int, str] = {3: "Tin tức - Sự kiện", 5: "Tin giáo dục", 7: "Thông báo"}


def sid_for(seed: str) -> str:
    """The session id Tomcat hands the visitor whose first (cookieless) request was ``seed``."""
    return hashlib.md5(("tomcat-session:" + seed).encode()).hexdigest().upper()


START_SID = sid_for(START_PATH)


def _p(text: str) -> P:
    return P(text)


# Story.opts: when (datetime), tags (list), files [(name, fileId, size KB)], ck (CKEditor latin
# entities). Img styles: "em" (centred italic line under it), "span" (centred line in a
# span/i), "none" (no line). P styles: "" plain, "li" list item, "b" bold sub-heading.
STORIES: list[Story] = [
    Story(
        id=4521,
        slug="tong-ket-hoi-thi-gvdg-thcs",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
        cat="3",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Chiều 24/11, Sở GD&ĐT tổ chức lễ tổng kết và trao giải Hội thi giáo viên dạy giỏi cấp"
            " tỉnh bậc THCS năm học 2026 - 2027. Hội thi thu hút 186 giáo viên đến từ 74 trường"
            " THCS, TH&THCS trên địa bàn tỉnh tham gia."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Sau hai tuần tổ chức tại 4 điểm thi, Ban Giám khảo đã dự giờ, đánh giá 372 tiết dạy"
                " thuộc 11 môn học. Các tiết dạy bám sát yêu cầu cần đạt của Chương trình giáo dục"
                " phổ thông 2018, vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích cực và"
                " ứng dụng hiệu quả công nghệ thông tin."
            ),
            Img(
                f"{UP}/11/tong-ket-gvdg-thcs-1.jpg",
                "Lãnh đạo Sở GD&ĐT trao giải Nhất cho các giáo viên",
                "Lãnh đạo Sở GD&ĐT trao giải Nhất cho các giáo viên",
                "em",
            ),
            _p(
                "Kết quả, Ban Tổ chức công nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " tỉnh, trong đó có 18 giải Nhất, 31 giải Nhì và 43 giải Ba. Nhiều giáo viên trẻ ở"
                " các xã vùng sâu, vùng xa đạt thành tích cao, cho thấy sự chuyển biến rõ nét trong"
                " công tác bồi dưỡng đội ngũ."
            ),
            _p(
                "Phát biểu tại buổi lễ, Phó Giám đốc Sở GD&ĐT ghi nhận sự đầu tư công phu của các"
                " thầy cô giáo và đề nghị các đơn vị tiếp tục nhân rộng những tiết dạy hay qua sinh"
                " hoạt chuyên môn theo nghiên cứu bài học."
            ),
            Img(
                f"{UP}/11/tong-ket-gvdg-thcs-2.jpg",
                "Tiết dạy môn Khoa học tự nhiên của cô giáo Trường THCS Lam Sơn",
                "Tiết dạy môn Khoa học tự nhiên của cô giáo Trường THCS Lam Sơn",
                "span",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Yến</strong></p>'),
        ],
        authors=["Hoàng Yến"],
        photographers=["Hoàng Yến"],
        opts={"when": datetime(2026, 11, 24, 16, 20), "tags": ["giáo viên dạy giỏi", "THCS"]},
    ),
    Story(
        id=4520,
        slug="tuyen-dung-vien-chuc-2026-dot-2",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        cat="7",
        published_at="2026-11-24T07:50:00+07:00",
        blocks=[
            _p(
                "Căn cứ Nghị định số 115/2020/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng và"
                " quản lý viên chức, Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức làm việc"
                " tại các trường trực thuộc năm 2026 (đợt 2) như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "b"),
            _p(
                "Tổng chỉ tiêu: 57 người, gồm giáo viên THPT các môn Tin học, Tiếng Anh, Công nghệ,"
                " Giáo dục kinh tế và pháp luật, Âm nhạc, Mĩ thuật và 6 nhân viên thiết bị, thí"
                " nghiệm."
            ),
            P("2. Hồ sơ đăng ký dự tuyển", "b"),
            P(
                "Phiếu đăng ký dự tuyển theo mẫu ban hành kèm theo Nghị định số 85/2023/NĐ-CP;",
                "li",
            ),
            P(
                "Bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí dự tuyển;",
                "li",
            ),
            P("Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có).", "li"),
            _p(
                "Thời gian nhận hồ sơ từ ngày 25/11/2026 đến hết ngày 24/12/2026 (trong giờ hành"
                " chính) tại Văn phòng Sở Giáo dục và Đào tạo. Chi tiết xem tại thông báo đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 24, 7, 50),
            "tags": ["tuyển dụng"],
            "files": [
                ("TB-tuyen-dung-vien-chuc-2026-dot-2.pdf", 9812, 412),
                ("Phieu-dang-ky-du-tuyen.docx", 9813, 38),
            ],
        },
    ),
    Story(
        id=4519,
        slug="huong-dan-on-tap-cuoi-hk1-thpt",
        title="Hướng dẫn ôn tập, kiểm tra cuối học kỳ I cấp THPT năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-23T10:05:00+07:00",
        summary=(
            "Để chuẩn bị cho kỳ kiểm tra cuối học kỳ I, Sở GD&ĐT hướng dẫn các trường THPT tổ chức"
            " ôn tập cho học sinh theo hướng tinh gọn, đúng trọng tâm, tránh gây áp lực."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Các trường chủ động xây dựng kế hoạch ôn tập từ ngày 01/12/2026, không dạy trước"
                " chương trình học kỳ II để lấy thời gian ôn tập; nội dung ôn tập bám sát yêu cầu"
                " cần đạt đến hết tuần 16 theo kế hoạch dạy học của nhà trường."
            ),
            _p(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả thống nhất trong tổ chuyên môn,"
                " bảo đảm tỉ lệ câu hỏi ở các mức độ nhận biết, thông hiểu, vận dụng; với các môn"
                " kiểm tra bằng hình thức trắc nghiệm, sử dụng đủ ba dạng thức câu hỏi như đề thi"
                " tốt nghiệp THPT."
            ),
            _p(
                "Lịch kiểm tra tập trung do các trường quyết định nhưng phải hoàn thành trước ngày"
                " 10/01/2027. Kết quả được cập nhật lên hệ thống cơ sở dữ liệu ngành chậm nhất ngày"
                " 15/01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={"when": datetime(2026, 11, 23, 10, 5), "tags": ["THPT", "kiểm tra học kỳ"]},
    ),
    Story(
        id=4516,
        slug="gap-mat-ky-niem-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="3",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng 19/11, Sở GD&ĐT tổ chức buổi gặp mặt các thế hệ nhà giáo tiêu biểu nhân kỷ niệm"
            " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Tham dự buổi gặp mặt có lãnh đạo UBND tỉnh, đại diện các sở, ngành và hơn 200 nhà"
                " giáo, cán bộ quản lý giáo dục đã nghỉ hưu, đang công tác trên địa bàn tỉnh."
            ),
            Img(f"{UP}/11/gap-mat-20-11-1.jpg", None, None, "none"),
            _p(
                "Ôn lại truyền thống 44 năm, các đại biểu khẳng định đội ngũ nhà giáo của tỉnh luôn"
                " vững vàng, tận tụy với nghề, nhất là những thầy cô bám trường, bám lớp ở các xã"
                " đặc biệt khó khăn, góp phần đưa tỷ lệ huy động trẻ đến trường đạt trên 99%."
            ),
            Img(
                f"{UP}/11/gap-mat-20-11-2.jpg",
                "Các thầy cô giáo nghỉ hưu ôn lại kỷ niệm tại buổi gặp mặt",
                "Các thầy cô giáo nghỉ hưu ôn lại kỷ niệm tại buổi gặp mặt",
                "em",
            ),
            _p(
                "Dịp này, 12 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh và 35 nhà giáo"
                " được tặng Giấy khen của Giám đốc Sở vì có thành tích xuất sắc trong sự nghiệp"
                " giáo dục."
            ),
            Raw('<p style="text-align: right;"><strong><em>Văn phòng Sở</em></strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"when": datetime(2026, 11, 20, 9, 45), "tags": ["20/11", "nhà giáo"]},
    ),
    Story(
        id=4511,
        slug="lich-nghi-tet-dinh-mui-2027",
        title="Thông báo lịch nghỉ Tết Nguyên đán Đinh Mùi năm 2027 đối với học sinh",
        cat="7",
        published_at="2026-11-16T16:00:00+07:00",
        blocks=[
            _p(
                "Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Nguyên đán Đinh Mùi năm 2027 đối"
                " với trẻ mầm non, học sinh phổ thông và học viên giáo dục thường xuyên trên địa bàn"
                " tỉnh như sau:"
            ),
            _p(
                "Thời gian nghỉ: từ ngày 01/02/2027 (tức ngày 25 tháng Chạp năm Bính Ngọ) đến hết"
                " ngày 12/02/2027 (tức ngày mùng 6 tháng Giêng năm Đinh Mùi). Học sinh đi học trở"
                " lại từ ngày 15/02/2027."
            ),
            _p(
                "Các đơn vị chủ động điều chỉnh kế hoạch dạy học bảo đảm đủ thời lượng chương trình;"
                " tăng cường giáo dục an toàn giao thông, phòng chống pháo nổ cho học sinh trước kỳ"
                " nghỉ Tết."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 16, 16, 0),
            "tags": ["lịch nghỉ Tết"],
            "files": [("1847-SGDDT-VP-lich-nghi-Tet-2027.pdf", 9790, 205)],
        },
    ),
    Story(
        id=4509,
        slug="doan-bo-kiem-tra-gdpt-2018",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra việc thực hiện Chương trình GDPT 2018 tại Lâm Đồng",
        cat="3",
        published_at="2026-11-17T14:10:00+07:00",
        summary=(
            "Từ ngày 15 đến 17/11, đoàn công tác của Bộ Giáo dục và Đào tạo đã kiểm tra việc thực"
            " hiện Chương trình giáo dục phổ thông 2018 tại một số cơ sở giáo dục của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Đoàn đã dự giờ, làm việc với cán bộ quản lý, giáo viên tại 9 trường tiểu học, THCS"
                " và THPT ở các phường Xuân Hương - Đà Lạt, Bảo Lộc 1 và các xã Đức Trọng, Di Linh."
            ),
            Img(
                f"{UP}/11/doan-bo-kiem-tra-1.jpg",
                "Đoàn công tác dự giờ tiết Hoạt động trải nghiệm tại Trường Tiểu học Đoàn Thị Điểm",
                "Đoàn công tác dự giờ tiết Hoạt động trải nghiệm tại Trường Tiểu học Đoàn Thị Điểm",
                "em",
            ),
            _p(
                "Tại buổi làm việc với Sở GD&ĐT, đoàn đánh giá cao sự chủ động của tỉnh trong việc"
                " bố trí đủ giáo viên dạy các môn học mới, đồng thời lưu ý việc tổ chức dạy học"
                " môn Nghệ thuật và nội dung giáo dục địa phương ở cấp THCS còn lúng túng."
            ),
            _p(
                "Sở GD&ĐT tiếp thu các ý kiến, sẽ hướng dẫn các trường điều chỉnh kế hoạch giáo dục"
                " ngay trong học kỳ II năm học 2026 - 2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Minh Châu - Ảnh: Quốc Việt</strong></p>'
            ),
        ],
        authors=["Minh Châu"],
        photographers=["Quốc Việt"],
        opts={"when": datetime(2026, 11, 17, 14, 10), "tags": ["GDPT 2018"]},
    ),
    Story(
        id=4505,
        slug="ngay-hoi-stem-bui-thi-xuan",
        title="Trường THPT Bùi Thị Xuân tổ chức Ngày hội STEM lần thứ nhất",
        cat="5",
        published_at="2026-11-14T09:20:00+07:00",
        summary=(
            "Ngày 13/11, Trường THPT Bùi Thị Xuân tổ chức Ngày hội STEM với chủ đề “Sáng tạo vì"
            " cộng đồng”, thu hút gần 1.500 học sinh tham gia."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Ngày hội gồm 36 gian trưng bày sản phẩm của các lớp, trong đó có nhiều sản phẩm có"
                " tính ứng dụng như hệ thống tưới rau tự động, máy lọc nước mini, thiết bị cảnh báo"
                " sạt lở đất dùng cảm biến độ ẩm."
            ),
            Img(
                f"{UP}/11/stem-bui-thi-xuan-1.jpg",
                "Học sinh lớp 11A2 giới thiệu mô hình cảnh báo sạt lở đất",
                "Học sinh lớp 11A2 giới thiệu mô hình cảnh báo sạt lở đất",
                "em",
            ),
            Img(
                f"{UP}/11/stem-bui-thi-xuan-2.jpg",
                "Gian trưng bày sản phẩm tái chế của khối 10",
                "Gian trưng bày sản phẩm tái chế của khối 10",
                "em",
            ),
            _p(
                "Bên cạnh phần trưng bày, học sinh còn tham gia các thử thách lắp ráp robot, thiết"
                " kế cầu bằng que kem và thi giải nhanh các câu đố khoa học. Ban Tổ chức đã trao 12"
                " giải cho các sản phẩm xuất sắc."
            ),
            _p(
                "Theo Ban Giám hiệu nhà trường, ngày hội là dịp để học sinh vận dụng kiến thức liên"
                " môn vào giải quyết vấn đề thực tiễn, đồng thời phát hiện những học sinh có năng"
                " khiếu để bồi dưỡng tham gia cuộc thi khoa học kỹ thuật cấp tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Thu Trang</strong></p>'),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Lê Thu Trang"],
        opts={"when": datetime(2026, 11, 14, 9, 20), "tags": ["STEM", "THPT"]},
    ),
    Story(
        id=4502,
        slug="hkpd-toan-quoc-3-huy-chuong",
        title="Học sinh Lâm Đồng giành 3 huy chương tại Hội khỏe Phù Đổng toàn quốc",
        cat="3",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Đoàn vận động viên học sinh tỉnh Lâm Đồng đã giành 1 huy chương Vàng, 2 huy chương"
            " Đồng tại vòng chung kết Hội khỏe Phù Đổng toàn quốc khu vực III."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Đoàn tham gia thi đấu 6 môn gồm điền kinh, bơi, cầu lông, bóng bàn, cờ vua và võ"
                " cổ truyền với 48 vận động viên là học sinh tiểu học, THCS và THPT."
            ),
            Img(
                f"{UP}/11/hkpd-toan-quoc.jpg",
                "Em Ka Thị Ngọc (bìa trái) nhận huy chương Vàng nội dung chạy 1.500 m nữ",
                "Em Ka Thị Ngọc (bìa trái) nhận huy chương Vàng nội dung chạy 1.500 m nữ",
                "em",
            ),
            _p(
                "Huy chương Vàng thuộc về em Ka Thị Ngọc, học sinh Trường PT Dân tộc nội trú tỉnh ở"
                " nội dung chạy 1.500 m nữ. Hai huy chương Đồng ở môn võ cổ truyền và bơi 100 m"
                " ếch nam."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lâm Đồng</em></p>'),
        ],
        source="Báo Lâm Đồng",
        opts={"when": datetime(2026, 11, 12, 8, 30), "tags": ["Hội khỏe Phù Đổng"]},
    ),
    Story(
        id=4498,
        slug="cuoc-thi-khkt-cap-tinh-2026-2027",
        title="Tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027",
        cat="7",
        published_at="2026-11-09T11:30:00+07:00",
        blocks=[
            _p(
                "Thực hiện kế hoạch năm học, Sở GD&ĐT tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh"
                " dành cho học sinh trung học năm học 2026 - 2027 nhằm chọn dự án tham dự cuộc thi"
                " cấp quốc gia."
            ),
            _p(
                "Đối tượng dự thi là học sinh lớp 8 đến lớp 12; mỗi dự án có không quá 2 học sinh"
                " và 1 người hướng dẫn khoa học. Các đơn vị gửi hồ sơ đăng ký về Phòng GDTrH trước"
                " ngày 20/12/2026; vòng chung kết dự kiến tổ chức trong tháng 01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": datetime(2026, 11, 9, 11, 30),
            "tags": ["khoa học kỹ thuật"],
            "files": [("KH-cuoc-thi-KHKT-cap-tinh-2026-2027.pdf", 9771, 318)],
        },
    ),
    Story(
        id=4495,
        slug="khanh-thanh-diem-truong-da-tong",
        title="Khánh thành điểm trường mầm non thôn Đạ Mpô, xã Đạ Tông",
        cat="3",
        published_at="2026-11-06T15:00:00+07:00",
        summary=(
            "Điểm trường mầm non thôn Đạ Mpô với 3 phòng học kiên cố vừa được đưa vào sử dụng, giúp"
            " hơn 90 trẻ em đồng bào dân tộc thiểu số không còn phải học nhờ nhà văn hóa thôn."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Công trình có tổng kinh phí gần 4,2 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia"
                " phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, gồm 3"
                " phòng học, nhà vệ sinh, bếp ăn và sân chơi."
            ),
            Img(
                f"{UP}/11/z5987123456789_4c1f0e2b9a7d.jpg",
                "z5987123456789_4c1f0e2b9a7d.jpg",
                None,
                "em",
            ),
            _p(
                "Cùng ngày, các nhà hảo tâm đã trao tặng điểm trường 90 bộ quần áo ấm, đồ chơi và"
                " trang thiết bị dạy học trị giá 150 triệu đồng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ka Huy</strong></p>'),
        ],
        authors=["Ka Huy"],
        photographers=["Ka Huy"],
        opts={"when": datetime(2026, 11, 6, 15, 0), "tags": ["mầm non", "cơ sở vật chất"]},
    ),
    Story(
        id=4491,
        slug="phong-chong-duoi-nuoc-mua-mua-lu",
        title="Giáo dục kỹ năng phòng, chống đuối nước cho học sinh trong mùa mưa lũ",
        cat="5",
        published_at="2026-11-03T14:35:00+07:00",
        blocks=[
            _p(
                "Trước diễn biến phức tạp của mưa lũ, nhiều trường học trên địa bàn tỉnh đã lồng"
                " ghép giáo dục kỹ năng phòng, chống đuối nước vào các tiết sinh hoạt dưới cờ, sinh"
                " hoạt lớp và hoạt động trải nghiệm."
            ),
            Img(f"{UP}/11/phong-chong-duoi-nuoc-1.jpg", None, None, "none"),
            _p(
                "Tại Trường Tiểu học Lê Lợi, học sinh được hướng dẫn nhận biết các khu vực nguy"
                " hiểm như ao hồ, suối, hố sâu; cách sử dụng áo phao và cách kêu gọi người lớn khi"
                " phát hiện bạn bị đuối nước."
            ),
            Img(
                f"{UP}/11/phong-chong-duoi-nuoc-2.jpg",
                "Học sinh thực hành mặc áo phao đúng cách",
                "Học sinh thực hành mặc áo phao đúng cách",
                "span",
            ),
            _p(
                "Sở GD&ĐT đề nghị các đơn vị phối hợp với chính quyền địa phương rà soát, cảnh báo"
                " những điểm có nguy cơ mất an toàn trên đường đến trường của học sinh, nhất là ở"
                " các xã vùng cao."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Phạm Ngọc Ánh</strong></p>'),
        ],
        authors=["Phạm Ngọc Ánh"],
        opts={
            "when": datetime(2026, 11, 3, 14, 35),
            "tags": ["kỹ năng sống", "phòng chống đuối nước"],
        },
    ),
    Story(
        id=4488,
        slug="ky-ket-phoi-hop-tinh-doan",
        title="Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2026 - 2030",
        cat="3",
        published_at="2026-10-30T10:15:00+07:00",
        summary=(
            "Sáng 29/10, Sở GD&ĐT và Tỉnh đoàn Lâm Đồng ký kết chương trình phối hợp trong công tác"
            " giáo dục chính trị, tư tưởng, đạo đức, lối sống cho học sinh giai đoạn 2026 - 2030."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Theo chương trình, hai bên phối hợp tổ chức các hoạt động giáo dục lý tưởng cách"
                " mạng, kỹ năng sống, định hướng nghề nghiệp; xây dựng môi trường học đường an toàn,"
                " lành mạnh, phòng chống bạo lực học đường và tệ nạn xã hội."
            ),
            Img(
                f"{UP}/10/ky-ket-tinh-doan.jpg",
                "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp",
                "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp",
                "em",
            ),
            _p(
                "Hằng năm, hai bên sẽ tổ chức sơ kết, đánh giá kết quả thực hiện và đề ra nhiệm vụ"
                " trọng tâm cho năm tiếp theo."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Tỉnh đoàn Lâm Đồng</em></p>'),
        ],
        source="Tỉnh đoàn Lâm Đồng",
        opts={"when": datetime(2026, 10, 30, 10, 15), "tags": ["Đoàn thanh niên"]},
    ),
    Story(
        id=4480,
        slug="day-tieng-anh-vung-dtts",
        title="Nâng cao chất lượng dạy học tiếng Anh ở vùng đồng bào dân tộc thiểu số",
        cat="5",
        published_at="2026-10-24T08:00:00+07:00",
        summary=(
            "Năm học này, toàn tỉnh có 100% trường tiểu học tổ chức dạy tiếng Anh bắt buộc từ lớp"
            " 3, trong đó nhiều trường ở vùng đồng bào dân tộc thiểu số đã có cách làm sáng tạo."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Tại Trường Tiểu học Lát, giáo viên kết hợp tiếng mẹ đẻ của học sinh với tiếng Việt"
                " để giải thích từ vựng, tổ chức trò chơi, bài hát giúp các em mạnh dạn giao tiếp."
            ),
            Img(
                f"{UP}/10/tieng-anh-truong-lat.jpg",
                "Giờ học tiếng Anh của học sinh lớp 4 Trường Tiểu học Lát (Ảnh: Thanh Hương)",
                "Giờ học tiếng Anh của học sinh lớp 4 Trường Tiểu học Lát (Ảnh: Thanh Hương)",
                "em",
            ),
            _p(
                "Sở GD&ĐT đã phối hợp với các trường đại học tổ chức bồi dưỡng phương pháp cho 230"
                " giáo viên tiếng Anh tiểu học; đồng thời cấp bổ sung thiết bị nghe nhìn cho các"
                " điểm trường lẻ."
            ),
            _p(
                "Mục tiêu đến năm 2030, 100% giáo viên tiếng Anh đạt chuẩn năng lực theo quy định và"
                " trên 80% học sinh lớp 5 đạt yêu cầu cần đạt của chương trình."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thanh Hương</strong></p>'),
        ],
        authors=["Nguyễn Thanh Hương"],
        photographers=["Thanh Hương"],
        opts={"when": datetime(2026, 10, 24, 8, 0), "tags": ["tiếng Anh"], "ck": True},
    ),
    Story(
        id=4476,
        slug="trien-khai-chuyen-doi-so-2026-2027",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số ngành Giáo dục năm học 2026 - 2027",
        cat="3",
        published_at="2026-10-21T16:40:00+07:00",
        summary=(
            "Ngày 21/10, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai nhiệm vụ chuyển đổi số"
            " năm học 2026 - 2027 đến các cơ sở giáo dục trong toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            _p(
                "Năm học 2025 - 2026, toàn ngành đã triển khai học bạ số cho 100% học sinh tiểu học"
                " và THCS, thanh toán không dùng tiền mặt tại 96% cơ sở giáo dục; hệ thống cơ sở dữ"
                " liệu ngành được cập nhật, làm sạch thường xuyên."
            ),
            Img(
                f"{UP}/10/hoi-nghi-chuyen-doi-so.jpg",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "em",
            ),
            _p(
                "Năm học mới, ngành tập trung mở rộng học bạ số cấp THPT, số hóa văn bằng, chứng"
                " chỉ và tăng cường bảo đảm an toàn thông tin. Xem thêm kết quả năm học trước tại"
                " bài viết đã đăng."
            ),
            Raw('<p style="text-align: right;"><strong>Lê Văn Tiến</strong></p>'),
        ],
        authors=["Lê Văn Tiến"],
        opts={"when": datetime(2026, 10, 21, 16, 40), "tags": ["chuyển đổi số"], "ck": True},
    ),
]

STORIES.sort(key=lambda s: s.opts["when"], reverse=True)
_BY_ID = {s.id: s for s in STORIES}
#: an old article linked from the text of 4476 that was deleted: a soft 404
GONE_ID = 4123
#: a phrase of an article's text the editor linked to another article (plain href, never rewritten)
BODY_LINKS = {4476: (GONE_ID, "bài viết đã đăng"), 4509: (4476, "điều chỉnh kế hoạch giáo dục")}


def in_cat(cat: int) -> list[Story]:
    return [s for s in STORIES if s.cat == str(cat)]


def article_path(story: Story) -> str:
    return f"{CTX}/tin-tuc/chi-tiet.xhtml?id={story.id}"


def session_path(target: str, sid: str = START_SID) -> str:
    """``target`` as the links of session ``sid`` print it (``;jsessionid`` before the query)."""
    path, sep, query = target.partition("?")
    return f"{path};jsessionid={sid}{sep}{query}"


# --------------------------------------------------------------------------- other content


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: date
    kind: str
    summary: str
    signer: str
    file_id: int


DOCS: list[Doc] = [
    Doc(612, "1902/SGDĐT-GDTrH", date(2026, 11, 23), "Công văn",
        "Hướng dẫn ôn tập, kiểm tra cuối học kỳ I cấp THPT năm học 2026 - 2027", "Phạm Văn Long", 9820),
    Doc(611, "1888/QĐ-SGDĐT", date(2026, 11, 20), "Quyết định",
        "Công nhận giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027", "Trần Thị Mai", 9816),
    Doc(609, "1847/SGDĐT-VP", date(2026, 11, 16), "Công văn",
        "Lịch nghỉ Tết Nguyên đán Đinh Mùi năm 2027", "Trần Thị Mai", 9790),
    Doc(605, "1820/KH-SGDĐT", date(2026, 11, 9), "Kế hoạch",
        "Tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học", "Phạm Văn Long", 9771),
    Doc(601, "1795/SGDĐT-GDMN", date(2026, 11, 2), "Công văn",
        "Tăng cường công tác bảo đảm an toàn cho trẻ trong mùa mưa lũ", "Nguyễn Hữu Phước", 9760),
    Doc(598, "1760/SGDĐT-KHTC", date(2026, 10, 28), "Công văn",
        "Hướng dẫn thu, sử dụng học phí năm học 2026 - 2027", "Nguyễn Hữu Phước", 9742),
    Doc(594, "1733/KH-SGDĐT", date(2026, 10, 20), "Kế hoạch",
        "Chuyển đổi số ngành Giáo dục năm học 2026 - 2027", "Phạm Văn Long", 9731),
    Doc(590, "1702/SGDĐT-TCCB", date(2026, 10, 13), "Công văn",
        "Rà soát, bổ sung quy hoạch cán bộ quản lý các trường trực thuộc", "Trần Thị Mai", 9719),
    Doc(587, "1688/QĐ-SGDĐT", date(2026, 10, 8), "Quyết định",
        "Thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12", "Phạm Văn Long", 9702),
    Doc(583, "1650/SGDĐT-GDTrH", date(2026, 9, 30), "Công văn",
        "Tổ chức dạy học nội dung giáo dục địa phương cấp THCS, THPT", "Phạm Văn Long", 9690),
    Doc(579, "1611/SGDĐT-VP", date(2026, 9, 22), "Công văn",
        "Thực hiện chế độ báo cáo định kỳ năm học 2026 - 2027", "Trần Thị Mai", 9671),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

ABOUT: dict[int, tuple[str, list[str]]] = {
    1: ("Chức năng, nhiệm vụ", [
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Đồng, tham mưu,"
        " giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ"
        " chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn,"
        " thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    ]),
    2: ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài"
        " chính, Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học, Phòng Quản lý chất"
        " lượng.",
    ]),
    3: ("Lãnh đạo Sở", [
        "Giám đốc: Trần Thị Mai. Điện thoại: 0263 3822 xxx.",
        "Phó Giám đốc: Phạm Văn Long, Nguyễn Hữu Phước.",
    ]),
}  # fmt: skip

ALBUMS: dict[int, tuple[str, list[tuple[str, str]]]] = {
    21: ("Hội thi giáo viên dạy giỏi THCS cấp tỉnh", [
        ("gvdg-1.jpg", "Khai mạc hội thi"), ("gvdg-2.jpg", "Tiết dạy môn Toán"),
        ("gvdg-3.jpg", "Ban Giám khảo chấm thi"), ("gvdg-4.jpg", "Trao giải"),
    ]),
    20: ("Ngày hội STEM Trường THPT Bùi Thị Xuân", [
        ("stem-1.jpg", "Gian trưng bày của khối 10"), ("stem-2.jpg", "Thử thách lắp ráp robot"),
        ("stem-3.jpg", "Học sinh giới thiệu sản phẩm"),
    ]),
}  # fmt: skip

LINKS = [
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
    ("Cổng TTĐT tỉnh Lâm Đồng", "https://lamdong.gov.vn"),
    ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
    ("Trường THPT chuyên Thăng Long", "https://thptchuyenthanglong.edu.vn"),
]

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


# --------------------------------------------------------------------------- helpers


def _h(digest_seed: str, n: int = 8) -> int:
    return int.from_bytes(hashlib.sha1(digest_seed.encode()).digest()[:n], "big", signed=True)


def _view_state(seed: str) -> str:
    """Mojarra's server-side state key: ``<view id>:<sequence>``."""
    return f"{_h('vs1' + seed)}:{_h('vs2' + seed)}"


def _form(fid: str, action: str, inner: str, seed: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return (
        f'<form id="{fid}" name="{fid}" method="post" action="{action}"{c}'
        ' enctype="application/x-www-form-urlencoded">\n'
        f'<input type="hidden" name="{fid}" value="{fid}" />\n{inner}\n'
        '<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0"'
        f' value="{_view_state(seed + fid)}" autocomplete="off" />\n</form>'
    )


def _link(target: str) -> str:
    """An ``h:link`` / ``h:outputLink`` href: encoded by ``encodeURL`` (the session marker)."""
    path, sep, query = target.partition("?")
    return esc(f"{path}{S}{sep}{query}")


def _ck(markup: str) -> str:
    """CKEditor ``entities_latin``: Latin-1 letters as named entities, other letters raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 0xA0 <= ord(ch) <= 0xFF else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _d(when: datetime) -> str:
    return when.strftime("%d/%m/%Y")


def _dt(when: datetime) -> str:
    return when.strftime("%d/%m/%Y %H:%M")


def _thumb(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else f"{CTX}/resources/images/no-image.jpg"


def _lead(story: Story) -> str:
    text = story.summary or story.paragraphs[0]
    words = text.split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def _panel(pid: str, title: str, content: str, cls: str = "") -> str:
    """A ``p:panel``: titlebar + content."""
    extra = f" {cls}" if cls else ""
    return f"""<div id="{pid}" class="ui-panel ui-widget ui-widget-content ui-corner-all{extra}" data-widget="widget_{pid.replace(":", "_")}">
<div id="{pid}_header" class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">{esc(title)}</span></div>
<div id="{pid}_content" class="ui-panel-content ui-widget-content">
{content}
</div></div>"""


def _paginator(pid: str, page: int, pages: int) -> str:
    """PrimeFaces' client-side paginator: every link is ``href="#"``."""

    def state(disabled: bool) -> str:
        return " ui-state-disabled" if disabled else ""

    nums = "".join(
        f'<a href="#" class="ui-paginator-page ui-state-default{" ui-state-active" if n == page else ""}'
        f' ui-corner-all" aria-label="Page {n}" tabindex="0">{n}</a>'
        for n in range(1, pages + 1)
    )
    return (
        f'<div id="{pid}_paginator_bottom" class="ui-paginator ui-paginator-bottom ui-widget-header'
        ' ui-corner-bottom" role="navigation" aria-label="Pagination">'
        f'<span class="ui-paginator-current">({page} / {pages})</span>'
        f'<a href="#" class="ui-paginator-first ui-state-default ui-corner-all{state(page == 1)}"'
        ' aria-label="First Page" tabindex="-1"><span class="ui-icon ui-icon-seek-first">F</span></a>'
        f'<a href="#" class="ui-paginator-prev ui-state-default ui-corner-all{state(page == 1)}"'
        ' aria-label="Previous Page" tabindex="-1"><span class="ui-icon ui-icon-seek-prev">P</span></a>'
        f'<span class="ui-paginator-pages">{nums}</span>'
        f'<a href="#" class="ui-paginator-next ui-state-default ui-corner-all{state(page == pages)}"'
        ' aria-label="Next Page" tabindex="0"><span class="ui-icon ui-icon-seek-next">N</span></a>'
        f'<a href="#" class="ui-paginator-last ui-state-default ui-corner-all{state(page == pages)}"'
        ' aria-label="Last Page" tabindex="0"><span class="ui-icon ui-icon-seek-end">E</span></a>'
        "</div>"
    )


def _fallback_pager(base: str, page: int, pages: int) -> str:
    """The vendor's SEO pager: "‹ Trước", current ± 1, "Sau ›" (no first/last links)."""
    if pages <= 1 or page > pages:
        return ""
    items = []
    if page > 1:
        items.append(
            f'<li class="truoc"><a href="{_link(f"{base}&trang={page - 1}")}">‹ Trước</a></li>'
        )
    for n in range(max(1, page - 1), min(pages, page + 1) + 1):
        if n == page:
            items.append(f'<li class="hien-tai"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{_link(f"{base}&trang={n}")}">{n}</a></li>')
    if page < pages:
        items.append(
            f'<li class="sau"><a href="{_link(f"{base}&trang={page + 1}")}">Sau ›</a></li>'
        )
    return '<ul class="phan-trang">' + "".join(items) + "</ul>"


def _pages(n: int, rows: int) -> int:
    return max(1, -(-n // rows))


# --------------------------------------------------------------------------- page chrome


def _menu() -> str:
    def item(label: str, target: str) -> str:
        return (
            f'<li class="ui-menuitem ui-widget ui-corner-all" role="menuitem"><a tabindex="-1"'
            f' class="ui-menuitem-link ui-corner-all" href="{_link(target)}">'
            f'<span class="ui-menuitem-text">{esc(label)}</span></a></li>'
        )

    def column(title: str, items: list[tuple[str, str]]) -> str:
        return (
            '<td><ul class="ui-menu-list ui-helper-reset">'
            f'<li class="ui-widget-header ui-corner-all"><h3>{esc(title)}</h3></li>'
            + "".join(item(label, t) for label, t in items)
            + "</ul></td>"
        )

    def parent(label: str, cols: list[str]) -> str:
        return (
            '<li class="ui-widget ui-menuitem ui-corner-all ui-menu-parent" role="menuitem"'
            ' aria-haspopup="true"><a href="#" class="ui-menuitem-link ui-submenu-link ui-corner-all"'
            f' tabindex="-1"><span class="ui-menuitem-text">{esc(label)}</span>'
            '<span class="ui-icon ui-icon-triangle-1-s"></span></a>'
            '<div class="ui-megamenu-panel ui-menu-list ui-helper-reset ui-widget-content ui-corner-all'
            ' ui-helper-clearfix ui-menu-child ui-shadow" role="menu"><table><tbody><tr>'
            + "".join(cols)
            + "</tr></tbody></table></div></li>"
        )

    about = [(t, f"{CTX}/gioi-thieu.xhtml?muc={k}") for k, (t, _) in ABOUT.items()]
    news = [(name, f"{CTX}/tin-tuc.xhtml?danhMuc={k}") for k, name in CATS.items()]
    media = [("Album ảnh", f"{CTX}/album-anh.xhtml"), ("Hỏi đáp", f"{CTX}/hoi-dap.xhtml")]
    docs = [
        ("Văn bản chỉ đạo", f"{CTX}/van-ban.xhtml"),
        ("Lịch công tác", f"{CTX}/lich-cong-tac.xhtml"),
    ]
    inner = (
        '<div id="frmMenu:mnuChinh" class="ui-menu ui-menubar ui-megamenu ui-widget ui-widget-content'
        ' ui-corner-all ui-helper-clearfix" role="menubar"><div tabindex="0"'
        ' class="ui-helper-hidden-accessible"></div><ul role="menubar">'
        + item("Trang chủ", START_PATH)
        + parent("Giới thiệu", [column("Giới thiệu", about)])
        + parent("Tin tức", [column("Tin tức", news), column("Thư viện", media)])
        + parent("Văn bản", [column("Văn bản - Lịch", docs)])
        + item("Liên hệ", f"{CTX}/lien-he.xhtml")
        + "</ul></div>"
        '<script id="frmMenu:mnuChinh_s" type="text/javascript">$(function(){PrimeFaces.cw("MegaMenu",'
        '"widget_frmMenu_mnuChinh",{id:"frmMenu:mnuChinh",autoDisplay:true});});</script>'
    )
    return inner


def _sidebar(seed: str) -> str:
    latest = "".join(
        f'<li><a href="{_link(article_path(s))}">{esc(s.title)}</a>'
        f' <span class="ngay">({_d(s.opts["when"])})</span></li>'
        for s in STORIES[:5]
    )
    docs = "".join(
        f'<li><a href="{_link(f"{CTX}/van-ban/chi-tiet.xhtml?id={d.id}")}">{esc(d.number)}</a>'
        f"<p>{esc(d.summary)}</p></li>"
        for d in DOCS[:3]
    )
    options = "".join(f'<option value="{esc(u)}">{esc(n)}</option>' for n, u in LINKS)
    items = "".join(
        f'<li class="ui-selectonemenu-item ui-selectonemenu-list-item ui-corner-all"'
        f' data-label="{esc(n)}" tabindex="-1" role="option">{esc(n)}</li>'
        for n, _ in LINKS
    )
    select = f"""<div id="j_idt70:somLienKet" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all" style="width:100%">
<div class="ui-helper-hidden-accessible"><input id="j_idt70:somLienKet_focus" name="j_idt70:somLienKet_focus" type="text" autocomplete="off" role="combobox" /></div>
<div class="ui-helper-hidden-accessible"><select id="j_idt70:somLienKet_input" name="j_idt70:somLienKet_input" tabindex="-1" onchange="if(this.value!=''){{window.open(this.value);}}"><option value="">-- Chọn liên kết --</option>{options}</select></div>
<label id="j_idt70:somLienKet_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all">-- Chọn liên kết --</label>
<div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div>
<div id="j_idt70:somLienKet_panel" class="ui-selectonemenu-panel ui-widget ui-widget-content ui-corner-all ui-helper-hidden ui-shadow"><div class="ui-selectonemenu-items-wrapper" style="height:auto"><ul id="j_idt70:somLienKet_items" class="ui-selectonemenu-items ui-selectonemenu-list ui-widget-content ui-widget ui-corner-all ui-helper-reset" role="listbox">{items}</ul></div></div></div>
<script id="j_idt70:somLienKet_s" type="text/javascript">$(function(){{PrimeFaces.cw("SelectOneMenu","widget_j_idt70_somLienKet",{{id:"j_idt70:somLienKet"}});}});</script>"""
    counter = (
        '<table class="thong-ke"><tr><td>Đang truy cập:</td><td>41</td></tr>'
        "<tr><td>Hôm nay:</td><td>1.296</td></tr><tr><td>Tháng này:</td><td>38.512</td></tr>"
        "<tr><td>Tổng lượt truy cập:</td><td>2.845.117</td></tr></table>"
    )
    banners = (
        '<div class="banner-phai">'
        f'<a href="https://dichvucong.lamdong.gov.vn" target="_blank"><img src="{CTX}/resources/images/banner-dvc.jpg" alt="Dịch vụ công trực tuyến" /></a>'
        f'<a href="https://tuyensinh.lamdong.edu.vn" target="_blank"><img src="{CTX}/resources/images/banner-tuyen-sinh.jpg" alt="Tuyển sinh đầu cấp" /></a>'
        "</div>"
    )
    return (
        _panel(
            "j_idt60:pnlTinMoi", "Tin mới nhất", f'<ul class="tin-moi">{latest}</ul>', "khung-phai"
        )
        + _panel(
            "j_idt60:pnlVanBanMoi",
            "Văn bản mới",
            f'<ul class="van-ban-moi">{docs}</ul>',
            "khung-phai",
        )
        + banners
        + _form(
            "j_idt70",
            f"{CTX}/trang-chu.xhtml{S}",
            _panel("j_idt70:pnlLienKet", "Liên kết website", select),
            seed,
        )
        + _panel("j_idt75:pnlThongKe", "Thống kê truy cập", counter, "khung-phai")
    )


def _marquee() -> str:
    notices = in_cat(7)
    links = " &nbsp;|&nbsp; ".join(
        f'<a href="{_link(article_path(s))}">{esc(s.title)}</a>' for s in notices
    )
    return (
        '<div class="thong-bao-chay"><span class="nhan">Thông báo:</span>'
        f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{links}</marquee></div>'
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = [
        '<li role="menuitem"><a tabindex="-1" class="ui-menuitem-link ui-corner-all ui-icon ui-icon-home"'
        f' href="{_link(START_PATH)}"><span class="ui-menuitem-text">Trang chủ</span></a></li>'
    ]
    for label, target in trail:
        parts.append('<li class="ui-breadcrumb-chevron ui-icon ui-icon-triangle-1-e"></li>')
        if target:
            parts.append(
                f'<li role="menuitem"><a tabindex="-1" class="ui-menuitem-link ui-corner-all"'
                f' href="{_link(target)}"><span class="ui-menuitem-text">{esc(label)}</span></a></li>'
            )
        else:
            parts.append(
                '<li role="menuitem"><span class="ui-menuitem-link ui-corner-all">'
                f'<span class="ui-menuitem-text">{esc(label)}</span></span></li>'
            )
    return (
        '<div id="frmDuongDan:bcDuongDan" class="ui-breadcrumb ui-module ui-widget ui-widget-header'
        ' ui-helper-clearfix ui-corner-all" role="menu"><ul>' + "".join(parts) + "</ul></div>"
    )


def _page(title: str, main: str, seed: str, og_url: str, trail: list | None = None,
          extra_head: str = "") -> str:  # fmt: skip
    res = f"{CTX}/javax.faces.resource"
    crumbs = _crumbs(trail) if trail is not None else ""
    search = (
        '<input id="j_idt12:txtTuKhoa" name="j_idt12:txtTuKhoa" type="text"'
        ' class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all"'
        ' placeholder="Nhập từ khóa tìm kiếm..." />'
        '<button id="j_idt12:btnTim" name="j_idt12:btnTim" class="ui-button ui-widget ui-state-default'
        ' ui-corner-all ui-button-icon-only" onclick="PrimeFaces.ab({s:&quot;j_idt12:btnTim&quot;,'
        'f:&quot;j_idt12&quot;});return false;" type="submit" role="button"><span class="ui-button-icon-left'
        ' ui-icon ui-c fa fa-search"></span><span class="ui-button-text ui-c">ui-button</span></button>'
    )
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head id="j_idt2">
<link type="text/css" rel="stylesheet" href="{res}/theme.css.xhtml{S}?ln=primefaces-sgd" />
<link type="text/css" rel="stylesheet" href="{res}/components.css.xhtml{S}?ln=primefaces&amp;v=6.2" />
<link type="text/css" rel="stylesheet" href="{res}/css/giaodien.css.xhtml{S}" />
<script type="text/javascript" src="{res}/jquery/jquery.js.xhtml{S}?ln=primefaces&amp;v=6.2"></script>
<script type="text/javascript" src="{res}/core.js.xhtml{S}?ln=primefaces&amp;v=6.2"></script>
<script type="text/javascript" src="{res}/components.js.xhtml{S}?ln=primefaces&amp;v=6.2"></script>
<script type="text/javascript" src="{res}/jsf.js.xhtml{S}?ln=javax.faces"></script>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:url" content="{esc(og_url)}" />
<meta property="og:site_name" content="{esc(SITE)}" />
{extra_head}<title>{esc(title)} - {esc(SHORT)}</title>
<link rel="shortcut icon" href="{CTX}/resources/images/favicon.ico" />
<script type="text/javascript">if(window.PrimeFaces){{PrimeFaces.settings.locale='vi_VN';}}</script>
</head><body class="giao-dien-sgd">
<div class="bao-ngoai">
<div id="dau-trang" class="dau-trang">
<div class="thanh-tren"><span class="ngay-hien-tai">{TODAY}</span>
<span class="lien-ket-tren"><a href="{_link(f"{CTX}/dang-nhap.xhtml")}">Đăng nhập</a> | <a href="{_link(f"{CTX}/lien-he.xhtml")}">Liên hệ</a></span></div>
<a href="{CTX}/trang-chu.xhtml" class="logo"><img src="{CTX}/resources/images/banner-sgd-lamdong.jpg" alt="{esc(SITE)}" /></a>
{_form("j_idt12", f"{CTX}/trang-chu.xhtml{S}", search, seed, "tim-kiem-dau")}
</div>
{_form("frmMenu", f"{CTX}/trang-chu.xhtml{S}", _menu(), seed)}
{_marquee()}
<div class="than-trang">
<div class="cot-chinh">
{crumbs}
{main}
</div>
<div class="cot-phai">
{_sidebar(seed)}
</div>
</div>
<div id="chan-trang" class="chan-trang">
<div class="menu-chan"><a href="{CTX}/trang-chu.xhtml">Trang chủ</a> | <a href="{CTX}/gioi-thieu.xhtml?muc=1">Giới thiệu</a> | <a href="{CTX}/lien-he.xhtml">Liên hệ</a></div>
<p><strong>Cơ quan chủ quản: {esc(SITE.upper())}</strong></p>
<p>Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng. Điện thoại: 0263 3822 xxx - Đường dây nóng: 0263 3555 xxx</p>
<p>Email: sgddt@lamdong.gov.vn. Chịu trách nhiệm chính: Trần Thị Mai - Giám đốc Sở</p>
<p>Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lâm Đồng cấp ngày 12/03/2021.</p>
<p class="ban-quyen">Ghi rõ nguồn “{esc(SHORT)}” khi phát hành lại thông tin từ website này. Thiết kế bởi Công ty CP Giải pháp Phần mềm Cao Nguyên.</p>
</div>
</div>
</body></html>"""


# --------------------------------------------------------------------------- articles


def _block(block, story: Story) -> str:
    if isinstance(block, Raw):
        return block.html
    if isinstance(block, P):
        t = esc(block.text)
        if block.style == "li":
            return f"<li>{t}</li>"
        if block.style == "b":
            return f"<p><strong>{t}</strong></p>"
        if story.id in BODY_LINKS and BODY_LINKS[story.id][1] in block.text:
            target, phrase = BODY_LINKS[story.id]
            t = t.replace(
                esc(phrase), f'<a href="{CTX}/tin-tuc/chi-tiet.xhtml?id={target}">{esc(phrase)}</a>'
            )
        return f'<p style="text-align: justify;">{t}</p>'
    img = block
    out = (
        f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}"'
        ' style="width: 600px; height: 400px;" /></p>'
    )
    if img.printed is not None:
        if img.style == "span":
            out += (
                f'\n<p style="text-align: center;"><span style="font-size:12px;"><i>{esc(img.printed)}'
                "</i></span></p>"
            )
        else:
            out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _body(story: Story) -> str:
    parts: list[str] = []
    in_list = False
    for b in story.blocks:
        is_li = isinstance(b, P) and b.style == "li"
        if is_li and not in_list:
            parts.append("<ul>")
        if in_list and not is_li:
            parts.append("</ul>")
        in_list = is_li
        parts.append(_block(b, story))
    if in_list:
        parts.append("</ul>")
    markup = "\n".join(parts)
    return _ck(markup) if story.opts.get("ck") else markup


def _related(story: Story) -> list[Story]:
    same = [s for s in in_cat(int(story.cat)) if s.id != story.id]
    return same[:4]


def _article(story: Story, seed: str, og_url: str, base: str) -> str:
    when = story.opts["when"]
    cat = int(story.cat)
    share = quote(f"{base}{article_path(story)}", safe="")
    files = ""
    if story.opts.get("files"):
        rows = "".join(
            f'<li><i class="fa fa-paperclip"></i> <a href="{_link(f"{CTX}/DownloadServlet?fileId={fid}")}"'
            f' target="_blank">{esc(name)}</a> <span class="dung-luong">({kb} KB)</span></li>'
            for name, fid, kb in story.opts["files"]
        )
        files = (
            f'<div id="frmChiTiet:pnlDinhKem" class="dinh-kem"><span class="nhan-dinh-kem">Tài liệu'
            f" đính kèm:</span><ul>{rows}</ul></div>"
        )
    tags = "".join(
        f'<a href="{_link(f"{CTX}/tim-kiem.xhtml?tuKhoa={quote(t)}")}" class="tu-khoa">{esc(t)}</a> '
        for t in story.opts.get("tags", [])
    )
    sapo = (
        f'<div id="frmChiTiet:pnlTomTat" class="tom-tat"><b>{esc(story.summary)}</b></div>'
        if story.summary
        else ""
    )
    related = "".join(
        f'<li><a href="{_link(article_path(r))}">{esc(r.title)}</a>'
        f' <span class="ngay-dang">({_d(r.opts["when"])})</span></li>'
        for r in _related(story)
    )
    inner = f"""<div id="frmChiTiet:pnlTieuDe" class="khung-tieu-de">
<span class="tieu-de-tin">{esc(story.title)}</span>
</div>
<div id="frmChiTiet:pnlThongTin" class="thong-tin-tin">
<span class="ngay-cap-nhat"><i class="fa fa-clock-o"></i> Ngày cập nhật: {_dt(when)}</span>
<span class="cong-cu"><a href="#" onclick="window.print();return false;" title="In bài viết"><i class="fa fa-print"></i> In bài</a>
<a id="frmChiTiet:lnkCoChu" href="#" onclick="mojarra.jsfcljs(document.getElementById('frmChiTiet'),{{'frmChiTiet:lnkCoChu':'frmChiTiet:lnkCoChu'}},'');return false">A+</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="chia-se">Chia sẻ</a></span>
</div>
{sapo}
<div id="frmChiTiet:pnlNoiDung" class="noi-dung-tin">
{_body(story)}
</div>
{files}
<div id="frmChiTiet:pnlCuoiBai" class="cuoi-bai"><span class="luot-xem">Lượt xem: {story.views()}</span>
<span class="tu-khoa-tin">Từ khóa: {tags}</span></div>"""
    main = _form("frmChiTiet", _link(article_path(story)), inner, seed, "chi-tiet-tin")
    main += "\n" + _panel(
        "j_idt95:pnlTinLienQuan", "Các tin liên quan", f'<ul class="tin-lien-quan">{related}</ul>'
    )
    trail = [("Tin tức", None), (CATS[cat], f"{CTX}/tin-tuc.xhtml?danhMuc={cat}")]
    return _page("Chi tiết tin", main, seed, og_url, trail)


def _soft_404(seed: str, og_url: str) -> str:
    main = (
        '<div id="frmChiTiet:pnlThongBao" class="ui-messages ui-widget"><div class="ui-messages-warn'
        ' ui-corner-all"><span class="ui-messages-warn-icon"></span><ul><li><span'
        ' class="ui-messages-warn-summary">Tin bài không tồn tại hoặc đã bị xóa.</span></li></ul>'
        f'</div></div><p><a href="{_link(START_PATH)}">Quay lại trang chủ</a></p>'
    )
    return _page("Chi tiết tin", main, seed, og_url, [("Tin tức", None)])


# --------------------------------------------------------------------------- listings


def _item(s: Story) -> str:
    return (
        f'<li class="ui-datalist-item"><div class="tin-item">'
        f'<a href="{_link(article_path(s))}" class="anh-dai-dien"><img src="{esc(_thumb(s))}" alt="{esc(s.title)}" /></a>'
        f'<h3 class="tieu-de"><a href="{_link(article_path(s))}">{esc(s.title)}</a></h3>'
        f'<span class="ngay-dang"><i class="fa fa-calendar"></i> {_d(s.opts["when"])}</span>'
        f'<p class="mo-ta">{esc(_lead(s))}</p></div></li>'
    )


def _datalist_items(stories: list[Story]) -> str:
    if not stories:
        return '<div class="ui-datalist-empty-message">Không có dữ liệu.</div>'
    return (
        '<ul id="frmDanhSach:dlTin_list" class="ui-datalist-data">'
        + "".join(_item(s) for s in stories)
        + "</ul>"
    )


def _listing(cat: int, page: int, seed: str, og_url: str) -> str:
    stories = in_cat(cat)
    pages = _pages(len(stories), ROWS)
    chunk = stories[(page - 1) * ROWS : page * ROWS]
    inner = f"""<div class="tieu-de-danh-muc"><h2>{esc(CATS[cat])}</h2></div>
<div id="frmDanhSach:dlTin" class="ui-datalist ui-widget danh-sach-tin">
<div id="frmDanhSach:dlTin_content" class="ui-datalist-content ui-widget-content">
{_datalist_items(chunk)}
</div>
{_paginator("frmDanhSach:dlTin", min(page, pages), pages)}
</div>
<script id="frmDanhSach:dlTin_s" type="text/javascript">$(function(){{PrimeFaces.cw("DataList","widget_frmDanhSach_dlTin",{{id:"frmDanhSach:dlTin",paginator:{{id:['frmDanhSach:dlTin_paginator_bottom'],rows:{ROWS},rowCount:{len(stories)},page:{page - 1},currentPageTemplate:'({{currentPage}} / {{totalPages}})',pageLinks:10}}}});}});</script>
{_fallback_pager(f"{CTX}/tin-tuc.xhtml?danhMuc={cat}", page, pages)}"""
    main = _form("frmDanhSach", _link(f"{CTX}/tin-tuc.xhtml?danhMuc={cat}"), inner, seed)
    return _page(CATS[cat], main, seed, og_url, [("Tin tức", None), (CATS[cat], None)])


def _partial(cat: int, first: int, seed: str) -> str:
    stories = in_cat(cat)[first : first + ROWS]
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id=\"j_id1\"><changes>"
        f'<update id="frmDanhSach:dlTin"><![CDATA[{_datalist_items(stories)}]]></update>'
        f'<update id="j_id1:javax.faces.ViewState:0"><![CDATA[{_view_state(seed + str(first))}]]></update>'
        "</changes></partial-response>"
    )


def _home(seed: str, og_url: str) -> str:
    lead = STORIES[0]
    tabs, panels = [], []
    for n, (cat, name) in enumerate(CATS.items()):
        active = n == 0
        tabs.append(
            f'<li class="ui-tabs-header ui-state-default{" ui-tabs-selected ui-state-active" if active else ""}'
            f' ui-corner-top" role="tab" aria-expanded="{str(active).lower()}" aria-selected="{str(active).lower()}">'
            f'<a href="#frmTrangChu:tabTin:tab{cat}" tabindex="-1">{esc(name)}</a></li>'
        )
        rows = "".join(
            f'<li><a href="{_link(article_path(s))}">{esc(s.title)}</a> <span class="ngay">{_d(s.opts["when"])}</span></li>'
            for s in in_cat(cat)[:4]
        )
        more = f'<a class="xem-them" href="{_link(f"{CTX}/tin-tuc.xhtml?danhMuc={cat}")}">Xem thêm »</a>'
        panels.append(
            f'<div id="frmTrangChu:tabTin:tab{cat}" class="ui-tabs-panel ui-widget-content ui-corner-bottom'
            f'{"" if active else " ui-helper-hidden"}" role="tabpanel" aria-hidden="{str(not active).lower()}">'
            f'<ul class="ds-tin-tab">{rows}</ul>{more}</div>'
        )
    tabview = (
        '<div id="frmTrangChu:tabTin" class="ui-tabs ui-widget ui-widget-content ui-corner-all'
        ' ui-hidden-container ui-tabs-top" data-widget="widget_frmTrangChu_tabTin">'
        '<ul class="ui-tabs-nav ui-helper-reset ui-widget-header ui-corner-all" role="tablist">'
        + "".join(tabs)
        + '</ul><div class="ui-tabs-panels">'
        + "".join(panels)
        + '</div><input type="hidden" id="frmTrangChu:tabTin_activeIndex" name="frmTrangChu:tabTin_activeIndex" value="0" autocomplete="off" /></div>'
        '<script id="frmTrangChu:tabTin_s" type="text/javascript">$(function(){PrimeFaces.cw("TabView",'
        '"widget_frmTrangChu_tabTin",{id:"frmTrangChu:tabTin",effectDuration:"normal",scrollable:false});});</script>'
    )
    featured = (
        f'<div class="tin-noi-bat"><a href="{_link(article_path(lead))}"><img src="{esc(_thumb(lead))}" alt="" /></a>'
        f'<h2><a href="{_link(article_path(lead))}">{esc(lead.title)}</a></h2>'
        f'<span class="ngay-dang">{_dt(lead.opts["when"])}</span><p>{esc(_lead(lead))}</p></div>'
    )
    albums = "".join(
        f'<div class="album-item"><a href="{_link(f"{CTX}/album-anh/chi-tiet.xhtml?id={aid}")}">'
        f'<img src="{CTX}/upload/album/{aid}/{photos[0][0]}" alt="" /><span>{esc(title)}</span></a></div>'
        for aid, (title, photos) in ALBUMS.items()
    )
    inner = featured + tabview + _panel("frmTrangChu:pnlAlbum", "Album ảnh", albums, "khung-album")
    main = _form("frmTrangChu", _link(START_PATH), inner, seed)
    return _page("Trang chủ", main, seed, og_url, None)


# --------------------------------------------------------------------------- non-articles


def _about(muc: int, seed: str, og_url: str) -> str:
    title, paras = ABOUT[muc]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f'<div class="trang-tinh"><h2 class="tieu-de-trang">{esc(title)}</h2>{body}</div>'
    return _page(title, main, seed, og_url, [("Giới thiệu", None), (title, None)])


def _doc_table(page: int, seed: str, og_url: str) -> str:
    pages = _pages(len(DOCS), DOC_ROWS)
    chunk = DOCS[(page - 1) * DOC_ROWS : page * DOC_ROWS]
    rows = "".join(
        f'<tr data-ri="{i}" class="ui-widget-content ui-datatable-{"even" if i % 2 == 0 else "odd"}" role="row">'
        f'<td role="gridcell">{esc(d.number)}</td><td role="gridcell">{d.issued:%d/%m/%Y}</td>'
        f'<td role="gridcell">{esc(d.kind)}</td>'
        f'<td role="gridcell"><a href="{_link(f"{CTX}/van-ban/chi-tiet.xhtml?id={d.id}")}">{esc(d.summary)}</a></td>'
        f'<td role="gridcell"><a href="{_link(f"{CTX}/DownloadServlet?fileId={d.file_id}")}" title="Tải về">'
        '<i class="fa fa-download"></i></a></td></tr>'
        for i, d in enumerate(chunk)
    )
    head = "".join(
        f'<th class="ui-state-default" role="columnheader"><span class="ui-column-title">{h}</span></th>'
        for h in ("Số/Ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Tải về")
    )
    inner = f"""<h2 class="tieu-de-trang">Văn bản chỉ đạo, điều hành</h2>
<div id="frmVanBan:dtVanBan" class="ui-datatable ui-widget">
<div class="ui-datatable-tablewrapper"><table role="grid"><thead id="frmVanBan:dtVanBan_head"><tr role="row">{head}</tr></thead>
<tbody id="frmVanBan:dtVanBan_data" class="ui-datatable-data ui-widget-content">{rows}</tbody></table></div>
{_paginator("frmVanBan:dtVanBan", page, pages)}
</div>
{_fallback_pager(f"{CTX}/van-ban.xhtml?loai=0", page, pages)}"""
    main = _form("frmVanBan", _link(f"{CTX}/van-ban.xhtml"), inner, seed)
    return _page("Văn bản", main, seed, og_url, [("Văn bản chỉ đạo", None)])


def _doc_page(doc: Doc, seed: str, og_url: str) -> str:
    fields = [
        ("Số/Ký hiệu", esc(doc.number)),
        ("Ngày ban hành", f"{doc.issued:%d/%m/%Y}"),
        ("Loại văn bản", esc(doc.kind)),
        ("Cơ quan ban hành", esc(SITE)),
        ("Người ký", esc(doc.signer)),
        ("Trích yếu", esc(doc.summary)),
        (
            "Tệp đính kèm",
            f'<a href="{_link(f"{CTX}/DownloadServlet?fileId={doc.file_id}")}">'
            f"{esc(doc.number.replace('/', '-'))}.pdf</a>",
        ),
    ]
    rows = "".join(f'<tr><td class="nhan">{k}</td><td>{v}</td></tr>' for k, v in fields)
    main = (
        f'<div id="frmVanBan:pnlChiTiet" class="chi-tiet-van-ban"><table class="bang-van-ban">{rows}</table>'
        f'<p><a href="{_link(f"{CTX}/van-ban.xhtml")}">« Quay lại danh sách</a></p></div>'
    )
    return _page("Chi tiết văn bản", main, seed, og_url,
                 [("Văn bản chỉ đạo", f"{CTX}/van-ban.xhtml"), (doc.number, None)])  # fmt: skip


def _shift_week(tuan: int, nam: int, delta: int) -> tuple[int, int]:
    monday = date.fromisocalendar(nam, tuan, 1) + timedelta(weeks=delta)
    y, w, _ = monday.isocalendar()
    return w, y


def _schedule(tuan: int, nam: int, seed: str, og_url: str) -> str:
    monday = date.fromisocalendar(nam, tuan, 1)
    rows = []
    for i in range(5):
        day = monday + timedelta(days=i)
        if day == date(2026, 11, 23):
            work = "Giám đốc Sở họp giao ban lãnh đạo Sở; Phó Giám đốc Phạm Văn Long dự hội nghị tại UBND tỉnh."
        elif day == date(2026, 11, 24):
            work = "Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS (14h00, Hội trường Sở)."
        elif day == date(2026, 11, 26):
            work = "Kiểm tra công tác bán trú tại các trường PT DTNT (cả ngày)."
        else:
            work = "Làm việc tại cơ quan."
        rows.append(
            f'<tr class="ui-widget-content"><td>{WEEKDAYS[i]}<br />{day:%d/%m/%Y}</td><td>{esc(work)}</td></tr>'
        )
    prev_w, prev_y = _shift_week(tuan, nam, -1) if nam > 1900 or tuan > 1 else (tuan, nam)
    next_w, next_y = _shift_week(tuan, nam, 1)
    nav = ""
    if (prev_w, prev_y) != (tuan, nam):
        nav += (
            f'<a id="frmLich:lnkTuanTruoc" href="#" onclick="mojarra.jsfcljs(document.getElementById(\'frmLich\'),'
            f"{{'frmLich:lnkTuanTruoc':'frmLich:lnkTuanTruoc','tuan':'{prev_w}','nam':'{prev_y}'}},'');return false\">« Tuần trước</a> "
            f'<a class="lien-ket-tuan" href="{_link(f"{CTX}/lich-cong-tac.xhtml?tuan={prev_w}&nam={prev_y}")}">‹ Tuần trước</a> '
        )
    if next_y <= 2999:
        nav += (
            f'<a id="frmLich:lnkTuanSau" href="#" onclick="mojarra.jsfcljs(document.getElementById(\'frmLich\'),'
            f"{{'frmLich:lnkTuanSau':'frmLich:lnkTuanSau','tuan':'{next_w}','nam':'{next_y}'}},'');return false\">Tuần sau »</a> "
            f'<a class="lien-ket-tuan" href="{_link(f"{CTX}/lich-cong-tac.xhtml?tuan={next_w}&nam={next_y}")}">Tuần sau ›</a>'
        )
    inner = (
        f'<h2 class="tieu-de-trang">Lịch công tác tuần {tuan} năm {nam}</h2>'
        f'<p class="tu-ngay">Từ ngày {monday:%d/%m/%Y} đến ngày {monday + timedelta(days=6):%d/%m/%Y}</p>'
        f'<div class="dieu-huong-tuan">{nav}</div>'
        '<div id="frmLich:dtLich" class="ui-datatable ui-widget"><table role="grid"><thead><tr>'
        '<th class="ui-state-default">Thứ/Ngày</th><th class="ui-state-default">Nội dung công việc</th>'
        f'</tr></thead><tbody class="ui-datatable-data ui-widget-content">{"".join(rows)}</tbody></table></div>'
    )
    main = _form("frmLich", _link(f"{CTX}/lich-cong-tac.xhtml"), inner, seed)
    return _page("Lịch công tác", main, seed, og_url, [("Lịch công tác", None)])


QA = [
    ("Học sinh chuyển trường giữa học kỳ cần những hồ sơ gì?",
     "Hồ sơ gồm đơn xin chuyển trường, học bạ, giấy giới thiệu chuyển trường và bản sao giấy khai sinh."),
    ("Điều kiện miễn học phí đối với học sinh THPT năm học 2026 - 2027?",
     "Thực hiện theo Nghị quyết của HĐND tỉnh; học sinh THPT công lập được miễn học phí."),
    ("Thời gian đăng ký dự thi học sinh giỏi cấp tỉnh?",
     "Các trường đăng ký qua hệ thống quản lý thi trước ngày 20/11 hằng năm."),
]  # fmt: skip


def _qa(seed: str, og_url: str) -> str:
    tabs = "".join(
        f'<div id="frmHoiDap:accHoiDap:{i}" class="ui-accordion-header ui-helper-reset ui-state-default'
        f' ui-corner-all" role="tab"><span class="ui-icon ui-icon-triangle-1-e"></span>{esc(q)}</div>'
        f'<div id="frmHoiDap:accHoiDap:{i}_content" class="ui-accordion-content ui-helper-reset'
        f' ui-widget-content ui-helper-hidden" role="tabpanel"><p>{esc(a)}</p></div>'
        for i, (q, a) in enumerate(QA)
    )
    inner = (
        '<h2 class="tieu-de-trang">Hỏi đáp</h2>'
        f'<div id="frmHoiDap:accHoiDap" class="ui-accordion ui-widget ui-helper-reset ui-hidden-container" role="tablist">{tabs}</div>'
        '<fieldset class="gui-cau-hoi"><legend>Gửi câu hỏi</legend>'
        '<label>Họ tên</label><input name="frmHoiDap:txtHoTen" type="text" class="ui-inputfield" />'
        '<label>Nội dung câu hỏi</label><textarea name="frmHoiDap:txtNoiDung" class="ui-inputtextarea"></textarea>'
        '<button name="frmHoiDap:btnGui" type="submit" class="ui-button">Gửi câu hỏi</button></fieldset>'
    )
    main = _form("frmHoiDap", _link(f"{CTX}/hoi-dap.xhtml"), inner, seed)
    return _page("Hỏi đáp", main, seed, og_url, [("Hỏi đáp", None)])


def _album_list(seed: str, og_url: str) -> str:
    items = "".join(
        f'<div class="ui-datagrid-column ui-g-4"><div class="album-item">'
        f'<a href="{_link(f"{CTX}/album-anh/chi-tiet.xhtml?id={aid}")}"><img src="{CTX}/upload/album/{aid}/{photos[0][0]}" alt="" /></a>'
        f'<h4><a href="{_link(f"{CTX}/album-anh/chi-tiet.xhtml?id={aid}")}">{esc(title)}</a></h4>'
        f"<span>{len(photos)} ảnh</span></div></div>"
        for aid, (title, photos) in ALBUMS.items()
    )
    main = (
        '<h2 class="tieu-de-trang">Album ảnh</h2><div id="frmAlbum:dgAlbum" class="ui-datagrid ui-widget">'
        f'<div class="ui-datagrid-content ui-widget-content"><div class="ui-g">{items}</div></div></div>'
    )
    return _page("Album ảnh", _form("frmAlbum", _link(f"{CTX}/album-anh.xhtml"), main, seed),
                 seed, og_url, [("Album ảnh", None)])  # fmt: skip


def _album(aid: int, seed: str, og_url: str) -> str:
    title, photos = ALBUMS[aid]
    panels = "".join(
        f'<li class="ui-galleria-panel{"" if i == 0 else " ui-helper-hidden"}">'
        f'<img src="{CTX}/upload/album/{aid}/{f}" alt="{esc(c)}" title="{esc(c)}" /></li>'
        for i, (f, c) in enumerate(photos)
    )
    main = (
        f'<h2 class="tieu-de-trang">{esc(title)}</h2>'
        f'<div id="frmAlbum:galAnh" class="ui-galleria ui-widget ui-widget-content ui-corner-all" style="width:640px">'
        f'<ul class="ui-galleria-panel-wrapper">{panels}</ul></div>'
        '<script id="frmAlbum:galAnh_s" type="text/javascript">$(function(){PrimeFaces.cw("Galleria",'
        '"widget_frmAlbum_galAnh",{id:"frmAlbum:galAnh",showCaption:true,transitionInterval:4000});});</script>'
        f'<p><a href="{_link(f"{CTX}/album-anh.xhtml")}">« Các album khác</a></p>'
    )
    return _page(title, _form("frmAlbum", _link(f"{CTX}/album-anh/chi-tiet.xhtml?id={aid}"), main, seed),
                 seed, og_url, [("Album ảnh", f"{CTX}/album-anh.xhtml"), (title, None)])  # fmt: skip


def _contact(seed: str, og_url: str, sent: bool = False) -> str:
    msg = '<div class="ui-messages-info">Cảm ơn bạn đã gửi liên hệ.</div>' if sent else ""
    inner = (
        f'<h2 class="tieu-de-trang">Liên hệ</h2>{msg}<p><strong>{esc(SITE)}</strong></p>'
        "<p>Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263 3822 xxx - Fax: 0263 3822 yyy - Email: sgddt@lamdong.gov.vn</p>"
        '<table class="form-lien-he"><tr><td>Họ và tên (*)</td><td><input name="frmLienHe:txtHoTen" type="text" class="ui-inputfield" /></td></tr>'
        '<tr><td>Email (*)</td><td><input name="frmLienHe:txtEmail" type="text" class="ui-inputfield" /></td></tr>'
        '<tr><td>Nội dung (*)</td><td><textarea name="frmLienHe:txtNoiDung" class="ui-inputtextarea"></textarea></td></tr></table>'
        '<button name="frmLienHe:btnGui" type="submit" class="ui-button">Gửi liên hệ</button>'
    )
    main = _form("frmLienHe", _link(f"{CTX}/lien-he.xhtml"), inner, seed)
    return _page("Liên hệ", main, seed, og_url, [("Liên hệ", None)])


def _login(seed: str, og_url: str, failed: bool = False) -> str:
    msg = (
        '<div class="ui-messages-error">Tên đăng nhập hoặc mật khẩu không đúng.</div>'
        if failed
        else ""
    )
    inner = (
        f'<div id="frmDangNhap:pnlDangNhap" class="khung-dang-nhap"><h2>Đăng nhập hệ thống</h2>{msg}'
        '<label for="frmDangNhap:txtTenDangNhap">Tên đăng nhập</label>'
        '<input id="frmDangNhap:txtTenDangNhap" name="frmDangNhap:txtTenDangNhap" type="text" class="ui-inputfield ui-inputtext" />'
        '<label for="frmDangNhap:txtMatKhau">Mật khẩu</label>'
        '<input id="frmDangNhap:txtMatKhau" name="frmDangNhap:txtMatKhau" type="password" class="ui-inputfield ui-password" />'
        '<button id="frmDangNhap:btnDangNhap" name="frmDangNhap:btnDangNhap" type="submit" class="ui-button">Đăng nhập</button></div>'
    )
    main = _form("frmDangNhap", _link(f"{CTX}/dang-nhap.xhtml"), inner, seed)
    return _page("Đăng nhập", main, seed, og_url, [("Đăng nhập", None)])


def _search(keyword: str, seed: str, og_url: str) -> str:
    k = keyword.casefold()
    hits = [
        s
        for s in STORIES
        if k and (k in s.title.casefold() or any(k == t.casefold() for t in s.opts.get("tags", [])))
    ]
    rows = (
        "".join(_item(s) for s in hits)
        or '<li class="ui-datalist-empty-message">Không tìm thấy kết quả nào.</li>'
    )
    inner = (
        f'<h2 class="tieu-de-trang">Kết quả tìm kiếm: “{esc(keyword)}”</h2>'
        f'<p>Tìm thấy {len(hits)} kết quả.</p><ul class="ui-datalist-data">{rows}</ul>'
    )
    main = _form("frmTimKiem", _link(f"{CTX}/tim-kiem.xhtml"), inner, seed)
    return _page("Tìm kiếm", main, seed, og_url, [("Tìm kiếm", None)])


# --------------------------------------------------------------------------- gold


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[int(s.cat)], alt_paths=[session_path(article_path(s))])
    for s in STORIES
]

NON_ARTICLES: list[str] = [
    START_PATH,
    *(f"{CTX}/tin-tuc.xhtml?danhMuc={c}" for c in CATS),
    *(
        f"{CTX}/tin-tuc.xhtml?danhMuc={c}&trang={n}"
        for c in CATS
        for n in range(2, _pages(len(in_cat(c)), ROWS) + 1)
    ),
    *(f"{CTX}/gioi-thieu.xhtml?muc={k}" for k in ABOUT),
    f"{CTX}/van-ban.xhtml",
    *(f"{CTX}/van-ban.xhtml?loai=0&trang={n}" for n in range(2, _pages(len(DOCS), DOC_ROWS) + 1)),
    *(f"{CTX}/van-ban/chi-tiet.xhtml?id={d.id}" for d in DOCS),
    f"{CTX}/lich-cong-tac.xhtml",
    f"{CTX}/hoi-dap.xhtml",
    f"{CTX}/album-anh.xhtml",
    *(f"{CTX}/album-anh/chi-tiet.xhtml?id={a}" for a in ALBUMS),
    f"{CTX}/lien-he.xhtml",
    f"{CTX}/dang-nhap.xhtml",
]


# --------------------------------------------------------------------------- the site

_JSESSION = re.compile(r";jsessionid=([0-9A-F]{32})$")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class JsfPrimefacesSite:
    """Tomcat + Mojarra: URL rewriting of session ids, JSF pages, a download servlet."""

    def respond(self, request: Request) -> Response | None:
        raw_path = request.path
        m = _JSESSION.search(raw_path)
        path = raw_path[: m.start()] if m else raw_path
        if path in ("/", CTX, f"{CTX}/"):
            return redirect(START_PATH)
        if not path.startswith(CTX + "/"):
            return None
        if path.startswith((f"{CTX}/upload/", f"{CTX}/resources/")) or (
            path.startswith(f"{CTX}/javax.faces.resource/")
        ):
            return static_file(path.removesuffix(".xhtml"))
        if path == f"{CTX}/DownloadServlet":
            return self._download(request)
        if not path.endswith(".xhtml"):
            return None
        cookie = re.search(r"JSESSIONID=([0-9A-F]{32})", request.headers.get("Cookie", ""))
        headers: dict[str, str] = {}
        if cookie:
            sid, marker = cookie.group(1), ""
        elif m:
            sid = m.group(1)
            marker = f";jsessionid={sid}"
        else:
            sid = sid_for(request.target)
            marker = f";jsessionid={sid}"
            headers["Set-Cookie"] = f"JSESSIONID={sid}; Path={CTX}; HttpOnly"
        base = base_url(request)
        og_url = base + raw_path + (f"?{request.query}" if request.query else "")
        result = self._page(request, path, sid, og_url, base)
        if result is None:
            return None
        if isinstance(result, Response):
            result.headers.update(headers)
            return result
        body, ctype = result
        body = body.replace(S, marker)
        return Response(200, body, {"Content-Type": ctype, **headers})

    def _download(self, request: Request) -> Response | None:
        fid = _int(request.params.get("fileId"), 0)
        names = {fid_: name for s in STORIES for name, fid_, _ in s.opts.get("files", [])}
        names.update({d.file_id: d.number.replace("/", "-") + ".pdf" for d in DOCS})
        if fid not in names:
            return None
        name = names[fid]
        ctype = "application/pdf" if name.endswith(".pdf") else (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")  # fmt: skip
        return Response(200, PDF, {"Content-Type": ctype,
                                   "Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip

    def _page(self, request: Request, path: str, sid: str, og_url: str, base: str):
        params = request.params
        form = request.form if request.method == "POST" else {}
        seed = sid + request.target
        page_html = "text/html;charset=UTF-8"
        if form.get("j_idt12:btnTim") is not None or "j_idt12:txtTuKhoa" in form:
            keyword = quote(form.get("j_idt12:txtTuKhoa", ""))
            return redirect(f"{CTX}/tim-kiem.xhtml;jsessionid={sid}?tuKhoa={keyword}")
        if path == START_PATH:
            return _home(seed, og_url), page_html
        if path == f"{CTX}/tin-tuc.xhtml":
            cat = _int(params.get("danhMuc"), 3)
            if cat not in CATS:
                cat = 3
            if form.get("javax.faces.partial.ajax") == "true":
                first = _int(form.get("frmDanhSach:dlTin_first"), 0)
                return _partial(cat, max(first, 0), seed), "text/xml;charset=UTF-8"
            page = max(1, _int(params.get("trang"), 1))
            return _listing(cat, page, seed, og_url), page_html
        if path == f"{CTX}/tin-tuc/chi-tiet.xhtml":
            story = _BY_ID.get(_int(params.get("id"), 0))
            if story is None:
                return _soft_404(seed, og_url), page_html
            return _article(story, seed, og_url, base), page_html
        if path == f"{CTX}/gioi-thieu.xhtml":
            muc = _int(params.get("muc"), 1)
            return _about(muc if muc in ABOUT else 1, seed, og_url), page_html
        if path == f"{CTX}/van-ban.xhtml":
            pages = _pages(len(DOCS), DOC_ROWS)
            return _doc_table(
                min(pages, max(1, _int(params.get("trang"), 1))), seed, og_url
            ), page_html
        if path == f"{CTX}/van-ban/chi-tiet.xhtml":
            doc = _DOC_BY_ID.get(_int(params.get("id"), 0))
            if doc is None:
                return None
            return _doc_page(doc, seed, og_url), page_html
        if path == f"{CTX}/lich-cong-tac.xhtml":
            values = {**params, **form}
            this_year, this_week, _ = TODAY_DATE.isocalendar()
            nam = _int(values.get("nam"), this_year)
            tuan = _int(values.get("tuan"), this_week)
            if not 1900 <= nam <= 2999:
                nam = this_year
            try:
                date.fromisocalendar(nam, tuan, 1)
            except ValueError:
                tuan = 1
            return _schedule(tuan, nam, seed, og_url), page_html
        if path == f"{CTX}/hoi-dap.xhtml":
            return _qa(seed, og_url), page_html
        if path == f"{CTX}/album-anh.xhtml":
            return _album_list(seed, og_url), page_html
        if path == f"{CTX}/album-anh/chi-tiet.xhtml":
            aid = _int(params.get("id"), 0)
            if aid not in ALBUMS:
                return None
            return _album(aid, seed, og_url), page_html
        if path == f"{CTX}/lien-he.xhtml":
            return _contact(seed, og_url, sent=bool(form)), page_html
        if path == f"{CTX}/dang-nhap.xhtml":
            return _login(seed, og_url, failed=bool(form)), page_html
        if path == f"{CTX}/tim-kiem.xhtml":
            return _search(params.get("tuKhoa", ""), seed, og_url), page_html
        return None


def build_site() -> JsfPrimefacesSite:
    return JsfPrimefacesSite()
