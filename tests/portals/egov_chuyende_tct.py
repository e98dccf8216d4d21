"""Trường Chính trị tỉnh Hà Tĩnh on a provincial e-government vendor platform (ASP.NET WebForms).

Platform
--------
The province's "Cổng thông tin điện tử" package that the vendor sold to departments and schools:
ASP.NET 3.5 WebForms, the whole page inside ``<form id="aspnetForm">`` with a ``__VIEWSTATE``
blob, a three-column table layout and class names in the vendor's Vietnamese-without-accents
style: ``khungtin`` (the article frame), ``duongdan`` (breadcrumb), ``tieude_tin`` (headline),
``thongtin_tin`` (``ngaydang`` / ``ngaycapnhat`` / ``luotxem``), ``tacgia_tin`` (the author or
source field the editor fills above the text), ``tomtat_tin`` (the bold sapo box),
``noidung_tin`` (the CKEditor HTML of the article), ``congcu_tin`` (tool row),
``tincungchuyenmuc`` and ``tindadua`` (related lists). The header prints today's date as
"Thứ Sáu, ngày 04 tháng 12 năm 2026".

Article page::

    <div class="duongdan">Trang chủ » Tin tức - Sự kiện » <a>Tin hoạt động</a></div>
    <h1 class="tieude_tin">…</h1>
    <div class="thongtin_tin"><span class="ngaydang">Ngày đăng: 19/11/2026 15:20:00</span>
      | <span class="ngaycapnhat">Cập nhật: 20/11/2026</span> | <span class="luotxem">Lượt xem: 85</span></div>
    <div class="tacgia_tin"><b>Tác giả:</b> <span>ThS. Trần Văn Bình - Khoa Lý luận cơ sở</span></div>
      (or <b>Nguồn:</b> …, or the "Tác giả:" label with an empty span)
    <div class="tomtat_tin"><span class="sapo">bold lead</span></div>   (some articles)
    <div class="noidung_tin"> CKEditor HTML </div>
    <div class="congcu_tin">In trang | Gửi email | Lên đầu trang</div>
    <div class="tincungchuyenmuc">Tin cùng chuyên mục … (dd/mm/yyyy)</div>
    <div class="tindadua">Các tin đã đưa … (dd/mm/yyyy)</div>

URL scheme
----------
- ``/`` home (also ``/Default.aspx``): "Tin mới nhất" (5 newest) and a box of the 2 newest of
  each category.
- ``/Pages/TinTuc.aspx?ItemID=<n>&CateID=<c>``: an article (the canonical form every list links).
- ``/tin-tuc/<n>/<slug>.aspx``: the old friendly URLs of the previous version of the portal; the
  URL rewriter still serves the very same page there (200, no redirect, no canonical link). The
  series parts link each other in that form ("Xem Bài 1: <a href=/tin-tuc/…>").
- ``/Pages/DanhMuc.aspx?CateID=<c>`` and ``&Page=<n>``: listings, 3 per page, newest first,
  pager "Trang: 1 2 »"; ``CateID=10`` ("Tin tức - Sự kiện") lists every category, 5 per page
  ("Trang: 1 2 3 »").
- ``/Pages/TrangTinh.aspx?ID=<n>``: static pages (Lịch sử hình thành, Chức năng nhiệm vụ, Cơ
  cấu tổ chức, Ban Giám hiệu, Liên hệ) in the same frame, without a date line.
- ``/Pages/LichGiang.aspx`` (the week's teaching timetable), ``/Pages/ThuVienAnh.aspx`` and
  ``?AlbumID=<n>`` (photo albums), ``/Pages/TimKiem.aspx?key=<words>`` (search results, linked
  from the "Từ khóa" box), ``/Pages/GuiEmail.aspx?ItemID=<n>`` (the "Gửi email" form).
- Uploads ``/Uploads/TinTuc/2026/<mm>/<file>.jpg``; layout images under ``/Images/``.

How each gold article is reached
--------------------------------
The 5 newest from the home page; each category's 2 newest from the home page boxes; the rest from
the category listings (Bài 1 of the series only on page 2 of its category and of "Tin tức - Sự
kiện", or through the old-form links of Bài 2 and Bài 3) and from the "Tin cùng chuyên mục" /
"Các tin đã đưa" lists of other articles.

Traps
-----
- A three-part series: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong đội
  ngũ giảng viên - Bài N: …". Inside: "(Tiếp theo kỳ trước)" at the top (centred italic, like a
  quotation: a series note, not body), "(Còn nữa)", "Kỳ sau: …" and "Xem Bài 1: <a>…</a>" lines at
  the end (not body).
- Quotations of Hồ Chí Minh set centred and italic in their own paragraphs: body. One sits right
  under a photo that has no caption (still body, the photo's caption is null); captions are a
  plain line in a one-cell table under the image.
- Author field forms: "Tác giả: ThS. Trần Văn Bình - Khoa Lý luận cơ sở" (Trần Văn Bình),
  "Tác giả: Phòng Quản lý đào tạo" (an office, credited), "Nguồn: Tạp chí Cộng sản" (source, no
  author), "Tác giả: BBT" (nobody), an empty "Tác giả:" field with the author's name right-aligned
  at the end of the text, closing bylines "Tin, ảnh: …" and "Tin: … - Ảnh: …".
- "Ngày đăng: dd/mm/yyyy HH:MM:SS" is the publication; "Cập nhật: dd/mm/yyyy" beside it is not;
  the lists print dates of other articles; the header prints today.
- Sapo in a separate bold box on some articles (first paragraph of body).
- Numbered and lettered sections ("1. …", "a) …", "- …") and a "Tài liệu tham khảo" list (body).
- Tables: a timetable and a results table (body, one row per paragraph), one-cell caption tables.
- Old friendly URLs serve the same article (alt_paths); static pages, the photo album, the
  timetable, search results and the e-mail form share the article frame but are not articles.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "egov_chuyende_tct"
PLATFORM = "Provincial e-government vendor portal (ASP.NET 3.5 WebForms), TinTuc.aspx?ItemID="
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Hà Tĩnh"
TODAY = "Thứ Sáu, ngày 04 tháng 12 năm 2026"
PER_PAGE = 3
ALL_PER_PAGE = 5
ALL_CATE = 10

CATEGORIES = {
    12: "Tin hoạt động",
    15: "Nghiên cứu - Trao đổi",
    18: "Chuyên đề học tập và làm theo Bác",
    21: "Đào tạo - Bồi dưỡng",
}
#: categories that sit under "Tin tức - Sự kiện" in the breadcrumb
UNDER_NEWS = {12, 21}

SERIES = (
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong đội ngũ giảng viên"
)


def up(month: str, name: str) -> str:
    return f"/Uploads/TinTuc/2026/{month}/{name}"


def tbl(*cells: str) -> str:
    return " | ".join(cells)


# --- the articles, newest first -------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        2496,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-95",
        "Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 95",
        12,
        "2026-12-02T09:30:00+07:00",
        [
            P(
                "Sáng 02/12, tại Hội trường A, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp "
                "Trung cấp lý luận chính trị hệ không tập trung khóa 95 dành cho 112 học viên là "
                "cán bộ, công chức, viên chức các sở, ban, ngành cấp tỉnh và huyện Thạch Hà."
            ),
            Img(up("12", "khaigiang-k95-1.jpg"), "Quang cảnh lễ khai giảng", "Quang cảnh lễ khai giảng"),
            P(
                "Phát biểu khai giảng, đồng chí Nguyễn Đình Hải, Phó Hiệu trưởng nhà trường nhấn "
                "mạnh: Chương trình trung cấp lý luận chính trị được thiết kế theo Quyết định số "
                "1125-QĐ/HVCTQG của Học viện Chính trị quốc gia Hồ Chí Minh, gồm 4 phần học với "
                "tổng thời gian 6 tháng, học vào các ngày thứ Sáu, thứ Bảy hằng tuần."
            ),
            P(
                "Nhà trường đề nghị học viên chấp hành nghiêm nội quy, quy chế học tập; tích cực "
                "nghiên cứu tài liệu, liên hệ với thực tiễn công tác của cơ quan, đơn vị mình; "
                "phát huy tinh thần tự học, tự rèn luyện, giữ gìn phẩm chất đạo đức, lối sống."
            ),
            Img(
                up("12", "khaigiang-k95-2.jpg"),
                "Đại diện học viên phát biểu hứa quyết tâm thực hiện tốt nhiệm vụ học tập",
                "Đại diện học viên phát biểu hứa quyết tâm thực hiện tốt nhiệm vụ học tập",
            ),
            P(
                "Thay mặt học viên, đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch UBND xã Thạch Khê "
                "bày tỏ sự cảm ơn đối với cấp ủy, lãnh đạo các cơ quan đã tạo điều kiện cho học "
                "viên được tham gia khóa học và hứa sẽ hoàn thành tốt nhiệm vụ học tập."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Thị Lan</strong></p>'),
        ],
        authors=["Phan Thị Lan"],
        photographers=["Phan Thị Lan"],
        summary=(
            "Khóa học diễn ra trong 6 tháng với 4 phần học, nhằm trang bị hệ thống kiến thức lý "
            "luận chính trị cơ bản cho đội ngũ cán bộ, công chức trong tỉnh."
        ),
        sapo_outside=True,
        opts={"date": "02/12/2026 09:30:00", "updated": None, "field": None, "views": 85},
    ),
    Story(
        2493,
        "lich-hoc-lop-boi-duong-kien-thuc-quoc-phong-doi-tuong-4-khoa-ii",
        "Lịch học lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 khóa II năm 2026",
        21,
        "2026-11-28T14:05:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 318/KH-TCT ngày 10/10/2026 của Trường Chính trị tỉnh về mở "
                "các lớp bồi dưỡng năm 2026, Phòng Quản lý đào tạo thông báo lịch học lớp Bồi "
                "dưỡng kiến thức quốc phòng và an ninh đối tượng 4 khóa II như sau:"
            ),
            P("1. Thời gian, địa điểm", "h"),
            P("- Thời gian: từ ngày 07/12/2026 đến ngày 11/12/2026 (5 ngày).", ""),
            P("- Địa điểm: Phòng học B2.1, Trường Chính trị tỉnh Hà Tĩnh.", ""),
            P("2. Lịch học cụ thể", "h"),
            P(tbl("Ngày", "Buổi", "Nội dung", "Báo cáo viên"), "th"),
            P(tbl("07/12/2026", "Sáng", "Khai giảng; Chuyên đề 1", "Đại tá Trần Quốc Toản"), "td"),
            P(tbl("08/12/2026", "Cả ngày", "Chuyên đề 2, 3", "Thượng tá Nguyễn Văn Lợi"), "td"),
            P(tbl("09/12/2026", "Cả ngày", "Chuyên đề 4, 5", "ThS. Võ Thị Thanh Hương"), "td"),
            P(tbl("10/12/2026", "Sáng", "Thực hành bắn súng K54", "Ban CHQS tỉnh"), "td"),
            P(tbl("11/12/2026", "Sáng", "Viết thu hoạch; Bế giảng", "Phòng Quản lý đào tạo"), "td"),
            P(
                "Đề nghị các cơ quan, đơn vị cử học viên tham gia đầy đủ, đúng thành phần; học "
                "viên mang theo giấy giới thiệu và có mặt trước 7 giờ 15 phút ngày 07/12/2026 để "
                "làm thủ tục nhập học."
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "date": "28/11/2026 14:05:00",
            "updated": "30/11/2026",
            "field": ("Tác giả", "Phòng Quản lý đào tạo"),
            "views": 213,
        },
    ),
    Story(
        2490,
        "tu-tuong-ho-chi-minh-ve-neu-guong",
        "Tư tưởng Hồ Chí Minh về nêu gương - giá trị lý luận và thực tiễn",
        18,
        "2026-11-25T10:00:00+07:00",
        [
            P(
                "Nêu gương là một phương thức lãnh đạo, một phương pháp giáo dục được Chủ tịch Hồ "
                "Chí Minh đặc biệt coi trọng. Trong suốt cuộc đời hoạt động cách mạng, Người không "
                "chỉ căn dặn cán bộ, đảng viên phải nêu gương mà chính Người là tấm gương mẫu mực "
                "nhất về nói đi đôi với làm."
            ),
            P(
                "“Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền”",
                "quote",
            ),
            P(
                "Theo Người, nêu gương trước hết là tự mình làm gương, gương mẫu từ trong suy nghĩ "
                "đến hành động, từ công việc lớn đến những việc nhỏ hằng ngày. Cán bộ, đảng viên "
                "muốn người khác làm theo thì bản thân phải làm trước, làm tốt hơn."
            ),
            P(
                "Nêu gương còn là phát hiện, biểu dương, nhân rộng những người tốt, việc tốt. Người "
                "viết: “Người tốt, việc tốt ở khắp mọi nơi, ở mọi tầng lớp nhân dân, ở mọi ngành, "
                "mọi giới, mọi lứa tuổi”; vì vậy, phải biết phát hiện và nêu gương để mọi người "
                "học tập."
            ),
            P(
                "“Lấy gương người tốt, việc tốt để hằng ngày giáo dục lẫn nhau là một trong những "
                "cách tốt nhất để xây dựng Đảng, xây dựng các tổ chức cách mạng, xây dựng con "
                "người mới, cuộc sống mới”",
                "quote",
            ),
            P(
                "Thực hiện Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu "
                "gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí "
                "thư, Ủy viên Ban Chấp hành Trung ương, các cấp ủy đảng đã cụ thể hóa trách nhiệm "
                "nêu gương thành những tiêu chí rõ ràng, dễ kiểm tra, giám sát."
            ),
            P(
                "Vận dụng tư tưởng Hồ Chí Minh về nêu gương trong giai đoạn hiện nay đòi hỏi cán "
                "bộ, đảng viên, nhất là người đứng đầu, phải thực sự gương mẫu, nói ít làm nhiều, "
                "dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung."
            ),
        ],
        source="Tạp chí Cộng sản",
        opts={
            "date": "25/11/2026 10:00:00",
            "updated": None,
            "field": ("Nguồn", "Tạp chí Cộng sản"),
            "views": 341,
        },
    ),
    Story(
        2487,
        "nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương",
        15,
        "2026-11-21T08:45:00+07:00",
        [
            P(
                "Gắn lý luận với thực tiễn là nguyên tắc xuyên suốt trong đào tạo, bồi dưỡng cán "
                "bộ của hệ thống trường chính trị. Ở Trường Chính trị tỉnh Hà Tĩnh, yêu cầu đó đặt "
                "ra cho mỗi giảng viên việc không ngừng cập nhật tình hình kinh tế - xã hội của "
                "tỉnh vào bài giảng."
            ),
            P("1. Thực trạng việc gắn giảng dạy với thực tiễn địa phương", "h"),
            P(
                "Thời gian qua, đội ngũ giảng viên đã chủ động đưa số liệu, mô hình, kinh nghiệm "
                "của Hà Tĩnh vào bài giảng, nhất là ở các chuyên đề về kinh tế, xây dựng Đảng và "
                "quản lý nhà nước. Tuy nhiên, việc cập nhật còn chưa đồng đều giữa các khoa; một "
                "số bài giảng còn nặng về lý thuyết, ví dụ minh họa chưa sát với đối tượng học viên."
            ),
            P("2. Một số giải pháp", "h"),
            P("a) Đổi mới nội dung bài giảng", ""),
            P(
                "- Định kỳ rà soát, bổ sung số liệu thực tiễn của tỉnh vào đề cương bài giảng ít "
                "nhất mỗi năm một lần.",
                "",
            ),
            P(
                "- Xây dựng ngân hàng tình huống quản lý từ chính thực tiễn các địa phương trong "
                "tỉnh.",
                "",
            ),
            P("b) Tăng cường đi thực tế của giảng viên", ""),
            P(
                "- Mỗi giảng viên đi thực tế tại cơ sở tối thiểu 3 tháng trong 5 năm theo quy định, "
                "có báo cáo thu hoạch gắn với chuyên đề phụ trách.",
                "",
            ),
            P(
                "- Mời cán bộ lãnh đạo, quản lý có kinh nghiệm tham gia trao đổi chuyên đề với học "
                "viên.",
                "",
            ),
            P("c) Đổi mới kiểm tra, đánh giá", ""),
            P(
                "Đề kiểm tra, thu hoạch cần yêu cầu học viên vận dụng kiến thức để phân tích, giải "
                "quyết một vấn đề cụ thể tại cơ quan, đơn vị mình công tác."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5.",
                "ref",
            ),
            P(
                "2. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. "
                "Chính trị quốc gia Sự thật, Hà Nội, 2021.",
                "ref",
            ),
            P(
                "3. Tỉnh ủy Hà Tĩnh: Báo cáo chính trị Đại hội Đảng bộ tỉnh lần thứ XIX, Hà Tĩnh, "
                "2020.",
                "ref",
            ),
        ],
        authors=["Trần Văn Bình"],
        summary=(
            "Bài viết phân tích thực trạng và đề xuất một số giải pháp nhằm gắn nội dung giảng "
            "dạy lý luận chính trị với thực tiễn phát triển kinh tế - xã hội của tỉnh Hà Tĩnh."
        ),
        sapo_outside=True,
        opts={
            "date": "21/11/2026 08:45:00",
            "updated": "23/11/2026",
            "field": ("Tác giả", "ThS. Trần Văn Bình - Khoa Lý luận cơ sở"),
            "views": 167,
        },
    ),
    Story(
        2485,
        "hoc-tap-va-lam-theo-bac-trong-doi-ngu-giang-vien-bai-3",
        f"{SERIES} - Bài 3: Lan tỏa những tấm gương bình dị",
        18,
        "2026-11-19T15:20:00+07:00",
        [
            Raw('<p style="text-align: center;"><em>(Tiếp theo kỳ trước)</em></p>'),
            P(
                "Những tấm gương học tập và làm theo Bác ở Trường Chính trị tỉnh không ở đâu xa: đó "
                "là người giảng viên đi xe máy hàng trăm cây số lên các huyện miền núi để giảng "
                "bài, là cán bộ thư viện lặng lẽ số hóa hàng nghìn trang tài liệu phục vụ học viên."
            ),
            Img(up("11", "guong-binh-di.jpg")),
            P(
                "“Hằng ngày mỗi người đều cố gắng làm một việc tốt, dù nhỏ, thì cộng lại thành "
                "nhiều việc tốt lớn”",
                "quote",
            ),
            P(
                "Thầy giáo Phạm Văn Thắng, Khoa Xây dựng Đảng, hơn 20 năm đứng lớp, vẫn giữ thói "
                "quen viết tay đề cương và cập nhật ví dụ mới cho từng lớp học. Theo thầy, giảng "
                "viên chỉ có thể thuyết phục học viên bằng chính sự chuẩn mực của mình."
            ),
            P(
                "Năm 2026, nhà trường biểu dương 15 tập thể, cá nhân điển hình trong học tập và làm "
                "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; nhiều mô hình như “Giờ giảng mẫu "
                "mực”, “Thư viện không giấy” được nhân rộng trong toàn trường."
            ),
            Img(
                up("11", "bieu-duong-2026.jpg"),
                "Lãnh đạo nhà trường biểu dương các tập thể, cá nhân điển hình năm 2026",
                "Lãnh đạo nhà trường biểu dương các tập thể, cá nhân điển hình năm 2026",
            ),
            P(
                "Từ những việc làm bình dị ấy, việc học tập và làm theo Bác đã trở thành nền nếp, "
                "thành nhu cầu tự thân của mỗi cán bộ, giảng viên, góp phần xây dựng nhà trường "
                "chuẩn mực, xứng đáng là trung tâm đào tạo cán bộ của tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Lê Thị Minh Nguyệt</strong></p>'),
            Raw(
                '<p><em>Xem Bài 1: <a href="/tin-tuc/2468/hoc-tap-va-lam-theo-bac-trong-doi-ngu-'
                'giang-vien-bai-1.aspx">Nhận thức là nền tảng của hành động</a></em></p>'
            ),
            Raw(
                '<p><em>Xem Bài 2: <a href="/tin-tuc/2478/hoc-tap-va-lam-theo-bac-trong-doi-ngu-'
                'giang-vien-bai-2.aspx">Nêu gương trên bục giảng</a></em></p>'
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={
            "date": "19/11/2026 15:20:00",
            "updated": "20/11/2026",
            "field": ("Tác giả", ""),
            "views": 128,
        },
    ),
    Story(
        2482,
        "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        12,
        "2026-11-17T16:40:00+07:00",
        [
            P(
                "Chiều 17/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ "
                "đề “Nâng cao tinh thần trách nhiệm, nêu gương của đảng viên là giảng viên”."
            ),
            Img(up("11", "sinh-hoat-chuyen-de.jpg")),
            P(
                "“Đảng viên đi trước, làng nước theo sau”",
                "quote",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thẳng thắn trao đổi về những việc đã làm "
                "được và chưa làm được trong thực hiện nhiệm vụ giảng dạy, nghiên cứu khoa học; "
                "đề xuất các giải pháp nâng cao chất lượng bài giảng, tăng cường đi thực tế cơ sở."
            ),
            P(
                "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện "
                "trong quý I năm 2027 và đưa kết quả thực hiện vào đánh giá, xếp loại cuối năm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Nguyễn Hữu Đức - Ảnh: Trần Minh '
                "Quang</strong></p>"
            ),
        ],
        authors=["Nguyễn Hữu Đức"],
        photographers=["Trần Minh Quang"],
        opts={"date": "17/11/2026 16:40:00", "updated": None, "field": None, "views": 96},
    ),
    Story(
        2478,
        "hoc-tap-va-lam-theo-bac-trong-doi-ngu-giang-vien-bai-2",
        f"{SERIES} - Bài 2: Nêu gương trên bục giảng",
        18,
        "2026-11-12T16:00:00+07:00",
        [
            Raw('<p style="text-align: right;"><em>(Tiếp theo kỳ trước)</em></p>'),
            P(
                "Với giảng viên trường chính trị, bục giảng là nơi thể hiện rõ nhất việc học tập "
                "và làm theo Bác. Mỗi giờ lên lớp không chỉ truyền đạt tri thức mà còn là sự nêu "
                "gương về thái độ, tác phong và bản lĩnh chính trị của người thầy.",
            ),
            P(
                "Chủ tịch Hồ Chí Minh từng căn dặn những người làm công tác huấn luyện cán bộ phải "
                "“học không biết chán, dạy không biết mỏi”. Lời dạy ấy được nhiều thế hệ giảng "
                "viên nhà trường chọn làm phương châm nghề nghiệp."
            ),
            P(
                "“Muốn làm gương cho học trò bắt chước thì thầy giáo phải chú ý từ việc nhỏ đến "
                "việc to: đạo đức, tác phong, lề lối làm việc, ăn mặc, cách nói, cách làm”",
                "quote",
            ),
            Img(
                up("11", "gio-giang-mau.jpg"),
                "Một giờ giảng mẫu tại lớp Trung cấp lý luận chính trị khóa 93",
                "Một giờ giảng mẫu tại lớp Trung cấp lý luận chính trị khóa 93",
            ),
            P(
                "Năm học 2025 - 2026, 100% giảng viên đăng ký và thực hiện giờ giảng mẫu; 12 giảng "
                "viên đạt danh hiệu giảng viên dạy giỏi cấp trường, 3 giảng viên đạt giải tại Hội "
                "thi giảng viên dạy giỏi các trường chính trị khu vực Bắc Trung Bộ."
            ),
            P(
                "Không ít giảng viên trẻ chủ động xin đi thực tế dài ngày ở các xã khó khăn để có "
                "thêm chất liệu cho bài giảng. Theo họ, chỉ khi hiểu dân, hiểu cơ sở thì lời giảng "
                "mới có sức thuyết phục."
            ),
            Raw('<p style="text-align: right;"><strong><em>(Còn nữa)</em></strong></p>'),
            Raw(
                '<p><em>Xem Bài 1: <a href="/tin-tuc/2468/hoc-tap-va-lam-theo-bac-trong-doi-ngu-'
                'giang-vien-bai-1.aspx">Nhận thức là nền tảng của hành động</a></em></p>'
            ),
            Raw("<p><strong>Kỳ sau: Lan tỏa những tấm gương bình dị</strong></p>"),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        summary=(
            "Mỗi giờ lên lớp là một lần giảng viên nêu gương về bản lĩnh, tác phong và trách "
            "nhiệm của người thầy trước học viên là cán bộ lãnh đạo, quản lý."
        ),
        sapo_outside=True,
        opts={
            "date": "12/11/2026 16:00:00",
            "updated": None,
            "field": ("Tác giả", "ThS. Lê Thị Minh Nguyệt - Khoa Xây dựng Đảng"),
            "views": 152,
        },
    ),
    Story(
        2475,
        "be-giang-lop-cao-cap-ly-luan-chinh-tri-tai-ha-tinh",
        "Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung tại Hà Tĩnh",
        21,
        "2026-11-09T10:30:00+07:00",
        [
            P(
                "Sáng 09/11, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh tổ "
                "chức Lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không "
                "tập trung khóa 2024 - 2026 cho 90 học viên."
            ),
            P(
                "Sau gần 2 năm học tập, các học viên đã hoàn thành chương trình với kết quả như "
                "sau:"
            ),
            P(tbl("Xếp loại", "Số học viên", "Tỷ lệ"), "th"),
            P(tbl("Xuất sắc", "5", "5,6%"), "td"),
            P(tbl("Giỏi", "62", "68,9%"), "td"),
            P(tbl("Khá", "23", "25,5%"), "td"),
            Img(
                up("11", "be-giang-cao-cap.jpg"),
                "Trao bằng tốt nghiệp cho các học viên",
                "Trao bằng tốt nghiệp cho các học viên",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Học viện Chính trị khu vực III đánh giá "
                "cao sự phối hợp của Trường Chính trị tỉnh trong công tác quản lý, phục vụ lớp học "
                "và mong muốn các học viên tiếp tục vận dụng kiến thức vào thực tiễn công tác."
            ),
        ],
        opts={
            "date": "09/11/2026 10:30:00",
            "updated": "10/11/2026",
            "field": ("Tác giả", "BBT"),
            "views": 204,
        },
    ),
    Story(
        2472,
        "van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        "Vận dụng phương pháp dạy học tích cực trong giảng dạy các môn lý luận chính trị",
        15,
        "2026-11-07T09:10:00+07:00",
        [
            P(
                "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của "
                "người học là yêu cầu cấp thiết đối với các trường chính trị hiện nay, khi đối "
                "tượng học viên là cán bộ đã có kinh nghiệm thực tiễn phong phú."
            ),
            P(
                "Thực tế cho thấy, phương pháp thuyết trình truyền thống vẫn chiếm tỷ lệ lớn trong "
                "các giờ giảng. Học viên chủ yếu nghe và ghi chép, ít có cơ hội trao đổi, tranh "
                "luận, chia sẻ kinh nghiệm."
            ),
            P("Một số phương pháp có thể vận dụng:", ""),
            P(
                "- Phương pháp nêu vấn đề: giảng viên đặt ra tình huống có vấn đề, hướng dẫn học "
                "viên cùng phân tích, tìm lời giải.",
                "",
            ),
            P(
                "- Phương pháp thảo luận nhóm: chia lớp thành các nhóm nhỏ, mỗi nhóm giải quyết một "
                "nội dung rồi trình bày trước lớp.",
                "",
            ),
            P(
                "- Phương pháp nghiên cứu tình huống: sử dụng các tình huống thực tế trong lãnh "
                "đạo, quản lý ở địa phương để học viên đề xuất cách xử lý.",
                "",
            ),
            P(
                "Để vận dụng hiệu quả, giảng viên cần chuẩn bị kỹ lưỡng kịch bản bài giảng, nắm "
                "chắc đặc điểm đối tượng học viên; nhà trường cần đầu tư cơ sở vật chất, phòng học "
                "thông minh, bố trí lớp học với sĩ số hợp lý."
            ),
            P(
                "Dạy học tích cực không phủ nhận vai trò của thuyết trình mà đòi hỏi sự kết hợp "
                "linh hoạt các phương pháp, lấy người học làm trung tâm, qua đó nâng cao chất "
                "lượng đào tạo, bồi dưỡng cán bộ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>TS. Nguyễn Thị Hoài Thu</strong><br />'
                "<em>Khoa Nhà nước và pháp luật</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Hoài Thu"],
        opts={
            "date": "07/11/2026 09:10:00",
            "updated": None,
            "field": ("Tác giả", ""),
            "views": 119,
        },
    ),
    Story(
        2468,
        "hoc-tap-va-lam-theo-bac-trong-doi-ngu-giang-vien-bai-1",
        f"{SERIES} - Bài 1: Nhận thức là nền tảng của hành động",
        18,
        "2026-11-05T08:15:00+07:00",
        [
            P(
                "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, những năm qua Đảng ủy Trường "
                "Chính trị tỉnh đã đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
                "Chí Minh trở thành nội dung thường xuyên trong sinh hoạt của các chi bộ."
            ),
            P(
                "“Cũng như sông thì có nguồn mới có nước, không có nguồn thì sông cạn. Cây phải có "
                "gốc, không có gốc thì cây héo. Người cách mạng phải có đạo đức, không có đạo đức "
                "thì dù tài giỏi mấy cũng không lãnh đạo được nhân dân”",
                "quote",
            ),
            P(
                "Đầu mỗi năm, 100% cán bộ, giảng viên xây dựng kế hoạch cá nhân học tập và làm theo "
                "Bác gắn với nhiệm vụ chuyên môn; cuối năm tự đánh giá kết quả thực hiện và được "
                "chi bộ nhận xét, đưa vào tiêu chí đánh giá, xếp loại đảng viên."
            ),
            Img(
                up("11", "hoi-nghi-chuyen-de-05.jpg"),
                "Hội nghị quán triệt chuyên đề năm 2026 tại Trường Chính trị tỉnh",
                "Hội nghị quán triệt chuyên đề năm 2026 tại Trường Chính trị tỉnh",
            ),
            P(
                "Các chuyên đề học tập hằng năm được nhà trường tổ chức quán triệt bài bản, kết hợp "
                "với thảo luận ở các chi bộ, khoa, phòng. Nhiều giảng viên đã chủ động lồng ghép "
                "nội dung chuyên đề vào bài giảng các môn lý luận chính trị."
            ),
            P(
                "Từ nhận thức đúng, mỗi cán bộ, giảng viên xác định rõ học tập và làm theo Bác "
                "không phải là phong trào nhất thời mà là việc làm thường xuyên, tự giác, bắt đầu "
                "từ những việc nhỏ nhất trong công việc hằng ngày."
            ),
            Raw('<p style="text-align: right;"><strong><em>(Còn nữa)</em></strong></p>'),
            Raw("<p><strong>Kỳ sau: Nêu gương trên bục giảng</strong></p>"),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        summary=(
            "Học tập và làm theo Bác trong đội ngũ giảng viên trước hết bắt đầu từ nhận thức: "
            "thấm nhuần để tự giác rèn luyện, để truyền cảm hứng cho học viên."
        ),
        sapo_outside=True,
        opts={
            "date": "05/11/2026 08:15:00",
            "updated": None,
            "field": ("Tác giả", "ThS. Lê Thị Minh Nguyệt - Khoa Xây dựng Đảng"),
            "views": 97,
        },
    ),
    Story(
        2461,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-truong-chinh-tri-tinh-nam-2026",
        "Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        12,
        "2026-10-20T11:00:00+07:00",
        [
            P(
                "Ngày 20/10, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm "
                "2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2025 và bàn giải pháp thực hiện "
                "nhiệm vụ năm 2026."
            ),
            P(
                "Năm 2025, nhà trường đã mở 46 lớp đào tạo, bồi dưỡng với hơn 4.300 học viên; hoàn "
                "thành 2 đề tài khoa học cấp tỉnh, 14 đề tài cấp trường; tổ chức thành công Hội "
                "thảo khoa học “Công tác cán bộ trong giai đoạn mới”."
            ),
            Img(
                up("10", "hoi-nghi-vien-chuc.jpg"),
                "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
                "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
            ),
            P(
                "Hội nghị đã thảo luận, góp ý vào Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở "
                "và bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 thành viên."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 8 tập thể và 27 cá nhân có thành tích xuất sắc "
                "trong năm 2025."
            ),
        ],
        authors=["Hoàng Anh Tuấn"],
        opts={
            "date": "20/10/2026 11:00:00",
            "updated": "21/10/2026",
            "field": ("Tác giả", "Hoàng Anh Tuấn - Văn phòng"),
            "views": 188,
        },
    ),
    Story(
        2455,
        "phat-huy-vai-tro-giang-vien-kiem-nhiem-trong-cong-tac-dao-tao",
        "Phát huy vai trò của giảng viên kiêm chức trong công tác đào tạo, bồi dưỡng cán bộ",
        15,
        "2026-09-30T07:50:00+07:00",
        [
            P(
                "Giảng viên kiêm chức là những cán bộ lãnh đạo, quản lý có kinh nghiệm thực tiễn, "
                "tham gia giảng dạy tại trường chính trị theo quy định. Đây là lực lượng quan "
                "trọng góp phần gắn lý luận với thực tiễn trong giảng dạy."
            ),
            P(
                "Hiện nay, Trường Chính trị tỉnh có 24 giảng viên kiêm chức là lãnh đạo các sở, "
                "ban, ngành cấp tỉnh. Tuy nhiên, do bận công tác chuyên môn, số giờ giảng thực tế "
                "của đội ngũ này còn thấp, chưa tương xứng với tiềm năng."
            ),
            P("Để phát huy vai trò của giảng viên kiêm chức, cần thực hiện một số giải pháp sau:"),
            P(
                "Thứ nhất, rà soát, bổ sung danh sách giảng viên kiêm chức phù hợp với chương "
                "trình đào tạo, bồi dưỡng mới."
            ),
            P(
                "Thứ hai, bố trí lịch giảng linh hoạt, ưu tiên các chuyên đề thực tiễn, trao đổi "
                "kinh nghiệm lãnh đạo, quản lý."
            ),
            P(
                "Thứ ba, có chế độ đãi ngộ thỏa đáng, đồng thời đưa nhiệm vụ giảng dạy vào tiêu chí "
                "đánh giá cán bộ lãnh đạo, quản lý hằng năm."
            ),
        ],
        authors=["Đặng Quốc Việt"],
        opts={
            "date": "30/09/2026 07:50:00",
            "updated": None,
            "field": ("Tác giả", "ThS. Đặng Quốc Việt"),
            "views": 74,
        },
    ),
    Story(
        2449,
        "khai-giang-lop-boi-duong-cap-nhat-kien-thuc-can-bo-cap-huyen-2026",
        "Khai giảng lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp huyện năm 2026",
        21,
        "2026-09-15T08:00:00+07:00",
        [
            P(
                "Sáng 15/9, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng cập nhật kiến thức cho "
                "68 cán bộ lãnh đạo, quản lý diện Ban Thường vụ Huyện ủy, Thị ủy, Thành ủy quản lý."
            ),
            Img(
                up("09", "khai-giang-cap-nhat-kien-thuc.jpg"),
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
            ),
            P(
                "Trong 5 ngày, học viên được nghiên cứu các chuyên đề: Những vấn đề mới về kinh tế "
                "số và chuyển đổi số; Kỹ năng lãnh đạo, quản lý trong bối cảnh sắp xếp đơn vị hành "
                "chính; Công tác dân vận trong tình hình mới; Phòng, chống tham nhũng, tiêu cực."
            ),
            P(
                "Lớp học kết thúc vào ngày 19/9/2026; học viên hoàn thành chương trình được cấp "
                "giấy chứng nhận theo quy định."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Thị Lan</strong></p>'),
        ],
        authors=["Phan Thị Lan"],
        photographers=["Phan Thị Lan"],
        opts={"date": "15/09/2026 08:00:00", "updated": None, "field": None, "views": 131},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def art_path(story: Story) -> str:
    return f"/Pages/TinTuc.aspx?ItemID={story.id}&CateID={story.cat}"


def old_path(story: Story) -> str:
    return f"/tin-tuc/{story.id}/{story.slug}.aspx"


GOLD = [
    gold_record(s, art_path(s), CATEGORIES[s.cat], alt_paths=[old_path(s)]) for s in STORIES
]

#: static pages served in the article frame (no date line)
STATIC_PAGES = {
    1: (
        "Lịch sử hình thành",
        [
            "Trường Chính trị tỉnh Hà Tĩnh tiền thân là Trường Đảng tỉnh Hà Tĩnh, được thành lập "
            "năm 1949 trong thời kỳ kháng chiến chống thực dân Pháp.",
            "Năm 1976, khi hợp nhất tỉnh Nghệ Tĩnh, trường sáp nhập thành Trường Đảng Nguyễn Ái "
            "Quốc Nghệ Tĩnh. Tháng 9/1991, tỉnh Hà Tĩnh được tái lập, Trường Chính trị Trần Phú "
            "tỉnh Hà Tĩnh được thành lập lại.",
            "Trải qua hơn 75 năm xây dựng và trưởng thành, nhà trường đã đào tạo, bồi dưỡng hàng "
            "vạn lượt cán bộ cho tỉnh; được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng "
            "Nhất, hạng Nhì, hạng Ba.",
        ],
    ),
    2: (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu "
            "và tổ chức thực hiện công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ "
            "thống chính trị ở cơ sở.",
            "Nhà trường đào tạo trung cấp lý luận chính trị; bồi dưỡng kiến thức, kỹ năng lãnh "
            "đạo, quản lý; nghiên cứu khoa học, tổng kết thực tiễn.",
        ],
    ),
    3: (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên "
            "cứu khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp "
            "luật; Khoa Dân vận.",
        ],
    ),
    4: (
        "Ban Giám hiệu",
        [
            "Hiệu trưởng: TS. Võ Văn Hùng.",
            "Phó Hiệu trưởng: ThS. Nguyễn Đình Hải; ThS. Trần Thị Thu Hà.",
        ],
    ),
    5: (
        "Liên hệ",
        [
            "Trường Chính trị tỉnh Hà Tĩnh - Số 83 đường Phan Đình Phùng, phường Thành Sen, tỉnh "
            "Hà Tĩnh.",
            "Điện thoại: 0239 3855 621 - Fax: 0239 3855 622 - Email: truongchinhtri@hatinh.gov.vn",
        ],
    ),
}

SEARCH_KEYS = ["nêu gương", "học tập và làm theo Bác", "khai giảng"]


def search_path(key: str) -> str:
    return "/Pages/TimKiem.aspx?key=" + quote(key)


NON_ARTICLES = [
    "/Pages/TrangTinh.aspx?ID=1",
    "/Pages/TrangTinh.aspx?ID=3",
    "/Pages/LichGiang.aspx",
    "/Pages/ThuVienAnh.aspx?AlbumID=7",
    search_path("nêu gương"),
    "/Pages/GuiEmail.aspx?ItemID=2490",
    "/Pages/DanhMuc.aspx?CateID=18&Page=2",
]

ALBUMS = {
    7: (
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "19/11/2026",
        [
            ("album7-1.jpg", "Lãnh đạo nhà trường tặng hoa các nhà giáo lão thành"),
            ("album7-2.jpg", "Tiết mục văn nghệ chào mừng của học viên lớp TCLLCT khóa 94"),
            ("album7-3.jpg", "Chụp ảnh lưu niệm"),
        ],
    ),
    6: (
        "Hội thao chào mừng Quốc khánh 2/9",
        "28/08/2026",
        [("album6-1.jpg", "Thi kéo co"), ("album6-2.jpg", "Trao giải cho các đội")],
    ),
}

TIMETABLE = [
    ("Thứ Hai 07/12", "Sáng", "TCLLCT K95", "Triết học Mác - Lênin (Bài 2)", "ThS. Trần Văn Bình", "A"),
    ("Thứ Hai 07/12", "Sáng", "BD QP-AN ĐT4", "Khai giảng; Chuyên đề 1", "Đại tá Trần Quốc Toản", "B2.1"),
    ("Thứ Ba 08/12", "Chiều", "TCLLCT K94", "Xây dựng Đảng (Bài 5)", "ThS. Lê Thị Minh Nguyệt", "B1.2"),
    ("Thứ Năm 10/12", "Sáng", "TCLLCT K93", "Kỹ năng lãnh đạo, quản lý", "TS. Nguyễn Thị Hoài Thu", "A"),
    ("Thứ Sáu 11/12", "Cả ngày", "TCLLCT K95", "Kinh tế chính trị (Bài 1)", "ThS. Đặng Quốc Việt", "A"),
]


# --- printing -------------------------------------------------------------------------------


def _day(story: Story) -> str:
    return story.opts["date"].split(" ")[0]


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def render_body(story: Story) -> str:
    """CKEditor HTML as the vendor's editor saved it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img alt="" src="{b.src}" '
                'style="width: 500px; height: 333px;" /></p>'
            )
            if b.printed:
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" '
                    'style="width: 500px;"><tbody><tr><td style="text-align: center;">'
                    f"{esc(b.printed)}</td></tr></tbody></table>"
                )
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        "<tr>"
                        + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "quote":
            out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "ref":
            out.append(f'<p style="margin-left: 20px;">{esc(b.text)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


LEFT_MENU = [
    ("/", "Trang chủ"),
    ("/Pages/TrangTinh.aspx?ID=1", "Lịch sử hình thành"),
    ("/Pages/TrangTinh.aspx?ID=2", "Chức năng, nhiệm vụ"),
    ("/Pages/TrangTinh.aspx?ID=3", "Cơ cấu tổ chức"),
    ("/Pages/TrangTinh.aspx?ID=4", "Ban Giám hiệu"),
    (f"/Pages/DanhMuc.aspx?CateID={ALL_CATE}", "Tin tức - Sự kiện"),
    ("/Pages/DanhMuc.aspx?CateID=12", "Tin hoạt động"),
    ("/Pages/DanhMuc.aspx?CateID=21", "Đào tạo - Bồi dưỡng"),
    ("/Pages/DanhMuc.aspx?CateID=15", "Nghiên cứu - Trao đổi"),
    ("/Pages/DanhMuc.aspx?CateID=18", "Chuyên đề học tập và làm theo Bác"),
    ("/Pages/LichGiang.aspx", "Lịch giảng"),
    ("/Pages/ThuVienAnh.aspx", "Thư viện ảnh"),
    ("http://vanban.hatinh.gov.vn/", "Văn bản chỉ đạo điều hành"),
    ("http://elearning.truongchinhtri.hatinh.gov.vn/", "Học tập trực tuyến"),
    ("/Pages/TrangTinh.aspx?ID=5", "Liên hệ"),
]

AGENCIES = [
    ("https://hatinh.gov.vn/", "Cổng TTĐT tỉnh Hà Tĩnh"),
    ("https://hatinh.dcs.vn/", "Tỉnh ủy Hà Tĩnh"),
    ("https://baohatinh.vn/", "Báo Hà Tĩnh"),
    ("https://sonoivu.hatinh.gov.vn/", "Sở Nội vụ Hà Tĩnh"),
    ("https://sogddt.hatinh.gov.vn/", "Sở Giáo dục và Đào tạo"),
    ("https://hcma.vn/", "Học viện CTQG Hồ Chí Minh"),
    ("https://hcma3.hcma.vn/", "Học viện Chính trị khu vực III"),
]


def left_column() -> str:
    items = "\n".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in LEFT_MENU)
    return f"""<div class="khungtrai">
<div class="tieude_khung">DANH MỤC</div>
<ul class="menu_trai">
{items}
</ul>
</div>
<div class="khungtrai"><div class="tieude_khung">TÌM KIẾM</div>
<input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="otimkiem" />
<input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="ctl00_btnTimKiem" class="nuttim" />
<div class="tukhoa">Từ khóa: {" , ".join(f'<a href="{esc(search_path(k))}">{esc(k)}</a>' for k in SEARCH_KEYS)}</div>
</div>
<div class="khungtrai"><a href="/Pages/DanhMuc.aspx?CateID=18"><img src="/Images/banner_hoctap_lamtheo_bac.jpg" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" width="200" /></a></div>
<div class="khungtrai"><div class="tieude_khung">THĂM DÒ Ý KIẾN</div>
<div class="cauhoi">Bạn đánh giá thế nào về chất lượng các chuyên đề bồi dưỡng năm 2026?</div>
<input type="radio" name="ctl00$rdoBinhChon" value="1" /> Rất tốt<br />
<input type="radio" name="ctl00$rdoBinhChon" value="2" /> Tốt<br />
<input type="radio" name="ctl00$rdoBinhChon" value="3" /> Bình thường<br />
<input type="submit" name="ctl00$btnBieuQuyet" value="Biểu quyết" />
<a href="javascript:void(0);" onclick="XemKetQua(3);">Xem kết quả</a>
</div>"""


