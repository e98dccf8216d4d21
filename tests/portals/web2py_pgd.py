"""Phòng Giáo dục và Đào tạo huyện Tam Nông (Đồng Tháp): a home-made web2py application.

Platform
--------
A web2py 2.13 application ("pgdtamnong") written around 2015 by the district office's IT officer:
the welcome app's Bootstrap 3 ``layout.html`` adapted by hand, controllers ``default``,
``tintuc`` (news) and ``vanban`` (documents), served by Rocket behind nginx. Text is typed in
CKEditor (``XML(row.noidung)``), pictures uploaded through CKEditor (``/static/uploads/ckeditor``)
or an ``upload`` field served by web2py's ``download`` action
(``/pgdtamnong/default/download/tintuc.anhdaidien.<uuid>.<hex-name>.jpg``, thumbnails only).

URL scheme
----------
- ``/`` -> 301 to ``/pgdtamnong/default/index``; ``/pgdtamnong``, ``/pgdtamnong/`` and
  ``/pgdtamnong/default`` serve the same home page (web2py's default controller/function).
- ``/pgdtamnong/tintuc/danhmuc/<cat_id>?page=N``: a category listing, 3 per page, pager links
  written as bare query strings (``href="?page=2"``).
- ``/pgdtamnong/tintuc/xem/<id>``: an article (the form listings print), also served as
  ``/pgdtamnong/tintuc/xem/<id>/<slug>`` (home carousel, "Xem nhiều" component),
  ``/pgdtamnong/tintuc/xem.html/<id>`` (web2py's extension form: "Liên kết" tool, "Tin liên
  quan") and ``/pgdtamnong/tintuc/inbai/<id>`` (print view opened by ``window.open``).
- ``/pgdtamnong/default/gioithieu``, ``/pgdtamnong/default/cocau``, ``/pgdtamnong/default/lienhe``:
  intro, organisation chart, contact.
- ``/pgdtamnong/vanban/index`` and ``/pgdtamnong/vanban/chitiet/<id>``: the document register.
- ``/pgdtamnong/default/user/login`` (+ ``request_reset_password``): auth forms.
- ``/pgdtamnong/default/xemnhieu.load``: the "Xem nhiều" sidebar, a web2py LOAD component fetched
  by ``web2py_component`` (``data-w2p_remote``), never a plain link.
- ``/pgdtamnong/tintuc/timkiem?tukhoa=``: search (GET form), ``/pgdtamnong/default/binhchon``
  (poll, POST).

Page templates
--------------
Home: flash message, carousel "Tin tiêu điểm" (slug links), "Tin mới nhất" list, one panel per
category with its two newest stories, sidebar. Listing: breadcrumb, Bootstrap ``media`` rows
(thumbnail, title, "(dd/mm)" without the year, teaser), pager. Article: breadcrumb, ``h2.bv-tde``
title, meta line "Đăng lúc: HH:MM ngày dd/mm/yyyy | Lượt xem | Người đăng: <account>",
optional ``div.bv-mota`` sapo, ``div.bv-nd`` CKEditor text, attachment line, "Cập nhật lần
cuối" line, tool bar, "Tin liên quan", "Các tin khác" (the two newest others of the category).
Every page ends with web2py's debug toolbar (``response.toolbar()``, left on for local requests).

How each gold article is reached
--------------------------------
Home links 188, 187, 186, 185, 184, 183, 179 (bare or slug form); "Các tin khác" adds 181 and
177; 176, 171, 168 (Tin tức - Sự kiện) and 170 (Chuyên môn - Nghiệp vụ) are reachable only from
page 2 of their category listing (``?page=2``).

Traps
-----
1. web2py debug toolbar on every page (``div.w2p_toolbar``: request/session/response dumps and
   the db-stats SQL, repeating the title and meta description): chrome, never body.
2. One article, four addresses: ``xem/<id>``, ``xem/<id>/<slug>``, ``xem.html/<id>`` and the
   print view ``inbai/<id>``: gold path is ``xem/<id>``, the other three are alt_paths.
3. Pager hrefs are bare query strings (``?page=2``) resolved against the listing path; four
   articles are only on page 2 of their category; ``?page=1`` duplicates page 1.
4. Dates: the meta line prints the time before the day ("Đăng lúc: 14:30 ngày 03/12/2026");
   a later "Cập nhật lần cuối" line is not the publication date; two imported stories print
   "00:00" (day only); listings print "(03/12)" without a year; header prints today.
5. The "Xem nhiều" box is a LOAD component (``data-w2p_remote``): its links exist only in a
   fragment a crawler must not take for a page of its own (it is no article, no gold).
6. Sapo three ways: ``div.bv-mota`` printed outside the text (the body's first paragraph), a bold
   first paragraph inside the text, or none (the meta description then is not a sapo).
7. Bylines: "Tin, ảnh: X" on one line with the school on a ``<br>`` line under it -> X in both;
   "Tin: ThS. X - Ảnh: Y" -> [X], [Y]; "Bài, ảnh: X"; units signing alone ("Tổ Văn phòng",
   "Bộ phận Mầm non", "Cụm trường Tiểu học số 2"); "Người đăng: admin_pgd / quantri" accounts ->
   nobody; "Nguồn: Báo Đồng Tháp" -> source.
8. Captions four ways: CKEditor ``figure/figcaption``; an old table with the caption row in
   parentheses (taken off); a centred italic paragraph after the picture; a credit-only
   "Ảnh: X" line (caption None, X the photographer).
9. An official notice (THÔNG BÁO) with the letterhead table and the "Nơi nhận"/signer table:
   date is the letterhead's day, the signer is the author, letterhead/closing are not body.
10. A story migrated from the old ASP site keeps FCKeditor's entities (``&#7901;``, ``&agrave;``)
    mixed with raw UTF-8, byline and source lines included.
11. Body boundaries: "Xem thêm:" line, "Tệp đính kèm" line (web2py ``download`` links), the
    "Cập nhật" line, tool bar and related lists sit right after the text; tables (cells " | "),
    list items, ``h4`` headings, blockquotes and ``<br>``-split paragraphs are text.
12. Document register entries (``vanban/chitiet``) look like articles (title, date, signer,
    "Trích yếu"): not articles.

Gold decisions on ambiguous points
----------------------------------
- Gold path is the bare ``/pgdtamnong/tintuc/xem/<id>`` (what every listing prints, the page
  prints no canonical); slug, ``.html`` and print forms are alt_paths.
- ``published_at`` is the "Đăng lúc" time with +07:00; "00:00" is a day alone; the notice takes
  the letterhead's day (2026-11-30), not its posting day (01/12).
- A credit-only photo line "Ảnh: X" makes X a photographer and leaves the caption None.
- A unit printed after a name, in parentheses or on the next ``<br>`` line, is not part of it.
- The "Chú thích" heading and its note are the text's own (house convention); the footnote call
  "[1]" stays in its sentence.
- The "Theo kế hoạch, …" sentence is text, not a source line.
- Category = the breadcrumb's last link (the category's name as the menu prints it).
"""

from __future__ import annotations

import re
import zlib

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
    text,
)

NAME = "web2py_pgd"
PLATFORM = "web2py 2.13 (Rocket behind nginx), Bootstrap 3 welcome layout, home-made app"
START_PATH = "/"

APP = "/pgdtamnong"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Tam Nông"

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Chuyên môn - Nghiệp vụ",
    3: "Thông báo",
    4: "Gương điển hình",
}

CK = APP + "/static/uploads/ckeditor/2026"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


