"""Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế on the provincial IT centre's e-government portal.

Platform: the "eGov Portal" product of Thừa Thiên Huế's IT centre (HueCIT), an ASP.NET WebForms
application on a DotNetNuke-style core: every page is one ``<form id="Form">`` with view state,
a skin of zones (``dnn_vung_dau`` header, ``dnn_LeftPane`` / ``dnn_ContentPane`` /
``dnn_RightPane`` as the three cells of a layout table, ``dnn_vung_cuoi`` footer) and modules in
containers (``DnnModule-445`` …) whose titles are ``<h1><span class="Head">``. The news module
("Tin tức - Sự kiện") has categories (``cid``), a document module ("Văn bản") and a Q&A module
("Hỏi đáp"). Vendor markup uses Vietnamese class names (``tieudetin``, ``ngaydang``,
``motatin``, ``ct_noidung``, ``chuthich_anh``, ``dstin_item``, ``phantrang`` …).

URL scheme
- ``/`` home: header marquee "Tin mới", zone "Tin nổi bật" (featured, cid 1), zone "Tin mới
  cập nhật", a "Thông báo" box, "Văn bản mới", Q&A teaser.
- ``/Tin-tuc-su-kien/Default.aspx``: the news tab (one box per category, three titles each).
- ``/Tin-tuc-su-kien/cid/<c>/Default.aspx?page=<N>``: a category listing, 3 items a page.
- ``/Tin-tuc-su-kien/tid/<slug>/newsid/<GUID>/cid/<c>/Default.aspx``: an article. The platform
  routes on ``newsid`` (case-insensitive), accepts the slug the title had when first published
  and the cid of any category the article is listed in (its own, or 1 = "Tin nổi bật").
- ``/Van-ban/Default.aspx`` and ``/Van-ban/docid/<N>/Default.aspx``: documents module.
- ``/Gioi-thieu/Default.aspx``, ``/Hoi-dap/Default.aspx``, ``/Lien-he/Default.aspx``,
  ``/Tim-kiem/Default.aspx`` (search, GET form).
- ``/Portals/0/...``: images and PDF attachments.

Page templates: home, news tab, category listing, article (``ViewTinTuc`` module: headline span,
date span, sapo span, body panel, author field, tools, "Các tin đã đưa"), document list and
entry, intro, Q&A, contact, search.

How each gold article is reached: categories 3, 4 and 5 hold two articles each, all on page 1
of their listing. Category 2 ("Hoạt động của ngành") holds seven: three on page 1, three on
page 2, one on page 3. The pager of page 1 links page 2 only (the "…", "Trang sau" and "Trang
cuối" buttons are ``__doPostBack`` calls), page 3 is linked only from page 2; the three oldest
of them (Kiểm định, Tỉnh đoàn, bồi dưỡng CBQL) are linked from nowhere else. The newest five
are also in the home page's "Tin mới cập nhật" zone and the left "Tin mới nhận" box; four are
featured (home zone and cid 1 listing, with cid 1 in their URL).

Traps
1. Zone layout puts the left pane before the content in the source: the "Tin mới nhận" box
   (titles with dates "(04/12/2026)") and the Q&A teaser come first; the module title
   ``<h1>`` says "Tin tức - Sự kiện" and ``<title>`` is "Sở … > Tin tức - Sự kiện": the headline
   is only ``<span class="tieudetin">``. Gold title = that span.
2. ``<link rel="canonical">`` on every article page points at the news tab
   (``/Tin-tuc-su-kien/Default.aspx``), as the core prints the tab URL for all module views.
   Gold canonical_path = the article's own URL; the tab is a listing, not an article.
3. The same article under GUIDs of two cases: listings print the GUID upper-case, the header
   marquee (on every page) prints it lower-case. Both answer 200 with the same article: the
   lower-case form is in alt_paths.
4. Featured articles are linked with ``cid/1`` (Tin nổi bật) from the home zone and the cid 1
   listing, and with their own cid elsewhere; the breadcrumb always prints the article's own
   category. Gold category = the breadcrumb's; the cid/1 URL is an alt_path.
5. Edited titles: "Các tin đã đưa" lists keep the slug (``tid``) the title had when first
   published; the platform ignores ``tid`` and serves the article. The old-slug URL is an
   alt_path (two articles).
6. The date is ``DateTime.ToString()`` under the vi-VN culture: "02/12/2026 2:30:00 CH" is
   14:30 (CH = chiều, afternoon; SA = sáng); "02/12/2026 12:15:00 CH" is 12:15 (noon, not
   00:15); "10/11/2026 12:00:00 SA" is midnight, i.e. a day alone ("2026-11-10"); two articles
   print the day only. Gold follows: ISO with +07:00, or the day.
7. Word-pasted paragraphs split words across spans with no whitespace between them
   (``Gi<span lang="VI" style="…">áo</span> dục``) and use ``&nbsp;`` between words. Gold text is
   the words as printed: "Giáo dục", never "Gi áo dục".
8. Two photos side by side in one table row with a single caption row (``colspan="2"``)
   under both: both photos get that caption. A photo with ``title``/``alt`` but no printed line
   has caption None.
9. A caption line that ends with the photographer's credit: "Ban Giám khảo chấm … (Ảnh:
   Phước Sang)" -> caption "Ban Giám khảo chấm …", photographer "Phước Sang".
10. Bylines: a right-aligned name with the unit on the next line after ``<br>`` ("Minh Châu" /
    "Văn phòng Sở") -> the name only; two names joined by " - " ("Ngọc Hà - Minh Phương") ->
    two authors; the module's own "Tác giả:" field below the body ("ThS. Trần Thị Thu Hiền -
    Phòng Khảo thí và KĐCLGD") -> "Trần Thị Thu Hiền"; "Người đăng: bientap.sgd" is the CMS
    account -> nobody.
11. Text that is not body inside or right after the body panel: "Xem thêm:" link line, the
    "Tệp đính kèm" list, "Nguồn:"/"Theo" lines (source), "Lượt xem", "In bài | Gửi email | Về
    đầu trang", "Các tin đã đưa" with dates.
12. An official notice (letterhead table, "Số: …", "Thừa Thiên Huế, ngày 30 tháng 11 năm
    2026", THÔNG BÁO / "Về việc …", "Nơi nhận", KT. GIÁM ĐỐC … signer) posted on 01/12/2026:
    date = the letterhead's day, author = the signer.
13. Document entries (title, "Ngày ban hành", "Trích yếu", PDF link), the intro page (with its
    own "Cập nhật" date) and the Q&A module (questions with "Ngày hỏi", answers) look like
    articles but are not.

Gold decisions on ambiguous points
- A sapo printed in ``<span class="motatin">`` is the summary and the body's first paragraph;
  a bold first paragraph inside the body (one article) is the summary too.
- A shared caption row under two photos is each photo's caption.
- A caption line ending with "(Ảnh: X)": the credit is cut off the caption, X is a photographer.
- "Bài, ảnh: X" reads as "Tin, ảnh: X": X is author and photographer.
- A unit signing alone ("Phòng Tổ chức cán bộ", "Văn phòng Sở") is the author as printed; a
  unit on the line under a name is the name's unit, not an author.
- The notice's "Tệp đính kèm" PDF and the documents module are not articles.
"""

from __future__ import annotations