def right_column() -> str:
    top = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    most = "\n".join(
        f'<li><a href="{esc(art_path(s))}">{esc(s.title)}</a> <span class="luotxem_nho">({s.opts["views"]})</span></li>'
        for s in top
    )
    links = "\n".join(f'<option value="{esc(h)}">{esc(t)}</option>' for h, t in AGENCIES)
    return f"""<div class="khungphai"><div class="tieude_khung">TIN ĐỌC NHIỀU</div>
<ul class="docnhieu">
{most}
</ul></div>
<div class="khungphai"><div class="tieude_khung">LIÊN KẾT WEBSITE</div>
<select id="ddlLienKet" onchange="window.open(this.value);"><option value="">-- Chọn liên kết --</option>
{links}
</select>
<a href="https://hatinh.gov.vn/" target="_blank"><img src="/Images/lk_congtt_hatinh.gif" alt="Cổng TTĐT Hà Tĩnh" /></a>
<a href="https://baohatinh.vn/" target="_blank"><img src="/Images/lk_baohatinh.gif" alt="Báo Hà Tĩnh" /></a>
</div>
<div class="khungphai"><div class="tieude_khung">THỐNG KÊ TRUY CẬP</div>
<div class="thongke">Đang online: <span>23</span><br />Hôm nay: <span>412</span><br />Tổng truy cập: <span>1.254.876</span></div>
</div>"""