LETTERHEAD = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
    "<tbody><tr>"
    '<td style="text-align:center; width:40%">UBND HUYỆN TAM NÔNG<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 412/TB-PGDĐT</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Tam Nông, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tuyển dụng viên chức giáo dục năm 2026 (đợt 2)</strong></p>"
)
CLOSING = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- UBND huyện (b/c);<br />- Các trường MN, TH, THCS;<br />- Website PGD;<br />- Lưu: VT.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>TRƯỞNG PHÒNG</strong><br />'
    "<em>(đã ký)</em><br /><br /><strong>Nguyễn Thanh Sơn</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=188,
        slug="thong-bao-ve-viec-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        title="Thông báo về việc tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        cat="3",
        published_at="2026-11-30",
        authors=["Nguyễn Thanh Sơn"],
        blocks=[
            LETTERHEAD,
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức;"
            ),
            P(
                "Căn cứ Kế hoạch số 286/KH-UBND ngày 20/11/2026 của UBND huyện Tam Nông về tuyển "
                "dụng viên chức giáo dục năm 2026 (đợt 2);"
            ),
            P(
                "Phòng Giáo dục và Đào tạo huyện Tam Nông thông báo tuyển dụng 27 chỉ tiêu viên chức "
                "giáo dục, gồm: 08 giáo viên mầm non, 12 giáo viên tiểu học và 07 giáo viên trung "
                "học cơ sở."
            ),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày 30/12/2026 "
                "(trong giờ hành chính), tại Phòng Giáo dục và Đào tạo huyện Tam Nông."
            ),
            P(
                "Mọi chi tiết xin liên hệ bộ phận Tổ chức cán bộ, điện thoại 0277 3827 115 để được "
                "hướng dẫn."
            ),
            CLOSING,
        ],
        opts={
            "posted": "09:10 ngày 01/12/2026",
            "account": "admin_pgd",
            "attach": ("Phiếu đăng ký dự tuyển viên chức", "tintuc.tep.9c41d0e2b7a35f18.5068696575.pdf"),
        },
    ),
    Story(
        id=187,
        slug="tam-nong-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        title="Tam Nông tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="1",
        published_at="2026-12-03T14:30:00+07:00",
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Lê Thị Hồng Nhung"],
        summary=(
            "Từ ngày 01 đến ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Tam Nông tổ chức Hội thi "
            "giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 64 giáo "
            "viên đến từ 14 trường tiểu học trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tuyên dương và công nhận những giáo viên có năng lực chuyên môn "
                "vững vàng, vận dụng linh hoạt các phương pháp dạy học tích cực theo Chương trình giáo "
                "dục phổ thông 2018; đồng thời tạo điều kiện để giáo viên học hỏi, trao đổi kinh "
                "nghiệm, góp phần nâng cao chất lượng dạy và học."
            ),
            Img(
                f"{CK}/12/hoithi-gvdg-th-01.jpg",
                "Ban Giám khảo dự giờ tiết Toán lớp 4 tại Trường Tiểu học Phú Cường",
                "Ban Giám khảo dự giờ tiết Toán lớp 4 tại Trường Tiểu học Phú Cường",
                "figure",
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy, giáo dục "
                "học sinh và thực hiện hai tiết dạy thực hành trên lớp. Ban Giám khảo gồm 21 thành "
                "viên là lãnh đạo, chuyên viên Phòng Giáo dục và Đào tạo, cán bộ quản lý và giáo viên "
                "cốt cán các trường."
            ),
            P(
                "Theo kế hoạch, kết quả hội thi sẽ được công bố trước ngày 15/12/2026; những giáo viên "
                "đạt danh hiệu sẽ được chọn tham dự hội thi cấp tỉnh vào tháng 3/2027."
            ),
            Img(
                f"{CK}/12/hoithi-gvdg-th-02.jpg",
                "Cô Nguyễn Thị Bích Tuyền, Trường Tiểu học Tràm Chim, trong tiết dạy Tiếng Việt",
                "Cô Nguyễn Thị Bích Tuyền, Trường Tiểu học Tràm Chim, trong tiết dạy Tiếng Việt",
                "figure",
            ),
            _right("<strong>Tin, ảnh: Lê Thị Hồng Nhung</strong><br /><em>(Trường TH Phú Cường)</em>"),
        ],
        opts={
            "posted": "14:30 ngày 03/12/2026",
            "updated": "04/12/2026 08:12",
            "account": "admin_pgd",
            "featured": True,
            "related": [185],
        },
    ),
    Story(
        id=186,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-7",
        title="Chuyên đề “Dạy học phát triển năng lực môn Ngữ văn 7” tại Trường THCS Phú Thành A",
        cat="2",
        published_at="2026-11-27T10:15:00+07:00",
        authors=["Phạm Thị Thu Trang"],
        summary=(
            "Nhằm tháo gỡ khó khăn trong dạy học theo sách giáo khoa mới, ngày 26/11/2026, Phòng Giáo "
            "dục và Đào tạo tổ chức chuyên đề cấp huyện môn Ngữ văn lớp 7 tại Trường THCS Phú Thành A."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có 45 giáo viên dạy Ngữ văn của 9 trường trung học cơ sở trong huyện. "
                "Tiết dạy minh họa bài “Người thầy đầu tiên” do cô Huỳnh Thị Kim Ngân thực hiện."
            ),
            Img(
                f"{CK}/11/chuyende-nguvan7.jpg",
                "Tiết dạy minh họa của cô Huỳnh Thị Kim Ngân",
                "Tiết dạy minh họa của cô Huỳnh Thị Kim Ngân",
                "figure",
            ),
            P("Sau tiết dạy, các giáo viên thảo luận, thống nhất một số nội dung:"),
            P("Thiết kế nhiệm vụ học tập theo hướng mở, tăng cường hoạt động nhóm;", "li"),
            P("Sử dụng phiếu học tập và sơ đồ tư duy để hình thành kỹ năng đọc hiểu;", "li"),
            P("Đánh giá thường xuyên bằng bảng kiểm, rubric.", "li"),
            P(
                "“Chuyên đề giúp chúng tôi tự tin hơn khi tổ chức các hoạt động đọc hiểu văn bản theo "
                "thể loại”, cô Lê Thị Hạnh, giáo viên Trường THCS Tân Công Sính chia sẻ.",
                "quote",
            ),
            _right("<strong>Phạm Thị Thu Trang</strong> (Tổ Ngữ văn)"),
        ],
        opts={"posted": "10:15 ngày 27/11/2026", "account": "admin_pgd", "featured": True},
    ),
    Story(
        id=185,
        slug="nganh-gd-dt-tam-nong-tuyen-duong-52-nha-giao-tieu-bieu",
        title=(
            "Ngành GD&ĐT Tam Nông tuyên dương 52 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam"
        ),
        cat="1",
        published_at="2026-11-19T09:00:00+07:00",
        authors=["Nguyễn Văn Tâm"],
        photographers=["Trần Quốc Bảo"],
        blocks=[
            P(
                "Sáng ngày 18/11/2026, Phòng Giáo dục và Đào tạo huyện Tam Nông long trọng tổ chức Lễ kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo "
                "tiêu biểu năm học 2025 - 2026."
            ),
            Img(
                f"{CK}/11/ky-niem-20-11-01.jpg",
                "(Lãnh đạo Huyện ủy, UBND huyện tặng hoa chúc mừng các nhà giáo)",
                "Lãnh đạo Huyện ủy, UBND huyện tặng hoa chúc mừng các nhà giáo",
                "table",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Trưởng phòng Giáo dục và Đào tạo ôn lại truyền thống vẻ "
                "vang của ngành, đồng thời ghi nhận những nỗ lực của đội ngũ nhà giáo trong việc thực "
                "hiện đổi mới căn bản, toàn diện giáo dục và đào tạo."
            ),
            P("Số lượng nhà giáo được tuyên dương theo cấp học:", "h"),
            P("Cấp học | Số nhà giáo | Ghi chú", "tr"),
            P("Mầm non | 14 | 02 cán bộ quản lý", "tr"),
            P("Tiểu học | 22 | 03 cán bộ quản lý", "tr"),
            P("Trung học cơ sở | 16 | 02 cán bộ quản lý", "tr"),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 52 nhà giáo có thành tích xuất sắc; Công đoàn "
                "ngành trao 30 phần quà cho giáo viên có hoàn cảnh khó khăn."
            ),
            Img(
                f"{CK}/11/ky-niem-20-11-02.jpg",
                "(Các nhà giáo tiêu biểu nhận Giấy khen của UBND huyện)",
                "Các nhà giáo tiêu biểu nhận Giấy khen của UBND huyện",
                "table",
            ),
            _right("<b>Tin: ThS. Nguyễn Văn Tâm - Ảnh: Trần Quốc Bảo</b>"),
        ],
        opts={"posted": "09:00 ngày 19/11/2026", "account": "admin_pgd", "featured": True},
    ),
    Story(
        id=184,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="3",
        published_at="2026-11-24T17:05:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối "
                "với các môn kiểm tra chung đề cấp huyện như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P(
                "Hiệu trưởng các trường chủ động bố trí phòng kiểm tra, phân công giám sát và gửi báo cáo "
                "kết quả về Phòng Giáo dục và Đào tạo (qua bộ phận THCS) trước ngày 05/01/2027."
            ),
        ],
        opts={"posted": "17:05 ngày 24/11/2026", "account": "quantri"},
    ),
    Story(
        id=183,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên THCS",
        cat="2",
        published_at="2026-11-14T13:30:00+07:00",
        authors=["Bộ phận THCS"],
        blocks=[
            P(
                "Trong hai ngày 13 và 14/11/2026, Phòng Giáo dục và Đào tạo phối hợp với Trung tâm Chính "
                "trị huyện tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng cho 180 "
                "cán bộ quản lý, giáo viên trung học cơ sở."
            ),
            P(
                "Học viên được hướng dẫn sử dụng một số công cụ AI hỗ trợ thiết kế kế hoạch bài dạy, xây "
                "dựng ngân hàng câu hỏi, tạo học liệu số; đồng thời được lưu ý về đạo đức, an toàn thông "
                "tin khi sử dụng AI trong nhà trường."
            ),
            P(
                "Kết thúc lớp tập huấn, mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có ứng "
                "dụng AI và nộp trên hệ thống LMS của ngành trước ngày 30/11/2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/pgdtamnong/tintuc/xem/186">Chuyên đề “Dạy học '
                "phát triển năng lực môn Ngữ văn 7” tại Trường THCS Phú Thành A</a></p>"
            ),
            _right("<strong>Bộ phận THCS</strong>"),
        ],
        opts={
            "posted": "13:30 ngày 14/11/2026",
            "updated": "20/11/2026 16:47",
            "account": "admin_pgd",
            "attach": ("Tài liệu tập huấn AI (bản trình chiếu)", "tintuc.tep.b2e87a41c09d6f35.54616970.pdf"),
        },
    ),
    Story(
        id=181,
        slug="hoc-sinh-tam-nong-hao-hung-voi-ngay-hoi-sac-mau-tram-chim",
        title="Học sinh Tam Nông hào hứng với “Ngày hội Sắc màu Tràm Chim”",
        cat="1",
        published_at="2026-11-10",
        authors=["Võ Minh Khoa"],
        photographers=["Võ Minh Khoa"],
        blocks=[
            P(
                "Ngày hội do Phòng Giáo dục và Đào tạo phối hợp với Vườn quốc gia Tràm Chim tổ chức nhằm "
                "giáo dục ý thức bảo vệ môi trường, bảo tồn đa dạng sinh học cho học sinh.",
                "br",
            ),
            P(
                "Hơn 600 học sinh tiểu học và trung học cơ sở của thị trấn Tràm Chim, xã Phú Hiệp, xã Phú "
                "Thọ tham gia ngày hội."
            ),
            P(
                "Các em được tìm hiểu về loài sếu đầu đỏ, tham gia vẽ tranh, thi rung chuông vàng với chủ "
                "đề “Em yêu Tràm Chim” và trải nghiệm đi xuồng tham quan rừng tràm."
            ),
            Img(f"{CK}/11/ngayhoi-tramchim.jpg", "Ảnh: Võ Minh Khoa", None, "credit"),
            P(
                "Kết thúc ngày hội, Ban Tổ chức trao 24 giải cho các tác phẩm vẽ tranh xuất sắc và 03 "
                "giải cho đội thắng cuộc rung chuông vàng."
            ),
            _right("<strong><em>Võ Minh Khoa</em></strong>"),
        ],
        opts={"posted": "00:00 ngày 10/11/2026", "account": "admin_pgd"},
    ),
    Story(
        id=179,
        slug="co-giao-tran-thi-my-linh-15-nam-gieo-chu-o-vung-lu-tan-cong-sinh",
        title="Cô giáo Trần Thị Mỹ Linh – 15 năm gieo chữ ở vùng lũ Tân Công Sính",
        cat="4",
        published_at="2026-11-02T19:20:00+07:00",
        authors=["Đặng Hoài Phong"],
        photographers=["Đặng Hoài Phong"],
        summary=(
            "Gắn bó với điểm lẻ ấp K10 của Trường Tiểu học Tân Công Sính 2 suốt 15 năm, cô Trần Thị Mỹ "
            "Linh là tấm gương tận tụy, hết lòng vì học trò nghèo vùng lũ."
        ),
        blocks=[
            P(
                "Gắn bó với điểm lẻ ấp K10 của Trường Tiểu học Tân Công Sính 2 suốt 15 năm, cô Trần Thị "
                "Mỹ Linh là tấm gương tận tụy, hết lòng vì học trò nghèo vùng lũ.",
                "bold",
            ),
            P(
                "Điểm trường nằm cách trung tâm xã gần 12 km, mùa nước nổi học sinh phải đi học bằng "
                "xuồng. Nhiều năm liền, cô Linh vận động phụ huynh đưa trẻ đến lớp, có khi tự chèo xuồng "
                "đón các em."
            ),
            Img(
                f"{CK}/11/co-my-linh.jpg",
                "Cô Mỹ Linh hướng dẫn học sinh lớp 2 luyện viết chữ",
                "Cô Mỹ Linh hướng dẫn học sinh lớp 2 luyện viết chữ",
                "figure",
            ),
            P("“Thấy các em biết đọc, biết viết là tôi vui rồi”, cô Linh tâm sự.", "quote"),
            P(
                "Với những đóng góp bền bỉ, cô được Chủ tịch UBND tỉnh Đồng Tháp tặng Bằng khen năm 2025 "
                "và là một trong 52 nhà giáo tiêu biểu được ngành Giáo dục huyện tuyên dương năm nay."
            ),
            _right("<strong>Bài, ảnh: Đặng Hoài Phong</strong>"),
        ],
        opts={"posted": "19:20 ngày 02/11/2026", "account": "admin_pgd", "related": [185]},
    ),
    Story(
        id=177,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Tiểu học số 2",
        cat="2",
        published_at="2026-10-30",
        authors=["Cụm trường Tiểu học số 2"],
        blocks=[
            P(
                "Ngày 29/10/2026, cụm trường Tiểu học số 2 gồm các trường Tiểu học Phú Đức, Phú Thành A, "
                "Phú Thành B tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu "
                "học Phú Đức."
            ),
            P("1. Tiết dạy minh họa", "h"),
            P(
                "Thầy Đoàn Văn Hiếu dạy bài “Phép chia có dư” (Toán lớp 3). Giáo viên dự giờ tập trung "
                "quan sát hoạt động học của học sinh thay vì nhận xét người dạy."
            ),
            Img(
                f"{CK}/10/nghiencuubaihoc-cum2.jpg",
                "(Giáo viên cụm 2 dự giờ, quan sát học sinh học tập)",
                "Giáo viên cụm 2 dự giờ, quan sát học sinh học tập",
                "table",
            ),
            P("2. Thảo luận, chia sẻ", "h"),
            P(
                "Các ý kiến thống nhất cần tăng thời gian cho học sinh tự thao tác với đồ dùng trực quan, "
                "giảm bớt câu hỏi đóng và quan tâm hơn đến các em tiếp thu chậm."
            ),
            _right("<strong>Cụm trường Tiểu học số 2</strong>"),
        ],
        opts={"posted": "00:00 ngày 30/10/2026", "account": "admin_pgd"},
    ),
    Story(
        id=176,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-hoc-mam-non",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 cấp học Mầm non",
        cat="1",
        published_at="2026-10-28T08:00:00+07:00",
        authors=["Bộ phận Mầm non"],
        summary=(
            "Ngày 27/10/2026, Phòng Giáo dục và Đào tạo huyện Tam Nông tổ chức Hội nghị triển khai nhiệm "
            "vụ năm học 2026 - 2027 cấp học Mầm non cho hiệu trưởng, phó hiệu trưởng 13 trường mầm non, "
            "mẫu giáo trên địa bàn huyện."
        ),
        blocks=[
            P(
                "Ngày 27/10/2026, Phòng Giáo dục và Đào tạo huyện Tam Nông tổ chức Hội nghị triển khai "
                "nhiệm vụ năm học 2026 - 2027 cấp học Mầm non cho hiệu trưởng, phó hiệu trưởng 13 trường "
                "mầm non, mẫu giáo trên địa bàn huyện.",
                "bold",
            ),
            P(
                "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026: toàn huyện huy động "
                "98,6% trẻ mẫu giáo 5 tuổi ra lớp; 100% trẻ được học 2 buổi/ngày; tỉ lệ trẻ suy dinh "
                "dưỡng giảm còn 3,1%."
            ),
            P("Năm học 2026 - 2027, cấp học Mầm non tập trung vào các nhiệm vụ trọng tâm sau:"),
            P("Thực hiện Chương trình giáo dục mầm non mới, lấy trẻ làm trung tâm;", "li"),
            P("Bảo đảm an toàn tuyệt đối cho trẻ, phòng chống bạo hành trẻ em;", "li"),
            P("Tăng cường cơ sở vật chất, phấn đấu có thêm 02 trường đạt chuẩn quốc gia.", "li"),
            Img(f"{CK}/10/hoinghi-mamnon.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "em"),
            _right("<strong>Bộ phận Mầm non</strong>"),
        ],
        opts={"posted": "08:00 ngày 28/10/2026", "account": "admin_pgd", "mso": True},
    ),
    Story(
        id=171,
        slug="trao-120-suat-hoc-bong-tiep-suc-den-truong",
        title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh vượt khó",
        cat="1",
        published_at="2026-10-20T15:45:00+07:00",
        authors=["Thanh Tâm"],
        source="Báo Đồng Tháp",
        blocks=[
            P(
                "Chiều 19/10/2026, Hội Khuyến học huyện Tam Nông phối hợp với Phòng Giáo dục và Đào tạo tổ "
                "chức trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, "
                "vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 1.500.000 đồng, tổng kinh phí 180 triệu đồng do các doanh "
                "nghiệp, nhà hảo tâm trong và ngoài huyện đóng góp."
            ),
            Img(f"{CK}/10/hocbong-tiepsuc.jpg", None, None, "bare"),
            P(
                "Dịp này, Ban Tổ chức cũng trao tặng 50 chiếc xe đạp cho học sinh ở xa trường thuộc các "
                "xã Tân Công Sính, Phú Thành B và An Hòa."
            ),
            _right("<strong>Thanh Tâm</strong>"),
            _right("<em>Nguồn: Báo Đồng Tháp</em>"),
        ],
        opts={"posted": "15:45 ngày 20/10/2026", "account": "admin_pgd", "entities": 2},
    ),
    Story(
        id=170,
        slug="thi-olympic-tieng-anh-cap-huyen-danh-cho-hoc-sinh-thcs",
        title="Thi Olympic tiếng Anh cấp huyện dành cho học sinh THCS năm học 2026 - 2027",
        cat="2",
        published_at="2026-10-16T16:00:00+07:00",
        authors=["Nguyễn Hữu Lộc"],
        blocks=[
            P(
                "Ngày 15/10/2026, Phòng Giáo dục và Đào tạo tổ chức kỳ thi Olympic tiếng Anh cấp huyện "
                "cho 126 học sinh lớp 8 và lớp 9. Thí sinh làm bài thi trên máy tính tại Trường THCS "
                "Tràm Chim."
            ),
            P("Kết quả, Ban Tổ chức trao 36 giải cá nhân, cụ thể:"),
            P("Khối lớp | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "tr"),
            P("Lớp 8 | 2 | 4 | 5 | 7", "tr"),
            P("Lớp 9 | 2 | 4 | 6 | 6", "tr"),
            P(
                "Đơn vị dẫn đầu toàn đoàn là Trường THCS Tràm Chim, tiếp theo là Trường THCS Phú Hiệp và "
                "Trường THCS An Long."
            ),
            _right("<em>Tin: Nguyễn Hữu Lộc</em>"),
        ],
        opts={"posted": "16:00 ngày 16/10/2026", "account": "admin_pgd"},
    ),
    Story(
        id=168,
        slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xi",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XI năm học 2026 - 2027",
        cat="1",
        published_at="2026-10-09T07:30:00+07:00",
        authors=["Tổ Văn phòng"],
        blocks=[
            P(
                "Sáng 08/10/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng Giáo dục và Đào tạo tổ "
                "chức khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XI với sự tham gia của 1.150 vận động "
                "viên là học sinh tiểu học và trung học cơ sở."
            ),
            Img(
                f"{CK}/10/hkpd-khaimac.jpg",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "em",
            ),
            P(
                "Hội khỏe diễn ra từ ngày 08 đến ngày 12/10/2026 với 9 môn thi đấu: điền kinh, bơi lội, "
                "bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu, kéo co và võ cổ truyền.[1]"
            ),
            P(
                "Đây là dịp để đánh giá phong trào rèn luyện thân thể, góp phần phát hiện, bồi dưỡng năng "
                "khiếu thể thao cho học sinh, chuẩn bị lực lượng tham dự Hội khỏe Phù Đổng cấp tỉnh năm "
                "2027."
            ),
            P("Chú thích:", "h"),
            P(
                "[1] Môn võ cổ truyền lần đầu tiên được đưa vào chương trình thi đấu từ năm học "
                "2024 - 2025."
            ),
            _right("<b>Tổ Văn phòng</b>"),
        ],
        opts={"posted": "07:30 ngày 09/10/2026", "updated": "12/10/2026 17:20", "account": "admin_pgd", "mso": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}

# --- the document register (not articles) ---------------------------------------------------

VANBAN = {
    41: {
        "so": "405/PGDĐT-THCS",
        "loai": "Công văn",
        "ngay": "20/11/2026",
        "nguoiky": "Lê Văn Thành",
        "trichyeu": "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        "tep": "vanban.tep.a8c1f3e0d2b94756.435634303520.pdf",
    },
    39: {
        "so": "398/QĐ-PGDĐT",
        "loai": "Quyết định",
        "ngay": "25/11/2026",
        "nguoiky": "Nguyễn Thanh Sơn",
        "trichyeu": "Về việc thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
        "tep": "vanban.tep.73de0b5c9a1f4e28.51443339382e.pdf",
    },
    36: {
        "so": "371/KH-PGDĐT",
        "loai": "Kế hoạch",
        "ngay": "22/09/2026",
        "nguoiky": "Lê Văn Thành",
        "trichyeu": "Tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI năm học 2026 - 2027",
        "tep": "vanban.tep.1f0c9e8d7b6a5432.4b4833373120.pdf",
    },
}

NON_ARTICLES = [
    f"{APP}/default/gioithieu",
    f"{APP}/default/cocau",
    f"{APP}/default/lienhe",
    f"{APP}/vanban/chitiet/41",
    f"{APP}/vanban/chitiet/39",
    f"{APP}/vanban/chitiet/36",
]


def article_path(story: Story) -> str:
    return f"{APP}/tintuc/xem/{story.id}"


def slug_path(story: Story) -> str:
    return f"{APP}/tintuc/xem/{story.id}/{story.slug}"


def html_ext_path(story: Story) -> str:
    return f"{APP}/tintuc/xem.html/{story.id}"


def print_path(story: Story) -> str:
    return f"{APP}/tintuc/inbai/{story.id}"


GOLD = [
    gold_record(
        s,
        article_path(s),
        CATS[int(s.cat)],
        alt_paths=[slug_path(s), html_ext_path(s), print_path(s)],
    )
    for s in STORIES
]


# --- rendering ------------------------------------------------------------------------------


def _stories_in(cat: int) -> list[Story]:
    return [s for s in STORIES if int(s.cat) == cat]  # STORIES is newest first


def _thumb(story: Story) -> str:
    uid = f"{story.id * 7919:016x}"[-16:]
    return f"{APP}/default/download/tintuc.anhdaidien.{uid}.{story.slug[:10].encode().hex()}.jpg"


def _teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= 170:
        return first
    return first[:170].rsplit(" ", 1)[0] + "..."


def _short_day(story: Story) -> str:
    day = story.opts["posted"].split("ngày ")[1]
    return day[:5]


def _ptext(story: Story, value: str) -> str:
    entities = story.opts.get("entities", 0)
    return text(value, entities=entities)


def _raw(story: Story, markup: str) -> str:
    entities = story.opts.get("entities", 0)
    return entity_mix(markup, entities) if entities else markup


def _para(story: Story, inner: str) -> str:
    if story.opts.get("mso"):
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
            '<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,'
            f'&quot;serif&quot;">{inner}</span></p>'
        )
    return f'<p style="text-align: justify;">{inner}</p>'


def _image(img: Img, alt: str) -> str:
    tag = f'<img alt="{esc(alt)}" src="{esc(img.src)}" style="width:600px; height:400px" />'
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block">{tag}'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td style="text-align:center">'
            f"<em>{esc(img.printed or '')}</em></td></tr></tbody></table>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: right;"><span style="font-size:11px">{esc(img.printed or "")}</span></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_raw(story, b.html))
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_image(b, story.title))
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_ptext(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(
                    f'<td style="border:1px solid #999; padding:3px">{_ptext(story, c)}</td>'
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="0" style="width:100%; border-collapse:collapse">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        if b.style == "br":
            nxt = blocks[i + 1]
            out.append(_para(story, f"{_ptext(story, b.text)}<br />\n{_ptext(story, nxt.text)}"))
            i += 2
            continue
        if b.style == "bold":
            out.append(f"<p><strong>{_ptext(story, b.text)}</strong></p>")
        elif b.style == "h":
            out.append(f"<h4><strong>{_ptext(story, b.text)}</strong></h4>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_ptext(story, b.text)}</em></p></blockquote>")
        else:
            out.append(_para(story, _ptext(story, b.text)))
        i += 1
    return "\n".join(out)


MENU = [
    ("Trang chủ", f"{APP}/default/index", []),
    (
        "Giới thiệu",
        f"{APP}/default/gioithieu",
        [
            ("Giới thiệu chung", f"{APP}/default/gioithieu"),
            ("Cơ cấu tổ chức", f"{APP}/default/cocau"),
            ("Liên hệ", f"{APP}/default/lienhe"),
        ],
    ),
    (
        "Tin tức",
        f"{APP}/tintuc/danhmuc/1",
        [
            ("Tin tức - Sự kiện", f"{APP}/tintuc/danhmuc/1"),
            ("Gương điển hình", f"{APP}/tintuc/danhmuc/4"),
        ],
    ),
    ("Chuyên môn", f"{APP}/tintuc/danhmuc/2", []),
    ("Thông báo", f"{APP}/tintuc/danhmuc/3", []),
    ("Văn bản", f"{APP}/vanban/index", []),
]


def _menu() -> str:
    items = []
    for label, href, subs in MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}">{esc(lbl)}</a></li>' for lbl, h in subs)
            items.append(
                f'<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="{href}">'
                f'{esc(label)} <b class="caret"></b></a><ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return "".join(items)


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in _stories_in(3)
    )
    return f"""
<div class="col-md-3" id="cot_phai">
  <div class="panel panel-primary kh-tb"><div class="panel-heading">THÔNG BÁO MỚI</div>
    <div class="panel-body"><marquee direction="up" scrollamount="2" onmouseover="this.stop()"
      onmouseout="this.start()"><ul class="list-unstyled">{notices}</ul></marquee></div></div>
  <div class="panel panel-default kh-xn"><div class="panel-heading">XEM NHIỀU</div>
    <div class="panel-body" id="c739512408" data-w2p_remote="{APP}/default/xemnhieu.load"
      data-w2p_method="GET">đang tải ...</div></div>
  <script type="text/javascript"><!--
  $.web2py.component("{APP}/default/xemnhieu.load","c739512408",0,1,$("#c739512408"));
  //--></script>
  <div class="panel panel-default"><div class="panel-heading">LIÊN KẾT WEBSITE</div>
    <div class="panel-body">
      <a href="https://moet.gov.vn" target="_blank"><img src="{APP}/static/images/banner-bogddt.png"
        alt="Bộ GD&amp;ĐT" class="img-responsive" /></a>
      <a href="https://dongthap.edu.vn" target="_blank"><img src="{APP}/static/images/banner-sogddt.png"
        alt="Sở GD&amp;ĐT Đồng Tháp" class="img-responsive" /></a>
      <select class="form-control" onchange="if(this.value) window.open(this.value)">
        <option value="">-- Website các trường --</option>
        <option value="http://thcstramchim.dongthap.edu.vn">THCS Tràm Chim</option>
        <option value="http://thphucuong.dongthap.edu.vn">TH Phú Cường</option>
      </select></div></div>
  <div class="panel panel-default"><div class="panel-heading">THĂM DÒ Ý KIẾN</div>
    <div class="panel-body"><form action="{APP}/default/binhchon" method="post">
      <p>Bạn quan tâm thông tin nào nhất trên Cổng thông tin?</p>
      <div class="radio"><label><input type="radio" name="luachon" value="1" /> Tin tức - Sự kiện</label></div>
      <div class="radio"><label><input type="radio" name="luachon" value="2" /> Văn bản chỉ đạo</label></div>
      <div class="radio"><label><input type="radio" name="luachon" value="3" /> Tuyển sinh</label></div>
      <input type="hidden" name="_formname" value="binhchon/create" />
      <input class="btn btn-primary btn-sm" type="submit" value="Bình chọn" /></form></div></div>
  <div class="panel panel-default"><div class="panel-heading">THỐNG KÊ TRUY CẬP</div>
    <div class="panel-body"><table class="table table-condensed">
      <tr><td>Đang online:</td><td>12</td></tr><tr><td>Hôm nay:</td><td>318</td></tr>
      <tr><td>Tổng truy cập:</td><td>1.245.870</td></tr></table></div></div>
</div>"""


def _toolbar(request: Request, controller: str, function: str, args: list[str], title: str, desc: str) -> str:
    n = zlib.crc32(request.path.encode("utf-8")) % 10**8
    rows = "".join(
        f'<tr><td style="font-weight:bold;vertical-align:top;">{esc(k)}</td><td style="vertical-align:top;">'
        f"{esc(v)}</td></tr>"
        for k, v in [
            ("application", "pgdtamnong"),
            ("args", repr(args)),
            ("controller", controller),
            ("function", function),
            ("extension", "html"),
            ("is_local", "True"),
            ("env.path_info", request.path),
            ("env.server_software", "Rocket 1.2.6"),
        ]
    )
    resp = "".join(
        f'<tr><td style="font-weight:bold;vertical-align:top;">{esc(k)}</td><td style="vertical-align:top;">'
        f"{esc(v)}</td></tr>"
        for k, v in [
            ("title", title),
            ("meta", f"description: {desc}"),
            ("flash", ""),
            ("view", f"{controller}/{function}.html"),
            ("session_id", "127.0.0.1-8c2a6f0e-4d1b-4e9b-9a77-3f61c0d2b5e4"),
        ]
    )
    sql = (
        "SELECT tintuc.id, tintuc.tieude, tintuc.mota, tintuc.noidung, tintuc.ngaydang FROM tintuc "
        "WHERE (tintuc.hienthi = 'T') ORDER BY tintuc.ngaydang DESC LIMIT 10 OFFSET 0;"
    )
    return f"""
<div class="w2p_toolbar hidden-print" style="clear:both;padding:10px">
<button class="btn btn-default" onclick="document.location='/admin/default/design/pgdtamnong'">design</button>
<button class="btn btn-default" onclick="document.location='/admin/default/edit/pgdtamnong/controllers/{controller}.py'">edit {controller}</button>
<button class="btn btn-default" onclick="jQuery('#request-{n}').slideToggle()">request</button>
<button class="btn btn-default" onclick="jQuery('#response-{n}').slideToggle()">response</button>
<button class="btn btn-default" onclick="jQuery('#db-stats-{n}').slideToggle()">db stats</button>
<div class="w2p-toolbar-hidden" id="request-{n}" style="display:none"><h3>request</h3><table>{rows}</table></div>
<div class="w2p-toolbar-hidden" id="response-{n}" style="display:none"><h3>response</h3><table>{resp}</table></div>
<div class="w2p-toolbar-hidden" id="db-stats-{n}" style="display:none"><h3>db stats</h3>
<table><tr><td><pre>{esc(sql)}</pre></td><td style="vertical-align:top">1.87ms</td></tr></table></div>
</div>"""


def layout(
    request: Request,
    title: str,
    content: str,
    *,
    controller: str = "default",
    function: str = "index",
    args: list[str] | None = None,
    desc: str = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Tam Nông, tỉnh Đồng Tháp",
    flash: str = "",
    sidebar: bool = True,
) -> str:
    args = args or []
    flash_div = (
        f'<div class="w2p_flash alert alert-dismissable" style="display:block">{esc(flash)}'
        '<span id="closeflash"> &times; </span></div>'
        if flash
        else '<div class="w2p_flash alert alert-dismissable"></div>'
    )
    side = _sidebar() if sidebar else ""
    main_cls = "col-md-9" if sidebar else "col-md-12"
    return f"""<!DOCTYPE html>
<!--[if (gt IE 9)|!(IE)]><!--> <html class="no-js" lang="vi"> <!--<![endif]-->
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} | Phòng GD&amp;ĐT Tam Nông</title>
<meta name="application-name" content="pgdtamnong" />
<meta name="generator" content="Web2py Web Framework" />
<meta name="description" content="{esc(desc)}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="{APP}/static/images/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="{APP}/static/_2.13.4/css/bootstrap.min.css"/>
<link rel="stylesheet" href="{APP}/static/_2.13.4/css/web2py-bootstrap3.css"/>
<link rel="stylesheet" href="{APP}/static/_2.13.4/css/pgd.css"/>
<script type="text/javascript"><!--
    var w2p_ajax_confirm_message = "Bạn có chắc muốn xóa?";
    var w2p_ajax_disable_with_message = "Đang xử lý...";
    var w2p_ajax_date_format = "%d/%m/%Y";
    var w2p_ajax_datetime_format = "%d/%m/%Y %H:%M";
    var ajax_error_500 = 'Đã xảy ra lỗi, vui lòng <a href="/admin/default/errors/pgdtamnong">tải lại</a> trang'
    //--></script>
<script src="{APP}/static/_2.13.4/js/jquery.js"></script>
<script src="{APP}/static/_2.13.4/js/web2py.js"></script>
</head>
<body>
{flash_div}
<div class="top-bar hidden-xs"><div class="container">
  <span class="ngay-hom-nay"><span class="glyphicon glyphicon-calendar"></span> {HEADER_DAY}</span>
  <span class="pull-right"><a href="{APP}/default/user/login">Đăng nhập</a></span>
</div></div>
<header class="pgd-banner"><div class="container">
  <a href="{APP}/"><img src="{APP}/static/images/banner-pgd-tamnong.jpg" alt="{esc(SITE_NAME)}"
    class="img-responsive" /></a></div></header>
<nav class="navbar navbar-inverse" role="navigation"><div class="container">
  <div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse"
    data-target=".navbar-collapse"><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
  <div class="collapse navbar-collapse"><ul class="nav navbar-nav">{_menu()}</ul>
  <form class="navbar-form navbar-right" action="{APP}/tintuc/timkiem" method="get">
    <input type="text" class="form-control input-sm" name="tukhoa" placeholder="Tìm kiếm..." />
    <button type="submit" class="btn btn-default btn-sm">Tìm</button></form>
  </div></div></nav>
<div class="container main-container"><div class="row">
<div class="{main_cls}" id="khung_trai">
{content}
</div>
{side}
</div></div>
<footer class="footer"><div class="container">
  <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TAM NÔNG</strong></p>
  <p>Địa chỉ: Số 02, đường Nguyễn Sinh Sắc, khóm 2, thị trấn Tràm Chim, huyện Tam Nông, tỉnh Đồng Tháp</p>
  <p>Điện thoại: (0277) 3827 115 - Fax: (0277) 3827 116 - Email: pgdtamnong@dongthap.edu.vn</p>
  <p>Chịu trách nhiệm nội dung: Trưởng phòng Nguyễn Thanh Sơn</p>
  <p class="small">Copyright &copy; 2015 - 2026. Phát triển bởi Tổ Công nghệ thông tin - Phòng GD&amp;ĐT.
    <a href="http://www.web2py.com" target="_blank">Powered by web2py</a></p>
</div></footer>
{_toolbar(request, controller, function, args, title, desc)}
<script src="{APP}/static/_2.13.4/js/bootstrap.min.js"></script>
</body>
</html>"""


def _breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    items = [f'<li><a href="{APP}/default/index"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>']
    for label, href in crumbs:
        if href:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="active">{esc(label)}</li>')
    return '<ol class="breadcrumb">' + "".join(items) + "</ol>"


def home(request: Request) -> Response:
    featured = [s for s in STORIES if s.opts.get("featured")]
    slides = "".join(
        f'<div class="item{" active" if k == 0 else ""}"><a href="{slug_path(s)}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}" /></a>'
        f'<div class="carousel-caption"><h4><a href="{slug_path(s)}">{esc(s.title)}</a></h4></div></div>'
        for k, s in enumerate(featured)
    )
    newest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> '
        f'<span class="text-muted">[{s.opts["posted"].split("ngày ")[1]}]</span></li>'
        for s in STORIES[:5]
    )
    panels = []
    for cid, cname in CATS.items():
        rows = "".join(
            f'<div class="media"><a class="pull-left" href="{article_path(s)}"><img class="media-object" '
            f'src="{_thumb(s)}" width="90" alt="" /></a><div class="media-body"><a href="{article_path(s)}">'
            f"{esc(s.title)}</a></div></div>"
            for s in _stories_in(cid)[:2]
        )
        panels.append(
            f'<div class="panel panel-default kh-dm" id="dm_{cid}"><div class="panel-heading">'
            f'<a href="{APP}/tintuc/danhmuc/{cid}">{esc(cname.upper())}</a>'
            f'<a class="pull-right small" href="{APP}/tintuc/danhmuc/{cid}">Xem tất cả &raquo;</a></div>'
            f'<div class="panel-body">{rows}</div></div>'
        )
    content = f"""
<div class="row"><div class="col-md-7">
<div id="tin_tieudiem" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#tin_tieudiem" data-slide="prev">&lsaquo;</a>
<a class="right carousel-control" href="#tin_tieudiem" data-slide="next">&rsaquo;</a></div>
</div><div class="col-md-5"><div class="panel panel-primary"><div class="panel-heading">TIN MỚI NHẤT</div>
<div class="panel-body"><ul class="tin-moi">{newest}</ul></div></div></div></div>
{"".join(panels)}"""
    page = layout(
        request,
        "Trang chủ",
        content,
        flash="Chào mừng quý thầy cô đến với Cổng thông tin điện tử Phòng GD&ĐT huyện Tam Nông!",
    )
    return html(page, headers={"Set-Cookie": "session_id_pgdtamnong=127.0.0.1-8c2a6f0e; Path=/; HttpOnly"})


