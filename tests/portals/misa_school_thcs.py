"""Fixture portal: a mountain-commune lower secondary school on MISA EMIS's hosted school website.

Institution: Trường PTDTBT THCS Tà Tổng (phổ thông dân tộc bán trú), xã Tà Tổng, tỉnh Lai Châu
(formerly huyện Mường Tè). Its website is a tenant of the vendor's SaaS "Website trường học"
product (MISA EMIS): one server-rendered template for thousands of schools, the school only picks
a colour and fills the menus. Every page carries a lot of vendor chrome: a top bar of the EMIS
ecosystem (Sổ liên lạc điện tử, tra cứu kết quả học tập, "Đăng nhập"), app-store badges, an
"Ứng dụng MISA EMIS dành cho phụ huynh" promo under every article, a "Thông báo" portlet, a poll
and a visitor counter in the right column, "Thiết kế và vận hành bởi MISA" in the footer.

Platform: MISA EMIS hosted school website (ASP.NET MVC on the vendor's side; we only see HTML).

URL scheme (GUID ids; the slug before the id is not checked, the id is matched case-insensitively):
    /                                   home: "Tin nổi bật" slider, "Tin mới", HĐCM block, albums
    /tin-tuc                            "Tin tức" landing: 3 newest of each sub-category
    /tin-tuc/<cat-slug>[?page=N]        sub-category listing, 3 items a page
    /thong-bao                          "Thông báo" listing
    /tin-tuc/<slug>/<guid>              a news article
    /thong-bao/<slug>/<guid>            a notice
    /van-ban, /van-ban/<slug>/<guid>    document register and its entries (not articles)
    /thu-vien-anh[/<slug>/<guid>]       photo library and albums (not articles)
    /thu-vien-video[/<slug>/<guid>]     video library and video pages (not articles)
    /gioi-thieu, /co-cau-to-chuc, /lien-he   static pages (not articles)
    /tim-kiem?tu-khoa=…                 search (always "Không tìm thấy kết quả")
    /Account/Login?ReturnUrl=%2F        302 to the vendor's single sign-on (another host)
    /Upload/…, /Content/…, /Scripts/…   images, PDFs, styles, scripts

Page templates: every page = vendor top bar, school header with the day ("Thứ Bảy, 05/12/2026")
and a search form, a horizontal menu with drop-downs (plus a mobile copy of it), a module head
``<h1 class="mdl-ttl">`` with the module's name, a breadcrumb, the main column and the right
column (Thông báo portlet, Tin đọc nhiều, app promo, Liên kết website select, poll, counter),
footer. An article page: ``<h2 class="ndct-td">`` headline, a meta row (Ngày đăng dd/MM/yyyy
HH:mm, Người đăng <CMS account>, Lượt xem), the "Mô tả" (sapo) in ``div.nd-tomtat``, the
CKEditor text in ``div#divNoiDung`` (Latin-1 letters as named entities, as CKEditor 4 writes
them), "Cập nhật lần cuối", an attachment box, share/print tools, the EMIS promo, "Tin liên
quan"/"Các tin khác" (the 2 newest other articles of the same sub-category).

How each gold article is reached:
    Tin hoạt động (5): A1, A2, A3 on /tin-tuc/tin-hoat-dong page 1; A4 and A5 only on
        /tin-tuc/tin-hoat-dong?page=2 (no home block, related list or most-read list shows them).
    Hoạt động chuyên môn (3): B1, B2, B3 on /tin-tuc/hoat-dong-chuyen-mon (B1 also from the
        home's HĐCM block under its old slug and old title).
    Đoàn - Đội (2), Công tác bán trú (1): their listings; C1, D1 also on the home page.
    Thông báo (2): /thong-bao (lower-case ids); the Thông báo portlet on every page links them
        with upper-case ids.

Traps:
    1. GUID spelling duplicates. The home slider and the Thông báo portlet print the GUID in
       upper case; the home HĐCM block (a cached widget) prints B1 under its *old* slug and old
       title ("Hội giảng cấp trường đợt 1 …"). All answer 200 with the same article and a
       ``<link rel="canonical">`` to the lower-case, current-slug URL. Gold: path = canonical,
       the variants in alt_paths; title = the headline the article page prints, not the old
       link text.
    2. The page's ``<h1>`` is the module name ("TIN TỨC", "THÔNG BÁO") and ``<title>`` is
       "<category> - <school>"; the headline is an ``<h2 class="ndct-td">`` (og:title agrees).
       Gold title: the h2.
    3. Dates: day-first "dd/MM/yyyy HH:mm" chosen so that most read as valid month-first dates
       too (04/12/2026 is 4 December, not 12 April); a "Cập nhật lần cuối" line after the text
       with a later stamp; the header's today; ``itemprop="datePublished"`` in UTC ("…Z").
       Gold: the "Ngày đăng" stamp in +07:00 (e.g. 2026-12-04T15:10:00+07:00).
    4. The meta row's "Người đăng: ttong.thcs" / "hoalt.tatong" are CMS accounts: nobody. The
       author signs at the end, right-aligned, with a degree or post ("ThS. … - Phó Hiệu
       trưởng", "GV. …", "TPT Đội …"), as "Tin: X - Ảnh: Y", "Tin, ảnh: X", as a unit ("Công đoàn
       trường", "Tổ Khoa học xã hội", "Ban Giám hiệu") or as "BBT". Gold per the house rules.
    5. Lazy images: article photos are ``<img src="/Content/emis/images/lazy-bg.gif"
       data-original="/Upload/…jpg">`` (jQuery lazyload, no noscript copy). Gold images: the
       data-original paths; the placeholder gif, the listing thumbnails, logos and app badges
       are not images of the article. Captions: centred italic line, ``<figcaption>``, or the
       second row of a one-column table; "(…)" parentheses dropped; "Ảnh: X" / "(Ảnh: BBT)"
       only credit -> caption None.
    6. Vendor chrome inside the content column: the EMIS parent-app promo (three paragraphs
       of prose with App Store / Google Play badges) sits right under every article's tools,
       inside the same ``div.ndct``; the file box "Tệp đính kèm", "Xem thêm:" lines and a PDF
       line inside the text are not body either.
    7. The sapo is printed in ``div.nd-tomtat`` *and*, in A2, pasted again by the editor as the
       first paragraph of the text. Gold: the sapo once, as the body's first paragraph.
    8. A notice printed as an official document (N1): letterhead table, "THÔNG BÁO / Về việc
       …", a schedule table that is text, "Nơi nhận" and the principal's signature. It was
       posted "01/12/2026 16:20" but the letterhead says "ngày 30 tháng 11 năm 2026". Gold: date
       2026-11-30, author the signer, body without letterhead/kind/subject/closing, the schedule
       rows as "cell | cell" paragraphs.
    9. A5 was pasted from Word: MsoNormal paragraphs, ``<span lang="VI">`` runs, ``<o:p>``, text
       in decomposed Unicode (NFD) and a ``<br>`` splitting one paragraph. Gold: NFC, two
       paragraphs.
   10. Albums, the video page and document-register entries print a title, a date and
       captioned photos or a description like an article; they are not articles.

Gold decisions on ambiguous points:
    - category: the sub-category the breadcrumb prints ("Tin hoạt động", not "Tin tức");
      notices: "Thông báo".
    - A sapo printed twice (A2) is one paragraph of the body, not two.
    - A3's closing "Nguồn: Báo Lai Châu" is the source; its byline "Minh Phương" is the author;
      B2's opening "Theo báo cáo của tổ chuyên môn …" and A3's "Theo kế hoạch, …" are text.
    - "Tin, ảnh: X" -> author and photographer X; "Ảnh: X" under a photo (A2) -> caption None,
      X is a photographer (it agrees with A2's "Ảnh: Giàng A Páo" byline).
    - "Ban Giám hiệu", "Công đoàn trường", "Tổ Khoa học xã hội": units signing alone -> the
      author as printed. "BBT" -> no author; "(Ảnh: BBT)" -> no caption, no photographer.
    - Table header rows are paragraphs like the other rows; a cell spanning two columns is one
      cell.
    - The "Mô tả" block is the summary (own element, bold); articles without it (A5, C2, N1,
      N2) have summary None even though their meta description quotes their first sentence.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
import uuid
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, collapse, esc, gold_record, static_file

NAME = "misa_school_thcs"
PLATFORM = "MISA EMIS hosted school website (SaaS, server-rendered, GUID URLs)"
START_PATH = "/"

SCHOOL = "Trường PTDTBT THCS Tà Tổng"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
TENANT = "thcstatong"
UP = f"/Upload/{TENANT}"
LAZY = "/Content/emis/images/lazy-bg.gif"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "cong-tac-ban-tru": "Công tác bán trú",
}
NOTICE = "thong-bao"
PAGE_SIZE = 3


def _guid(key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://{TENANT}.edu.vn/{key}"))


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles -----------------------------------------------------------------------------

A1 = Story(
    id=101,
    slug="trao-tang-150-bo-quan-ao-am-cho-hoc-sinh-ban-tru",
    title="Trao tặng 150 bộ quần áo ấm cho học sinh bán trú trước đợt rét đậm",
    cat="tin-hoat-dong",
    published_at="2026-12-04T15:10:00+07:00",
    summary=(
        "Chiều ngày 04/12/2026, Trường PTDTBT THCS Tà Tổng phối hợp với Hội Chữ thập đỏ tỉnh và "
        "nhóm thiện nguyện “Áo ấm vùng cao” trao tặng 150 bộ quần áo ấm, 80 đôi ủng và 60 chăn bông "
        "cho học sinh bán trú của nhà trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Những ngày đầu tháng 12, nhiệt độ tại các bản vùng cao của xã Tà Tổng xuống thấp, có thời "
            "điểm dưới 8 độ C vào ban đêm và sáng sớm. Nhiều em học sinh người Hà Nhì, Mông, Dao ở bản "
            "xa phải đi bộ hàng chục cây số mỗi cuối tuần để về trường, trong khi quần áo ấm còn thiếu."
        ),
        Img(
            f"{UP}/Images/2026/12/04/tang-ao-am-01.jpg",
            "Đại diện nhóm thiện nguyện “Áo ấm vùng cao” trao quà cho học sinh khối 6",
            "Đại diện nhóm thiện nguyện “Áo ấm vùng cao” trao quà cho học sinh khối 6",
        ),
        P(
            "Phát biểu tại buổi trao quà, thầy Trần Văn Thắng, Hiệu trưởng nhà trường cảm ơn sự quan "
            "tâm của các nhà hảo tâm và mong muốn các em học sinh sẽ cố gắng chuyên cần, học tập tốt "
            "để đền đáp tình cảm của mọi người."
        ),
        P(
            "Tổng giá trị quà tặng ước tính khoảng 95 triệu đồng. Ngoài quần áo ấm, đoàn còn trao tặng "
            "200 suất quà gồm mì tôm, sữa và đồ dùng học tập cho các em có hoàn cảnh đặc biệt khó khăn."
        ),
        Img(
            f"{UP}/Images/2026/12/04/tang-ao-am-02.jpg",
            "(Các em học sinh bán trú vui mừng nhận áo ấm)",
            "Các em học sinh bán trú vui mừng nhận áo ấm",
        ),
        P(
            "Cùng với việc tiếp nhận quà, nhà trường đã chỉ đạo bộ phận quản lý bán trú bổ sung chăn "
            "màn, lắp thêm rèm chắn gió tại các phòng ở, bố trí nước ấm cho học sinh tắm giặt và theo "
            "dõi sát tình hình sức khỏe của các em trong những ngày rét đậm, rét hại."
        ),
        _right("<strong>Pờ Mé Xá</strong>"),
    ],
    authors=["Pờ Mé Xá"],
    opts={"poster": "ttong.thcs", "updated": "05/12/2026 08:02", "upper_alias": True},
)

A2 = Story(
    id=102,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    cat="tin-hoat-dong",
    published_at="2026-11-20T17:45:00+07:00",
    summary=(
        "Sáng ngày 20/11/2026, Trường PTDTBT THCS Tà Tổng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam. Dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã, Ban đại diện cha mẹ "
        "học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."
    ),
    sapo_outside=True,
    blocks=[
        Raw("<!--sapo-again-->"),
        P(
            "Tại buổi lễ, cô giáo Nguyễn Thị Thanh Huyền, Phó Hiệu trưởng nhà trường ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục Việt Nam và điểm lại những kết quả nổi bật mà tập thể "
            "sư phạm nhà trường đã đạt được trong năm học 2025 - 2026: tỷ lệ học sinh lên lớp đạt "
            "98,6%; 100% học sinh lớp 9 được công nhận tốt nghiệp THCS; có 11 học sinh đạt giải trong "
            "kỳ thi chọn học sinh giỏi cấp tỉnh."
        ),
        Img(
            f"{UP}/Images/2026/11/20/ky-niem-20-11-01.jpg",
            "Các đại biểu tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "Các đại biểu tặng hoa chúc mừng tập thể giáo viên nhà trường",
            style="tbl",
        ),
        P(
            "Thay mặt lãnh đạo địa phương, đồng chí Phó Chủ tịch UBND xã ghi nhận những đóng góp thầm "
            "lặng của đội ngũ thầy cô giáo nơi vùng cao biên giới, đồng thời đề nghị nhà trường tiếp "
            "tục nâng cao chất lượng giáo dục toàn diện, duy trì sĩ số, chống bỏ học giữa chừng."
        ),
        P("Nhiều tập thể, cá nhân được khen thưởng", "h"),
        P(
            "Nhân dịp này, nhà trường đã trao giấy khen cho 06 giáo viên đạt danh hiệu Chiến sĩ thi "
            "đua cơ sở và 14 học sinh có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học "
            "tốt” đợt 1."
        ),
        Img(f"{UP}/Images/2026/11/20/ky-niem-20-11-02.jpg", "Ảnh: Giàng A Páo", None, style="tbl"),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc với những tiết mục múa xòe, hát dân ca "
            "Hà Nhì do chính các em học sinh biểu diễn, mang đến không khí ấm áp, đầy xúc động."
        ),
        _right("<em>Tin: Lò Thị Hoa - Ảnh: Giàng A Páo</em>"),
    ],
    authors=["Lò Thị Hoa"],
    photographers=["Giàng A Páo"],
    opts={"poster": "hoalt.tatong", "updated": "21/11/2026 07:30", "upper_alias": True},
)

A3 = Story(
    id=103,
    slug="tuyen-truyen-phong-chong-ma-tuy-va-mua-ban-nguoi-cho-hoc-sinh",
    title="Tuyên truyền phòng, chống ma túy và mua bán người cho học sinh vùng biên",
    cat="tin-hoat-dong",
    published_at="2026-11-12T10:05:00+07:00",
    summary=(
        "Ngày 11/11, Đồn Biên phòng Ka Lăng phối hợp với Trường PTDTBT THCS Tà Tổng tổ chức buổi "
        "tuyên truyền pháp luật về phòng, chống ma túy và mua bán người cho hơn 300 học sinh nhà "
        "trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại buổi tuyên truyền, cán bộ Đồn Biên phòng đã thông tin tới các em học sinh về tình hình "
            "tội phạm ma túy, mua bán người trên tuyến biên giới; những thủ đoạn mới mà các đối tượng "
            "thường sử dụng như làm quen qua mạng xã hội, hứa hẹn việc làm nhẹ, lương cao ở nước ngoài "
            "để lừa gạt thanh thiếu niên."
        ),
        P(
            "Các em cũng được hướng dẫn cách nhận biết một số loại ma túy tổng hợp, kỹ năng từ chối khi "
            "bị rủ rê, lôi kéo và số điện thoại đường dây nóng để thông báo khi phát hiện dấu hiệu nghi "
            "vấn."
        ),
        Img(
            f"{UP}/Images/2026/11/12/tuyen-truyen-bien-phong.jpg",
            "Cán bộ Đồn Biên phòng Ka Lăng tuyên truyền cho học sinh",
            "Cán bộ Đồn Biên phòng Ka Lăng tuyên truyền cho học sinh",
        ),
        P(
            "Theo kế hoạch, từ nay đến hết học kỳ I, nhà trường sẽ lồng ghép nội dung phòng, chống ma "
            "túy và mua bán người vào các tiết sinh hoạt dưới cờ, sinh hoạt lớp và hoạt động trải "
            "nghiệm, hướng nghiệp."
        ),
        P(
            "Buổi tuyên truyền đã góp phần nâng cao nhận thức, trang bị kiến thức pháp luật cần thiết, "
            "giúp các em chủ động phòng tránh, tự bảo vệ bản thân và gia đình."
        ),
        _right("<strong>Minh Phương</strong>"),
        _right("<em>Nguồn: Báo Lai Châu</em>"),
    ],
    authors=["Minh Phương"],
    source="Báo Lai Châu",
    opts={"poster": "ttong.thcs", "updated": "12/11/2026 10:41"},
)

A4 = Story(
    id=104,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-hoat-dong",
    published_at="2026-10-28T16:30:00+07:00",
    summary=(
        "Chiều ngày 27/10/2026, Trường PTDTBT THCS Tà Tổng tổ chức Hội nghị viên chức, người lao "
        "động năm học 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học trước, thảo luận "
        "và thống nhất các chỉ tiêu, giải pháp cho năm học mới."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học "
            "2026 - 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và "
            "dự thảo sửa đổi, bổ sung Quy chế chi tiêu nội bộ."
        ),
        P("Một số chỉ tiêu chủ yếu năm học 2026 - 2027:", "h"),
        P("Duy trì sĩ số học sinh đạt 99% trở lên; không có học sinh bỏ học giữa chừng.", "li"),
        P("Tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 100%.", "li"),
        P("Phấn đấu có từ 10 học sinh đạt giải cấp tỉnh trở lên.", "li"),
        P("100% cán bộ, giáo viên, nhân viên hoàn thành tốt nhiệm vụ trở lên.", "li"),
        P(
            "Tại hội nghị, các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về công "
            "tác duy trì sĩ số, nâng cao chất lượng bữa ăn bán trú và cải thiện điều kiện ăn ở cho học "
            "sinh. Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 03 đồng chí."
        ),
        Img(
            f"{UP}/Images/2026/10/28/hoi-nghi-vc.jpg",
            "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
            "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
            style="fig",
        ),
        P(
            "Hội nghị kết thúc với sự nhất trí cao, 100% đại biểu biểu quyết thông qua Nghị quyết hội "
            "nghị."
        ),
        Raw(
            f'<p><a href="{UP}/Files/2026/10/NQ_HoiNghiVC_2026-2027.pdf" target="_blank">'
            '<img alt="" src="/Content/emis/icons/file-pdf.png" style="width:16px;height:16px" />'
            "&nbsp;NQ_HoiNghiVC_2026-2027.pdf</a></p>"
        ),
        _right("<strong><em>Công đoàn trường</em></strong>"),
    ],
    authors=["Công đoàn trường"],
    opts={"poster": "ttong.thcs", "updated": "29/10/2026 09:15"},
)

A5 = Story(
    id=105,
    slug="ra-quan-ve-sinh-trong-cay-xanh-khuon-vien-truong",
    title="Ra quân vệ sinh môi trường, trồng cây xanh trong khuôn viên trường",
    cat="tin-hoat-dong",
    published_at="2026-10-10T09:00:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Xây dựng trường học xanh - sạch - đẹp - an toàn”, sáng thứ Bảy ngày "
            "10/10/2026, toàn thể cán bộ, giáo viên và hơn 320 học sinh Trường PTDTBT THCS Tà Tổng đã "
            "ra quân vệ sinh môi trường, trồng cây xanh trong khuôn viên nhà trường.",
            "word",
        ),
        P(
            "Các lớp được phân công khu vực cụ thể: khối 6 và khối 7 thu gom rác thải, phát quang bụi "
            "rậm quanh khu nội trú; khối 8 và khối 9 cùng giáo viên đào hố, trồng 120 cây keo và 40 "
            "cây hoa ban dọc tuyến đường vào trường.",
            "word",
        ),
        Img(
            f"{UP}/Images/2026/10/10/trong-cay-hoa-ban.jpg",
            "Học sinh khối 9 trồng cây hoa ban tại cổng trường",
            "Học sinh khối 9 trồng cây hoa ban tại cổng trường",
            style="word",
        ),
        P(
            "Buổi ra quân không chỉ giúp cảnh quan nhà trường thêm xanh, sạch, đẹp mà còn giáo dục các "
            "em ý thức bảo vệ môi trường, tình yêu lao động và tinh thần đoàn kết tập thể.",
            "word",
        ),
        P(
            "Nhà trường sẽ duy trì hoạt động này vào sáng thứ Bảy cuối cùng của mỗi tháng.",
            "word-br",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
            + unicodedata.normalize("NFD", "Vàng A Sử")
            + "<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Vàng A Sử"],
    opts={"poster": "ttong.thcs", "updated": "10/10/2026 09:00"},
)

B1_OLD_SLUG = "hoi-giang-cap-truong-dot-1-nam-hoc-2026-2027"
B1_OLD_TITLE = "Hội giảng cấp trường đợt 1 năm học 2026 - 2027"

B2 = Story(
    id=202,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-cho-hoc-sinh-dan-toc-thieu-so",
    title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu cho học sinh dân tộc thiểu số”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-05T08:20:00+07:00",
    summary=(
        "Nhằm tháo gỡ khó khăn trong dạy học môn Ngữ văn cho học sinh người dân tộc thiểu số, ngày "
        "04/11/2026, tổ Khoa học xã hội tổ chức sinh hoạt chuyên đề cấp trường “Dạy học phát triển "
        "năng lực đọc hiểu cho học sinh dân tộc thiểu số”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo báo cáo của tổ chuyên môn, phần lớn học sinh nhà trường là người Hà Nhì, Mông, Dao; "
            "vốn tiếng Việt của các em còn hạn chế nên gặp nhiều khó khăn khi đọc hiểu văn bản, nhất "
            "là các văn bản nghị luận và văn bản thông tin."
        ),
        P("Chuyên đề tập trung vào ba nhóm giải pháp chính:"),
        P(
            "Tăng cường vốn từ tiếng Việt thông qua bảng từ song ngữ, tranh ảnh và tình huống gần gũi "
            "với đời sống bản làng;",
            "li",
        ),
        P(
            "Hướng dẫn học sinh đọc theo từng chặng, kết hợp câu hỏi gợi mở và phiếu học tập;",
            "li",
        ),
        P("Tổ chức “Góc đọc sách” tại khu bán trú và duy trì 15 phút đọc sách mỗi tối.", "li"),
        Img(
            f"{UP}/Images/2026/11/05/chuyen-de-doc-hieu.jpg",
            "Tiết dạy minh họa chuyên đề tại lớp 7A2",
            "Tiết dạy minh họa chuyên đề tại lớp 7A2",
        ),
        P(
            "Chia sẻ tại chuyên đề, cô giáo Lò Thị Hoa, người thực hiện tiết dạy minh họa cho biết việc "
            "kết hợp tiếng mẹ đẻ của học sinh để giải thích từ khó đã giúp các em mạnh dạn hơn trong "
            "các hoạt động nhóm:"
        ),
        P(
            "“Khi các em hiểu được nghĩa của từ, các em mới dám nói, dám viết và yêu thích môn Ngữ văn "
            "hơn.”",
            "q",
        ),
        _right("<strong>Tổ Khoa học xã hội</strong>"),
    ],
    authors=["Tổ Khoa học xã hội"],
    opts={"poster": "hoalt.tatong", "updated": "06/11/2026 14:22"},
)

B1 = Story(
    id=201,
    slug="tong-ket-hoi-giang-cap-truong-chao-mung-ngay-nha-giao-viet-nam",
    title="Tổng kết Hội giảng cấp trường chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-19T16:45:00+07:00",
    summary=(
        "Sau hơn hai tuần diễn ra sôi nổi, chiều ngày 18/11/2026, Trường PTDTBT THCS Tà Tổng tổ chức "
        "tổng kết Hội giảng cấp trường năm học 2026 - 2027 với 14/16 tiết dạy được xếp loại Giỏi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội giảng được tổ chức từ ngày 02/11 đến ngày 17/11/2026 với sự tham gia của 16 giáo viên "
            "thuộc hai tổ chuyên môn Khoa học tự nhiên và Khoa học xã hội. Các tiết dạy được thiết kế "
            "theo định hướng phát triển phẩm chất, năng lực học sinh, vận dụng linh hoạt các phương "
            "pháp, kỹ thuật dạy học tích cực và ứng dụng công nghệ thông tin."
        ),
        P("Kết quả xếp loại các tiết dạy:", "h"),
        P("TT | Tổ chuyên môn | Số tiết | Giỏi | Khá", "tr"),
        P("1 | Khoa học tự nhiên | 9 | 8 | 1", "tr"),
        P("2 | Khoa học xã hội | 7 | 6 | 1", "tr"),
        P("Tổng cộng | 16 | 14 | 2", "tr-sum"),
        Img(
            f"{UP}/Images/2026/11/19/hoi-giang-lich-su-dia-li.jpg",
            "Cô giáo Phạm Thu Trang trong tiết dạy môn Lịch sử và Địa lí lớp 8A1",
            "Cô giáo Phạm Thu Trang trong tiết dạy môn Lịch sử và Địa lí lớp 8A1",
            style="fig",
        ),
        P(
            "Qua hội giảng, nhiều tiết dạy để lại ấn tượng tốt như tiết Toán 9 của thầy Đỗ Mạnh Cường, "
            "tiết Ngữ văn 7 của cô Lò Thị Hoa. Ban giám khảo cũng chỉ ra một số hạn chế cần khắc phục "
            "như phân bổ thời gian chưa hợp lý ở hoạt động luyện tập, việc sử dụng tiếng Việt của học "
            "sinh dân tộc thiểu số trong trao đổi nhóm còn hạn chế."
        ),
        P(
            "Nhà trường đã lựa chọn 04 tiết dạy tiêu biểu để tham gia Hội thi giáo viên dạy giỏi cấp "
            "tỉnh năm học 2026 - 2027."
        ),
        Raw(
            f'<p><strong>Xem thêm:</strong> <a href="/tin-tuc/{B2.slug}/{_guid(B2.slug)}">'
            f"{esc(B2.title)}</a></p>"
        ),
        _right("<strong>ThS. Nguyễn Thị Thanh Huyền - Phó Hiệu trưởng</strong>"),
    ],
    authors=["Nguyễn Thị Thanh Huyền"],
    opts={"poster": "ttong.thcs", "updated": "20/11/2026 06:58"},
)

B3 = Story(
    id=203,
    slug="thanh-lap-6-doi-tuyen-hoc-sinh-gioi-lop-9",
    title="Thành lập 6 đội tuyển bồi dưỡng học sinh giỏi lớp 9 cấp tỉnh",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-22T14:00:00+07:00",
    summary=(
        "Thực hiện kế hoạch của Sở GD&ĐT tỉnh Lai Châu, nhà trường đã khảo sát, lựa chọn 28 học sinh "
        "lớp 9 thành lập 6 đội tuyển bồi dưỡng thi học sinh giỏi cấp tỉnh năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sáu đội tuyển gồm các môn: Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, "
            "Tin học. Mỗi đội tuyển được phân công từ 01 đến 02 giáo viên có kinh nghiệm trực tiếp bồi "
            "dưỡng."
        ),
        Img(f"{UP}/Images/2026/10/22/doi-tuyen-hsg-9.jpg", None, None, style="none"),
        P(
            "Theo kế hoạch, các đội tuyển ôn luyện 03 buổi/tuần vào các buổi chiều thứ Ba, thứ Năm và "
            "thứ Bảy tại trường. Học sinh ở bán trú được nhà trường hỗ trợ thêm bữa phụ vào các buổi ôn "
            "luyện."
        ),
        P(
            "Nhà trường cũng đề nghị cha mẹ học sinh quan tâm, động viên và tạo điều kiện về thời gian "
            "để các em yên tâm ôn luyện, đạt kết quả cao trong kỳ thi dự kiến tổ chức vào tháng 3/2027."
        ),
        _right("<strong>GV. Chu Văn Hùng</strong>"),
    ],
    authors=["Chu Văn Hùng"],
    opts={
        "poster": "ttong.thcs",
        "updated": "22/10/2026 14:00",
        "attach": ("DS_DoiTuyen_HSG9_2026-2027.pdf", "Danh sách học sinh đội tuyển HSG lớp 9"),
    },
)

C1 = Story(
    id=301,
    slug="hoi-thi-nghi-thuc-doi-chi-huy-doi-gioi-nam-hoc-2026-2027",
    title="Liên đội tổ chức Hội thi “Nghi thức Đội - Chỉ huy Đội giỏi” năm học 2026 - 2027",
    cat="doan-doi",
    published_at="2026-11-26T11:20:00+07:00",
    summary=(
        "Ngày 25/11/2026, Liên đội Trường PTDTBT THCS Tà Tổng tổ chức Hội thi “Nghi thức Đội - Chỉ "
        "huy Đội giỏi” với sự tham gia của 12 chi đội."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Các chi đội tham gia thi hai phần: thi nghi thức đội hình, đội ngũ và thi chỉ huy Đội giỏi. "
            "Ở phần thi nghi thức, các chi đội thực hiện các động tác chào cờ, đội hình hàng dọc, hàng "
            "ngang, tiến, lùi, di chuyển theo hiệu lệnh của chỉ huy."
        ),
        Img(
            f"{UP}/Images/2026/11/26/nghi-thuc-doi-8a1.jpg",
            "Chi đội 8A1 trong phần thi nghi thức đội hình, đội ngũ",
            "Chi đội 8A1 trong phần thi nghi thức đội hình, đội ngũ",
        ),
        P(
            "Kết quả, Ban tổ chức trao 01 giải Nhất cho Chi đội 9A1, 02 giải Nhì cho Chi đội 8A1 và "
            "7A2, 03 giải Ba và 06 giải Khuyến khích."
        ),
        P("Hội thi là dịp để các em rèn luyện tác phong nhanh nhẹn, tinh thần kỷ luật."),
        P(
            "Đây cũng là hoạt động thiết thực chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân "
            "Việt Nam (22/12/1944 - 22/12/2026).",
            "br",
        ),
        _right("<strong>TPT Đội Lý Thị Dung</strong>"),
    ],
    authors=["Lý Thị Dung"],
    opts={"poster": "ttong.thcs", "updated": "27/11/2026 16:40", "upper_alias": True},
)

C2 = Story(
    id=302,
    slug="lien-doi-phat-dong-ke-hoach-nho-thu-gom-giay-vun",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, phế liệu",
    cat="doan-doi",
    published_at="2026-10-16T08:10:00+07:00",
    blocks=[
        P(
            "Sáng thứ Hai ngày 12/10/2026, trong giờ chào cờ đầu tuần, Liên đội Trường PTDTBT THCS Tà "
            "Tổng đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa năm học "
            "2026 - 2027."
        ),
        P(
            "Sau một tuần thực hiện, các chi đội đã thu gom được gần 450 kg giấy vụn và phế liệu các "
            "loại. Toàn bộ số tiền bán phế liệu sẽ được Liên đội dùng để mua sách vở, đồ dùng học tập "
            "tặng các bạn học sinh có hoàn cảnh khó khăn."
        ),
        Img(f"{UP}/Images/2026/10/16/ke-hoach-nho.jpg", "(Ảnh: BBT)", None),
        P(
            "Phong trào góp phần giáo dục ý thức tiết kiệm, bảo vệ môi trường và tinh thần tương thân "
            "tương ái cho đội viên."
        ),
        _right("<strong>BBT</strong>"),
    ],
    opts={"poster": "ttong.thcs", "updated": "16/10/2026 08:10"},
)

D1 = Story(
    id=401,
    slug="mo-rong-vuon-rau-tang-gia-nang-chat-luong-bua-an-ban-tru",
    title="Mở rộng vườn rau tăng gia, nâng chất lượng bữa ăn bán trú",
    cat="cong-tac-ban-tru",
    published_at="2026-11-24T10:35:00+07:00",
    summary=(
        "Với phương châm “lấy ngắn nuôi dài”, từ đầu năm học, nhà trường đã cải tạo hơn 600 m² đất "
        "trống phía sau khu nội trú thành vườn rau tăng gia, bổ sung nguồn thực phẩm sạch cho bữa ăn "
        "của gần 300 học sinh bán trú."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Vườn rau được chia thành 12 luống, giao cho các lớp chăm sóc dưới sự hướng dẫn của giáo "
            "viên chủ nhiệm và nhân viên cấp dưỡng. Các loại rau được trồng luân phiên theo mùa như cải "
            "mèo, su hào, bắp cải, cải ngồng, hành, tỏi."
        ),
        Img(
            f"{UP}/Images/2026/11/24/vuon-rau-7a1.jpg",
            "Học sinh lớp 7A1 chăm sóc luống cải mèo",
            "Học sinh lớp 7A1 chăm sóc luống cải mèo",
            style="fig",
        ),
        P(
            "Bình quân mỗi tháng, vườn rau cung cấp khoảng 250 kg rau xanh cho bếp ăn bán trú, giúp "
            "tiết kiệm chi phí để bổ sung thêm thịt, cá, trứng vào thực đơn hằng ngày."
        ),
        P("Thực đơn tham khảo một tuần của bếp ăn bán trú:", "h"),
        P("Thứ | Bữa trưa | Bữa tối", "tr"),
        P("Thứ Hai | Cơm, thịt lợn kho, canh cải mèo | Cơm, trứng rán, su hào xào", "tr"),
        P("Thứ Tư | Cơm, cá rán, bắp cải luộc | Cơm, thịt gà rang gừng, canh bí", "tr"),
        P(
            "Thứ Sáu | Cơm, đậu phụ sốt cà chua, rau cải xào | Cơm, thịt bò xào hành tây, canh rau ngót",
            "tr",
        ),
        Img(
            f"{UP}/Images/2026/11/24/bua-com-ban-tru.jpg",
            "Bữa cơm bán trú của học sinh nhà trường",
            "Bữa cơm bán trú của học sinh nhà trường",
            style="fig",
        ),
        _right("<em>Tin, ảnh: Tẩn Thị Mây</em>"),
    ],
    authors=["Tẩn Thị Mây"],
    photographers=["Tẩn Thị Mây"],
    opts={"poster": "ttong.thcs", "updated": "24/11/2026 10:35"},
)

_LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:40%;text-align:center;vertical-align:top">
<p>UBND X&Atilde; T&Agrave; TỔNG</p>
<p><strong>TRƯỜNG PTDTBT THCS T&Agrave; TỔNG</strong></p>
<p>Số: 45/TB-THCS</p>
</td>
<td style="width:60%;text-align:center;vertical-align:top">
<p><strong>CỘNG H&Ograve;A X&Atilde; HỘI CHỦ NGHĨA VIỆT NAM</strong></p>
<p><strong><u>Độc lập - Tự do - Hạnh ph&uacute;c</u></strong></p>
<p><em>T&agrave; Tổng, ng&agrave;y 30 th&aacute;ng 11 năm 2026</em></p>
</td>
</tr>
</tbody>
</table>
<p style="text-align:center"><strong>TH&Ocirc;NG B&Aacute;O</strong></p>
<p style="text-align:center"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"""

_CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:50%;vertical-align:top">
<p><strong><em>Nơi nhận:</em></strong><br />
- C&aacute;c tổ chuy&ecirc;n m&ocirc;n;<br />
- GVCN c&aacute;c lớp;<br />
- Website trường;<br />
- Lưu: VT.</p>
</td>
<td style="width:50%;text-align:center;vertical-align:top">
<p><strong>HIỆU TRƯỞNG</strong></p>
<p><em>(Đ&atilde; k&yacute;)</em></p>
<p>&nbsp;</p>
<p><strong>Trần Văn Thắng</strong></p>
</td>
</tr>
</tbody>
</table>"""

N1 = Story(
    id=501,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat=NOTICE,
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 112/KH-THCS ngày 05/9/2026 của Trường PTDTBT THCS Tà Tổng về thực hiện "
            "nhiệm vụ năm học 2026 - 2027;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Lịch kiểm tra", "h"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
        P("23/12/2026 | Sáng | Lịch sử và Địa lí | 60 phút", "tr"),
        P("2. Tổ chức thực hiện", "h"),
        P(
            "Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ học sinh; nhắc nhở học "
            "sinh ở bán trú có mặt tại trường từ chiều Chủ nhật ngày 20/12/2026."
        ),
        P(
            "Các tổ chuyên môn hoàn thành đề kiểm tra, đáp án và nộp về Phó Hiệu trưởng phụ trách "
            "chuyên môn trước ngày 14/12/2026."
        ),
        P(
            "Nhận được Thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và các bộ phận liên "
            "quan nghiêm túc thực hiện./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Trần Văn Thắng"],
    opts={
        "poster": "ttong.thcs",
        "posted": "2026-12-01T16:20:00+07:00",
        "updated": "02/12/2026 07:05",
        "upper_alias": True,
    },
)

N2 = Story(
    id=502,
    slug="thong-bao-dieu-chinh-gio-vao-hoc-do-ret-dam-ret-hai",
    title="Thông báo điều chỉnh giờ vào học buổi sáng do rét đậm, rét hại",
    cat=NOTICE,
    published_at="2026-12-03T21:05:00+07:00",
    blocks=[
        P(
            "Theo dự báo của Trung tâm Khí tượng Thủy văn tỉnh Lai Châu, từ ngày 04/12/2026 trên địa bàn "
            "xã xuất hiện đợt rét đậm, rét hại, nhiệt độ thấp nhất tại các bản vùng cao có nơi dưới 5 "
            "độ C."
        ),
        P(
            "Để bảo đảm sức khỏe cho học sinh, nhà trường điều chỉnh giờ vào học buổi sáng từ 7 giờ 00 "
            "phút thành 7 giờ 30 phút, áp dụng từ ngày 04/12/2026 cho đến khi có thông báo mới."
        ),
        P(
            "Đề nghị giáo viên chủ nhiệm thông báo tới cha mẹ học sinh; nhắc nhở học sinh mặc đủ ấm, "
            "không đốt lửa sưởi trong phòng ở khu bán trú."
        ),
        _right("<strong>Ban Giám hiệu</strong>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={"poster": "ttong.thcs", "updated": "03/12/2026 21:05", "upper_alias": True},
)

STORIES = [A1, N2, N1, C1, D1, A2, B1, A3, B2, A4, B3, C2, A5]


def _posted(story: Story) -> str:
    """The "Ngày đăng" stamp (ISO, +07:00) the CMS keeps: N1's differs from its letterhead."""
    return story.opts.get("posted") or story.published_at