def layout(request: Request, title: str, main: str) -> str:
    action = esc(request.target)
    state = opaque("tct" + request.target, 900)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/App_Themes/TCT/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/Scripts/egov.js"></script>
</head>
<body>
<a name="top"></a>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" /></div>
<div id="khungtrang">
<div class="dautrang"><a href="/"><img src="/Images/banner_tct_hatinh.jpg" alt="Trường Chính trị tỉnh Hà Tĩnh" width="1000" height="160" /></a></div>
<div class="thanhmenu"><span class="ngayhientai">{TODAY}</span>
<a href="/">Trang chủ</a> | <a href="/Pages/TrangTinh.aspx?ID=1">Giới thiệu</a> | <a href="/Pages/DanhMuc.aspx?CateID={ALL_CATE}">Tin tức</a> | <a href="/Pages/LichGiang.aspx">Lịch giảng</a> | <a href="/Pages/TrangTinh.aspx?ID=5">Liên hệ</a></div>
<table class="bocuc" cellpadding="0" cellspacing="0" width="1000"><tr>
<td class="cottrai" valign="top" width="210">{left_column()}</td>
<td class="cotgiua" valign="top">{main}</td>
<td class="cotphai" valign="top" width="210">{right_column()}</td>
</tr></table>
<div class="chantrang">
<p><strong>Bản quyền thuộc Trường Chính trị tỉnh Hà Tĩnh</strong></p>
<p>Địa chỉ: Số 83 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239 3855 621 - Fax: 0239 3855 622 - Email: truongchinhtri@hatinh.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Võ Văn Hùng - Hiệu trưởng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="nhacungcap">Thiết kế và phát triển: Trung tâm CNTT - Truyền thông Hà Tĩnh</p>
</div>
</div>
</form>
</body>
</html>"""


def breadcrumb(cat: int | None, tail: str = "") -> str:
    parts = ['<a href="/">Trang chủ</a>']
    if cat in UNDER_NEWS or cat == ALL_CATE:
        parts.append(f'<a href="/Pages/DanhMuc.aspx?CateID={ALL_CATE}">Tin tức - Sự kiện</a>')
    if cat in CATEGORIES:
        parts.append(f'<a href="/Pages/DanhMuc.aspx?CateID={cat}">{esc(CATEGORIES[cat])}</a>')
    if tail:
        parts.append(f"<span>{esc(tail)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


def date_list(stories: list[Story], cls: str, heading: str) -> str:
    if not stories:
        return ""
    items = "\n".join(
        f'<li><a href="{esc(art_path(s))}">{esc(s.title)}</a> <span class="ngay">({_day(s)})</span></li>'
        for s in stories
    )
    return f'<div class="{cls}"><div class="tieude_ds">{heading}</div><ul>\n{items}\n</ul></div>'


def article_page(request: Request, story: Story) -> Response:
    o = story.opts
    meta = f'<span class="ngaydang">Ngày đăng: {o["date"]}</span>'
    if o["updated"]:
        meta += f' | <span class="ngaycapnhat">Cập nhật: {o["updated"]}</span>'
    meta += f' | <span class="luotxem">Lượt xem: {o["views"]}</span>'
    field_html = ""
    if o["field"]:
        label, value = o["field"]
        field_html = (
            f'<div class="tacgia_tin"><b>{label}:</b> <span id="ctl00_cphNoiDung_lblTacGia">'
            f"{esc(value)}</span></div>"
        )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat_tin"><span class="sapo" style="font-weight: bold;">{esc(story.summary)}</span></div>'
    same_cat = newest([s for s in STORIES if s.cat == story.cat and s is not story])
    newer = [s for s in same_cat if (s.published_at or "") > (story.published_at or "")][-3:]
    older = [s for s in same_cat if (s.published_at or "") < (story.published_at or "")][:2]
    main = f"""<div class="khungtin">
{breadcrumb(story.cat)}
<h1 class="tieude_tin">{esc(story.title)}</h1>
<div class="thongtin_tin">{meta}</div>
{field_html}
{sapo}
<div class="noidung_tin" id="ctl00_cphNoiDung_divNoiDung">
{render_body(story)}
</div>
<div class="congcu_tin"><img src="/Images/icon_print.gif" alt="" /> <a href="javascript:window.print();">In trang</a> | <img src="/Images/icon_email.gif" alt="" /> <a href="/Pages/GuiEmail.aspx?ItemID={story.id}">Gửi email</a> | <a href="#top">Lên đầu trang</a></div>
<div class="chiase">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u={esc(base_url(request) + art_path(story))}" target="_blank"><img src="/Images/facebook.png" alt="Facebook" /></a></div>
{date_list(newer, "tincungchuyenmuc", "Tin cùng chuyên mục")}
{date_list(older, "tindadua", "Các tin đã đưa")}
</div>"""
    return html(layout(request, f"{story.title} - {SITE_TITLE}", main))


def item_card(s: Story) -> str:
    first = next((b for b in s.blocks if isinstance(b, Img)), None)
    thumb = (
        f'<a href="{esc(art_path(s))}"><img class="anhdaidien" src="{first.src}" width="120" alt="" /></a>'
        if first
        else ""
    )
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    short = lead if len(lead) < 180 else lead[:177].rsplit(" ", 1)[0] + "..."
    return (
        f'<div class="tin_ds">{thumb}<a class="tieude_ds" href="{esc(art_path(s))}">{esc(s.title)}</a> '
        f'<span class="ngay">({_day(s)})</span><p class="tomtat_ds">{esc(short)}</p>'
        '<div class="clear"></div></div>'
    )


def pager(cate: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span class="trang_hientai">{n}</span>')
        else:
            links.append(f'<a href="/Pages/DanhMuc.aspx?CateID={cate}&amp;Page={n}">{n}</a>')
    if page < pages:
        links.append(f'<a href="/Pages/DanhMuc.aspx?CateID={cate}&amp;Page={page + 1}">»</a>')
    return '<div class="phantrang">Trang: ' + " ".join(links) + "</div>"


def listing(request: Request) -> Response | None:
    params = request.params
    try:
        cate = int(params.get("CateID", ""))
        page = int(params.get("Page", "1") or "1")
    except ValueError:
        return None
    if cate == ALL_CATE:
        stories, per, name = newest(STORIES), ALL_PER_PAGE, "Tin tức - Sự kiện"
    elif cate in CATEGORIES:
        stories, per, name = newest([s for s in STORIES if s.cat == cate]), PER_PAGE, CATEGORIES[cate]
    else:
        return None
    pages = max(1, -(-len(stories) // per))
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * per : page * per]
    main = f"""<div class="khungdanhmuc">
{breadcrumb(cate)}
<div class="tieude_danhmuc">{esc(name)}</div>
{"".join(item_card(s) for s in chunk)}
{pager(cate, page, pages)}
</div>"""
    return html(layout(request, f"{name} - {SITE_TITLE}", main))


def home(request: Request) -> Response:
    latest = newest(STORIES)[:ALL_PER_PAGE]
    hot = latest[0]
    boxes = []
    for cate, name in CATEGORIES.items():
        two = newest([s for s in STORIES if s.cat == cate])[:2]
        items = "".join(
            f'<li><a href="{esc(art_path(s))}">{esc(s.title)}</a> <span class="ngay">({_day(s)})</span></li>'
            for s in two
        )
        boxes.append(
            f'<div class="khung_chuyenmuc"><div class="tieude_cm"><a href="/Pages/DanhMuc.aspx?CateID={cate}">'
            f'{esc(name)}</a></div><ul>{items}</ul><a class="xemtiep" href="/Pages/DanhMuc.aspx?CateID={cate}">Xem tiếp »</a></div>'
        )
    main = f"""<div class="tinnoibat">