def listing(request: Request, cid: int) -> Response | None:
    stories = _stories_in(cid)
    try:
        page = int(request.params.get("page", "1") or "1")
    except ValueError:
        page = 1
    if page < 1:
        return None
    pages = max(1, (len(stories) + PER_PAGE - 1) // PER_PAGE)
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        f'<div class="media tt-dong"><a class="pull-left" href="{article_path(s)}"><img class="media-object" '
        f'src="{_thumb(s)}" width="120" alt="" /></a><div class="media-body">'
        f'<h4 class="media-heading"><a href="{article_path(s)}">{esc(s.title)}</a> '
        f'<small class="text-muted">({_short_day(s)})</small></h4><p>{esc(_teaser(s))}</p></div></div>'
        for s in chunk
    ) or '<p class="text-muted">Chưa có tin bài trong mục này.</p>'
    pager = ""
    if pages > 1:
        links = []
        if page > 1:
            links.append('<li><a href="?page=1">&laquo; Đầu</a></li>')
            links.append(f'<li><a href="?page={page - 1}">&lsaquo; Trước</a></li>')
        for k in range(1, pages + 1):
            active = ' class="active"' if k == page else ""
            links.append(f'<li{active}><a href="?page={k}">{k}</a></li>')
        if page < pages:
            links.append(f'<li><a href="?page={page + 1}">Sau &rsaquo;</a></li>')
            links.append(f'<li><a href="?page={pages}">Cuối &raquo;</a></li>')
        pager = (
            f'<div class="w2p_pg text-center"><span class="small">Trang {page}/{pages}</span>'
            f'<ul class="pagination pagination-sm">{"".join(links)}</ul></div>'
        )
    name = CATS[cid]
    content = f"""{_breadcrumb((name, None))}
<h3 class="dm-tde">{esc(name)}</h3>
<div class="ds-tin">{rows}</div>
{pager}"""
    return html(layout(request, name, content, controller="tintuc", function="danhmuc", args=[str(cid)]))