STORIES.sort(key=_posted, reverse=True)
BY_GUID = {_guid(s.slug): s for s in STORIES}
GUID_OF = {s.slug: _guid(s.slug) for s in STORIES}


def _section(story: Story) -> str:
    return NOTICE if story.cat == NOTICE else "tin-tuc"


def _cat_name(story: Story) -> str:
    return "Thông báo" if story.cat == NOTICE else CATS[story.cat]


def url_of(story: Story, *, upper: bool = False, slug: str | None = None) -> str:
    guid = GUID_OF[story.slug]
    return f"/{_section(story)}/{slug or story.slug}/{guid.upper() if upper else guid}"


def _in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


# --- text rendering -----------------------------------------------------------------------------


def ck(value: str) -> str:
    """Text as CKEditor 4 saves it: escaped, Latin-1 letters and typographic marks as names."""
    out = []
    for ch in _html.escape(value, quote=False):
        if ord(ch) >= 160 and (ord(ch) < 256 or ch in "“”‘’–—…") and ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(ch)
    return "".join(out)


def _dmy(iso: str, with_time: bool = True) -> str:
    day = f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    return f"{day} {iso[11:16]}" if with_time and len(iso) > 10 else day


def _utc(iso: str) -> str:
    hour = int(iso[11:13]) - 7
    day = int(iso[8:10])
    if hour < 0:
        hour += 24
        day -= 1
    return f"{iso[0:8]}{day:02d}T{hour:02d}:{iso[14:16]}:00.000Z"


