"""Phòng GD&ĐT thành phố Phủ Lý (Hà Nam) on a Bootstrap 4 vendor portal with ASP.NET Core-like
routes: article text that the page hides until a reader clicks, beside hidden junk that is not
the article.

Platform
--------
A provincial web vendor's "Cổng thông tin điện tử" product (ASP.NET Core MVC, Razor views,
Bootstrap 4.6 + jQuery, Font Awesome). Every page has the same chrome: a top bar with today's date
("Thứ Sáu, 04/12/2026") and the hotline, the banner with the logo, a navbar of the four sections
plus "Giới thiệu", "Hỏi đáp", "Liên hệ", a breadcrumb, a right column of widgets ("Tin đọc
nhiều", "Văn bản mới", "Liên kết website" select, "Thăm dò ý kiến" poll, the visitor counter
"Đang online / Hôm nay / Tổng truy cập") and a footer with the address and phone numbers.

Article template (``/tin-tuc/<slug>-<id>``)::

    <div class="box-chitiet">
      <div class="d-none d-print-block in-header">Phòng GD&ĐT thành phố Phủ Lý – In từ website</div>
      <h1 class="tieude-chitiet">…</h1>
      <div class="thongtin-bai"> "Ngày đăng: 19/11/2026 14:20" · "Lượt xem: 523" ·
        share/print/email icons, each with <span class="sr-only">Chia sẻ</span> labels </div>
      <div class="sapo"><strong>…</strong></div>         (some posts only)
      <div class="noidung-chitiet"> the editor's HTML </div>
      <div class="modal fade" id="modalGuiEmail"> hidden "Gửi bài viết qua email" popup </div>
      <div class="binh-luan d-none"> hidden comment form with a "Mã bảo vệ" captcha </div>
    </div>
    "Tin cùng chuyên mục" list (the 4 newest of the section, the page's own post left out).

What the editors' HTML hides until a reader clicks (all of it IS article text):

- long posts: the second half in ``<div class="noidung-an collapse" id="xemThem1">`` (Bootstrap
  hides ``.collapse``), opened by a ``Xem thêm ▼`` button just before it;
- one long post hides its second half with ``style="display:none"`` behind a "Đọc tiếp »" link
  that a small inline script (``hienPhanTiep()``) toggles;
- an accordion of plan sections: ``<div class="card"><div class="card-header"><h2><button>1. Mục
  đích</button></h2></div><div class="collapse"><div class="card-body">…</div></div></div>``;
- a ``<details><summary>Phụ lục: Danh sách học sinh đạt giải</summary><table>…</table></details>``;
- Bootstrap tabs: "Nội dung" (visible, the text) and "Tài liệu đính kèm" (hidden, a list of file
  links: NOT article text).

URL scheme
----------
- ``/`` home: a "Tin nổi bật" block, one block per section (the 4 newest Tin tức, 3 of the others)
  each with "Xem tất cả »".
- ``/chuyen-muc/<slug>`` and ``?p=<n>``: section listings, 6 per page, newest first, pager
  "« Đầu ‹ 1 2 › Cuối »" (page 1 is also linked as ``?p=1``); past the last page answers 404.
- ``/tin-tuc/<slug>-<id>``: an article. The route keys on the id: a wrong slug answers 301 to the
  right one (no page links such a URL).
- ``/gioi-thieu``, ``/lien-he`` (contact form, map), ``/hoi-dap`` (FAQ: questions in an
  accordion whose answers are collapsed: not an article).
- ``/Uploads/Images/2026/<mm>/<file>.jpg`` photos, ``/Uploads/Files/<file>.pdf`` attachments,
  ``/Content/…`` theme files, ``/Captcha/Image?k=…``. No robots.txt, no sitemap (404).

How each gold article is reached
--------------------------------
- Tin tức (7 posts): the 4 newest from the home page, the first 6 on ``/chuyen-muc/tin-tuc``; the
  oldest (``khai-mac-hoi-thi-giao-vien-chu-nhiem-gioi-cap-tieu-hoc-1202``) only on
  ``/chuyen-muc/tin-tuc?p=2`` (it is neither in "Tin đọc nhiều" nor in any "Tin cùng chuyên mục").
- Hoạt động chuyên môn, Văn bản - Thông báo, Gương điển hình (2 each): the home blocks and the
  section listings.

Traps
-----
- Hidden article text (collapse, display:none, accordion, details, the visible tab) is body; the
  "Xem thêm ▼" / "Đọc tiếp »" controls are not.
- Hidden text that is NOT the article: the print-only header, ``sr-only`` labels of the tool
  icons, the e-mail modal (it repeats the title), the hidden comment form and its "Mã bảo vệ"
  captcha, the hidden "Tài liệu đính kèm" tab, the FAQ page's collapsed answers.
- The header prints today's date "Thứ Sáu, 04/12/2026" on every page; listings print dates too.
- Photos inside hidden parts are article photos; the captcha image, logo, banner and icons are not.

Gold decisions
--------------
- title: ``h1.tieude-chitiet``; published_at: "Ngày đăng: dd/mm/yyyy HH:MM" with +07:00.
- authors/photographers: "Tin: X - Ảnh: Y"; "Tin, ảnh: X" (both); a bare right-aligned name at the
  end ("Nguyễn Thị Hồng Nhung – Tổ Văn phòng": the name only; a unit alone, "Tổ THCS", as printed);
  degrees dropped ("ThS. Lê Minh Tuấn" -> "Lê Minh Tuấn"); "Ảnh: Internet" credits nobody.
- source: "(Theo Báo Hà Nam)" -> "Báo Hà Nam".
- summary: the ``div.sapo`` lead (also the first body paragraph); null where there is none.
- body: paragraphs, sub-headings, list items, table rows (cells " | "), accordion headings and
  texts, the details' summary line then its rows; a ``<br>`` splits a paragraph in two.
- images: the photos of ``noidung-chitiet`` in order; caption = the figcaption, or the centred
  italic line right under the photo; null when nothing is printed.
- category: the breadcrumb's last section (= the section label over the title).
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
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "collapsed_text_pgd"
PLATFORM = "ASP.NET Core vendor portal (Bootstrap 4 + jQuery), /tin-tuc/<slug>-<id> routes"
START_PATH = "/"

SITE_TITLE = "Phòng Giáo dục và Đào tạo thành phố Phủ Lý"
SITE_SHORT = "Phòng GD&ĐT thành phố Phủ Lý"
HEADER_TODAY = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "van-ban-thong-bao": "Văn bản - Thông báo",
    "guong-dien-hinh": "Gương điển hình",
}

# --- the hidden-part markers, as the editor's HTML (and the vendor's snippets) print them ----

XEM_THEM_BUTTON = (
    '<div class="text-center my-3"><button class="btn btn-outline-primary btn-sm btn-xemthem" '
    'type="button" data-toggle="collapse" data-target="#xemThem1" aria-expanded="false" '
    'aria-controls="xemThem1">Xem thêm ▼</button></div>'
)
XEM_THEM_OPEN = Raw(XEM_THEM_BUTTON + '\n<div class="noidung-an collapse" id="xemThem1">')
CLOSE_DIV = Raw("</div>")
DOC_TIEP_OPEN = Raw(
    '<p class="doc-tiep"><a href="javascript:void(0)" id="lnkDocTiep" '
    'onclick="hienPhanTiep();return false;">Đọc tiếp »</a></p>\n'
    '<div id="phanTiep" style="display:none">'
)
DOC_TIEP_SCRIPT = (
    "<script>function hienPhanTiep(){document.getElementById('phanTiep').style.display='block';"
    "document.getElementById('lnkDocTiep').style.display='none';}</script>"
)
ACC_OPEN = Raw('<div class="accordion" id="accordionKeHoach">')
ACC_CLOSE = Raw("<!-- /accordion -->")
DETAILS_OPEN = Raw('<details class="phu-luc">')
DETAILS_CLOSE = Raw("</details>")
TABS_OPEN = Raw(
    '<ul class="nav nav-tabs" id="tabBaiViet" role="tablist">'
    '<li class="nav-item"><a class="nav-link active" id="tab-noidung" data-toggle="tab" '
    'href="#noidung" role="tab" aria-controls="noidung" aria-selected="true">Nội dung</a></li>'
    '<li class="nav-item"><a class="nav-link" id="tab-tailieu" data-toggle="tab" href="#tailieu" '
    'role="tab" aria-controls="tailieu" aria-selected="false">Tài liệu đính kèm '
    '<span class="badge badge-secondary">3</span></a></li></ul>\n'
    '<div class="tab-content border border-top-0 p-3" id="tabBaiVietContent">\n'
    '<div class="tab-pane fade show active" id="noidung" role="tabpanel" aria-labelledby="tab-noidung">'
)
ATTACHMENTS = [
    ("KH-kiem-tra-chuyen-de-HKI-2026-2027.pdf", "Kế hoạch số 214/KH-PGDĐT ngày 18/11/2026"),
    ("Phu-luc-1-Lich-kiem-tra.pdf", "Phụ lục 1: Lịch kiểm tra các đơn vị"),
    ("Phu-luc-2-Mau-bien-ban.pdf", "Phụ lục 2: Mẫu biên bản kiểm tra"),
]
TABS_CLOSE = Raw(
    "</div>\n"
    '<div class="tab-pane fade" id="tailieu" role="tabpanel" aria-labelledby="tab-tailieu">'
    '<ul class="list-unstyled file-dinhkem">'
    + "".join(
        f'<li><i class="fa fa-file-pdf-o text-danger"></i> <a href="/Uploads/Files/{f}" '
        f'target="_blank">{esc(label)}</a> <small class="text-muted">(PDF, 245 KB)</small></li>'
        for f, label in ATTACHMENTS
    )
    + "</ul></div>\n</div>"
)


def right(line: str) -> Raw:
    """A byline as the editors type it: a right-aligned bold paragraph."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def up(month: int, name: str) -> str:
    return f"/Uploads/Images/2026/{month:02d}/{name}"