def _meta_line(story: Story) -> str:
    return (
        '<div class="bv-tt text-muted small"><span class="glyphicon glyphicon-time"></span> '
        f'Đăng lúc: {story.opts["posted"]} | <span class="glyphicon glyphicon-eye-open"></span> Lượt xem: '
        f'{story.views()} | <span class="glyphicon glyphicon-user"></span> Người đăng: {story.opts["account"]}</div>'
    )


def _attach(story: Story) -> str:
    if "attach" not in story.opts:
        return ""
    label, fname = story.opts["attach"]
    return (
        f'<div class="bv-tepdk"><span class="glyphicon glyphicon-paperclip"></span> Tệp đính kèm: '
        f'<a href="{APP}/default/download/{fname}">{esc(label)}</a></div>'
    )


def article(request: Request, story: Story, ext: str = "") -> Response:
    cid = int(story.cat)
    cname = CATS[cid]
    mota = (
        f'<div class="bv-mota"><b>{esc(story.summary)}</b></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    updated = (
        f'<div class="bv-cn text-right small"><i>Cập nhật lần cuối: {story.opts["updated"]}</i></div>'
        if story.opts.get("updated")
        else ""
    )
    related = ""
    if story.opts.get("related"):
        related = (
            '<div class="bv-lq"><h4 class="tde-phu">Tin liên quan</h4><ul>'
            + "".join(
                f'<li><a href="{html_ext_path(BY_ID[r])}">{esc(BY_ID[r].title)}</a></li>'
                for r in story.opts["related"]
            )
            + "</ul></div>"
        )
    others = [s for s in _stories_in(cid) if s.id != story.id][:2]
    others_html = ""
    if others:
        others_html = (
            '<div class="bv-tk"><h4 class="tde-phu">Các tin khác</h4><ul>'
            + "".join(
                f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="text-muted small">'
                f'({_short_day(s)})</span></li>'
                for s in others
            )
            + "</ul></div>"
        )
    desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P)).split(". ")[0]
    content = f"""{_breadcrumb((cname, f"{APP}/tintuc/danhmuc/{cid}"))}
<div class="bv-khung" id="bv_{story.id}">
<h2 class="bv-tde">{esc(story.title)}</h2>
{_meta_line(story)}
{mota}
<div class="bv-nd" id="noidung_{story.id}">
{render_body(story)}
</div>
{_attach(story)}
{updated}
<div class="bv-cc hidden-print">
  <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{slug_path(story)}" target="_blank"
    class="btn btn-xs btn-primary">Chia sẻ Facebook</a>
  <a href="javascript:void(0)" onclick="window.open('{print_path(story)}','inbai','width=820,height=640,scrollbars=1')"
    class="btn btn-xs btn-default"><span class="glyphicon glyphicon-print"></span> In bài</a>
  <a href="{html_ext_path(story)}" class="btn btn-xs btn-default" title="Liên kết cố định">
    <span class="glyphicon glyphicon-link"></span> Liên kết</a>
  <a href="javascript:history.back()" class="btn btn-xs btn-default">Quay lại</a>
</div>
{related}
</div>
{others_html}"""
    return html(
        layout(
            request,
            story.title,
            content,
            controller="tintuc",
            function="xem",
            args=[str(story.id)] + ([story.slug] if ext == "slug" else []),
            desc=desc,
        )
    )