def _lazy(src: str, alt: str) -> str:
    return (
        f'<img alt="{esc(alt)}" class="lazy" src="{LAZY}" data-original="{src}" '
        'style="width:100%;max-width:700px;height:auto" />'
    )


def _img_html(img: Img, story: Story) -> str:
    alt = collapse(story.title)
    if img.style == "fig":
        return (
            '<figure class="image" style="display:inline-block">'
            f"{_lazy(img.src, alt)}<figcaption>{ck(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-anh" '
            'style="width:100%"><tbody><tr><td style="text-align:center">'
            f'{_lazy(img.src, alt)}</td></tr><tr><td style="text-align:center">'
            f'<span style="font-size:12px"><em>{ck(img.printed or "")}</em></span>'
            "</td></tr></tbody></table>"
        )
    if img.style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center">'
            f'<span lang="VI">{_lazy(img.src, alt)}</span></p>'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" '
            'style="font-size:12.0pt">'
            f"{esc(unicodedata.normalize('NFD', img.printed or ''))}<o:p></o:p></span></i></p>"
        )
    out = f'<p style="text-align:center">{_lazy(img.src, alt)}</p>'
    if img.printed:
        out += f'<p style="text-align:center"><em>{ck(img.printed)}</em></p>'
    return out


def _word(value: str) -> str:
    """A Word paragraph: decomposed text, runs split on spaces the way Word saves them."""
    words = esc(unicodedata.normalize("NFD", value)).split(" ")
    half = len(words) // 2
    first, second = " ".join(words[:half]), " ".join(words[half:])
    return (
        f'<span lang="VI" style="font-size:14.0pt;line-height:115%">{first}</span>'
        f'<span lang="VI" style="font-size:14.0pt;line-height:115%"> {second}</span>'
    )