# --- the posts, written as the editors typed them ------------------------------------------
# P styles: "h" (sub-heading <h3>), "li" (bullet), "th"/"td" (table rows), "acc" (an accordion
# card's header button), "summary" (<details> summary), "br" (this line and the next one share
# one <p>, split by <br>), "quote". Img styles: "fig" (figure/figcaption), "em" (centred
# italic line right under the photo), "none".
# opts: id, printed (the "Ngày đăng" line), month (uploads folder).

STORIES: list[Story] = [
    Story(
        1245,
        "phu-ly-to-chuc-hoi-khoe-phu-dong-cap-thanh-pho-nam-hoc-2026-2027",
        "Phủ Lý tổ chức Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027",
        "tin-tuc",
        "2026-12-02T16:05:00+07:00",
        [
            P(
                "Trong ba ngày 30/11 đến 02/12/2026, tại Nhà thi đấu thành phố và sân vận động "
                "Trường THCS Trần Phú, hơn 900 vận động viên là học sinh tiểu học và THCS của 34 "
                "trường đã tranh tài ở 8 môn thi: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, "
                "bóng đá và võ cổ truyền."
            ),
            Img(
                up(12, "hkpd-khai-mac.jpg"),
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "fig",
            ),
            P(
                "Phát biểu khai mạc, bà Nguyễn Thị Thu Hằng, Trưởng phòng GD&ĐT thành phố, nhấn mạnh "
                "Hội khỏe là dịp đánh giá kết quả công tác giáo dục thể chất, đồng thời phát hiện, bồi "
                "dưỡng những học sinh có năng khiếu để tham dự Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ XII."
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức đã trao 96 huy chương vàng, 96 huy chương bạc và 142 huy "
                "chương đồng cho các vận động viên. Giải nhất toàn đoàn khối THCS thuộc về Trường THCS "
                "Trần Phú, khối tiểu học thuộc về Trường TH Lê Hồng Phong."
            ),
            P(
                "Từ kết quả này, Phòng GD&ĐT sẽ lựa chọn 86 vận động viên thành lập đội tuyển của thành "
                "phố, tập huấn từ tháng 1/2027."
            ),
            right("Tin: Trần Thu Hà - Ảnh: Nguyễn Đức Mạnh"),
        ],
        authors=["Trần Thu Hà"],
        photographers=["Nguyễn Đức Mạnh"],
        summary=(
            "Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027 đã khép lại sau ba ngày tranh tài sôi "
            "nổi, là bước chuẩn bị cho Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ XII."
        ),
        sapo_outside=True,
        opts={"printed": "02/12/2026 16:05", "month": 12},
    ),
    Story(
        1238,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-va-tuyen-duong-nha-giao-tieu-bieu",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu",
        "tin-tuc",
        "2026-11-20T10:30:00+07:00",
        [
            P(
                "Sáng 19/11/2026, tại Hội trường UBND thành phố, Phòng GD&ĐT thành phố Phủ Lý long trọng "
                "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Dự buổi lễ có đồng chí Phạm Văn Thắng, Phó Chủ tịch UBND thành phố; lãnh đạo Sở GD&ĐT "
                "tỉnh Hà Nam; đại diện các phòng, ban, đoàn thể cùng hơn 350 cán bộ quản lý, giáo viên "
                "tiêu biểu của các trường mầm non, tiểu học và THCS trên địa bàn."
            ),
            Img(
                up(11, "ky-niem-20-11-toan-canh.jpg"),
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND thành phố",
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND thành phố",
                "fig",
            ),
            P(
                "Năm học 2025-2026, ngành giáo dục thành phố tiếp tục giữ vững vị trí dẫn đầu của tỉnh: "
                "có 128 học sinh đạt giải học sinh giỏi cấp tỉnh, 7 học sinh đạt giải quốc gia; tỷ lệ "
                "trường đạt chuẩn quốc gia đạt 92,6%."
            ),
            XEM_THEM_OPEN,
            P(
                "Ôn lại truyền thống, các đại biểu cùng nhìn lại chặng đường 44 năm xây dựng và phát "
                "triển của ngành, ghi nhận sự cống hiến thầm lặng của các thế hệ nhà giáo Phủ Lý."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND thành phố đề nghị ngành tiếp tục đổi "
                "mới phương pháp dạy học, đẩy mạnh chuyển đổi số trong quản lý và giảng dạy, quan tâm "
                "hơn nữa đến đời sống của đội ngũ giáo viên, nhất là giáo viên mầm non."
            ),
            P(
                "“Mỗi thầy cô giáo phải thực sự là một tấm gương về đạo đức, tự học và sáng tạo.”",
                "quote",
            ),
            Img(up(11, "ky-niem-20-11-khen-thuong.jpg"), None, None, "none"),
            P(
                "Dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 64 tập thể và 112 cá nhân có thành "
                "tích xuất sắc; 15 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ do giáo viên và học sinh các trường biểu "
                "diễn, với nhiều tiết mục ca ngợi tình thầy trò."
            ),
            CLOSE_DIV,
            Raw('<p style="text-align: right;"><em>Phạm Thị Lan</em></p>'),
        ],
        authors=["Phạm Thị Lan"],
        summary=(
            "Phủ Lý tôn vinh 176 tập thể và cá nhân có thành tích xuất sắc trong sự nghiệp giáo dục "
            "nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        opts={"printed": "20/11/2026 10:30", "month": 11},
    ),
    Story(
        1231,
        "truong-thcs-tran-phu-don-doan-kiem-tra-cong-nhan-truong-chuan-quoc-gia-muc-do-2",
        "Trường THCS Trần Phú đón đoàn kiểm tra công nhận trường chuẩn quốc gia mức độ 2",
        "tin-tuc",
        "2026-11-17T15:45:00+07:00",
        [
            P(
                "Ngày 16/11/2026, đoàn kiểm tra của Sở GD&ĐT Hà Nam do ông Đinh Công Thành, Phó Giám đốc "
                "Sở làm trưởng đoàn đã kiểm tra công nhận Trường THCS Trần Phú đạt chuẩn quốc gia mức độ 2."
            ),
            P(
                "Đoàn đã kiểm tra cơ sở vật chất, hồ sơ tự đánh giá, dự giờ 6 tiết dạy và làm việc với "
                "Ban giám hiệu, đại diện Ban đại diện cha mẹ học sinh."
            ),
            Img(
                up(11, "thcs-tran-phu-kiem-tra.jpg"),
                "Đoàn kiểm tra thăm phòng học bộ môn Khoa học tự nhiên",
                "Đoàn kiểm tra thăm phòng học bộ môn Khoa học tự nhiên",
                "em",
            ),
            P(
                "Kết luận, đoàn đánh giá nhà trường đáp ứng đủ 5 tiêu chuẩn của trường chuẩn quốc gia mức "
                "độ 2 và sẽ trình Chủ tịch UBND tỉnh ra quyết định công nhận."
            ),
            right("Tin: Đỗ Văn Hùng - Ảnh: CLB Nhiếp ảnh"),
        ],
        authors=["Đỗ Văn Hùng"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"printed": "17/11/2026 15:45", "month": 11},
    ),
    Story(
        1224,
        "hoc-sinh-phu-ly-hao-hung-voi-ngay-hoi-doc-sach-mua-thu",
        "Học sinh Phủ Lý hào hứng với Ngày hội đọc sách mùa thu",
        "tin-tuc",
        "2026-11-08T09:15:00+07:00",
        [
            P(
                "Sáng 07/11, tại Thư viện tỉnh Hà Nam, Phòng GD&ĐT thành phố Phủ Lý phối hợp với Thư viện "
                "tỉnh tổ chức Ngày hội đọc sách mùa thu với chủ đề “Sách - người bạn đồng hành”."
            ),
            P(
                "Hơn 1.500 học sinh của 18 trường tiểu học và THCS đã tham gia các hoạt động: giới thiệu "
                "sách, kể chuyện theo sách, vẽ tranh nhân vật yêu thích và rung chuông vàng về kiến thức "
                "văn học."
            ),
            Img(
                up(11, "ngay-hoi-doc-sach.jpg"),
                "Học sinh Trường TH Quang Trung giới thiệu sách tại gian trưng bày",
                "Học sinh Trường TH Quang Trung giới thiệu sách tại gian trưng bày",
                "em",
            ),
            DOC_TIEP_OPEN,
            P(
                "Điểm nhấn của ngày hội là cuộc thi “Đại sứ văn hóa đọc” với 24 thí sinh vào chung kết. Em "
                "Lê Phương Anh, học sinh lớp 8A Trường THCS Lê Hồng Phong giành giải Nhất với bài thuyết "
                "trình về cuốn “Dế Mèn phiêu lưu ký”."
            ),
            P(
                "Các trường cũng mang đến ngày hội mô hình “Thư viện xanh”, “Tủ sách lớp học” và góc đọc "
                "ngoài trời, thu hút đông đảo phụ huynh tham quan."
            ),
            P(
                "Theo kế hoạch, từ nay đến hết năm học, mỗi trường sẽ duy trì tiết đọc thư viện mỗi tuần "
                "và phát động phong trào quyên góp sách cho học sinh vùng khó khăn."
            ),
            CLOSE_DIV,
            Raw('<p style="text-align: right;"><em>(Theo Báo Hà Nam)</em></p>'),
        ],
        source="Báo Hà Nam",
        opts={"printed": "08/11/2026 09:15", "month": 11, "script": True},
    ),
    Story(
        1217,
        "tap-huan-cong-tac-phong-chay-chua-chay-va-cuu-nan-cuu-ho-trong-truong-hoc",
        "Tập huấn công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trong trường học",
        "tin-tuc",
        "2026-10-30T14:00:00+07:00",
        [
            P(
                "Ngày 29/10/2026, Phòng GD&ĐT phối hợp với Phòng Cảnh sát PCCC và CNCH Công an tỉnh Hà Nam "
                "tổ chức tập huấn nghiệp vụ phòng cháy, chữa cháy cho 210 cán bộ, giáo viên, nhân viên các "
                "trường học."
            ),
            P("Nội dung tập huấn gồm:"),
            P("Kiến thức pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ;", "li"),
            P("Kỹ năng thoát nạn, hướng dẫn học sinh thoát nạn khi có cháy;", "li"),
            P("Thực hành sử dụng bình chữa cháy, lăng vòi chữa cháy tại chỗ.", "li"),
            Img(up(10, "tap-huan-pccc.jpg"), None, None, "none"),
            P(
                "Sau tập huấn, 100% đơn vị rà soát phương án chữa cháy tại chỗ, bổ sung trang thiết bị "
                "và tổ chức diễn tập cho học sinh trước ngày 30/12/2026."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Internet</em></p>'),
        ],
        opts={"printed": "30/10/2026 14:00", "month": 10},
    ),
    Story(
        1209,
        "hoi-nghi-can-bo-cong-chuc-vien-chuc-phong-gd-dt-nam-2026",
        "Hội nghị cán bộ, công chức, viên chức Phòng GD&ĐT năm 2026",
        "tin-tuc",
        "2026-10-21T08:40:00+07:00",
        [
            P(
                "Chiều 20/10/2026, Phòng GD&ĐT thành phố Phủ Lý tổ chức Hội nghị cán bộ, công chức, viên "
                "chức năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2025 và bàn giải pháp cho năm "
                "tới."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết, báo cáo công khai tài chính và thảo luận sửa đổi Quy "
                "chế chi tiêu nội bộ, Quy chế dân chủ ở cơ quan."
            ),
            P(
                "Các đại biểu thống nhất tiếp tục đẩy mạnh cải cách hành chính, 100% hồ sơ công việc được "
                "xử lý trên môi trường mạng, phấn đấu cơ quan đạt danh hiệu “Cơ quan văn hóa”."
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 thành viên và ký giao ước "
                "thi đua năm 2026."
            ),
            right("Nguyễn Thị Hồng Nhung – Tổ Văn phòng"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"printed": "21/10/2026 08:40", "month": 10},
    ),
    Story(
        1202,
        "khai-mac-hoi-thi-giao-vien-chu-nhiem-gioi-cap-tieu-hoc",
        "Khai mạc Hội thi giáo viên chủ nhiệm lớp giỏi cấp tiểu học",
        "tin-tuc",
        "2026-10-12T16:20:00+07:00",
        [
            P(
                "Chiều 12/10/2026, tại Trường TH Lam Hạ, Phòng GD&ĐT thành phố khai mạc Hội thi giáo viên "
                "chủ nhiệm lớp giỏi cấp tiểu học năm học 2026-2027."
            ),
            P(
                "Tham gia hội thi có 46 giáo viên của 18 trường tiểu học. Mỗi giáo viên trình bày biện "
                "pháp giáo dục học sinh và tổ chức một tiết sinh hoạt lớp trước Ban giám khảo."
            ),
            Img(
                up(10, "gvcn-gioi-khai-mac.jpg"),
                "Tiết sinh hoạt lớp của cô Trần Thị Ngọc Ánh, Trường TH Lam Hạ",
                "Tiết sinh hoạt lớp của cô Trần Thị Ngọc Ánh, Trường TH Lam Hạ",
                "fig",
            ),
            P("Hội thi diễn ra đến hết ngày 16/10/2026, kết quả sẽ được công bố tại lễ bế mạc."),
            right("Tin: ThS. Lê Minh Tuấn - Ảnh: Hoàng Anh"),
        ],
        authors=["Lê Minh Tuấn"],
        photographers=["Hoàng Anh"],
        opts={"printed": "12/10/2026 16:20", "month": 10},
    ),
    Story(
        1241,
        "ke-hoach-to-chuc-chuyen-de-day-hoc-stem-cap-thcs-nam-hoc-2026-2027",
        "Kế hoạch tổ chức chuyên đề dạy học STEM cấp THCS năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-11-25T14:20:00+07:00",
        [
            P(
                "Căn cứ Công văn số 3089/BGDĐT-GDTrH về triển khai giáo dục STEM trong giáo dục trung học "
                "và Kế hoạch nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thành phố xây dựng kế hoạch tổ chức "
                "chuyên đề dạy học STEM cấp THCS như sau:"
            ),
            ACC_OPEN,
            P("1. Mục đích", "acc"),
            P(
                "Nâng cao năng lực thiết kế và tổ chức bài học STEM cho giáo viên các môn Khoa học tự "
                "nhiên, Công nghệ, Tin học và Toán; tạo môi trường để học sinh vận dụng kiến thức liên môn "
                "giải quyết vấn đề thực tiễn."
            ),
            P("2. Yêu cầu", "acc"),
            P(
                "Bài học STEM được xây dựng theo quy trình 5 bước, bám sát yêu cầu cần đạt của Chương "
                "trình GDPT 2018; sản phẩm của học sinh có tính ứng dụng, sử dụng vật liệu dễ tìm, an toàn."
            ),
            P("3. Thời gian, địa điểm", "acc"),
            P("Cụm 1: ngày 08/12/2026 tại Trường THCS Lê Hồng Phong.", "li"),
            P("Cụm 2: ngày 10/12/2026 tại Trường THCS Lam Hạ.", "li"),
            P("Cụm 3: ngày 15/12/2026 tại Trường THCS Liêm Chính.", "li"),
            P("4. Tổ chức thực hiện", "acc"),
            P(
                "Tổ THCS Phòng GD&ĐT chủ trì, hướng dẫn các trường đăng ký bài dạy minh họa trước ngày "
                "02/12/2026. Hiệu trưởng các trường cử giáo viên dự chuyên đề đầy đủ, đúng thành phần và "
                "tổ chức sinh hoạt chuyên môn lại tại đơn vị sau chuyên đề."
            ),
            ACC_CLOSE,
            right("Tổ THCS"),
        ],
        authors=["Tổ THCS"],
        opts={"printed": "25/11/2026 14:20", "month": 11},
    ),
    Story(
        1228,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-th-le-hong-phong",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường TH Lê Hồng Phong",
        "hoat-dong-chuyen-mon",
        "2026-11-13T10:00:00+07:00",
        [
            P(
                "Ngày 12/11/2026, Trường TH Lê Hồng Phong tổ chức sinh hoạt chuyên môn theo nghiên cứu bài "
                "học cụm trường phía Bắc thành phố với bài dạy minh họa môn Tiếng Việt lớp 4."
            ),
            Img(
                up(11, "shcm-le-hong-phong.jpg"),
                "Cô Vũ Thu Trang dạy minh họa bài “Chiếc ví”",
                "Cô Vũ Thu Trang dạy minh họa bài “Chiếc ví”",
                "fig",
            ),
            P(
                "Tiết dạy được thiết kế theo hướng phát triển năng lực đọc hiểu, học sinh làm việc nhóm, "
                "chia sẻ cảm nhận về nhân vật và liên hệ với bản thân."
            ),
            XEM_THEM_OPEN,
            P("Những điểm được ghi nhận", "h"),
            P(
                "Người dự giờ tập trung quan sát hoạt động học của học sinh thay vì nhận xét giáo viên; "
                "chỉ ra những thời điểm học sinh gặp khó khăn và nguyên nhân."
            ),
            P(
                "Các giáo viên đề xuất điều chỉnh câu hỏi gợi mở ở phần luyện đọc, tăng thời gian cho học "
                "sinh tự đọc thầm và nêu câu hỏi với bạn."
            ),
            P("Hướng triển khai", "h"),
            P(
                "Từ tháng 12, các trường trong cụm luân phiên tổ chức mỗi tháng một buổi sinh hoạt chuyên "
                "môn theo nghiên cứu bài học, ưu tiên các môn Tiếng Việt, Toán và Tiếng Anh."
            ),
            CLOSE_DIV,
            right("Tin: Vũ Thị Mai - Ảnh: Trần Quốc Bảo"),
        ],
        authors=["Vũ Thị Mai"],
        photographers=["Trần Quốc Bảo"],
        summary=(
            "Buổi sinh hoạt chuyên môn thu hút 62 cán bộ quản lý, giáo viên của 6 trường tiểu học phía "
            "Bắc thành phố."
        ),
        sapo_outside=True,
        opts={"printed": "13/11/2026 10:00", "month": 11},
    ),
    Story(
        1243,
        "thong-bao-ket-qua-hoi-thi-olympic-tieng-anh-cap-thanh-pho-nam-hoc-2026-2027",
        "Thông báo kết quả Hội thi Olympic Tiếng Anh cấp thành phố năm học 2026-2027",
        "van-ban-thong-bao",
        "2026-11-27T17:10:00+07:00",
        [
            P(
                "Căn cứ kết quả chấm thi của Ban giám khảo, Phòng GD&ĐT thành phố Phủ Lý thông báo kết quả "
                "Hội thi Olympic Tiếng Anh cấp thành phố năm học 2026-2027 dành cho học sinh lớp 5 và lớp 9."
            ),
            P(
                "Toàn thành phố có 186 học sinh dự thi, 74 học sinh đạt giải (8 giải Nhất, 16 giải Nhì, "
                "22 giải Ba và 28 giải Khuyến khích)."
            ),
            P(
                "Lễ trao giải được tổ chức lúc 14 giờ 00 ngày 05/12/2026 tại Hội trường Phòng GD&ĐT. Các "
                "trường thông báo cho học sinh đạt giải và phụ huynh tham dự đầy đủ."
            ),
            DETAILS_OPEN,
            P("Phụ lục: Danh sách học sinh đạt giải Nhất", "summary"),
            P("TT | Họ và tên | Lớp | Trường | Giải", "th"),
            P("1 | Nguyễn Minh Khôi | 9A | THCS Trần Phú | Nhất", "td"),
            P("2 | Lê Hà Linh | 9B | THCS Lê Hồng Phong | Nhất", "td"),
            P("3 | Phạm Gia Bảo | 9A1 | THCS Lam Hạ | Nhất", "td"),
            P("4 | Trần Khánh Vy | 9C | THCS Trần Phú | Nhất", "td"),
            P("5 | Đặng Tuấn Kiệt | 5A | TH Lê Hồng Phong | Nhất", "td"),
            P("6 | Vũ Ngọc Anh | 5B | TH Quang Trung | Nhất", "td"),
            P("7 | Hoàng Bảo Châu | 5A2 | TH Lam Hạ | Nhất", "td"),
            P("8 | Ngô Đức Trí | 5C | TH Lê Hồng Phong | Nhất", "td"),
            DETAILS_CLOSE,
        ],
        opts={"printed": "27/11/2026 17:10", "month": 11},
    ),
    Story(
        1235,
        "ke-hoach-kiem-tra-chuyen-de-hoc-ky-i-nam-hoc-2026-2027",
        "Kế hoạch kiểm tra chuyên đề học kỳ I năm học 2026-2027",
        "van-ban-thong-bao",
        "2026-11-19T14:20:00+07:00",
        [
            TABS_OPEN,
            P(
                "Thực hiện nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thành phố ban hành Kế hoạch số "
                "214/KH-PGDĐT về kiểm tra chuyên đề học kỳ I đối với các trường mầm non, tiểu học và THCS."
            ),
            P("Nội dung kiểm tra", "h"),
            P("Việc thực hiện chương trình, kế hoạch giáo dục của nhà trường;", "li"),
            P("Công tác kiểm tra nội bộ, hồ sơ chuyên môn của tổ và giáo viên;", "li"),
            P("Việc sử dụng thiết bị dạy học, công tác thư viện;", "li"),
            P("Công tác bán trú, bảo đảm an toàn thực phẩm (đối với trường có bán trú).", "li"),
            P("Thời gian: từ ngày 23/11/2026 đến ngày 25/12/2026.", "br"),
            P("Lịch kiểm tra cụ thể từng đơn vị tại Phụ lục 1 kèm theo."),
            P(
                "Đề nghị Hiệu trưởng các trường chuẩn bị đầy đủ hồ sơ, bố trí phòng làm việc và thông "
                "báo cho cán bộ, giáo viên biết để thực hiện."
            ),
            TABS_CLOSE,
        ],
        opts={"printed": "19/11/2026 14:20", "month": 11},
    ),
    Story(
        1239,
        "co-giao-nguyen-thi-thanh-huong-hai-muoi-nam-gieo-chu-ben-dong-song-day",
        "Cô giáo Nguyễn Thị Thanh Hương – hai mươi năm gieo chữ bên dòng sông Đáy",
        "guong-dien-hinh",
        "2026-11-21T08:00:00+07:00",
        [
            P(
                "Hai mươi năm gắn bó với Trường TH Phù Vân, cô giáo Nguyễn Thị Thanh Hương đã dìu dắt hàng "
                "trăm lứa học trò vùng bãi ven sông Đáy."
            ),
            Img(
                up(11, "co-thanh-huong.jpg"),
                "Cô Thanh Hương trong giờ lên lớp",
                "Cô Thanh Hương trong giờ lên lớp",
                "fig",
            ),
            P(
                "Tốt nghiệp Trường Cao đẳng Sư phạm Hà Nam năm 2006, cô Hương xin về dạy ở điểm trường lẻ "
                "của xã Phù Vân, nơi khi ấy học sinh phải lội qua những con đường đất lầy lội vào mùa mưa."
            ),
            P(
                "Nhiều em là con em gia đình làm nghề chài lưới, bố mẹ đi làm ăn xa; cô vừa dạy chữ, vừa "
                "chăm lo bữa ăn, giấc ngủ trưa cho các em."
            ),
            XEM_THEM_OPEN,
            P(
                "Không dừng lại ở những bài giảng trên lớp, cô Hương là một trong những giáo viên đầu tiên "
                "của thành phố ứng dụng công nghệ thông tin vào dạy học. Những bài giảng điện tử của cô "
                "nhiều lần đạt giải cấp tỉnh và được chia sẻ trên kho học liệu số của ngành."
            ),
            P(
                "“Điều tôi mong muốn nhất là các em đến trường mỗi ngày đều thấy vui”, cô chia sẻ.",
                "quote",
            ),
            Img(
                up(11, "co-thanh-huong-hoc-tro.jpg"),
                "Cô Hương cùng học trò trong giờ đọc sách ngoài trời",
                "Cô Hương cùng học trò trong giờ đọc sách ngoài trời",
                "em",
            ),
            P(
                "Với những đóng góp của mình, cô Hương đã 8 năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở, "
                "được Chủ tịch UBND tỉnh tặng Bằng khen năm 2024 và được tuyên dương là nhà giáo tiêu biểu "
                "nhân dịp 20/11 năm nay."
            ),
            P(
                "Đồng nghiệp gọi cô là “người giữ lửa” của trường, bởi cô luôn sẵn sàng nhận những lớp có "
                "nhiều học sinh khó khăn và dìu dắt các giáo viên trẻ mới vào nghề."
            ),
            CLOSE_DIV,
            right("Tin, ảnh: Minh Châu"),
        ],
        authors=["Minh Châu"],
        photographers=["Minh Châu"],
        summary=(
            "Giữa vùng bãi ven sông Đáy, cô giáo Nguyễn Thị Thanh Hương đã lặng lẽ gieo chữ suốt hai "
            "mươi năm, trở thành tấm gương sáng về lòng yêu nghề, mến trẻ."
        ),
        sapo_outside=True,
        opts={"printed": "21/11/2026 08:00", "month": 11},
    ),
    Story(
        1213,
        "em-tran-bao-ngoc-vuot-kho-dat-giai-nhat-hoc-sinh-gioi-cap-tinh",
        "Em Trần Bảo Ngọc vượt khó đạt giải Nhất học sinh giỏi cấp tỉnh",
        "guong-dien-hinh",
        "2026-10-26T09:30:00+07:00",
        [
            P(
                "Mồ côi cha từ năm lớp 3, Trần Bảo Ngọc, học sinh lớp 9A Trường THCS Liêm Chính, vẫn luôn "
                "là học sinh giỏi toàn diện và vừa giành giải Nhất môn Ngữ văn kỳ thi học sinh giỏi cấp tỉnh."
            ),
            P(
                "Ngoài giờ học, Ngọc phụ mẹ bán hàng ở chợ Bầu và chăm em nhỏ. Em tự học qua sách mượn của "
                "thư viện trường và các bài giảng trực tuyến."
            ),
            Img(
                up(10, "tran-bao-ngoc.jpg"),
                "Trần Bảo Ngọc (giữa) cùng cô giáo chủ nhiệm và các bạn",
                "Trần Bảo Ngọc (giữa) cùng cô giáo chủ nhiệm và các bạn",
                "fig",
            ),
            P(
                "Nhà trường đã đề nghị Hội Khuyến học thành phố trao học bổng “Vượt khó học giỏi” cho em "
                "trong năm học này."
            ),
            Raw('<p style="text-align: right;"><em>(Theo Báo Hà Nam)</em></p>'),
        ],
        source="Báo Hà Nam",
        opts={"printed": "26/10/2026 09:30", "month": 10},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}"


GOLD = [gold_record(s, article_path(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/chuyen-muc/tin-tuc?p=2",
    "/chuyen-muc/van-ban-thong-bao",
    "/gioi-thieu",
    "/lien-he",
    "/hoi-dap",
]

#: "Tin đọc nhiều": fixed by the vendor's view counter (the oldest Tin tức post is not in it)
MOST_READ = [1238, 1241, 1224, 1245, 1239]


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def in_cat(cat: str) -> list[Story]:
    return newest([s for s in STORIES if s.cat == cat])


def short_date(story: Story) -> str:
    return story.opts["printed"].split(" ")[0]


# --- printing -------------------------------------------------------------------------------


def _img(img: Img) -> str:
    tag = f'<img class="img-fluid" src="{img.src}" alt="{esc(img.printed or "")}">'
    if img.style == "fig":
        return (
            f'<figure class="figure d-block text-center">{tag}'
            f'<figcaption class="figure-caption text-center">{esc(img.printed or "")}</figcaption>'
            "</figure>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


def render_content(story: Story) -> str:
    """The editor's HTML of ``noidung-chitiet`` (and the vendor's hidden-part snippets)."""
    out: list[str] = []
    group = ""  # "ul" | "table" | ""
    card = 0
    card_open = False
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        kind = ""
        if isinstance(b, P) and b.style == "li":
            kind = "ul"
        elif isinstance(b, P) and b.style in ("th", "td"):
            kind = "table"
        if group and kind != group:
            out.append("</ul>" if group == "ul" else "</tbody></table>")
            group = ""
        if kind and not group:
            out.append(
                "<ul>" if kind == "ul" else '<table class="table table-bordered table-sm"><tbody>'
            )
            group = kind
        if isinstance(b, Raw):
            if b == ACC_CLOSE:
                if card_open:
                    out.append("</div></div></div>")
                    card_open = False
                out.append("</div>")
            else:
                out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif kind == "ul":
            out.append(f"<li>{text(b.text)}</li>")
        elif kind == "table":
            tag = "th" if b.style == "th" else "td"
            cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in b.text.split(" | "))
            out.append(f"<tr>{cells}</tr>")
        elif b.style == "acc":
            if card_open:
                out.append("</div></div></div>")
            card += 1
            out.append(
                f'<div class="card">\n<div class="card-header" id="heading{card}"><h2 class="mb-0">'
                f'<button class="btn btn-link btn-block text-left collapsed" type="button" '
                f'data-toggle="collapse" data-target="#collapse{card}" aria-expanded="false" '
                f'aria-controls="collapse{card}">{text(b.text)}</button></h2></div>\n'
                f'<div id="collapse{card}" class="collapse" aria-labelledby="heading{card}" '
                f'data-parent="#accordionKeHoach">\n<div class="card-body">'
            )
            card_open = True
        elif b.style == "summary":
            out.append(f"<summary><strong>{text(b.text)}</strong></summary>")
        elif b.style == "h":
            out.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{text(b.text)}<br />\n{text(nxt.text)}</p>'
            )
            i += 1
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    if group:
        out.append("</ul>" if group == "ul" else "</tbody></table>")
    return "\n".join(out)


def layout(
    title: str, crumbs: list[tuple[str, str]], main: str, head: str = "", foot: str = ""
) -> str:
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/chuyen-muc/{k}">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    crumb = '<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
    for i, (href, label) in enumerate(crumbs):
        if i == len(crumbs) - 1:
            crumb += f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>'
        else:
            crumb += f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>'
    crumb = (
        f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb}</ol></nav>' if crumbs else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/Content/vendor/bootstrap/css/bootstrap.min.css?v=4.6.2">
<link rel="stylesheet" href="/Content/vendor/font-awesome/css/font-awesome.min.css">
<link rel="stylesheet" href="/Content/themes/pgd-blue/site.css?v=20260915">
<link rel="icon" href="/favicon.ico">
{head}
</head>
<body>
<div class="topbar bg-primary text-white small py-1">
<div class="container d-flex justify-content-between">
<span class="ngay-hien-tai"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
<span><i class="fa fa-phone"></i> Đường dây nóng: 0226 3852 146 <span class="sr-only">Số điện thoại</span></span>
</div></div>
<header class="banner"><div class="container py-2">
<a href="/"><img src="/Content/themes/pgd-blue/images/logo-pgd.png" alt="{esc(SITE_SHORT)}" class="logo"></a>
<img src="/Content/themes/pgd-blue/images/banner-chu.png" alt="" class="d-none d-md-inline">
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#menuChinh" aria-controls="menuChinh" aria-expanded="false"><span class="navbar-toggler-icon"></span><span class="sr-only">Menu</span></button>
<div class="collapse navbar-collapse" id="menuChinh"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i><span class="sr-only">Trang chủ</span></a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
{nav}
<li class="nav-item"><a class="nav-link" href="/hoi-dap">Hỏi đáp</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
</ul>
<form class="form-inline ml-auto" action="/tim-kiem" method="get"><input class="form-control form-control-sm" name="tukhoa" placeholder="Tìm kiếm..."><button class="btn btn-sm btn-light ml-1" type="submit"><i class="fa fa-search"></i><span class="sr-only">Tìm</span></button></form>
</div></div></nav>
<div class="container mt-3">
{crumb}
<div class="row">
<main class="col-lg-8">
{main}
</main>
<aside class="col-lg-4">{sidebar()}</aside>
</div></div>
<footer class="footer bg-dark text-white-50 mt-4 py-3 small"><div class="container">
<p class="mb-1 text-white"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PHỦ LÝ</strong></p>
<p class="mb-1">Địa chỉ: Số 12 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>
<p class="mb-1">Điện thoại: 0226 3852 146 - Fax: 0226 3852 147 - Email: pgdphuly@hanam.edu.vn</p>
<p class="mb-0">Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thu Hằng - Trưởng phòng. Thiết kế bởi HNTech.</p>
</div></footer>
<script src="/Content/vendor/jquery/jquery-3.6.0.min.js"></script>
<script src="/Content/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
{foot}
</body></html>"""


def sidebar() -> str:
    most = "".join(
        f'<li class="media mb-2"><img class="mr-2" src="{BY_ID[i].images[0].src if BY_ID[i].images else "/Content/themes/pgd-blue/images/no-image.png"}" width="80" alt="">'
        f'<div class="media-body"><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></div></li>'
        for i in MOST_READ
    )
    docs = "".join(
        f'<li><a href="/Uploads/Files/{f}" target="_blank"><i class="fa fa-file-pdf-o"></i> {esc(label)}</a></li>'
        for f, label in ATTACHMENTS[:1]
    )
    return f"""<div class="widget card mb-3"><div class="card-header bg-primary text-white">Tin đọc nhiều</div>
<ul class="list-unstyled card-body mb-0">{most}</ul></div>
<div class="widget card mb-3"><div class="card-header bg-primary text-white">Văn bản mới</div>
<ul class="card-body mb-0">{docs}
<li><a href="/Uploads/Files/CV-huong-dan-nhiem-vu-nam-hoc-2026-2027.pdf" target="_blank"><i class="fa fa-file-pdf-o"></i> Công văn số 185/PGDĐT hướng dẫn nhiệm vụ năm học 2026-2027</a></li></ul></div>
<div class="widget card mb-3"><div class="card-header bg-primary text-white">Thăm dò ý kiến</div>
<form class="card-body" action="/binh-chon" method="post"><p>Bạn đánh giá thế nào về giao diện website mới?</p>
<div class="form-check"><input class="form-check-input" type="radio" name="ykien" value="1" id="yk1"><label class="form-check-label" for="yk1">Đẹp, dễ sử dụng</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="ykien" value="2" id="yk2"><label class="form-check-label" for="yk2">Bình thường</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="ykien" value="3" id="yk3"><label class="form-check-label" for="yk3">Khó tìm thông tin</label></div>
<button type="submit" class="btn btn-sm btn-primary mt-2">Bình chọn</button> <button type="button" class="btn btn-sm btn-secondary mt-2">Xem kết quả</button></form></div>
<div class="widget card mb-3"><div class="card-header bg-primary text-white">Liên kết website</div>
<div class="card-body"><select class="form-control form-control-sm" onchange="if(this.value)window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hanam.edu.vn">Sở GD&amp;ĐT Hà Nam</option>
<option value="https://phuly.hanam.gov.vn">Cổng TTĐT thành phố Phủ Lý</option></select>
<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img class="img-fluid mt-2" src="/Content/themes/pgd-blue/images/banner-csdl-nganh.png" alt="CSDL ngành"></a></div></div>
<div class="widget card mb-3"><div class="card-header bg-primary text-white">Thống kê truy cập</div>
<ul class="list-unstyled card-body mb-0 thong-ke">
<li><i class="fa fa-user"></i> Đang online: <strong>27</strong></li>
<li><i class="fa fa-calendar-check-o"></i> Hôm nay: <strong>1.284</strong></li>
<li><i class="fa fa-bar-chart"></i> Tổng truy cập: <strong>2.617.530</strong></li></ul></div>"""


def hidden_junk(story: Story, request: Request) -> str:
    """The e-mail popup and the hidden comment form of every article box."""
    link = base_url(request) + article_path(story)
    return f"""<div class="modal fade" id="modalGuiEmail" tabindex="-1" role="dialog" aria-labelledby="modalGuiEmailLabel" aria-hidden="true">
<div class="modal-dialog" role="document"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="modalGuiEmailLabel">Gửi bài viết qua email</h5>
<button type="button" class="close" data-dismiss="modal" aria-label="Đóng"><span aria-hidden="true">&times;</span></button></div>
<div class="modal-body"><p>Bạn đang chia sẻ bài viết: <strong>{esc(story.title)}</strong></p>
<p class="small text-muted">{esc(link)}</p>
<input class="form-control mb-2" type="email" placeholder="Email người nhận">
<textarea class="form-control" rows="3" placeholder="Lời nhắn"></textarea></div>
<div class="modal-footer"><button type="button" class="btn btn-secondary" data-dismiss="modal">Đóng</button><button type="button" class="btn btn-primary">Gửi</button></div>
</div></div></div>
<div class="binh-luan d-none" id="frmBinhLuan">
<h4>Ý kiến bạn đọc</h4>
<form action="/BinhLuan/Gui" method="post">
<input type="hidden" name="BaiVietId" value="{story.id}">
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Kx{story.id}Q2pLrT0vYb7wNhZs">
<div class="form-row"><div class="col"><input class="form-control" name="HoTen" placeholder="Họ và tên"></div>
<div class="col"><input class="form-control" name="Email" placeholder="Email"></div></div>
<textarea class="form-control my-2" name="NoiDung" rows="4" placeholder="Nội dung ý kiến (tiếng Việt có dấu)"></textarea>
<div class="ma-bao-ve" style="display:none"><label>Mã bảo vệ</label>
<img src="/Captcha/Image?k={story.id}" alt="Mã bảo vệ"> <input class="form-control d-inline-block w-25" name="MaBaoVe">
<small class="text-muted">Nhập các ký tự trong hình</small></div>
<button type="submit" class="btn btn-primary btn-sm">Gửi ý kiến</button>
</form></div>"""


def article_page(request: Request, story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    path = article_path(story)
    sapo = (
        f'<div class="sapo mb-3"><strong>{text(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    related_list = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> '
        f'<span class="text-muted small">({short_date(s)})</span></li>'
        for s in in_cat(story.cat)[:4]
        if s.id != story.id
    )
    main = f"""<div class="box-chitiet">
<div class="d-none d-print-block in-header">{esc(SITE_SHORT)} – In từ website</div>
<div class="nhan-chuyenmuc"><a href="/chuyen-muc/{story.cat}" class="badge badge-primary">{esc(cat)}</a></div>
<h1 class="tieude-chitiet">{esc(story.title)}</h1>
<div class="thongtin-bai d-flex justify-content-between text-muted small border-bottom pb-2 mb-3">
<div><span class="ngay-dang"><i class="fa fa-clock-o"></i> Ngày đăng: {story.opts["printed"]}</span>
<span class="luot-xem ml-3"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span></div>
<div class="cong-cu">
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request) + path)}" target="_blank" rel="noopener"><i class="fa fa-facebook-square"></i><span class="sr-only">Chia sẻ</span></a>
<a href="https://zalo.me/share?u={esc(base_url(request) + path)}" target="_blank" rel="noopener"><i class="fa fa-comment"></i><span class="sr-only">Chia sẻ qua Zalo</span></a>
<a href="#" data-toggle="modal" data-target="#modalGuiEmail"><i class="fa fa-envelope"></i><span class="sr-only">Gửi email</span></a>
<a href="javascript:window.print()"><i class="fa fa-print"></i><span class="sr-only">In bài viết</span></a>
</div></div>
{sapo}
<div class="noidung-chitiet">
{render_content(story)}
</div>
{hidden_junk(story, request)}
</div>
<div class="tin-lienquan mt-4"><h4 class="tieude-khoi">Tin cùng chuyên mục</h4>
<ul>{related_list}</ul></div>"""
    head = f'<link rel="canonical" href="{base_url(request)}{path}">\n<meta property="og:title" content="{esc(story.title)}">'
    foot = DOC_TIEP_SCRIPT if story.opts.get("script") else ""
    crumbs = [(f"/chuyen-muc/{story.cat}", cat)]
    return html(layout(f"{story.title} - {SITE_SHORT}", crumbs, main, head, foot))


def item(story: Story) -> str:
    thumb = story.images[0].src if story.images else "/Content/themes/pgd-blue/images/no-image.png"
    lead = story.summary or story.paragraphs[0]
    words = lead.split()
    lead = " ".join(words[:30]) + (" ..." if len(words) > 30 else "")
    return f"""<div class="media tin-item border-bottom py-3">
<a href="{article_path(story)}"><img class="mr-3" src="{thumb}" width="180" alt="{esc(story.title)}"></a>
<div class="media-body"><h3 class="h6"><a href="{article_path(story)}">{esc(story.title)}</a></h3>
<p class="small text-muted mb-1"><i class="fa fa-calendar"></i> {short_date(story)}</p>
<p class="mb-0">{esc(lead)}</p></div></div>"""


def pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    base = f"/chuyen-muc/{cat}?p="
    parts = [f'<li class="page-item"><a class="page-link" href="{base}1">« Đầu</a></li>']
    if page > 1:
        parts.append(
            f'<li class="page-item"><a class="page-link" href="{base}{page - 1}">‹</a></li>'
        )
    for n in range(1, pages + 1):
        active = " active" if n == page else ""
        parts.append(
            f'<li class="page-item{active}"><a class="page-link" href="{base}{n}">{n}</a></li>'
        )
    if page < pages:
        parts.append(
            f'<li class="page-item"><a class="page-link" href="{base}{page + 1}">›</a></li>'
        )
    parts.append(f'<li class="page-item"><a class="page-link" href="{base}{pages}">Cuối »</a></li>')
    return f'<nav><ul class="pagination pagination-sm justify-content-center mt-3">{"".join(parts)}</ul></nav>'


def listing_page(request: Request, cat: str) -> Response | None:
    raw = request.params.get("p", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    page = int(raw)
    posts = in_cat(cat)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATEGORIES[cat]
    main = (
        f'<h2 class="tieude-khoi">{esc(name)}</h2>\n'
        + "\n".join(item(s) for s in chunk)
        + pager(cat, page, pages)
    )
    title = f"{name} - Trang {page} - {SITE_SHORT}" if page > 1 else f"{name} - {SITE_SHORT}"
    return html(layout(title, [(f"/chuyen-muc/{cat}", name)], main))


def home(request: Request) -> Response:
    hot = [BY_ID[i] for i in (1245, 1241, 1238)]
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{article_path(s)}">'
        f'<img class="d-block w-100" src="{s.images[0].src if s.images else "/Content/themes/pgd-blue/images/no-image.png"}" alt="">'
        f'<div class="carousel-caption"><h5>{esc(s.title)}</h5></div></a></div>'
        for n, s in enumerate(hot)
    )
    blocks = []
    for key, name in CATEGORIES.items():
        count = 4 if key == "tin-tuc" else 3
        items = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <small class="text-muted">{short_date(s)}</small></li>'
            for s in in_cat(key)[:count]
        )
        blocks.append(
            f'<section class="khoi-chuyenmuc mb-4"><h2 class="tieude-khoi"><a href="/chuyen-muc/{key}">{esc(name)}</a></h2>'
            f'<ul>{items}</ul><a class="small" href="/chuyen-muc/{key}">Xem tất cả »</a></section>'
        )
    main = (
        '<div id="tinNoiBat" class="carousel slide mb-4" data-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div>'
        '<a class="carousel-control-prev" href="#tinNoiBat" role="button" data-slide="prev"><span class="carousel-control-prev-icon"></span><span class="sr-only">Trước</span></a>'
        '<a class="carousel-control-next" href="#tinNoiBat" role="button" data-slide="next"><span class="carousel-control-next-icon"></span><span class="sr-only">Sau</span></a></div>\n'
        + "\n".join(blocks)
    )
    return html(layout(f"{SITE_TITLE} - Trang chủ", [], main))


FAQ = [
    (
        "Thủ tục chuyển trường cho học sinh THCS trong thành phố gồm những gì?",
        "Phụ huynh nộp đơn đề nghị chuyển trường, học bạ và giấy giới thiệu của trường nơi đi tại trường "
        "nơi đến; Hiệu trưởng trường nơi đến tiếp nhận và trả lời trong 3 ngày làm việc.",
    ),
    (
        "Thời gian tuyển sinh vào lớp 1 năm học 2027-2028 khi nào?",
        "Theo kế hoạch dự kiến, tuyển sinh trực tuyến từ ngày 01/7 đến 10/7/2027; kế hoạch chính thức "
        "sẽ được đăng tải trong chuyên mục Văn bản - Thông báo.",
    ),
    (
        "Học sinh nghỉ học do ốm có được kiểm tra bù không?",
        "Học sinh vắng kiểm tra định kỳ có lý do chính đáng được kiểm tra bù theo kế hoạch của nhà trường.",
    ),
]

STATIC = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo thành phố Phủ Lý là cơ quan chuyên môn thuộc UBND thành phố, "
        "tham mưu, giúp UBND thành phố quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<h3>Lãnh đạo Phòng</h3><ul><li>Trưởng phòng: Bà Nguyễn Thị Thu Hằng</li>"
        "<li>Phó Trưởng phòng: Ông Trần Văn Khải</li><li>Phó Trưởng phòng: Bà Lê Thị Minh Nguyệt</li></ul>"
        "<h3>Quy mô</h3><p>Toàn thành phố có 21 trường mầm non, 18 trường tiểu học và 16 trường THCS "
        "với hơn 32.000 học sinh.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p><strong>Phòng Giáo dục và Đào tạo thành phố Phủ Lý</strong></p>"
        "<p>Địa chỉ: Số 12 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>"
        "<p>Điện thoại: 0226 3852 146 - Email: pgdphuly@hanam.edu.vn</p>"
        '<form action="/lien-he" method="post"><input class="form-control mb-2" name="HoTen" placeholder="Họ và tên">'
        '<input class="form-control mb-2" name="Email" placeholder="Email"><textarea class="form-control mb-2" name="NoiDung" rows="5" placeholder="Nội dung"></textarea>'
        '<label>Mã bảo vệ</label> <img src="/Captcha/Image?k=lienhe" alt=""> <input class="form-control w-25 d-inline-block" name="MaBaoVe">'
        '<button class="btn btn-primary mt-2" type="submit">Gửi liên hệ</button></form>'
        '<iframe src="https://www.google.com/maps/embed?pb=phuly" width="100%" height="300" style="border:0" loading="lazy"></iframe>',
    ),
}


def static_page(key: str) -> Response:
    title, body = STATIC[key]
    main = f'<div class="box-tinh"><h1 class="tieude-trang">{esc(title)}</h1>\n{body}</div>'
    return html(layout(f"{title} - {SITE_SHORT}", [(f"/{key}", title)], main))


def faq_page() -> Response:
    cards = "".join(
        f'<div class="card"><div class="card-header" id="hq{n}"><h2 class="mb-0"><button class="btn btn-link btn-block text-left collapsed" '
        f'type="button" data-toggle="collapse" data-target="#cq{n}" aria-expanded="false">Câu {n}: {esc(q)}</button></h2></div>'
        f'<div id="cq{n}" class="collapse" data-parent="#accordionHoiDap"><div class="card-body"><p><strong>Trả lời:</strong> {esc(a)}</p></div></div></div>'
        for n, (q, a) in enumerate(FAQ, 1)
    )
    main = (
        '<div class="box-tinh"><h1 class="tieude-trang">Hỏi đáp</h1>'
        "<p>Các câu hỏi thường gặp của phụ huynh, học sinh về công tác giáo dục trên địa bàn thành phố.</p>"
        f'<div class="accordion" id="accordionHoiDap">{cards}</div>'
        '<p class="mt-3"><a class="btn btn-primary btn-sm" href="/lien-he">Gửi câu hỏi</a></p></div>'
    )
    return html(layout(f"Hỏi đáp - {SITE_SHORT}", [("/hoi-dap", "Hỏi đáp")], main))


_ARTICLE = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)")
_LIST = re.compile(r"/chuyen-muc/([a-z0-9-]+)")


class CollapsedTextSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/Uploads/Files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/Captcha/"):
            return static_file("captcha.png")
        if path.startswith(("/Content/", "/Uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if m := _ARTICLE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return None
            if m.group(1) != story.slug:
                return redirect(base_url(request) + article_path(story), 301)
            return article_page(request, story)
        if m := _LIST.fullmatch(path):
            if m.group(1) not in CATEGORIES:
                return None
            return listing_page(request, m.group(1))
        if path.strip("/") in STATIC and not request.query:
            return static_page(path.strip("/"))
        if path == "/hoi-dap" and not request.query:
            return faq_page()
        return None


def build_site() -> CollapsedTextSite:
    return CollapsedTextSite()