def print_view(request: Request, story: Story) -> Response:
    mota = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(story.title)}</title>
<link rel="stylesheet" href="{APP}/static/_2.13.4/css/inbai.css"/></head>
<body onload="window.print()">
<div style="width:760px;margin:auto">
<p><small>PHÒNG GD&amp;ĐT HUYỆN TAM NÔNG - {esc(CATS[int(story.cat)])}</small></p>
<h2>{esc(story.title)}</h2>
<p><i>Đăng lúc: {story.opts["posted"]}</i></p>
{mota}
<div>{render_body(story)}</div>
<hr /><p><small>Địa chỉ bài viết: {base_url(request)}{article_path(story)}</small></p>
</div></body></html>"""
    return html(page)


def xemnhieu_fragment(request: Request) -> Response:
    top = sorted(STORIES, key=lambda s: -s.views())[:5]
    items = "".join(
        f'<li><a href="{slug_path(s)}">{esc(s.title)}</a> <span class="badge">{s.views()}</span></li>'
        for s in top
    )
    return html(f'<ul class="list-unstyled xem-nhieu">{items}</ul>')


INTRO = """
<h3 class="dm-tde">Giới thiệu chung</h3>
<div class="trang-tinh">
<p>Phòng Giáo dục và Đào tạo huyện Tam Nông là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Tam Nông, tham mưu,
giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Toàn huyện hiện có 13 trường mầm non, mẫu giáo; 14 trường tiểu học và 9 trường trung học cơ sở với hơn
17.000 học sinh và 1.200 cán bộ, giáo viên, nhân viên.</p>
<p>Trụ sở: Số 02, đường Nguyễn Sinh Sắc, khóm 2, thị trấn Tràm Chim, huyện Tam Nông, tỉnh Đồng Tháp.</p>
</div>"""

COCAU = """
<h3 class="dm-tde">Cơ cấu tổ chức</h3>
<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead>
<tbody>
<tr><td>Nguyễn Thanh Sơn</td><td>Trưởng phòng</td><td>0277 3827 115</td></tr>
<tr><td>Lê Văn Thành</td><td>Phó Trưởng phòng</td><td>0277 3827 117</td></tr>
<tr><td>Trương Thị Ngọc Hân</td><td>Phó Trưởng phòng</td><td>0277 3827 118</td></tr>
<tr><td>Huỳnh Công Danh</td><td>Chuyên viên - phụ trách CNTT</td><td>0277 3827 119</td></tr>
</tbody></table>"""

LIENHE = f"""
<h3 class="dm-tde">Liên hệ</h3>
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TAM NÔNG</strong></p>
<p>Địa chỉ: Số 02, đường Nguyễn Sinh Sắc, khóm 2, thị trấn Tràm Chim, huyện Tam Nông, tỉnh Đồng Tháp</p>
<p>Điện thoại: (0277) 3827 115 - Email: pgdtamnong@dongthap.edu.vn</p>
<form action="{APP}/default/lienhe" method="post" class="form-horizontal">
<div class="form-group"><label>Họ tên</label><input class="form-control" name="hoten" type="text" /></div>
<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="noidung"></textarea></div>
<input type="hidden" name="_formname" value="lienhe/create" />
<input class="btn btn-primary" type="submit" value="Gửi" /></form>"""


def static_page(request: Request, function: str, title: str, body: str, crumb: str) -> Response:
    content = _breadcrumb(("Giới thiệu", f"{APP}/default/gioithieu"), (crumb, None)) + body
    return html(layout(request, title, content, function=function))


def vanban_index(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(v["so"])}</td><td>{esc(v["ngay"])}</td><td><a href="{APP}/vanban/chitiet/{vid}">'
        f'{esc(v["trichyeu"])}</a></td><td><a href="{APP}/default/download/{v["tep"]}">'
        '<span class="glyphicon glyphicon-download-alt"></span></a></td></tr>'
        for vid, v in VANBAN.items()
    )
    content = f"""{_breadcrumb(("Văn bản", None))}