def render_text(story: Story) -> str:
    """The CKEditor body of an article, block by block."""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<!--sapo-again-->":
                parts.append(f'<p style="text-align:justify">{ck(story.summary or "")}</p>')
            else:
                parts.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            parts.append(_img_html(b, story))
            i += 1
            continue
        if b.style in ("li",):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{ck(blocks[i].text)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if b.style.startswith("tr"):
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style.startswith("tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "tr-sum":
                    tds = [
                        f'<td colspan="2" style="text-align:center"><strong>{ck(cells[0])}</strong></td>'
                    ]
                    tds += [
                        f'<td style="text-align:center"><strong>{ck(c)}</strong></td>'
                        for c in cells[1:]
                    ]
                elif first:
                    tds = [
                        f'<td style="text-align:center"><strong>{ck(c)}</strong></td>'
                        for c in cells
                    ]
                else:
                    tds = [f"<td>{ck(c)}</td>" for c in cells]
                rows.append("<tr>" + "".join(tds) + "</tr>")
                first = False
                i += 1
            parts.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width:100%;'
                'border-collapse:collapse"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        joined = isinstance(nxt, P) and nxt.style in ("br", "word-br")
        if b.style in ("word", "word-br"):
            inner = _word(b.text)
            if joined:
                inner += "<br />\n" + _word(nxt.text)
            parts.append(
                f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">{inner}'
                "<o:p></o:p></p>"
            )
        elif b.style == "h":
            parts.append(f"<p><strong>{ck(b.text)}</strong></p>")
        elif b.style == "q":
            parts.append(f"<blockquote>\n<p><em>{ck(b.text)}</em></p>\n</blockquote>")
        else:
            inner = ck(b.text)
            if joined:
                inner += "<br />\n" + ck(nxt.text)
            parts.append(f'<p style="text-align:justify">{inner}</p>')
        i += 2 if joined else 1
    return "\n".join(parts)


def _teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:160].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return f"{UP}/Thumbs/{GUID_OF[story.slug][:8]}_300x200.jpg"


# --- chrome -------------------------------------------------------------------------------------

_MENU_ITEMS = (
    '<li class="mn-i"><a href="/">Trang chủ</a></li>\n'
    '<li class="mn-i c-sub"><a href="/gioi-thieu">Giới thiệu</a>\n'
    '  <ul class="mn-l2"><li><a href="/gioi-thieu">Giới thiệu chung</a></li>'
    '<li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>\n'
    '<li class="mn-i c-sub"><a href="/tin-tuc">Tin tức</a>\n  <ul class="mn-l2">'
    + "".join(f'<li><a href="/tin-tuc/{k}">{v}</a></li>' for k, v in CATS.items())
    + "</ul></li>\n"
    '<li class="mn-i"><a href="/thong-bao">Thông báo</a></li>\n'
    '<li class="mn-i"><a href="/van-ban">Văn bản</a></li>\n'
    '<li class="mn-i c-sub"><a href="javascript:void(0);">Thư viện</a>\n'
    '  <ul class="mn-l2"><li><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
    '<li><a href="/thu-vien-video">Thư viện video</a></li></ul></li>\n'
    '<li class="mn-i"><a href="/lien-he">Liên hệ</a></li>'
)


def _sidebar() -> str:
    notices = "".join(
        f'<li><span class="ic-new"></span><a href="{url_of(s, upper=True)}">{esc(s.title)}</a>'
        f'<span class="tb-d">({_dmy(_posted(s), False)})</span></li>'
        for s in STORIES
        if s.cat == NOTICE
    )
    most = "".join(
        f'<li><span class="stt">{n}</span><a href="{url_of(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate([A2, B1, D1, C1, N1], 1)
    )
    return f"""
<div class="pn-phai col-md-3">
 <div class="wg" id="wg_1031">
  <div class="wg-h"><span>THÔNG BÁO</span></div>
  <div class="wg-b"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="160">
   <ul class="ds-tb">{notices}</ul></marquee>
   <a class="xtc" href="/thong-bao">Xem tất cả »</a></div>
 </div>
 <div class="wg" id="wg_1032">
  <div class="wg-h"><span>TIN ĐỌC NHIỀU</span></div>
  <div class="wg-b"><ul class="ds-dn">{most}</ul></div>
 </div>
 <div class="wg wg-app" id="wg_1040">
  <div class="wg-h"><span>ỨNG DỤNG MISA EMIS</span></div>
  <div class="wg-b"><p>Theo dõi kết quả học tập, điểm danh, thông báo của nhà trường ngay trên điện thoại.</p>
   <a href="https://apps.apple.com/vn/app/misa-emis/id1473046271" target="_blank" rel="nofollow"><img src="/Content/emis/images/app-store.png" alt="Tải trên App Store" /></a>
   <a href="https://play.google.com/store/apps/details?id=vn.com.misa.emis.parent" target="_blank" rel="nofollow"><img src="/Content/emis/images/google-play.png" alt="Tải trên Google Play" /></a></div>
 </div>
 <div class="wg" id="wg_1045">
  <div class="wg-h"><span>LIÊN KẾT WEBSITE</span></div>
  <div class="wg-b"><select class="sl-lk" onchange="if(this.value) window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://laichau.edu.vn">Sở GD&amp;ĐT tỉnh Lai Châu</option>
   <option value="https://laichau.gov.vn">Cổng TTĐT tỉnh Lai Châu</option>
   <option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option>
  </select></div>
 </div>
 <div class="wg" id="wg_1050">
  <div class="wg-h"><span>THĂM DÒ Ý KIẾN</span></div>
  <div class="wg-b"><form method="post" action="/BinhChon/Vote" id="frmBC">
   <p class="bc-q">Bạn quan tâm nhất đến thông tin nào trên website nhà trường?</p>
   <label><input type="radio" name="PhuongAnID" value="1" /> Tin hoạt động</label><br />
   <label><input type="radio" name="PhuongAnID" value="2" /> Thông báo</label><br />
   <label><input type="radio" name="PhuongAnID" value="3" /> Văn bản</label><br />
   <label><input type="radio" name="PhuongAnID" value="4" /> Thư viện ảnh</label><br />
   <input type="hidden" name="BinhChonID" value="7" />
   <button type="submit" class="btn-bc">Bình chọn</button> <a href="javascript:void(0);" onclick="XemKQ(7)">Xem kết quả</a>
  </form></div>
 </div>
 <div class="wg" id="wg_1060">
  <div class="wg-h"><span>THỐNG KÊ TRUY CẬP</span></div>
  <div class="wg-b"><table class="tk-tc">
   <tr><td>Đang online:</td><td>17</td></tr>
   <tr><td>Hôm nay:</td><td>243</td></tr>
   <tr><td>Tháng này:</td><td>1.186</td></tr>
   <tr><td>Tổng truy cập:</td><td>318.452</td></tr>
  </table></div>
 </div>
</div>"""


def layout(
    request: Request,
    *,
    title: str,
    module: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    head: str = "",
    description: str = "",
) -> str:
    crumb_html = ' <span class="sep">›</span> '.join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    module_html = (
        f'<div class="mdl-h"><h1 class="mdl-ttl">{esc(module)}</h1></div>\n'
        f'<div class="brc">{crumb_html}</div>'
        if module
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SCHOOL + " - xã Tà Tổng, tỉnh Lai Châu")}" />
<meta name="generator" content="MISA EMIS Website 2.14.3" />
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="stylesheet" href="/Content/emis/bootstrap.min.css?v=2.14.3" />
<link rel="stylesheet" href="/Content/emis/site.min.css?v=2.14.3" />
<link rel="stylesheet" href="/Content/themes/xanh-la/theme.css?v=2.14.3" />
{head}
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
</head>
<body class="emis-web t-xanh-la">
<div class="emis-tb">
 <div class="container">
  <a class="emis-lg" href="https://emis.misa.vn/" target="_blank"><img src="/Content/emis/images/logo-emis-white.png" alt="MISA EMIS" height="18" /></a>
  <ul class="emis-lk">
   <li><a href="https://emis.misa.vn/" target="_blank">Hệ sinh thái giáo dục MISA EMIS</a></li>
   <li><a href="https://sll.misa.vn/" target="_blank">Sổ liên lạc điện tử</a></li>
   <li><a href="https://emis.misa.vn/tra-cuu-ket-qua-hoc-tap" target="_blank">Tra cứu kết quả học tập</a></li>
   <li class="dn"><a href="/Account/Login?ReturnUrl=%2F"><i class="fa fa-user"></i> Đăng nhập</a></li>
  </ul>
 </div>