<a href="{esc(art_path(hot))}"><img src="{hot.images[0].src if hot.images else "/Images/noimage.jpg"}" width="320" alt="" /></a>
<h2><a href="{esc(art_path(hot))}">{esc(hot.title)}</a></h2>
<p>{esc(hot.summary or "")}</p></div>
<div class="khung_tinmoi"><div class="tieude_cm">TIN MỚI NHẤT</div>
{"".join(item_card(s) for s in latest[1:])}
<a class="xemtiep" href="/Pages/DanhMuc.aspx?CateID={ALL_CATE}&amp;Page=2">Xem thêm tin cũ hơn »</a>
</div>
{"".join(boxes)}"""
    return html(layout(request, f"{SITE_TITLE} - Trang chủ", main))


def static_page(request: Request, page_id: int) -> Response:
    title, paras = STATIC_PAGES[page_id]
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="khungtin">
{breadcrumb(None, title)}
<h1 class="tieude_tin">{esc(title)}</h1>
<div class="noidung_tin">
{body}
</div>
<div class="congcu_tin"><a href="javascript:window.print();">In trang</a> | <a href="#top">Lên đầu trang</a></div>
</div>"""
    return html(layout(request, f"{title} - {SITE_TITLE}", main))


def timetable_page(request: Request) -> Response:
    head = ["Thứ/Ngày", "Buổi", "Lớp", "Nội dung", "Giảng viên", "Phòng"]
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in TIMETABLE)
    main = f"""<div class="khungtin">
{breadcrumb(None, "Lịch giảng")}
<h1 class="tieude_tin">LỊCH GIẢNG TUẦN 49 (TỪ 07/12/2026 ĐẾN 11/12/2026)</h1>
<table class="bang_lichgiang" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr>{"".join(f"<th>{esc(h)}</th>" for h in head)}</tr>
{rows}
</table>
<p><em>Ghi chú: Lịch giảng có thể thay đổi, đề nghị giảng viên theo dõi thông báo của Phòng Quản lý đào tạo.</em></p>
</div>"""
    return html(layout(request, f"Lịch giảng - {SITE_TITLE}", main))