<h3 class="dm-tde">Văn bản chỉ đạo, điều hành</h3>
<table class="table table-striped table-bordered"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>
<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"""
    return html(layout(request, "Văn bản", content, controller="vanban", function="index"))


def vanban_detail(request: Request, vid: int) -> Response:
    v = VANBAN[vid]
    title = f"{v['loai']} số {v['so']}"
    content = f"""{_breadcrumb(("Văn bản", f"{APP}/vanban/index"), (v["so"], None))}
<h3 class="dm-tde">{esc(title)}</h3>
<table class="table table-bordered vb-ct"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(v["so"])}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(v["loai"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{esc(v["ngay"])}</td></tr>
<tr><th>Người ký</th><td>{esc(v["nguoiky"])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng Giáo dục và Đào tạo huyện Tam Nông</td></tr>
<tr><th>Trích yếu</th><td>{esc(v["trichyeu"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{APP}/default/download/{v["tep"]}">{esc(v["tep"].split(".")[2])}.pdf</a></td></tr>
</tbody></table>"""
    return html(layout(request, title, content, controller="vanban", function="chitiet", args=[str(vid)]))


def login_page(request: Request, function: str) -> Response:
    flash = "Đăng nhập không hợp lệ" if request.method == "POST" else ""
    label = "Lấy lại mật khẩu" if function == "request_reset_password" else "Đăng nhập"
    fields = (
        '<div class="form-group"><label for="auth_user_email">Email</label>'
        '<input class="form-control" id="auth_user_email" name="email" type="text" /></div>'
    )
    if function == "login":
        fields = (
            '<div class="form-group"><label for="auth_user_username">Tên đăng nhập</label>'
            '<input class="form-control" id="auth_user_username" name="username" type="text" /></div>'
            '<div class="form-group"><label for="auth_user_password">Mật khẩu</label>'
            '<input class="form-control" id="auth_user_password" name="password" type="password" /></div>'
        )
    content = f"""<h3>{label}</h3>
<form action="#" enctype="multipart/form-data" method="post" class="form-horizontal">{fields}
<input class="btn btn-primary" type="submit" value="{label}" />
<input name="_formkey" type="hidden" value="3b7f6c1e-0d52-4a7e-8f43-b1a9c2d04e17" />
<input name="_formname" type="hidden" value="{function}" /></form>
<p><a href="{APP}/default/user/request_reset_password">Quên mật khẩu?</a></p>"""
    return html(layout(request, label, content, function="user", args=[function], flash=flash, sidebar=False))


def search_page(request: Request) -> Response:
    q = request.params.get("tukhoa", "").strip()
    found = [s for s in STORIES if q and q.lower() in s.title.lower()] if q else []
    rows = "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in found)
    msg = f"Tìm thấy {len(found)} kết quả cho “{esc(q)}”" if q else "Vui lòng nhập từ khóa."
    content = f"""{_breadcrumb(("Tìm kiếm", None))}<h3>Tìm kiếm</h3><p>{msg}</p><ul>{rows}</ul>"""
    return html(layout(request, "Tìm kiếm", content, controller="tintuc", function="timkiem"))


def not_found(path: str) -> Response:
    return html(f"<html><body><h1>invalid function</h1><p>{esc(path)}</p></body></html>", status=404)


_XEM = re.compile(rf"^{APP}/tintuc/(xem|xem\.html)/(\d+)(?:/([a-z0-9-]+))?/?$")
_INBAI = re.compile(rf"^{APP}/tintuc/inbai/(\d+)$")
_DANHMUC = re.compile(rf"^{APP}/tintuc/danhmuc/(\d+)$")
_VANBAN = re.compile(rf"^{APP}/vanban/chitiet/(\d+)$")


class Web2pySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(f"{APP}/default/index", 301)
        if path == "/favicon.ico" or path.startswith(f"{APP}/static/"):
            return static_file(path)
        if path.startswith(f"{APP}/default/download/"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in (APP, APP + "/", f"{APP}/default", f"{APP}/default/index"):
            return home(request)
        if m := _XEM.match(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return not_found(path)
            return article(request, story, "slug" if m.group(3) else m.group(1))
        if m := _INBAI.match(path):
            story = BY_ID.get(int(m.group(1)))
            return print_view(request, story) if story else not_found(path)
        if m := _DANHMUC.match(path):
            cid = int(m.group(1))
            if cid not in CATS:
                return not_found(path)
            return listing(request, cid) or not_found(path)
        if m := _VANBAN.match(path):
            vid = int(m.group(1))
            return vanban_detail(request, vid) if vid in VANBAN else not_found(path)
        if path == f"{APP}/vanban/index" or path == f"{APP}/vanban":
            return vanban_index(request)
        if path == f"{APP}/default/gioithieu":
            return static_page(request, "gioithieu", "Giới thiệu chung", INTRO, "Giới thiệu chung")
        if path == f"{APP}/default/cocau":
            return static_page(request, "cocau", "Cơ cấu tổ chức", COCAU, "Cơ cấu tổ chức")
        if path == f"{APP}/default/lienhe":
            return static_page(request, "lienhe", "Liên hệ", LIENHE, "Liên hệ")
        if path in (f"{APP}/default/user/login", f"{APP}/default/user/request_reset_password"):
            return login_page(request, path.rsplit("/", 1)[1])
        if path == f"{APP}/default/user/register":
            return redirect(f"{APP}/default/user/login", 303)
        if path == f"{APP}/default/xemnhieu.load":
            return xemnhieu_fragment(request)
        if path == f"{APP}/tintuc/timkiem":
            return search_page(request)
        if path == f"{APP}/default/binhchon":
            if request.method == "POST":
                return redirect(f"{APP}/default/index", 303)
            return not_found(path)
        return not_found(path)


def build_site() -> Web2pySite:
    return Web2pySite()