</div>
<div class="w-hdr">
 <div class="container">
  <a class="hdr-lg" href="/"><img src="{UP}/Logo/logo-truong.png" alt="{SCHOOL}" /></a>
  <div class="hdr-tt"><div class="hdr-t1">UBND XÃ TÀ TỔNG</div><div class="hdr-t2">TRƯỜNG PTDTBT THCS TÀ TỔNG</div>
   <div class="hdr-t3">Dạy tốt - Học tốt - Rèn luyện tốt</div></div>
  <div class="hdr-r"><span class="hdr-ngay"><i class="fa fa-calendar"></i> {HEADER_DAY}</span>
   <form class="frm-tk" method="get" action="/tim-kiem"><input type="text" name="tu-khoa" placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit"><i class="fa fa-search"></i></button></form></div>
 </div>
</div>
<div class="mnu-ngang" id="wg_1002"><div class="container"><ul class="mn-l1">
{_MENU_ITEMS}
</ul></div></div>
<div id="mmenu" class="hidden-md hidden-lg"><ul>
{_MENU_ITEMS}
</ul></div>
<div class="w-bd"><div class="container"><div class="row">
<div class="pn-trai col-md-9">
{module_html}
{main}
</div>
{_sidebar()}
</div></div></div>
<div class="w-ft">
 <div class="container">
  <div class="ft-l"><p class="ft-tt">{SCHOOL.upper()}</p>
  <p>Địa chỉ: Bản Tà Tổng, xã Tà Tổng, tỉnh Lai Châu</p>
  <p>Điện thoại: 0213 3881 245 - Email: c2tatong.laichau@moet.edu.vn</p>
  <p>Chịu trách nhiệm nội dung: Thầy Trần Văn Thắng - Hiệu trưởng</p></div>
  <div class="ft-r"><p>Bản quyền © 2026 {SCHOOL}</p>
  <p>Thiết kế và vận hành bởi <a href="https://www.misa.vn" target="_blank">Công ty Cổ phần MISA</a> trên nền tảng <a href="https://emis.misa.vn" target="_blank">MISA EMIS</a></p></div>
 </div>
</div>
<a href="#" id="back-top"><i class="fa fa-angle-up"></i></a>
<script>$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7TQ2L9XK4M"></script>
</body>
</html>"""


# --- pages --------------------------------------------------------------------------------------


def _listing_items(stories: list[Story]) -> str:
    rows = []
    for s in stories:
        u = url_of(s)
        rows.append(
            f"""<div class="tt-it clearfix">
 <a class="tt-a" href="{u}"><img src="{_thumb(s)}" alt="{esc(s.title)}" /></a>
 <div class="tt-n"><a class="tt-t" href="{u}" title="{esc(s.title)}">{esc(s.title)}</a>
  <div class="tt-d"><i class="fa fa-clock-o"></i> {_dmy(_posted(s), False)}</div>
  <div class="tt-m">{esc(_teaser(s))}</div>
  <a class="tt-x" href="{u}">Xem tiếp »</a></div>
</div>"""
        )
    return "\n".join(rows)


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        links.append(f'<li><a href="{base}?page=1" title="Trang đầu">«</a></li>')
        links.append(f'<li><a href="{base}?page={page - 1}" title="Trang trước">‹</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<li class="act"><span>{n}</span></li>')
        else:
            links.append(f'<li><a href="{base}?page={n}">{n}</a></li>')
    if page < pages:
        links.append(f'<li><a href="{base}?page={page + 1}" title="Trang sau">›</a></li>')
        links.append(f'<li><a href="{base}?page={pages}" title="Trang cuối">»</a></li>')
    return '<div class="pgn-w"><ul class="pgn">' + "".join(links) + "</ul></div>"


def cat_page(request: Request, cat: str) -> Response | None:
    stories = _in_cat(cat)
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    raw = request.params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return None
    page = int(raw)
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    if cat == NOTICE:
        name, base, crumbs, module = "Thông báo", "/thong-bao", [("Thông báo", None)], "THÔNG BÁO"
    else:
        name, base = CATS[cat], f"/tin-tuc/{cat}"
        crumbs, module = [("Tin tức", "/tin-tuc"), (CATS[cat], None)], "TIN TỨC"
    main = (
        f'<div class="ds-tt" id="wg_2001"><div class="ds-h">{esc(name)}</div>\n'
        f"{_listing_items(chunk)}\n{_pager(base, page, pages)}</div>"
    )
    return html(
        layout(request, title=f"{name} - {SCHOOL}", module=module, crumbs=crumbs, main=main)
    )


def news_landing(request: Request) -> Response:
    blocks = []
    for key, name in CATS.items():
        items = _in_cat(key)[:3]
        blocks.append(
            f'<div class="kt-cm"><div class="kt-h"><a href="/tin-tuc/{key}">{esc(name)}</a>'
            f'<a class="kt-x" href="/tin-tuc/{key}">Xem thêm</a></div>\n{_listing_items(items)}</div>'
        )
    main = "\n".join(blocks)
    return html(
        layout(
            request,
            title=f"Tin tức - {SCHOOL}",
            module="TIN TỨC",
            crumbs=[("Tin tức", None)],
            main=main,
        )
    )


def _related(story: Story) -> str:
    others = [s for s in _in_cat(story.cat) if s is not story][:2]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="d">({_dmy(_posted(s), False)})</span></li>'
        for s in others
    )
    head = "Các thông báo khác" if story.cat == NOTICE else "Các tin khác"
    return f'<div class="tin-k"><div class="tin-k-h">{head}</div><ul>{items}</ul></div>'


_PROMO = """<div class="emis-qc" id="wg_2090">
 <div class="emis-qc-h">Ứng dụng MISA EMIS dành cho phụ huynh</div>
 <p>Cài đặt ứng dụng MISA EMIS để nhận thông báo của nhà trường, xem điểm, nhận xét, lịch học và kết quả điểm danh của con em mình mọi lúc, mọi nơi.</p>
 <p>Phụ huynh đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm. Mọi thắc mắc vui lòng liên hệ tổng đài hỗ trợ 1900 8677.</p>
 <p>Ứng dụng hoàn toàn miễn phí, có sẵn trên App Store và Google Play.</p>
 <a href="https://apps.apple.com/vn/app/misa-emis/id1473046271" target="_blank" rel="nofollow"><img src="/Content/emis/images/badge-appstore.png" alt="App Store" /></a>
 <a href="https://play.google.com/store/apps/details?id=vn.com.misa.emis.parent" target="_blank" rel="nofollow"><img src="/Content/emis/images/badge-googleplay.png" alt="Google Play" /></a>
</div>"""


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    canonical = url_of(story)
    posted = _posted(story)
    desc = story.summary or _teaser(story)
    first_img = story.images[0].src if story.images else f"{UP}/Logo/logo-truong.png"
    head = (
        f'<link rel="canonical" href="{base}{canonical}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{base}{canonical}" />\n'
        f'<meta property="og:image" content="{base}{first_img}" />'
    )
    sapo = (
        f'<div class="nd-tomtat" style="font-weight:bold;text-align:justify">{ck(story.summary)}</div>'
        if story.summary
        else ""
    )
    attach = ""
    if "attach" in story.opts:
        fname, label = story.opts["attach"]
        attach = (
            '<div class="ndct-tep"><span class="tep-h"><i class="fa fa-paperclip"></i> Tệp đính kèm:</span>'
            f'<ul><li><a href="{UP}/Files/2026/10/{fname}" target="_blank">{esc(label)}</a> '
            '<span class="tep-sz">(248 KB)</span></li></ul></div>'
        )
    share_url = f"{base}{canonical}"
    main = f"""<div class="ndct" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{_utc(posted)}" />