import re
import uuid

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
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

NAME = "hue_cit_egov_sgddt"
PLATFORM = "HueCIT eGov Portal (ASP.NET WebForms, DotNetNuke-style zones/modules)"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo Thừa Thiên Huế"
HEADER_DATE = "Thứ Bảy, 05/12/2026"

CATS = {
    1: "Tin nổi bật",
    2: "Hoạt động của ngành",
    3: "Giáo dục Mầm non - Tiểu học",
    4: "Giáo dục Trung học",
    5: "Thông báo",
}
PER_PAGE = 3
IMG = "/Portals/0/TinTuc/2026"


def _guid(slug: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "huecit-sgddt/" + slug)).upper()


def _byline_right(name: str, unit: str | None = None) -> Raw:
    tail = f'<br /><em>{esc(unit)}</em>' if unit else ""
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong>{tail}</p>')


# --- the thirteen stories -------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1,
        "So-GDDT-trien-khai-ke-hoach-chuyen-doi-so-trong-quan-ly-truong-hoc-giai-doan-2026-2030",
        "Sở GD&ĐT triển khai kế hoạch chuyển đổi số trong quản lý trường học giai đoạn 2026-2030",
        "2",
        "2026-12-04T14:30:00+07:00",
        [
            P(
                "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai kế hoạch chuyển đổi "
                "số trong quản lý trường học giai đoạn 2026-2030 với sự tham dự của hơn 300 cán bộ "
                "quản lý các trường học trên địa bàn tỉnh."
            ),
            Img(
                f"{IMG}/12/hoinghi-cds-01.jpg",
                "Phó Giám đốc Sở GD&ĐT phát biểu tại hội nghị",
                "Phó Giám đốc Sở GD&ĐT phát biểu tại hội nghị",
                "tbl",
            ),
            P(
                "Theo kế hoạch, đến năm 2028, 100% cơ sở giáo dục phổ thông sử dụng hồ sơ điện tử, "
                "học bạ số và thanh toán học phí không dùng tiền mặt; đến năm 2030, toàn bộ dữ liệu "
                "ngành được kết nối với cơ sở dữ liệu dùng chung của tỉnh."
            ),
            P("Kế hoạch tập trung vào ba nhóm nhiệm vụ chính:", "h"),
            P("Hoàn thiện hạ tầng mạng và thiết bị tại các trường vùng khó khăn;", "li"),
            P("Chuẩn hóa cơ sở dữ liệu học sinh, giáo viên trên nền tảng dùng chung;", "li"),
            P("Bồi dưỡng kỹ năng số cho đội ngũ cán bộ quản lý và giáo viên.", "li"),
            P(
                "Phát biểu tại hội nghị, lãnh đạo Sở đề nghị các đơn vị xây dựng lộ trình cụ thể, "
                "phân công cán bộ phụ trách và báo cáo kết quả thực hiện trước ngày 20 hằng tháng."
            ),
            _byline_right("Minh Châu", "Văn phòng Sở"),
        ],
        authors=["Minh Châu"],
        summary=(
            "Sở GD&ĐT vừa ban hành kế hoạch chuyển đổi số trong quản lý trường học giai đoạn "
            "2026-2030, đặt mục tiêu 100% trường phổ thông dùng học bạ số vào năm 2028."
        ),
        sapo_outside=True,
        opts={"date": "04/12/2026 2:30:00 CH", "featured": True, "marquee": True},
    ),
    Story(
        2,
        "Doan-cong-tac-Bo-GDDT-lam-viec-ve-chuan-bi-ky-thi-tot-nghiep-THPT-2027",
        "Đoàn công tác Bộ GD&ĐT làm việc về chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027",
        "2",
        "2026-12-02T12:15:00+07:00",
        [
            P(
                "Ngày 02/12, đoàn công tác của Cục Quản lý chất lượng, Bộ Giáo dục và Đào tạo đã "
                "làm việc với Sở Giáo dục và Đào tạo Thừa Thiên Huế về công tác chuẩn bị Kỳ thi "
                "tốt nghiệp THPT năm 2027.",
                "word",
            ),
            P(
                "Báo cáo với đoàn, đại diện Sở cho biết toàn tỉnh dự kiến có hơn 13.500 thí sinh "
                "đăng ký dự thi; các điểm thi được bố trí gần nơi ở của học sinh, ưu tiên các "
                "huyện miền núi A Lưới và Nam Đông.",
                "word",
            ),
            Img(
                f"{IMG}/12/lamviec-bo-02.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                "divbr",
            ),
            P(
                "Đoàn công tác ghi nhận sự chủ động của Sở trong việc ôn tập cho học sinh lớp 12 "
                "và đề nghị tiếp tục rà soát cơ sở vật chất, camera giám sát tại các điểm thi.",
                "word",
            ),
            _byline_right("Ngọc Hà - Minh Phương"),
        ],
        authors=["Ngọc Hà", "Minh Phương"],
        summary=(
            "Đoàn công tác Bộ GD&ĐT đánh giá cao sự chuẩn bị sớm của ngành Giáo dục Thừa Thiên "
            "Huế cho Kỳ thi tốt nghiệp THPT năm 2027."
        ),
        sapo_outside=True,
        opts={
            "date": "02/12/2026 12:15:00 CH",
            "marquee": True,
            "old_slug": "Doan-cong-tac-Bo-GDDT-lam-viec-voi-So-GDDT-Thua-Thien-Hue",
        },
    ),
    Story(
        3,
        "Nganh-Giao-duc-huong-ung-Thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
        "Ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
        "2",
        "2026-11-27",
        [
            P(
                "Từ ngày 15/11 đến 15/12, các cơ sở giáo dục trên địa bàn tỉnh đồng loạt tổ chức "
                "các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó "
                "với bạo lực trên cơ sở giới.",
                "lead",
            ),
            P(
                "Nhiều trường đã tổ chức diễn đàn, sân khấu hóa và cuộc thi vẽ tranh với chủ đề "
                "“Trường học an toàn, thân thiện, bình đẳng”, thu hút đông đảo học sinh tham gia."
            ),
            P(
                "Công đoàn ngành đề nghị các đơn vị lồng ghép nội dung bình đẳng giới vào hoạt "
                "động giáo dục trải nghiệm và sinh hoạt dưới cờ đến hết học kỳ I."
            ),
            Raw('<p><em>Nguồn: Công đoàn ngành Giáo dục</em></p>'),
        ],
        source="Công đoàn ngành Giáo dục",
        summary=(
            "Từ ngày 15/11 đến 15/12, các cơ sở giáo dục trên địa bàn tỉnh đồng loạt tổ chức "
            "các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó "
            "với bạo lực trên cơ sở giới."
        ),
        opts={"date": "27/11/2026"},
    ),
    Story(
        4,
        "Le-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam-va-tuyen-duong-nha-giao-tieu-bieu",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu",
        "2",
        "2026-11-20T08:00:00+07:00",
        [
            P(
                "Sáng 20/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
                "Nam (20/11/1982 - 20/11/2026) và tuyên dương 64 nhà giáo tiêu biểu năm học "
                "2025-2026."
            ),
            Img(f"{IMG}/11/ky-niem-2011-a.jpg", "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh", "pair"),
            Img(f"{IMG}/11/ky-niem-2011-b.jpg", "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh", "pair"),
            P(
                "Năm học vừa qua, đội ngũ nhà giáo toàn tỉnh đã nỗ lực đổi mới phương pháp dạy học, "
                "góp phần đưa Thừa Thiên Huế tiếp tục nằm trong nhóm dẫn đầu cả nước về chất lượng "
                "giáo dục mũi nhọn."
            ),
            P(
                "Dịp này, 12 tập thể và 64 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 5 nhà giáo "
                "được đề nghị xét tặng danh hiệu Nhà giáo ưu tú."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Lan</strong></p>'),
        ],
        authors=["Hoàng Lan"],
        photographers=["Hoàng Lan"],
        summary="Ngành Giáo dục Thừa Thiên Huế long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"date": "20/11/2026 8:00:00 SA", "featured": True},
    ),
    Story(
        5,
        "Tap-huan-cong-tac-kiem-dinh-chat-luong-giao-duc-nam-2026",
        "Tập huấn công tác kiểm định chất lượng giáo dục năm 2026",
        "2",
        "2026-11-10",
        [
            P(
                "Trong hai ngày 09 và 10/11, Sở Giáo dục và Đào tạo tổ chức tập huấn công tác tự "
                "đánh giá và đánh giá ngoài cơ sở giáo dục cho 180 cán bộ, giáo viên."
            ),
            Img(f"{IMG}/11/taphuan-kd.jpg", None, None, "bare"),
            P(
                "Các học viên được hướng dẫn quy trình thu thập minh chứng, viết báo cáo tự đánh giá "
                "theo bộ tiêu chuẩn mới và sử dụng phần mềm quản lý kiểm định chất lượng."
            ),
            P(
                "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng "
                "nhận."
            ),
        ],
        authors=["Trần Thị Thu Hiền"],
        summary=(
            "180 cán bộ, giáo viên được tập huấn quy trình tự đánh giá và đánh giá ngoài cơ sở "
            "giáo dục."
        ),
        sapo_outside=True,
        opts={
            "date": "10/11/2026 12:00:00 SA",
            "tacgia": "ThS. Trần Thị Thu Hiền - Phòng Khảo thí và KĐCLGD",
            "img_title": "Quang cảnh lớp tập huấn kiểm định chất lượng",
        },
    ),
    Story(
        6,
        "Ky-ket-chuong-trinh-phoi-hop-voi-Tinh-doan-giai-doan-2026-2030",
        "Ký kết chương trình phối hợp với Tỉnh đoàn giai đoạn 2026-2030",
        "2",
        "2026-10-28T09:45:00+07:00",
        [
            P(
                "Sáng 28/10, Sở Giáo dục và Đào tạo và Tỉnh đoàn Thừa Thiên Huế ký kết chương trình "
                "phối hợp về giáo dục lý tưởng, đạo đức, lối sống cho học sinh giai đoạn 2026-2030."
            ),
            P(
                "Hai bên thống nhất tổ chức hằng năm các hoạt động tình nguyện mùa hè, hội thi "
                "Tin học trẻ, câu lạc bộ kỹ năng và chương trình “Tiếp sức mùa thi”."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/Tin-tuc-su-kien/cid/2/Default.aspx">'
                "Các hoạt động của ngành</a></p>"
            ),
        ],
        opts={"date": "28/10/2026 9:45:00 SA"},
    ),
    Story(
        7,
        "Khai-giang-lop-boi-duong-can-bo-quan-ly-truong-hoc-nam-2026",
        "Khai giảng lớp bồi dưỡng cán bộ quản lý trường học năm 2026",
        "2",
        "2026-10-15T16:10:00+07:00",
        [
            P(
                "Chiều 15/10, Sở Giáo dục và Đào tạo khai giảng lớp bồi dưỡng nghiệp vụ quản lý cho "
                "95 hiệu trưởng, phó hiệu trưởng mới được bổ nhiệm.",
            ),
            P("Lớp học diễn ra trong 10 ngày, gồm các chuyên đề:", "br"),
            P("- Quản trị nhà trường theo hướng tự chủ;", "br"),
            P("- Quản lý tài chính, tài sản trong cơ sở giáo dục công lập.", "br"),
            P(
                "Học viên hoàn thành chương trình được cấp chứng chỉ bồi dưỡng theo quy định của Bộ "
                "Giáo dục và Đào tạo."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Tổ chức cán bộ</strong></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"date": "15/10/2026 4:10:00 CH"},
    ),
    Story(
        8,
        "Hoi-thi-Be-khoe-Be-ngoan-cap-tinh-danh-cho-tre-mau-giao-5-tuoi",
        "Hội thi “Bé khỏe - Bé ngoan” cấp tỉnh dành cho trẻ mẫu giáo 5 tuổi",
        "3",
        "2026-12-03T10:05:00+07:00",
        [
            P(
                "Hội thi diễn ra tại Trường Mầm non Hoa Mai (thành phố Huế) với sự tham gia của 18 "
                "đội thi đến từ các huyện, thị xã và thành phố."
            ),
            Img(
                f"{IMG}/12/be-khoe-be-ngoan.jpg",
                "Các bé tham gia phần thi “Bé vận động”",
                "Các bé tham gia phần thi “Bé vận động”",
                "tbl",
            ),
            P(
                "Các đội trải qua ba phần thi: chào hỏi, năng khiếu và vận động, qua đó thể hiện "
                "sự tự tin, mạnh dạn và kỹ năng sống của trẻ."
            ),
            P("Kết quả, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 6 giải Ba và 4 giải Khuyến khích."),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Thanh Tâm</strong></p>'),
        ],
        authors=["Thanh Tâm"],
        photographers=["Thanh Tâm"],
        summary=(
            "Ngày 03/12, Sở GD&ĐT tổ chức Hội thi “Bé khỏe - Bé ngoan” cấp tỉnh dành cho trẻ mẫu "
            "giáo 5 tuổi."
        ),
        sapo_outside=True,
        opts={"date": "03/12/2026 10:05:00 SA", "featured": True, "marquee": True},
    ),
    Story(
        9,
        "Giao-luu-Tieng-Viet-cua-chung-em-danh-cho-hoc-sinh-dan-toc-thieu-so",
        "Giao lưu “Tiếng Việt của chúng em” dành cho học sinh dân tộc thiểu số",
        "3",
        "2026-11-18",
        [
            P(
                "Ngày 18/11, tại huyện A Lưới, Sở Giáo dục và Đào tạo tổ chức giao lưu “Tiếng Việt "
                "của chúng em” cho 60 học sinh tiểu học người dân tộc thiểu số.",
                "word",
            ),
            P(
                "Qua các phần thi kể chuyện, đọc thơ và hùng biện, các em đã thể hiện khả năng sử "
                "dụng tiếng Việt tự tin, mạch lạc.",
                "word",
            ),
            Img(
                f"{IMG}/11/giaoluu-tiengviet.jpg",
                "Học sinh Trường Tiểu học Hồng Thượng trong phần kể chuyện",
                "Học sinh Trường Tiểu học Hồng Thượng trong phần kể chuyện",
                "tbl",
            ),
            Raw('<p style="text-align: right;"><em>Tin: Hải Yến - Ảnh: Quốc Việt</em></p>'),
        ],
        authors=["Hải Yến"],
        photographers=["Quốc Việt"],
        opts={"date": "18/11/2026"},
    ),
    Story(
        10,
        "Khai-mac-Hoi-thi-giao-vien-day-gioi-cap-tinh-bac-THCS-nam-hoc-2026-2027",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026-2027",
        "4",
        "2026-12-01T07:30:00+07:00",
        [
            P(
                "Hội thi có 146 giáo viên đến từ 9 huyện, thị xã, thành phố tham gia ở 12 môn học, "
                "diễn ra từ ngày 01 đến 06/12/2026."
            ),
            P("Lịch thi cụ thể như sau:"),
            P("Thời gian | Nội dung | Địa điểm", "tr"),
            P("01/12 | Khai mạc, bốc thăm bài dạy | Trường THCS Nguyễn Tri Phương", "tr"),
            P("02/12 - 05/12 | Thi thực hành giảng dạy | Các trường THCS tại thành phố Huế", "tr"),
            P("06/12 | Tổng kết, trao giải | Sở Giáo dục và Đào tạo", "tr"),
            Img(
                f"{IMG}/12/gvdg-thcs.jpg",
                "Ban Giám khảo chấm tiết dạy môn Ngữ văn (Ảnh: Phước Sang)",
                "Ban Giám khảo chấm tiết dạy môn Ngữ văn",
                "tbl",
            ),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            _byline_right("Nhật Minh"),
        ],
        authors=["Nhật Minh"],
        photographers=["Phước Sang"],
        summary="Sáng 01/12, Sở GD&ĐT khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS.",
        sapo_outside=True,
        opts={"date": "01/12/2026 7:30:00 SA", "featured": True},
    ),
    Story(
        11,
        "Hoc-sinh-Thua-Thien-Hue-doat-3-giai-Nhat-cuoc-thi-Khoa-hoc-ky-thuat-quoc-gia",
        "Học sinh Thừa Thiên Huế đoạt 3 giải Nhất cuộc thi Khoa học kỹ thuật quốc gia",
        "4",
        "2026-11-05T15:00:00+07:00",
        [
            P(
                "Tại Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học "
                "2026-2027, đoàn Thừa Thiên Huế đạt 3 giải Nhất, 2 giải Nhì và 4 giải Ba.",
                "word",
            ),
            P(
                "Dự án “Hệ thống cảnh báo sạt lở đất cho vùng núi A Lưới” của hai học sinh Trường "
                "THPT chuyên Quốc Học được Ban giám khảo đánh giá cao về tính ứng dụng."
            ),
            P(
                "Đây là năm thứ năm liên tiếp Thừa Thiên Huế nằm trong tốp 10 đơn vị có thành tích "
                "cao nhất cuộc thi."
            ),
            _byline_right("Hà Nguyên"),
            Raw('<p style="text-align: right;"><em>Theo Báo Thừa Thiên Huế</em></p>'),
        ],
        authors=["Hà Nguyên"],
        source="Báo Thừa Thiên Huế",
        summary="Đoàn học sinh Thừa Thiên Huế giành 9 giải tại cuộc thi Khoa học kỹ thuật quốc gia.",
        sapo_outside=True,
        opts={
            "date": "05/11/2026 3:00:00 CH",
            "old_slug": "Hoc-sinh-Thua-Thien-Hue-dat-giai-cao-cuoc-thi-KHKT-quoc-gia",
        },
    ),
    Story(
        12,
        "Thong-bao-ve-viec-to-chuc-Ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-THPT",
        "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "5",
        "2026-11-30",
        [
            Raw(
                '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%">'
                '<tbody><tr><td width="45%" valign="top"><p align="center" style="text-align:center">'
                "UBND TỈNH THỪA THIÊN HUẾ<br /><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b></p>"
                '<p align="center" style="text-align:center">Số: 2315/TB-SGDĐT</p></td>'
                '<td width="55%" valign="top"><p align="center" style="text-align:center">'
                "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br /><b>Độc lập - Tự do - Hạnh phúc</b>"
                '</p><p align="right" style="text-align:right"><i>Thừa Thiên Huế, ngày 30 tháng 11 '
                "năm 2026</i></p></td></tr></tbody></table>"
            ),
            Raw('<p align="center" style="text-align:center"><b>THÔNG BÁO</b></p>'),
            Raw(
                '<p align="center" style="text-align:center"><b>Về việc tổ chức Kỳ thi chọn học sinh '
                "giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027</b></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1980/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo, Sở "
                "thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027 "
                "như sau:"
            ),
            P("1. Thời gian thi: ngày 17 và 18/12/2026.", "h"),
            P(
                "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh, Tiếng Pháp.",
                "h",
            ),
            P(
                "3. Hồ sơ dự thi gửi về Phòng Quản lý chất lượng trước ngày 10/12/2026 qua hệ thống "
                "quản lý văn bản điện tử.",
                "h",
            ),
            P("Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị triển khai thực hiện."),
            Raw(
                '<table border="0" width="100%"><tbody><tr><td width="50%" valign="top">'
                "<p><b><i>Nơi nhận:</i></b><br />- Các trường THPT;<br />- Lưu: VT, QLCL.</p></td>"
                '<td width="50%" valign="top"><p align="center" style="text-align:center">'
                "<b>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</b><br /><br /><i>(Đã ký)</i><br /><br />"
                "<b>Hồ Đăng Khoa</b></p></td></tr></tbody></table>"
            ),
        ],
        authors=["Hồ Đăng Khoa"],
        opts={
            "date": "01/12/2026 8:40:00 SA",
            "files": [("2315-TB-SGDDT.pdf", "Thông báo số 2315/TB-SGDĐT (PDF, 182 KB)")],
        },
    ),
    Story(
        13,
        "Hoc-sinh-toan-tinh-nghi-hoc-ngay-30-10-de-phong-tranh-mua-lu",
        "Học sinh toàn tỉnh nghỉ học ngày 30/10 để phòng tránh mưa lũ",
        "5",
        "2026-10-29T16:45:00+07:00",
        [
            P(
                "Thực hiện Công điện của Chủ tịch UBND tỉnh, Sở Giáo dục và Đào tạo cho học sinh "
                "các cấp học trên địa bàn tỉnh nghỉ học ngày 30/10/2026 để đảm bảo an toàn."
            ),
            P(
                "Hiệu trưởng các trường chủ động theo dõi diễn biến mưa lũ, bố trí lực lượng trực, "
                "kê cao tài liệu, thiết bị và thông báo kịp thời thời gian đi học trở lại cho cha mẹ "
                "học sinh."
            ),
            Raw('<p style="text-align: right;"><b>Văn phòng Sở</b></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"date": "29/10/2026 4:45:00 CH"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
for _s in STORIES:
    _s.opts["guid"] = _guid(_s.slug)
    _s.opts.setdefault("posted", _s.opts["date"])


def _sort_key(story: Story) -> tuple:
    d = story.opts["date"].split()[0]
    day, month, year = d.split("/")
    clock = story.opts["date"].split()[1:] or ["0:00:00", "SA"]
    h, m, _sec = (int(x) for x in clock[0].split(":"))
    if len(clock) > 1:
        h = h % 12 + (12 if clock[1] == "CH" else 0)
    return (year, month, day, h, m)


NEWEST = sorted(STORIES, key=_sort_key, reverse=True)


def _in_cat(cid: int) -> list[Story]:
    if cid == 1:
        return [s for s in NEWEST if s.opts.get("featured")]
    return [s for s in NEWEST if s.cat == str(cid)]


def article_path(story: Story, cid: int | None = None, *, lower: bool = False, old: bool = False) -> str:
    guid = story.opts["guid"].lower() if lower else story.opts["guid"]
    slug = story.opts["old_slug"] if old else story.slug
    return f"/Tin-tuc-su-kien/tid/{slug}/newsid/{guid}/cid/{cid or story.cat}/Default.aspx"


def list_path(cid: int, page: int | None = None) -> str:
    base = f"/Tin-tuc-su-kien/cid/{cid}/Default.aspx"
    return base if page is None else f"{base}?page={page}"


def _day(story: Story) -> str:
    return story.opts["posted"].split()[0]


# --- documents, Q&A ---------------------------------------------------------------------------

DOCS = {
    112: (
        "2315/TB-SGDĐT",
        "30/11/2026",
        "Thông báo",
        "Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "2315-TB-SGDDT.pdf",
    ),
    118: (
        "2280/KH-SGDĐT",
        "25/11/2026",
        "Kế hoạch",
        "Kế hoạch chuyển đổi số trong quản lý trường học giai đoạn 2026-2030",
        "2280-KH-SGDDT.pdf",
    ),
    121: (
        "2341/SGDĐT-GDTrH",
        "03/12/2026",
        "Công văn",
        "Về việc hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027",
        "2341-SGDDT-GDTrH.pdf",
    ),
}

QA = [
    (
        "Nguyễn Văn Tùng (phường Vỹ Dạ)",
        "02/12/2026",
        "Con tôi học lớp 10, xin hỏi điều kiện được miễn học phí năm học 2026-2027?",
        "Theo Nghị quyết của HĐND tỉnh, học sinh THPT công lập được miễn học phí từ năm học "
        "2025-2026. Phụ huynh liên hệ nhà trường để được hướng dẫn cụ thể.",
    ),
    (
        "Lê Thị Hạnh (huyện Phú Vang)",
        "24/11/2026",
        "Hồ sơ chuyển trường cho học sinh tiểu học từ tỉnh khác về gồm những gì?",
        "Hồ sơ gồm đơn xin chuyển trường, học bạ và giấy giới thiệu của trường nơi đi; thủ tục "
        "thực hiện tại Phòng GD&ĐT cấp huyện nơi đến.",
    ),
]

NON_ARTICLES = [
    "/Gioi-thieu/Default.aspx",
    "/Van-ban/docid/112/Default.aspx",
    "/Van-ban/docid/118/Default.aspx",
    "/Van-ban/docid/121/Default.aspx",
    "/Hoi-dap/Default.aspx",
    "/Lien-he/Default.aspx",
]


# --- rendering --------------------------------------------------------------------------------


def _word_markup(value: str) -> str:
    """A paragraph as Word pasted it: spans cut inside words, &nbsp; between some words."""
    words = value.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        w = esc(word)
        if i % 4 == 1 and len(word) > 3:
            w = (
                esc(word[:2])
                + '<span lang="VI" style="font-size:13.0pt;line-height:115%">'
                + esc(word[2:])
                + "</span>"
            )
        out.append(w)
        if i < len(words) - 1:
            out.append("&nbsp;" if i % 5 == 3 else " ")
    return (
        '<p class="MsoNormal" style="text-align:justify;text-indent:36pt">'
        "<span style=\"font-family:'Times New Roman',serif\">" + "".join(out) + "</span></p>"
    )


def _img_tag(src: str, title: str | None = None) -> str:
    extra = f' title="{esc(title)}" alt="{esc(title)}"' if title else ' alt=""'
    return f'<img src="{esc(src)}" width="500" border="0"{extra} />'


def _render_body(story: Story) -> str:
    blocks = story.blocks
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "pair":
                nxt = blocks[i + 1]
                assert isinstance(nxt, Img) and nxt.style == "pair"
                out.append(
                    '<table class="anh_doi" align="center" cellpadding="2"><tbody><tr>'
                    f"<td>{_img_tag(b.src)}</td><td>{_img_tag(nxt.src)}</td></tr>"
                    f'<tr><td colspan="2" class="chuthich_anh" style="text-align:center"><em>'
                    f"{esc(b.printed or '')}</em></td></tr></tbody></table>"
                )
                i += 2
                continue
            if b.style == "tbl":
                out.append(
                    '<table class="tbl_anh" align="center" style="width:500px" cellpadding="3">'
                    f"<tbody><tr><td>{_img_tag(b.src)}</td></tr>"
                    '<tr><td class="chuthich_anh" style="text-align:center">'
                    f'<span style="font-size:11px"><em>{esc(b.printed or "")}</em></span>'
                    "</td></tr></tbody></table>"
                )
            elif b.style == "divbr":
                out.append(
                    f'<div style="text-align:center">{_img_tag(b.src)}<br />'
                    f'<i>{esc(b.printed or "")}</i></div>'
                )
            else:  # bare: no printed line, only the title attribute
                out.append(
                    f'<p style="text-align:center">{_img_tag(b.src, story.opts.get("img_title"))}</p>'
                )
        elif isinstance(b, P):
            if b.style in ("li", "tr", "br"):
                group = [b]
                while (
                    i + 1 < len(blocks)
                    and isinstance(blocks[i + 1], P)
                    and blocks[i + 1].style == b.style
                ):
                    i += 1
                    group.append(blocks[i])
                if b.style == "li":
                    items = "".join(f"<li>{esc(g.text)}</li>" for g in group)
                    out.append(f'<ul style="list-style-type:disc">{items}</ul>')
                elif b.style == "tr":
                    rows = []
                    for n, g in enumerate(group):
                        tag = "td"
                        cells = "".join(
                            f"<{tag}>{'<b>' if n == 0 else ''}{esc(c)}{'</b>' if n == 0 else ''}</{tag}>"
                            for c in g.text.split(" | ")
                        )
                        rows.append(f"<tr>{cells}</tr>")
                    out.append(
                        '<table border="1" cellspacing="0" cellpadding="4" style="width:100%;'
                        'border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
                    )
                else:
                    out.append(
                        '<p style="text-align:justify">'
                        + "<br />\n".join(esc(g.text) for g in group)
                        + "</p>"
                    )
            elif b.style == "word":
                out.append(_word_markup(b.text))
            elif b.style == "h":
                out.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
            elif b.style == "lead":
                out.append(f'<p style="text-align:justify"><b>{esc(b.text)}</b></p>')
            else:
                out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _menu() -> str:
    sub = "".join(
        f'<li><a href="{list_path(c)}">{esc(n)}</a></li>' for c, n in CATS.items()
    )
    return (
        '<div id="dnn_menungang" class="menungang"><ul class="mn_cap1">'
        '<li class="mn_muc"><a href="/">Trang chủ</a></li>'
        '<li class="mn_muc"><a href="/Gioi-thieu/Default.aspx">Giới thiệu</a></li>'
        '<li class="mn_muc"><a href="/Tin-tuc-su-kien/Default.aspx">Tin tức - Sự kiện</a>'
        f'<ul class="mn_cap2">{sub}</ul></li>'
        '<li class="mn_muc"><a href="/Van-ban/Default.aspx">Văn bản</a></li>'
        '<li class="mn_muc"><a href="/Hoi-dap/Default.aspx">Hỏi đáp</a></li>'
        '<li class="mn_muc"><a href="/Lien-he/Default.aspx">Liên hệ</a></li>'
        '<li class="mn_muc"><a href="https://thuathienhue.gov.vn" target="_blank">Cổng TTĐT tỉnh</a></li>'
        "</ul></div>"
    )


def _header() -> str:
    marquee = " &nbsp;|&nbsp; ".join(
        f'<a href="{article_path(s, lower=True)}">{esc(s.title)}</a>'
        for s in NEWEST
        if s.opts.get("marquee")
    )
    return (
        '<div id="dnn_vung_dau" class="vung_dau">'
        '<div class="bangron"><a href="/"><img src="/Portals/0/Skins/HueCIT_SGD/images/banner_sgd.jpg" '
        f'alt="{SITE_TITLE}" /></a></div>'
        f'<div class="thanh_ngay"><span id="dnn_lblNgayThang" class="ngaythang">{HEADER_DATE}</span>'
        '<span class="timkiem"><input type="text" name="txtTuKhoa" class="o_timkiem" '
        "onkeypress=\"if(event.keyCode==13){window.location='/Tim-kiem/Default.aspx?q='+this.value;return false;}\" />"
        "</span></div>"
        f'<div class="chaytin"><b>Tin mới:</b> <marquee scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{marquee}</marquee></div>'
        "</div>" + _menu()
    )


def _module(mid: int, title: str, inner: str, kind: str = "HTML") -> str:
    return (
        f'<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="khung_modul"><div class="tieude_modul"><h1><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" '
        f'class="Head">{esc(title)}</span></h1></div>'
        f'<div id="dnn_ctr{mid}_ContentPane" class="noidung_modul">{inner}</div></div></div>'
    )


def _left() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay_nho">({_day(s)})</span></li>'
        for s in NEWEST[:5]
    )
    q = QA[0]
    docs = "".join(
        f'<li><a href="/Van-ban/docid/{n}/Default.aspx">{esc(d[0])}</a>: {esc(d[3])}</li>'
        for n, d in sorted(DOCS.items(), reverse=True)
    )
    return (
        _module(401, "Tin mới nhận", f'<ul class="ds_tinmoi">{latest}</ul>', "TinMoi")
        + _module(
            402,
            "Hỏi đáp",
            f'<div class="hd_cauhoi"><b>Hỏi:</b> {esc(q[2])}</div>'
            f'<div class="hd_nguoihoi">{esc(q[0])} - {q[1]}</div>'
            '<a href="/Hoi-dap/Default.aspx" class="xemtiep">Xem tất cả »</a>',
            "HoiDap",
        )
        + _module(403, "Văn bản mới", f'<ul class="ds_vanban">{docs}</ul>', "VanBan")
    )


def _right() -> str:
    return (
        _module(
            501,
            "Liên kết website",
            '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://thuathienhue.gov.vn">Cổng TTĐT Thừa Thiên Huế</option>'
            '<option value="https://hueworld.vn">Huế World</option></select>'
            '<p><a href="https://www.facebook.com/sgddt.thuathienhue" target="_blank">'
            '<img src="/Portals/0/Skins/HueCIT_SGD/images/facebook.png" alt="Facebook" /></a></p>',
        )
        + _module(
            502,
            "Thăm dò ý kiến",
            "<p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</p>"
            '<input type="radio" name="dnn$ctr502$rdoBinhChon" value="1" /> Rất hữu ích<br />'
            '<input type="radio" name="dnn$ctr502$rdoBinhChon" value="2" /> Hữu ích<br />'
            '<input type="radio" name="dnn$ctr502$rdoBinhChon" value="3" /> Bình thường<br />'
            '<a href="javascript:__doPostBack(\'dnn$ctr502$btnBinhChon\',\'\')" class="nut">Bình chọn</a> '
            '<a href="javascript:__doPostBack(\'dnn$ctr502$btnKetQua\',\'\')" class="nut">Kết quả</a>',
            "BinhChon",
        )
        + _module(
            503,
            "Thống kê truy cập",
            '<table class="thongke"><tr><td>Đang online:</td><td>27</td></tr>'
            "<tr><td>Hôm nay:</td><td>1.482</td></tr>"
            "<tr><td>Tổng truy cập:</td><td>3.215.660</td></tr></table>",
            "ThongKe",
        )
    )


def _footer() -> str:
    return (
        '<div id="dnn_vung_cuoi" class="chantrang">'
        f"<p><b>CỔNG THÔNG TIN ĐIỆN TỬ {SITE_TITLE.upper()}</b></p>"
        "<p>Địa chỉ: 22 Lê Lợi, thành phố Huế, tỉnh Thừa Thiên Huế - Điện thoại: (0234) 3822 542 "
        "- Email: sgddt@thuathienhue.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>© 2026 Sở Giáo dục và Đào tạo Thừa Thiên Huế. Phát triển bởi Trung tâm Công nghệ "
        "thông tin tỉnh Thừa Thiên Huế.</p></div>"
    )


def _page(req: Request, tab: str, crumbs: list[tuple[str, str]], content: str, canonical: str) -> Response:
    crumb_html = ' <span class="mui_ten">»</span> '.join(
        ['<a href="/" class="duongdan_link">Trang chủ</a>']
        + [f'<a href="{p}" class="duongdan_link">{esc(n)}</a>' for n, p in crumbs]
    )
    seed = req.path + req.query
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(SITE_TITLE)} &gt; {esc(tab)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế" />
<meta id="MetaKeywords" name="KEYWORDS" content="giáo dục, đào tạo, Thừa Thiên Huế, SGDĐT" />
<meta id="MetaGenerator" name="GENERATOR" content="HueCIT eGovPortal 4.2" />
<link rel="canonical" href="{base_url(req)}{canonical}" />
<link href="/Portals/_default/Skins/HueCIT_SGD/skin.css" type="text/css" rel="stylesheet" />
<script src="/js/dnncore.js" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="{esc(req.target)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(seed, 420)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<div id="khung_trang">
{_header()}
<div class="duongdan"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{crumb_html}</span></div>
<table id="bang_bocuc" cellpadding="0" cellspacing="0" width="100%"><tr>
<td id="dnn_LeftPane" class="cot_trai" valign="top">{_left()}</td>
<td id="dnn_ContentPane" class="cot_giua" valign="top">{content}</td>
<td id="dnn_RightPane" class="cot_phai" valign="top">{_right()}</td>
</tr></table>
{_footer()}
</div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque(seed + "ev", 96)}" />
</form>
</body>
</html>"""
    return html(page)


# --- page builders ----------------------------------------------------------------------------


def _item(story: Story, cid: int | None = None) -> str:
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) > 160:
        lead = lead[:157].rsplit(" ", 1)[0] + "..."
    thumb = next((im.src for im in story.images), "/Portals/0/TinTuc/no_image.jpg")
    thumb = thumb.replace("/TinTuc/2026/", "/TinTuc/thumbs/")
    href = article_path(story, cid)
    return (
        '<div class="dstin_item">'
        f'<a href="{href}" class="dstin_anh"><img src="{thumb}" width="120" alt="" /></a>'
        f'<a href="{href}" class="dstin_tieude">{esc(story.title)}</a> '
        f'<span class="dstin_ngay">({_day(story)})</span>'
        f'<div class="dstin_mota">{esc(lead)}</div>'
        f'<a href="{href}" class="dstin_chitiet">Chi tiết »</a>'
        '<div class="clear"></div></div>'
    )


def _pager(cid: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    pb = "dnn$ctr446$DanhSachTin$rptPhanTrang"
    parts = ['<div class="phantrang"><span class="chu_trang">Trang:</span>']
    if page > 1:
        parts.append(f"<a href=\"javascript:__doPostBack('{pb}','First')\">« Trang đầu</a>")
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="trang_ht">{n}</span>')
        elif abs(n - page) == 1:
            parts.append(f'<a href="{list_path(cid, n)}" class="trang_so">{n}</a>')
        elif n == page + 2:
            parts.append(f"<a href=\"javascript:__doPostBack('{pb}','{n}')\">...</a>")
    if page < pages:
        parts.append(f"<a href=\"javascript:__doPostBack('{pb}','Next')\">Trang sau ›</a>")
        parts.append(f"<a href=\"javascript:__doPostBack('{pb}','Last')\">Trang cuối »</a>")
    parts.append("</div>")
    return " ".join(parts)


def _listing(req: Request, cid: int) -> Response | None:
    raw_page = req.params.get("page", "1")
    if not raw_page.isdigit():
        return None
    page = int(raw_page)
    items = _in_cat(cid)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    inner = "".join(_item(s, cid if cid == 1 else None) for s in chunk) + _pager(cid, page, pages)
    content = _module(446, CATS[cid], f'<div class="dstin">{inner}</div>', "DanhSachTin")
    crumbs = [("Tin tức - Sự kiện", "/Tin-tuc-su-kien/Default.aspx"), (CATS[cid], list_path(cid))]
    return _page(req, "Tin tức - Sự kiện", crumbs, content, "/Tin-tuc-su-kien/Default.aspx")


def _news_tab(req: Request) -> Response:
    boxes = []
    for cid, name in CATS.items():
        lis = "".join(
            f'<li><a href="{article_path(s, cid if cid == 1 else None)}">{esc(s.title)}</a> '
            f'<span class="dstin_ngay">({_day(s)})</span></li>'
            for s in _in_cat(cid)[:3]
        )
        boxes.append(
            f'<div class="hop_chuyenmuc"><div class="tieude_cm"><a href="{list_path(cid)}">{esc(name)}</a></div>'
            f'<ul>{lis}</ul><a href="{list_path(cid)}" class="xemtiep">Xem tiếp »</a></div>'
        )
    content = _module(445, "Tin tức - Sự kiện", "".join(boxes), "TinTuc")
    return _page(req, "Tin tức - Sự kiện", [("Tin tức - Sự kiện", "/Tin-tuc-su-kien/Default.aspx")],
                 content, "/Tin-tuc-su-kien/Default.aspx")


def _home(req: Request) -> Response:
    feat = _in_cat(1)
    top = feat[0]
    top_img = next(im.src for im in top.images)
    big = (
        f'<div class="tin_noibat_chinh"><a href="{article_path(top, 1)}"><img src="{top_img}" width="420" alt="" /></a>'
        f'<a href="{article_path(top, 1)}" class="tieude_lon">{esc(top.title)}</a>'
        f"<p>{esc(top.summary or '')}</p></div>"
        + '<ul class="tin_noibat_khac">'
        + "".join(f'<li><a href="{article_path(s, 1)}">{esc(s.title)}</a></li>' for s in feat[1:])
        + "</ul>"
    )
    latest = "".join(_item(s) for s in NEWEST[:5])
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> ({_day(s)})</li>' for s in _in_cat(5)[:2]
    )
    content = (
        _module(440, "Tin nổi bật", big + f'<a href="{list_path(1)}" class="xemtiep">Xem tiếp »</a>', "TinNoiBat")
        + _module(441, "Tin mới cập nhật", latest, "TinMoi")
        + _module(442, "Thông báo", f"<ul>{notices}</ul>", "ThongBao")
    )
    return _page(req, "Trang chủ", [], content, "/")


def _article(req: Request, story: Story, cid: int) -> Response:
    date = story.opts["posted"]
    body = _render_body(story)
    sapo = (
        f'<div class="ct_motatin"><span id="dnn_ctr445_ViewTinTuc_lblMoTa" class="motatin"><b>'
        f"{esc(story.summary or '')}</b></span></div>"
        if story.sapo_outside
        else ""
    )
    files = ""
    if story.opts.get("files"):
        files = '<div class="ct_tepdinhkem"><b>Tệp đính kèm:</b><ul>' + "".join(
            f'<li><a href="/Portals/0/VanBan/2026/{f}" target="_blank">'
            f'<img src="/images/FileManager/Icons/pdf.gif" alt="" /> {esc(label)}</a></li>'
            for f, label in story.opts["files"]
        ) + "</ul></div>"
    tacgia = story.opts.get("tacgia")
    author_line = (
        f'<div class="ct_tacgia">Tác giả: <b>{esc(tacgia)}</b></div>' if tacgia else ""
    ) + '<div class="ct_nguoidang">Người đăng: bientap.sgd</div>'
    others = [s for s in _in_cat(int(story.cat)) if s is not story][:3]
    other_html = "".join(
        f'<li><a href="{article_path(s, old="old_slug" in s.opts)}">{esc(s.title)}</a> '
        f'<span class="ngay_nho">({_day(s)})</span></li>'
        for s in others
    )
    inner = f"""<div class="khung_tin">
<div class="ct_tieude"><span id="dnn_ctr445_ViewTinTuc_lblTieuDe" class="tieudetin">{esc(story.title)}</span></div>
<div class="ct_ngay"><span id="dnn_ctr445_ViewTinTuc_lblNgayDang" class="ngaydang">{date}</span>
<span class="luotxem"> | Lượt xem: {story.views()}</span></div>
{sapo}
<div id="dnn_ctr445_ViewTinTuc_pnlNoiDung" class="ct_noidung">
{body}
</div>
{files}
{author_line}
<div class="ct_congcu"><a href="javascript:window.print()">In bài</a> |
<a href="mailto:?subject={esc(story.title)}">Gửi email</a> | <a href="#Body">Về đầu trang</a></div>
<div class="ct_tinkhac"><span class="tieude_tinkhac">Các tin đã đưa</span><ul>{other_html}</ul></div>
</div>"""
    content = _module(445, "Tin tức - Sự kiện", inner, "TinTuc")
    home_cid = int(story.cat)
    crumbs = [
        ("Tin tức - Sự kiện", "/Tin-tuc-su-kien/Default.aspx"),
        (CATS[home_cid], list_path(home_cid)),
    ]
    return _page(req, "Tin tức - Sự kiện", crumbs, content, "/Tin-tuc-su-kien/Default.aspx")


def _docs_list(req: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="/Van-ban/docid/{n}/Default.aspx">{esc(d[0])}</a></td><td>{d[1]}</td>'
        f"<td>{esc(d[2])}</td><td>{esc(d[3])}</td>"
        f'<td><a href="/Portals/0/VanBan/2026/{d[4]}">Tải về</a></td></tr>'
        for n, d in sorted(DOCS.items(), reverse=True)
    )
    table = (
        '<table class="bang_vanban" border="1" cellspacing="0"><tr><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Loại</th><th>Trích yếu</th><th>Tệp</th></tr>{rows}</table>"
    )
    return _page(req, "Văn bản", [("Văn bản", "/Van-ban/Default.aspx")],
                 _module(450, "Văn bản chỉ đạo điều hành", table, "VanBan"), "/Van-ban/Default.aspx")


def _doc(req: Request, n: int) -> Response:
    so, ngay, loai, trichyeu, f = DOCS[n]
    inner = (
        f'<div class="vb_tieude">{esc(loai)} số {esc(so)}</div>'
        '<table class="vb_chitiet" cellpadding="4">'
        f"<tr><td>Số/Ký hiệu:</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Ngày ban hành:</td><td>{ngay}</td></tr>"
        f"<tr><td>Loại văn bản:</td><td>{esc(loai)}</td></tr>"
        "<tr><td>Cơ quan ban hành:</td><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><td>Trích yếu:</td><td>{esc(trichyeu)}</td></tr>"
        f'<tr><td>Tệp đính kèm:</td><td><a href="/Portals/0/VanBan/2026/{f}">{esc(f)}</a></td></tr>'
        "</table>"
    )
    return _page(req, "Văn bản", [("Văn bản", "/Van-ban/Default.aspx")],
                 _module(450, "Văn bản chỉ đạo điều hành", inner, "VanBan"), "/Van-ban/Default.aspx")


def _intro(req: Request) -> Response:
    inner = (
        '<div class="gt_noidung"><p><b>Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế</b> là cơ quan '
        "chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<p>Cơ cấu tổ chức gồm Ban Giám đốc và các phòng: Văn phòng, Thanh tra, Tổ chức cán bộ, "
        "Kế hoạch - Tài chính, Giáo dục Mầm non - Giáo dục Tiểu học, Giáo dục Trung học, Quản lý "
        "chất lượng.</p>"
        '<img src="/Portals/0/GioiThieu/so-do-to-chuc.jpg" alt="Sơ đồ tổ chức" />'
        '<p class="gt_capnhat"><i>Cập nhật: 15/03/2026</i></p></div>'
    )
    return _page(req, "Giới thiệu", [("Giới thiệu", "/Gioi-thieu/Default.aspx")],
                 _module(460, "Giới thiệu chung", inner), "/Gioi-thieu/Default.aspx")


def _qa(req: Request) -> Response:
    items = "".join(
        f'<div class="hd_muc"><div class="hd_cauhoi"><b>Hỏi:</b> {esc(q)}</div>'
        f'<div class="hd_nguoihoi">Người hỏi: {esc(who)} - Ngày hỏi: {day}</div>'
        f'<div class="hd_traloi"><b>Trả lời:</b> {esc(a)}</div></div>'
        for who, day, q, a in QA
    )
    form = (
        '<div class="hd_guicauhoi"><b>Gửi câu hỏi</b><br />Họ tên: <input type="text" name="dnn$ctr470$txtHoTen" />'
        '<br />Nội dung: <textarea name="dnn$ctr470$txtNoiDung"></textarea><br />'
        "<a href=\"javascript:__doPostBack('dnn$ctr470$btnGui','')\">Gửi câu hỏi</a></div>"
    )
    return _page(req, "Hỏi đáp", [("Hỏi đáp", "/Hoi-dap/Default.aspx")],
                 _module(470, "Hỏi đáp trực tuyến", items + form, "HoiDap"), "/Hoi-dap/Default.aspx")


def _contact(req: Request) -> Response:
    inner = (
        "<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THỪA THIÊN HUẾ</b></p>"
        "<p>Địa chỉ: 22 Lê Lợi, thành phố Huế</p><p>Điện thoại: (0234) 3822 542 - Fax: (0234) 3825 934</p>"
        "<p>Email: sgddt@thuathienhue.gov.vn</p>"
        'Họ tên: <input type="text" name="dnn$ctr480$txtHoTen" /> Nội dung: <textarea name="dnn$ctr480$txtNoiDung"></textarea>'
        "<a href=\"javascript:__doPostBack('dnn$ctr480$btnGui','')\">Gửi</a>"
    )
    return _page(req, "Liên hệ", [("Liên hệ", "/Lien-he/Default.aspx")],
                 _module(480, "Liên hệ", inner), "/Lien-he/Default.aspx")


def _search(req: Request) -> Response:
    q = req.params.get("q", "")
    inner = f"<p>Kết quả tìm kiếm cho “{esc(q)}”: không tìm thấy kết quả nào.</p>"
    return _page(req, "Tìm kiếm", [("Tìm kiếm", "/Tim-kiem/Default.aspx")],
                 _module(490, "Tìm kiếm", inner), "/Tim-kiem/Default.aspx")


_ARTICLE_RE = re.compile(
    r"^/Tin-tuc-su-kien/tid/([^/]+)/newsid/([0-9A-Fa-f-]{36})/cid/(\d+)/Default\.aspx$"
)
_LIST_RE = re.compile(r"^/Tin-tuc-su-kien/cid/(\d+)/Default\.aspx$")
_DOC_RE = re.compile(r"^/Van-ban/docid/(\d+)/Default\.aspx$")
_PDF_RE = re.compile(r"^/Portals/0/VanBan/2026/([\w.-]+\.pdf)$")
_BY_GUID = {s.opts["guid"]: s for s in STORIES}


class Site:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path in ("/", "/Default.aspx", "/Trang-chu/Default.aspx"):
            return _home(req) if not req.query else None
        if m := _ARTICLE_RE.match(path):
            story = _BY_GUID.get(m.group(2).upper())
            if story is None or req.query:
                return None
            if m.group(1) not in (story.slug, story.opts.get("old_slug")):
                return None
            cid = int(m.group(3))
            if cid != int(story.cat) and not (cid == 1 and story.opts.get("featured")):
                return None
            return _article(req, story, cid)
        if m := _LIST_RE.match(path):
            cid = int(m.group(1))
            return _listing(req, cid) if cid in CATS else None
        if req.query and path != "/Tim-kiem/Default.aspx":
            return None
        if path == "/Tin-tuc-su-kien/Default.aspx":
            return _news_tab(req)
        if path == "/Van-ban/Default.aspx":
            return _docs_list(req)
        if m := _DOC_RE.match(path):
            n = int(m.group(1))
            return _doc(req, n) if n in DOCS else None
        if m := _PDF_RE.match(path):
            known = {d[4] for d in DOCS.values()}
            if m.group(1) in known:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        pages = {
            "/Gioi-thieu/Default.aspx": _intro,
            "/Hoi-dap/Default.aspx": _qa,
            "/Lien-he/Default.aspx": _contact,
            "/Tim-kiem/Default.aspx": _search,
        }
        if path in pages:
            return pages[path](req)
        if path.startswith(("/Portals/", "/images/", "/js/")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("marquee"):
        alts.append(article_path(story, lower=True))
    if story.opts.get("featured"):
        alts.append(article_path(story, 1))
    if story.opts.get("old_slug"):
        alts.append(article_path(story, old=True))
    return alts


GOLD = [
    gold_record(story, article_path(story), CATS[int(story.cat)], alt_paths=_alts(story))
    for story in STORIES
]