def albums_page(request: Request) -> Response | None:
    album_id = request.params.get("AlbumID")
    if album_id is None:
        items = "".join(
            f'<div class="album"><a href="/Pages/ThuVienAnh.aspx?AlbumID={aid}"><img src="/Uploads/ThuVienAnh/{photos[0][0]}" width="160" alt="" /></a>'
            f'<a href="/Pages/ThuVienAnh.aspx?AlbumID={aid}">{esc(title)}</a></div>'
            for aid, (title, _day_str, photos) in ALBUMS.items()
        )
        main = f'<div class="khungdanhmuc">{breadcrumb(None, "Thư viện ảnh")}<div class="tieude_danhmuc">Thư viện ảnh</div>{items}</div>'
        return html(layout(request, f"Thư viện ảnh - {SITE_TITLE}", main))
    if not album_id.isdigit() or int(album_id) not in ALBUMS:
        return None
    title, day, photos = ALBUMS[int(album_id)]
    cells = "".join(
        f'<div class="anh_album"><img src="/Uploads/ThuVienAnh/{f}" width="220" alt="" /><p>{esc(c)}</p></div>'
        for f, c in photos
    )
    main = f"""<div class="khungtin">
{breadcrumb(None, "Thư viện ảnh")}
<h1 class="tieude_tin">{esc(title)}</h1>
<div class="thongtin_album">Ngày tạo: {day} | Số ảnh: {len(photos)}</div>
<div class="album_anh">{cells}</div>
</div>"""
    return html(layout(request, f"{title} - {SITE_TITLE}", main))