<meta itemprop="dateModified" content="{_utc(posted)}" />
<h2 class="ndct-td" itemprop="headline">{esc(story.title)}</h2>
<div class="ndct-tt"><span class="ic-cal"></span> Ngày đăng: {_dmy(posted)} <span class="vb">|</span> <span class="ic-us"></span> Người đăng: {story.opts.get("poster", "quantri")} <span class="vb">|</span> <span class="ic-eye"></span> Lượt xem: {story.views()}</div>
{sapo}
<div class="ndct-nd" id="divNoiDung" itemprop="articleBody">
{render_text(story)}
</div>
<div class="ndct-cn"><em>Cập nhật lần cuối: {story.opts.get("updated", _dmy(posted))}</em></div>
{attach}
<div class="ndct-cc">
 <a class="cc-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="nofollow"><img src="/Content/emis/icons/share-fb.png" alt="Facebook" /></a>
 <div class="zalo-share-button" data-href="{share_url}" data-oaid="579745863508352884" data-layout="2" data-color="blue"></div>
 <a class="cc-in" href="javascript:void(0);" onclick="PrintContent('divNoiDung')"><i class="fa fa-print"></i> In bài</a>
 <a class="cc-em" href="mailto:?subject={esc(story.title)}&amp;body={share_url}"><i class="fa fa-envelope"></i> Gửi email</a>
 <a class="cc-bk" href="javascript:history.back();"><i class="fa fa-reply"></i> Quay lại</a>
</div>
{_PROMO}
{_related(story)}
<div class="fb-comments" data-href="{share_url}" data-width="100%" data-numposts="5"></div>
</div>"""
    if story.cat == NOTICE:
        crumbs, module = [("Thông báo", "/thong-bao")], "THÔNG BÁO"
    else:
        crumbs = [("Tin tức", "/tin-tuc"), (CATS[story.cat], f"/tin-tuc/{story.cat}")]
        module = "TIN TỨC"
    page = layout(
        request,
        title=f"{_cat_name(story)} - {SCHOOL}",
        module=module,
        crumbs=crumbs,
        main=main,
        head=head,
        description=desc,
    )
    return html(page)


def home(request: Request) -> Response:
    news = [s for s in STORIES if s.cat != NOTICE]
    slides = "".join(
        f'<div class="sl-it"><a href="{url_of(s, upper=True)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" />'
        f'<span class="sl-cap">{esc(s.title)}</span></a></div>'
        for s in news
        if s.opts.get("upper_alias")
    )
    newest = news[:6]
    lead, rest = newest[0], newest[1:]
    rest_html = "".join(
        f'<li><a href="{url_of(s)}" title="{esc(s.title)}">{esc(s.title if len(s.title) <= 62 else s.title[:60].rsplit(" ", 1)[0] + "...")}</a>'
        f' <span class="d">{_dmy(_posted(s), False)}</span></li>'
        for s in rest
    )
    hdcm = f'<li><a href="{url_of(B1, slug=B1_OLD_SLUG)}">{esc(B1_OLD_TITLE)}</a></li>' + "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a></li>' for s in [B2]
    )
    docs = "".join(
        f'<li><a href="/van-ban/{d["slug"]}/{d["guid"]}">{esc(d["so"])}</a> - {esc(d["trich_yeu"])}</li>'
        for d in DOCS
    )
    albums = "".join(
        f'<div class="ab-it"><a href="/thu-vien-anh/{a["slug"]}/{a["guid"]}"><img src="{a["photos"][0][0]}" alt="" />'
        f"<span>{esc(a['title'])}</span></a></div>"
        for a in ALBUMS
    )
    main = f"""<div class="tn-bat" id="wg_1010"><div class="wg-h2">TIN NỔI BẬT</div>
<div class="owl-carousel sl-tnb">{slides}</div></div>
<div class="tin-moi row" id="wg_1011"><div class="wg-h2"><a href="/tin-tuc">TIN MỚI</a></div>
 <div class="col-md-7 tm-lead"><a href="{url_of(lead)}"><img src="{_thumb(lead)}" alt="" /></a>
  <a class="tm-t" href="{url_of(lead)}">{esc(lead.title)}</a><div class="tm-m">{esc(_teaser(lead))}</div></div>
 <div class="col-md-5"><ul class="tm-ds">{rest_html}</ul></div>
</div>
<div class="kt-cm" id="wg_1012"><div class="wg-h2"><a href="/tin-tuc/hoat-dong-chuyen-mon">HOẠT ĐỘNG CHUYÊN MÔN</a></div><ul>{hdcm}</ul></div>
<div class="kt-vb" id="wg_1013"><div class="wg-h2"><a href="/van-ban">VĂN BẢN MỚI</a></div><ul>{docs}</ul></div>
<div class="kt-ab" id="wg_1014"><div class="wg-h2"><a href="/thu-vien-anh">THƯ VIỆN ẢNH</a></div>{albums}</div>
<div class="kt-vd" id="wg_1015"><div class="wg-h2"><a href="/thu-vien-video">VIDEO</a></div>
 <a href="/thu-vien-video/{VIDEO["slug"]}/{VIDEO["guid"]}"><img src="{UP}/Thumbs/video-bua-com.jpg" alt="" /> {esc(VIDEO["title"])}</a></div>"""
    return html(layout(request, title=SCHOOL, module="", crumbs=[], main=main))


# --- not articles -------------------------------------------------------------------------------

ALBUMS = [
    {
        "slug": "le-khai-giang-nam-hoc-2026-2027",
        "title": "Lễ khai giảng năm học 2026 - 2027",
        "date": "05/09/2026",
        "photos": [
            (f"{UP}/Album/khai-giang-2026/01.jpg", "Học sinh khối 6 diễu hành vào lễ đài"),
            (
                f"{UP}/Album/khai-giang-2026/02.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
            ),
            (f"{UP}/Album/khai-giang-2026/03.jpg", "Tiết mục múa “Xòe hoa” chào mừng năm học mới"),
            (f"{UP}/Album/khai-giang-2026/04.jpg", "Trao học bổng cho học sinh nghèo vượt khó"),
        ],
    },
    {
        "slug": "hoi-thi-nghi-thuc-doi-2026",
        "title": "Hội thi Nghi thức Đội - Chỉ huy Đội giỏi 2026",
        "date": "25/11/2026",
        "photos": [
            (f"{UP}/Album/nghi-thuc-doi-2026/01.jpg", "Chi đội 9A1 - giải Nhất hội thi"),
            (f"{UP}/Album/nghi-thuc-doi-2026/02.jpg", "Phần thi chỉ huy Đội giỏi"),
            (f"{UP}/Album/nghi-thuc-doi-2026/03.jpg", "Ban giám khảo chấm thi"),
        ],
    },
]
for _a in ALBUMS:
    _a["guid"] = _guid("album/" + _a["slug"])

VIDEO = {
    "slug": "phong-su-bua-com-ban-tru-noi-bien-gioi",
    "title": "Phóng sự: Bữa cơm bán trú nơi biên giới Tà Tổng",
    "date": "14/11/2026",
    "youtube": "https://www.youtube.com/embed/Qm7xT2vL9kE",
    "text": (
        "Phóng sự của Đài Phát thanh - Truyền hình Lai Châu về bữa ăn bán trú và vườn rau tăng gia của "
        "thầy trò Trường PTDTBT THCS Tà Tổng."
    ),
}
VIDEO["guid"] = _guid("video/" + VIDEO["slug"])

DOCS = [
    {
        "slug": "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "so": "112/KH-THCS",
        "ngay": "05/09/2026",
        "loai": "Kế hoạch",
        "nguoi_ky": "Trần Văn Thắng",
        "trich_yeu": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "file": "KH_112_NhiemVuNamHoc_2026-2027.pdf",
    },
    {
        "slug": "quyet-dinh-thanh-lap-doi-tuyen-hoc-sinh-gioi-lop-9",
        "so": "58/QĐ-THCS",
        "ngay": "20/10/2026",
        "loai": "Quyết định",
        "nguoi_ky": "Trần Văn Thắng",
        "trich_yeu": "Quyết định thành lập đội tuyển học sinh giỏi lớp 9 năm học 2026 - 2027",
        "file": "QD_58_DoiTuyenHSG9.pdf",
    },
]
for _d in DOCS:
    _d["guid"] = _guid("vanban/" + _d["slug"])


def album_list(request: Request) -> Response:
    items = "".join(
        f'<div class="ab-it col-md-4"><a href="/thu-vien-anh/{a["slug"]}/{a["guid"]}"><img src="{a["photos"][0][0]}" alt="" /></a>'
        f'<a class="ab-t" href="/thu-vien-anh/{a["slug"]}/{a["guid"]}">{esc(a["title"])}</a>'
        f'<span class="d">{a["date"]} - {len(a["photos"])} ảnh</span></div>'
        for a in ALBUMS
    )
    main = f'<div class="ds-ab row">{items}</div>'
    return html(
        layout(
            request,
            title=f"Thư viện ảnh - {SCHOOL}",
            module="THƯ VIỆN ẢNH",
            crumbs=[("Thư viện ảnh", None)],
            main=main,
        )
    )


def album_page(request: Request, album: dict) -> Response:
    photos = "".join(
        f'<div class="ab-p col-md-6"><a href="{src}" data-fancybox="ab"><img src="{src}" alt="{esc(cap)}" /></a>'
        f'<p class="ab-c">{esc(cap)}</p></div>'
        for src, cap in album["photos"]
    )
    others = "".join(
        f'<li><a href="/thu-vien-anh/{a["slug"]}/{a["guid"]}">{esc(a["title"])}</a></li>'
        for a in ALBUMS
        if a is not album
    )
    main = f"""<div class="ab-ct">
<h2 class="ab-td">{esc(album["title"])}</h2>
<div class="ab-tt">Ngày tạo: {album["date"]} | Số ảnh: {len(album["photos"])}</div>
<div class="row">{photos}</div>
<div class="tin-k"><div class="tin-k-h">Album khác</div><ul>{others}</ul></div>
</div>"""
    return html(
        layout(
            request,
            title=f"{album['title']} - {SCHOOL}",
            module="THƯ VIỆN ẢNH",
            crumbs=[("Thư viện ảnh", "/thu-vien-anh"), (album["title"], None)],
            main=main,
        )
    )


def video_list(request: Request) -> Response:
    main = (
        f'<div class="ds-vd"><div class="vd-it"><a href="/thu-vien-video/{VIDEO["slug"]}/{VIDEO["guid"]}">'
        f'<img src="{UP}/Thumbs/video-bua-com.jpg" alt="" /></a><a class="vd-t" href="/thu-vien-video/{VIDEO["slug"]}/{VIDEO["guid"]}">'
        f'{esc(VIDEO["title"])}</a><span class="d">{VIDEO["date"]}</span></div></div>'
    )
    return html(
        layout(
            request,
            title=f"Thư viện video - {SCHOOL}",
            module="THƯ VIỆN VIDEO",
            crumbs=[("Thư viện video", None)],
            main=main,
        )
    )


def video_page(request: Request) -> Response:
    main = f"""<div class="vd-ct">