def _plain(value: str) -> str:
    return value.lower()


def search_page(request: Request) -> Response:
    key = request.params.get("key", "").strip()
    hits = [
        s
        for s in newest(STORIES)
        if key and (_plain(key) in _plain(s.title) or any(_plain(key) in _plain(p) for p in s.paragraphs))
    ]
    rows = "".join(item_card(s) for s in hits) or "<p>Không tìm thấy kết quả nào.</p>"
    main = f"""<div class="khungdanhmuc">
{breadcrumb(None, "Tìm kiếm")}
<div class="tieude_danhmuc">Kết quả tìm kiếm với từ khóa: “{esc(key)}” ({len(hits)} kết quả)</div>
{rows}
</div>"""
    return html(layout(request, f"Tìm kiếm - {SITE_TITLE}", main))


def email_page(request: Request) -> Response | None:
    item = request.params.get("ItemID", "")
    story = BY_ID.get(int(item)) if item.isdigit() else None
    if story is None:
        return None
    main = f"""<div class="khungtin">
{breadcrumb(None, "Gửi email")}
<div class="tieude_danhmuc">Gửi bài viết qua email</div>
<p>Bài viết: <a href="{esc(art_path(story))}">{esc(story.title)}</a></p>
<table class="bang_guiemail">
<tr><td>Họ tên người gửi:</td><td><input name="ctl00$cphNoiDung$txtHoTen" type="text" /></td></tr>
<tr><td>Email người nhận:</td><td><input name="ctl00$cphNoiDung$txtEmailNhan" type="text" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="ctl00$cphNoiDung$txtLoiNhan" rows="4" cols="40"></textarea></td></tr>
</table>
<input type="submit" name="ctl00$cphNoiDung$btnGui" value="Gửi" />
</div>"""
    return html(layout(request, f"Gửi email - {SITE_TITLE}", main))


def missing_item(request: Request) -> Response:
    """The vendor answers 200 with an empty frame for an unknown ItemID (a soft 404)."""
    main = '<div class="khungtin"><p class="thongbao">Tin bài không tồn tại hoặc đã bị xóa.</p></div>'
    return html(layout(request, SITE_TITLE, main))


_OLD = re.compile(r"/tin-tuc/(\d+)/[a-z0-9-]+\.aspx")


class EgovSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Uploads/", "/Images/", "/App_Themes/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/Default.aspx"):
            return home(request)
        params = request.params
        if path == "/Pages/TinTuc.aspx":
            item = params.get("ItemID", "")
            story = BY_ID.get(int(item)) if item.isdigit() else None
            return article_page(request, story) if story else missing_item(request)
        if m := _OLD.fullmatch(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if path == "/Pages/DanhMuc.aspx":
            return listing(request)
        if path == "/Pages/TrangTinh.aspx":
            pid = params.get("ID", "")
            if pid.isdigit() and int(pid) in STATIC_PAGES:
                return static_page(request, int(pid))
            return None
        if path == "/Pages/LichGiang.aspx":
            return timetable_page(request)
        if path == "/Pages/ThuVienAnh.aspx":
            return albums_page(request)
        if path == "/Pages/TimKiem.aspx":
            return search_page(request)
        if path == "/Pages/GuiEmail.aspx":
            return email_page(request)
        return None


def build_site() -> EgovSite:
    return EgovSite()