<h2 class="vd-td">{esc(VIDEO["title"])}</h2>
<div class="vd-tt">Ngày đăng: {VIDEO["date"]} | Lượt xem: 412</div>
<div class="vd-fr"><iframe width="100%" height="420" src="{VIDEO["youtube"]}" frameborder="0" allowfullscreen></iframe></div>
<div class="vd-mt"><p>{esc(VIDEO["text"])}</p><p><em>Nguồn: Đài PT-TH Lai Châu</em></p></div>
</div>"""
    return html(
        layout(
            request,
            title=f"{VIDEO['title']} - {SCHOOL}",
            module="THƯ VIỆN VIDEO",
            crumbs=[("Thư viện video", "/thu-vien-video"), (VIDEO["title"], None)],
            main=main,
        )
    )


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/van-ban/{d["slug"]}/{d["guid"]}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td><a href="/van-ban/{d["slug"]}/{d["guid"]}">{esc(d["trich_yeu"])}</a></td>'
        f'<td><a href="{UP}/VanBan/{d["file"]}"><img src="/Content/emis/icons/file-pdf.png" alt="Tải về" /></a></td></tr>'
        for n, d in enumerate(DOCS, 1)
    )
    main = (
        '<table class="tbl-vb table table-bordered"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return html(
        layout(
            request,
            title=f"Văn bản - {SCHOOL}",
            module="VĂN BẢN",
            crumbs=[("Văn bản", None)],
            main=main,
        )
    )


def doc_page(request: Request, doc: dict) -> Response:
    main = f"""<div class="vb-ct">
<h2 class="vb-td">{esc(doc["trich_yeu"])}</h2>
<table class="tbl-vbct table table-bordered"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(doc["so"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["ngay"]}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc["loai"])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{SCHOOL}</td></tr>
<tr><th>Người ký</th><td>{esc(doc["nguoi_ky"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc["trich_yeu"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{UP}/VanBan/{doc["file"]}" target="_blank">{doc["file"]}</a></td></tr>
</tbody></table>
</div>"""
    return html(
        layout(
            request,
            title=f"{doc['so']} - {SCHOOL}",
            module="VĂN BẢN",
            crumbs=[("Văn bản", "/van-ban"), (doc["so"], None)],
            main=main,
        )
    )


INTRO_TEXT = [
    "Trường PTDTBT THCS Tà Tổng được thành lập năm 2004 trên cơ sở tách từ Trường Phổ thông cơ sở Tà "
    "Tổng, đến năm 2012 được chuyển đổi thành trường phổ thông dân tộc bán trú theo quyết định của "
    "UBND tỉnh Lai Châu.",
    "Năm học 2026 - 2027, nhà trường có 12 lớp với 338 học sinh, trong đó 96% là học sinh người dân tộc "
    "thiểu số (Hà Nhì, Mông, Dao, Thái); 291 học sinh ở bán trú. Tổng số cán bộ, giáo viên, nhân viên "
    "là 34 người, 100% giáo viên đạt chuẩn trình độ đào tạo.",
    "Nhà trường đạt chuẩn quốc gia mức độ 1 năm 2021 và kiểm định chất lượng giáo dục cấp độ 2 năm 2023.",
]


def intro(request: Request) -> Response:
    paras = "".join(f'<p style="text-align:justify">{ck(t)}</p>' for t in INTRO_TEXT)
    main = (
        f'<div class="tr-tinh"><h2 class="tr-td">Giới thiệu chung về {SCHOOL}</h2>'
        f'<img src="{UP}/Images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh nhà trường" />{paras}</div>'
    )
    return html(
        layout(
            request,
            title=f"Giới thiệu - {SCHOOL}",
            module="GIỚI THIỆU",
            crumbs=[("Giới thiệu chung", None)],
            main=main,
        )
    )


def org(request: Request) -> Response:
    rows = [
        ("Trần Văn Thắng", "Hiệu trưởng", "Phụ trách chung"),
        ("Nguyễn Thị Thanh Huyền", "Phó Hiệu trưởng", "Phụ trách chuyên môn"),
        ("Đỗ Mạnh Cường", "Tổ trưởng tổ KHTN", "Giáo viên Toán"),
        ("Lò Thị Hoa", "Tổ trưởng tổ KHXH", "Giáo viên Ngữ văn"),
        ("Lý Thị Dung", "Tổng phụ trách Đội", "Giáo viên Âm nhạc"),
        ("Tẩn Thị Mây", "Tổ trưởng tổ Văn phòng", "Quản lý bán trú"),
    ]
    trs = "".join(
        f"<tr><td>{n}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for n, (a, b, c) in enumerate(rows, 1)
    )
    main = (
        '<div class="tr-tinh"><h2 class="tr-td">Cơ cấu tổ chức</h2>'
        '<table class="table table-bordered"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Nhiệm vụ</th></tr></thead><tbody>{trs}</tbody></table></div>"
    )
    return html(
        layout(
            request,
            title=f"Cơ cấu tổ chức - {SCHOOL}",
            module="GIỚI THIỆU",
            crumbs=[("Cơ cấu tổ chức", None)],
            main=main,
        )
    )


def contact(request: Request) -> Response:
    if request.method == "POST":
        main = '<div class="alert alert-success">Gửi liên hệ thành công. Nhà trường sẽ phản hồi trong thời gian sớm nhất.</div>'
    else:
        main = f"""<div class="lh">
<h2 class="tr-td">{SCHOOL}</h2>
<p>Địa chỉ: Bản Tà Tổng, xã Tà Tổng, tỉnh Lai Châu</p>
<p>Điện thoại: 0213 3881 245</p>
<p>Email: c2tatong.laichau@moet.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3690.2!2d102.61!3d22.48" width="100%" height="300" frameborder="0"></iframe>
<form method="post" action="/lien-he" class="frm-lh">
<input type="text" name="HoTen" placeholder="Họ và tên (*)" />
<input type="text" name="Email" placeholder="Email (*)" />
<input type="text" name="DienThoai" placeholder="Số điện thoại" />
<textarea name="NoiDung" placeholder="Nội dung (*)"></textarea>
<button type="submit">Gửi liên hệ</button>
</form>
</div>"""
    return html(
        layout(
            request,
            title=f"Liên hệ - {SCHOOL}",
            module="LIÊN HỆ",
            crumbs=[("Liên hệ", None)],
            main=main,
        )
    )


def search(request: Request) -> Response:
    term = request.params.get("tu-khoa", "")
    main = f'<div class="tk-kq"><p>Kết quả tìm kiếm cho từ khóa: <strong>{esc(term)}</strong></p><p>Không tìm thấy kết quả nào.</p></div>'
    return html(
        layout(
            request,
            title=f"Tìm kiếm - {SCHOOL}",
            module="TÌM KIẾM",
            crumbs=[("Tìm kiếm", None)],
            main=main,
        )
    )


# --- routing ------------------------------------------------------------------------------------

_GUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
_STATIC_PREFIXES = ("/Content/", "/Scripts/", "/Upload/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/Account/Login":
            return redirect("https://id.misa.vn/login?app=emisweb&tenant=" + TENANT)
        if path == "/BinhChon/Vote" and request.method == "POST":
            return html("<html><body><p>Cảm ơn bạn đã tham gia bình chọn!</p></body></html>")
        if (
            request.query
            and path not in ("/thong-bao", "/tim-kiem", "/lien-he")
            and not path.startswith("/tin-tuc/")
        ):
            return None
        if path == "/":
            return home(request)
        if path == "/tin-tuc" and not request.query:
            return news_landing(request)
        if path == "/thong-bao":
            return cat_page(request, NOTICE)
        if path.startswith("/tin-tuc/") and path.count("/") == 2 and path[9:] in CATS:
            return cat_page(request, path[9:])
        parts = path.strip("/").split("/")
        if len(parts) == 3 and _GUID_RE.match(parts[2]):
            section, _slug, guid = parts
            guid = guid.lower()
            story = BY_GUID.get(guid)
            if story is not None and section == _section(story) and not request.query:
                return article_page(request, story)
            for a in ALBUMS:
                if section == "thu-vien-anh" and a["guid"] == guid:
                    return album_page(request, a)
            if section == "thu-vien-video" and VIDEO["guid"] == guid:
                return video_page(request)
            for d in DOCS:
                if section == "van-ban" and d["guid"] == guid:
                    return doc_page(request, d)
            return None
        pages = {
            "/gioi-thieu": intro,
            "/co-cau-to-chuc": org,
            "/lien-he": contact,
            "/thu-vien-anh": album_list,
            "/thu-vien-video": video_list,
            "/van-ban": doc_list,
            "/tim-kiem": search,
        }
        handler = pages.get(path)
        return handler(request) if handler else None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = []
    if story.opts.get("upper_alias"):
        alts.append(url_of(story, upper=True))
    if story is B1:
        alts.append(url_of(B1, slug=B1_OLD_SLUG))
    return gold_record(
        story, url_of(story), _cat_name(story), canonical_path=url_of(story), alt_paths=alts
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    *(f"/thu-vien-anh/{a['slug']}/{a['guid']}" for a in ALBUMS),
    f"/thu-vien-video/{VIDEO['slug']}/{VIDEO['guid']}",
    *(f"/van-ban/{d['slug']}/{d['guid']}" for d in DOCS),
]
