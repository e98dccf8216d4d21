"""Sở Giáo dục và Đào tạo tỉnh Quảng Bình on Liferay Portal 6.2 CE GA6 (vendor theme "sgdqb").

Platform
    Liferay Portal 6.2 CE GA6 (Tomcat bundle) with a provincial vendor theme (``sgdqb-theme``).
    News are journal articles (web content) shown by an Asset Publisher portlet
    (``101_INSTANCE_Qb7sHn2kLx9W``) on the page "Tin tức" in its *abstracts* display, five per
    page; clicking an asset opens its full content **inside the same portlet** on the same page
    (friendly URL ``/-/asset_publisher/<instanceId>/content/<url-title>``). The article markup is
    the output of two Velocity web content templates of the structure "Tin bài": "TIN-BAI" (v2,
    ``div.ctin-*``) and the older "TIN-CU" (v1, a table ``tbl_chitiet``), still used by some
    articles.

URL scheme
    ``/``                         302 to ``/web/guest/trang-chu`` (virtual host landing page)
    ``/web/guest/trang-chu``      home: Asset Publisher "Tin nổi bật" (4 latest, "view in context"
                                  links to the plain article URL), links, visitor counter
    ``/web/guest/tin-tuc``        news page: main AP (abstracts, 5 per page) in column-1, the
                                  sidebar AP "Tin mới" (``101_INSTANCE_tM4nRz8cVd1P``, a vendor
                                  ADT of 5 titles) in column-2
    ``/web/guest/tin-tuc?p_p_id=101_INSTANCE_Qb7sHn2kLx9W&p_p_lifecycle=0&p_p_state=normal&
    p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2&_101_INSTANCE_Qb7sHn2kLx9W_cur=<P>``
                                  list page P (1..3) of the page iterator
    ``/web/guest/tin-tuc/-/asset_publisher/Qb7sHn2kLx9W/content/<url-title>``  an article;
                                  from a list page with ``?redirect=<the list page's URL>``
    ``/web/guest/tin-tuc/-/asset_publisher/tM4nRz8cVd1P/content/<url-title>``  the same article
                                  opened by the sidebar portlet (see traps)
    ``…/content/<url-title>?p_p_state=pop_up&_101_INSTANCE_<id>_viewMode=print``  print view
                                  (only inside a ``window.open`` script)
    ``/web/guest/gioi-thieu``, ``/web/guest/co-cau-to-chuc``, ``/web/guest/lanh-dao-so``,
    ``/web/guest/van-ban``, ``/web/guest/thu-vien-anh``, ``/web/guest/lien-he``  not articles
    ``/image/journal/article?img_id=…&t=…``, ``/documents/10181/0/<file>/<uuid>?t=…``  images and
    files (no extension at the end of the path)

Page templates
    Every page: Liferay 6.2 head (canonical = the page's own friendly URL without query), banner
    with today's date, ``h1.site-title``, ``nav#navigation`` with child menus, breadcrumb, the
    portlets of the layout (each portlet title is an ``<h1 class="portlet-title">``), footer.
    Article (AP full content): ``div.asset-full-content`` > ``div.taglib-header`` (back link with
    hidden "Quay lại", ``h3.header-title`` = the title) > ``div.asset-content`` >
    ``div.journal-content-article`` (template output) > asset links ("Tài nguyên liên quan"),
    ratings, ``div.asset-metadata`` (create / modified date, views, CMS user), social bookmarks,
    print script, discussion.

How each gold article is reached
    Listing page 1 (``/web/guest/tin-tuc``, also ``…_cur=1``): ids 1, 2, 3, 5, 4; page 2: 6–10;
    page 3: 11–13 (reachable only there and through the related-asset links of other articles).
    The home page links 1, 2, 3, 5 plainly; the sidebar "Tin mới" links 1, 2, 3, 5, 4 through its
    own instance. Every article is the related asset of another one (plain URL).

Traps
    1. Heading ladder upside down: the site name and every portlet title ("Tin tức", "Tin mới",
       "Liên kết website", "Thống kê truy cập") are ``<h1>``; the article's headline is only the
       ``h3.header-title`` of the portlet's ``taglib-header`` (next to a hidden "Quay lại").
       Gold title = the h3 text.
    2. ``<title>`` double-escaped by the theme (``Sở GD&amp;amp;ĐT …`` shows "Sở GD&amp;ĐT …"),
       and it carries " - Tin tức - Sở GD&ĐT Quảng Bình". Gold title = the h3 ("Sở GD&ĐT …").
    3. The old template (v1) prints ``$reserved-article-display-date.data`` raw: RFC 822 in GMT
       ("Ngày đăng: Wed, 02 Dec 2026 23:15:00 +0000"). Gold = the local time,
       "2026-12-03T06:15:00+07:00" (the day rolls over for ids 2 and 12).
    4. Velocity prints unknown references literally: articles created before the fields
       "TacGia"/"NguonTin" were added to the structure print "Tác giả: $tacGia.getData()" and
       "Nguồn: $nguonTin.getData()". Neither is an author, a source nor body text; the real
       byline (if any) is the right-aligned line in the content.
    5. The sidebar Asset Publisher opens an article in its own narrow column: at
       ``…/asset_publisher/tM4nRz8cVd1P/content/<slug>`` the main column still shows the abstracts
       list (page 1, five summaries with "Đọc thêm" links) and the article is in column-2.
       Gold: that URL is an alt path of the article; the listing is not its text. Its canonical
       is its own URL (Liferay 6.2 keeps the friendly part), so it does not collapse by itself.
    6. ``asset-metadata`` under the text prints the *create* date and the *modified* date in the
       locale's short form with a two-digit year ("Ngày tạo: 28/11/26", "Cập nhật: 04/12/26")
       and the CMS user ("Người tạo: Quản Trị Viên"). Gold date = the template's display date;
       the CMS user is nobody.
    7. The v2 template prints the title a second time (``div.ctin-tde``) above the date and the
       description. Gold: not body.
    8. The description (``$reserved-article-description``) is printed outside the content
       (``div.ctin-mota > strong`` in v2, ``td.tomtat > b`` in v1): it is the sapo (summary and
       first body paragraph). The listing's abstract is the same text cut at 150 characters with
       "..." (or, without a description, the cut text): never a summary.
    9. Abstracts carry a hidden-accessible "về <title>" inside the "Đọc thêm" link and an asset
       type icon ``<img>`` inside the title link; the page iterator is a "Trang 1 của 3" icon-menu
       whose items and "Tiếp/Cuối" buttons carry the long ``p_p_*`` query; "Đầu/Trước" are
       ``javascript:;``.
    10. The same article under several URLs: ``?redirect=<list page>`` (two per page-1 article:
        the plain page and ``_cur=1``), the sidebar instance, the print pop-up. All in alt_paths;
        the gold path is the plain URL (the canonical of the main instance's pages).
    11. Images and files have no extension at the end of their path
        (``/image/journal/article?img_id=45112&amp;t=…``, ``/documents/10181/0/…jpg/<uuid>?t=…``);
        captions are the second row of a two-row table, a centred ``<em>`` line, or the
        template's gallery (``p.ctin-chuthich``) after the text. "Ảnh: X" alone is a credit.
    12. Related assets are titled "Tài nguyên liên quan" (Liferay's own translation), with a
        small icon; ratings ("Đánh giá của bạn", "Trung bình (3 phiếu)") and the discussion box
        ("Chưa có bình luận nào…") sit between the text and the footer. None of it is body.
    13. Liferay 6.2's friendly URL normalizer drops "đ"/"Đ" from url titles
        ("…-at-giai-…", "so-gd-t-…"): the slug is not the title.

Gold decisions on ambiguous points
    - category: "Tin tức" for every article (the breadcrumb "Trang chủ / Tin tức / <title>"); the
      site files no news under sub-pages.
    - published_at: the display date printed by the template (v2 "Thứ Sáu, 04/12/2026 15:45",
      v1 the GMT stamp converted to +07:00); a midnight time is the day alone; the notice (id 5)
      takes the day of its letterhead ("Quảng Bình, ngày 30 tháng 11 năm 2026") although the
      template prints 01/12/2026 07:45.
    - authors: the template's "Tác giả"/byline field or the right-aligned signature in the
      content, name only; a literal Velocity reference is nobody; "Quản Trị Viên" is nobody.
    - the notice (id 5): letterhead table, "Số: …", the place-and-date line, "THÔNG BÁO", the
      "Về việc" line, "Nơi nhận" and the signer block are not body; the signer is its author.
    - the print pop-up and the sidebar-instance page serve the same article: alt paths.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay62_abstracts_sgddt"
PLATFORM = "Liferay Portal 6.2 CE GA6 (Asset Publisher abstracts, Velocity templates, vendor theme)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Quảng Bình"
SHORT = "Sở GD&ĐT Quảng Bình"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
CATEGORY = "Tin tức"

MAIN = "Qb7sHn2kLx9W"
SIDE = "tM4nRz8cVd1P"
HOME_AP = "hN3pGq6wYe0K"
PER_PAGE = 5
#: the portlet's "abstract length" setting
ABSTRACT_LENGTH = 150

NEWS = "/web/guest/tin-tuc"
HOME = "/web/guest/trang-chu"

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _img(img_id: int, t: int = 1764) -> str:
    """A structure/CKEditor image of the journal: no extension, an id and a timestamp."""
    return f"/image/journal/article?img_id={img_id}&t={t}000123456"


def _doc(name: str, uuid: str) -> str:
    return f"/documents/10181/0/{name}/{uuid}?t=1764{uuid[:4].encode().hex()[:6]}"


# --- the stories ----------------------------------------------------------------------------

_DOC_KH = "/documents/10181/0/BC-tong-ket-GDMN-2025-2026.pdf/3c1f9a2e-7d41-4b0a-9e55-0a1b2c3d4e5f"

STORIES: list[Story] = [
    Story(
        1,
        "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027-thanh-cong-tot-ep",
        "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 thành công tốt đẹp",
        CATEGORY,
        "2026-12-04T15:45:00+07:00",
        [
            P(
                "Sau 5 ngày diễn ra sôi nổi tại Trường THPT Chuyên Võ Nguyên Giáp, chiều ngày 04/12, "
                "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 đã bế mạc và trao giải."
            ),
            Img(_img(45112), "Đồng chí Giám đốc Sở GD&ĐT trao giải Nhất cho các giáo viên đạt thành tích cao",
                "Đồng chí Giám đốc Sở GD&ĐT trao giải Nhất cho các giáo viên đạt thành tích cao", "table"),
            P(
                "Hội thi có 186 giáo viên đến từ 38 trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh "
                "tham gia ở 14 môn học. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy "
                "và thực hành 2 tiết dạy trên lớp."
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, "
                "trong đó 18 giáo viên được tặng giấy khen vì có tiết dạy xuất sắc."
            ),
            Img(_img(45118), "(Các giáo viên đạt giải chụp ảnh lưu niệm cùng Ban tổ chức)",
                "Các giáo viên đạt giải chụp ảnh lưu niệm cùng Ban tổ chức", "table"),
            P(
                "Phát biểu bế mạc, lãnh đạo Sở GD&ĐT đề nghị các nhà trường tiếp tục nhân rộng những "
                "tiết dạy hay, đổi mới phương pháp theo Chương trình giáo dục phổ thông 2018."
            ),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Hoàng Thị Lan"],
        summary=(
            "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 đã khép lại với 142 giáo "
            "viên được công nhận danh hiệu, nhiều tiết dạy thể hiện rõ tinh thần đổi mới phương pháp."
        ),
        sapo_outside=True,
        opts={"tpl": "v2", "when": (2026, 12, 4, 15, 45), "tg": "Tin, ảnh: Hoàng Thị Lan", "created": 3},
    ),
    Story(
        2,
        "so-gd-t-ban-hanh-huong-dan-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Sở GD&ĐT ban hành hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027",
        CATEGORY,
        "2026-12-03T06:15:00+07:00",
        [
            P(
                "Theo kế hoạch, các đơn vị tổ chức kiểm tra cuối học kỳ I từ ngày 28/12/2026 đến hết "
                "ngày 09/01/2027, bảo đảm nghiêm túc, khách quan, đúng quy chế."
            ),
            P("Một số yêu cầu cụ thể đối với các nhà trường:", "h"),
            P("Xây dựng ma trận, bản đặc tả đề kiểm tra theo hướng phát triển năng lực học sinh;", "li"),
            P("Đề kiểm tra các môn tự chọn do nhà trường chủ động ra đề;", "li"),
            P("Hoàn thành việc nhập điểm trên phần mềm quản lý trước ngày 12/01/2027.", "li"),
            P(
                "Sở GD&ĐT yêu cầu Thủ trưởng các đơn vị quán triệt hướng dẫn đến từng cán bộ, giáo viên; "
                "báo cáo kết quả về Phòng Giáo dục trung học trước ngày 15/01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        summary=(
            "Sở GD&ĐT vừa ban hành văn bản hướng dẫn các đơn vị trực thuộc và phòng GD&ĐT các huyện, "
            "thị xã, thành phố tổ chức kiểm tra cuối học kỳ I năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"tpl": "v1", "when": (2026, 12, 3, 6, 15), "tg": None, "nguon": None, "created": 1},
    ),
    Story(
        3,
        "quang-binh-co-68-hoc-sinh-at-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-9",
        "Quảng Bình có 68 học sinh đạt giải Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9",
        CATEGORY,
        "2026-12-02T09:30:00+07:00",
        [
            P(
                "Kỳ thi được tổ chức trong hai ngày 21 và 22/11/2026 với 612 thí sinh dự thi ở 9 môn. "
                "Kết quả có 68 học sinh đạt giải, tỷ lệ 11,1%."
            ),
            P("Đơn vị | Số dự thi | Số giải | Tỷ lệ", "row"),
            P("Thành phố Đồng Hới | 98 | 21 | 21,4%", "row"),
            P("Thị xã Ba Đồn | 74 | 12 | 16,2%", "row"),
            P("Huyện Bố Trạch | 86 | 10 | 11,6%", "row"),
            P("Huyện Quảng Ninh | 62 | 7 | 11,3%", "row"),
            P(
                "Sở GD&ĐT sẽ khen thưởng các học sinh đạt giải và giáo viên có học sinh đạt giải Nhất "
                "tại lễ tổng kết cuối năm học."
            ),
        ],
        authors=["Phòng KT&QLCL"],
        summary=(
            "Sở GD&ĐT vừa công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027: "
            "68 học sinh đạt giải, trong đó có 5 giải Nhất."
        ),
        sapo_outside=True,
        opts={"tpl": "v2", "when": (2026, 12, 2, 9, 30), "tg": "Phòng KT&QLCL", "created": 2},
    ),
    Story(
        4,
        "trien-khai-thang-hanh-ong-vi-binh-ang-gioi-trong-truong-hoc",
        "Triển khai Tháng hành động vì bình đẳng giới trong trường học",
        CATEGORY,
        "2026-12-01",
        [
            P(
                "Thực hiện kế hoạch của UBND tỉnh, Sở GD&ĐT đề nghị các đơn vị tổ chức các hoạt động "
                "hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới.",
                "br",
            ),
            P(
                "Các nhà trường lồng ghép nội dung bình đẳng giới vào hoạt động trải nghiệm, sinh hoạt "
                "dưới cờ và các buổi ngoại khóa.",
                "br",
            ),
            P(
                "Mỗi đơn vị treo ít nhất một băng rôn tuyên truyền với chủ đề \"Chung tay hành động để "
                "thúc đẩy bình đẳng giới\".",
                "br",
            ),
            P("Kết quả thực hiện báo cáo về Sở trước ngày 20/12/2026.", "br"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"tpl": "v2", "when": (2026, 12, 1, 0, 0),
              "tg": "ThS. Nguyễn Thị Thu Hà - Phòng Chính trị, tư tưởng", "created": 4},
    ),
    Story(
        5,
        "thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        CATEGORY,
        "2026-11-30",
        [
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
                '<td style="text-align: center;">UBND TỈNH QUẢNG BÌNH<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO'
                '</strong></td><td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                '<br />Độc lập - Tự do - Hạnh phúc</strong></td></tr><tr><td style="text-align: center;">'
                'Số: 2318/TB-SGDĐT</td><td style="text-align: center;"><em>Quảng Bình, ngày 30 tháng 11 '
                'năm 2026</em></td></tr></tbody></table>'
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp '
                'tỉnh lớp 12 THPT năm học 2026-2027</strong></p>'
            ),
            P(
                "Căn cứ Kế hoạch số 1987/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về tổ chức các kỳ thi năm "
                "học 2026-2027, Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 như sau:"
            ),
            P("1. Thời gian thi: ngày 17 và 18/12/2026.", "h"),
            P("2. Địa điểm: Trường THPT Chuyên Võ Nguyên Giáp và Trường THPT Đồng Hới.", "h"),
            P(
                "3. Hồ sơ đăng ký dự thi gửi về Phòng Khảo thí và Quản lý chất lượng trước ngày "
                "08/12/2026 qua hệ thống quản lý văn bản điều hành.",
                "h",
            ),
            P("Sở GD&ĐT đề nghị Thủ trưởng các đơn vị triển khai thực hiện nghiêm túc./."),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
                '<td><strong><em>Nơi nhận:</em></strong><br />- Các trường THPT;<br />- Lưu: VT, KTQLCL.'
                '</td><td style="text-align: center;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
                '<br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Khoa</strong></td></tr>'
                '</tbody></table>'
            ),
        ],
        authors=["Trần Văn Khoa"],
        opts={"tpl": "v2", "when": (2026, 12, 1, 7, 45), "tg": "", "created": 1},
    ),
    Story(
        6,
        "truong-thpt-chuyen-vo-nguyen-giap-on-nhan-co-thi-ua-cua-chinh-phu",
        "Trường THPT Chuyên Võ Nguyên Giáp đón nhận Cờ thi đua của Chính phủ",
        CATEGORY,
        "2026-11-27T10:05:00+07:00",
        [
            P(
                "Sáng 27/11, Trường THPT Chuyên Võ Nguyên Giáp long trọng tổ chức lễ kỷ niệm Ngày Nhà giáo "
                "Việt Nam và đón nhận Cờ thi đua của Chính phủ năm học 2025-2026."
            ),
            Img(_doc("le-don-nhan-co-thi-dua.jpg", "9a7d2c10-55e1-4f3b-8c0d-1e2f3a4b5c6d"),
                "Ảnh: Trần Văn Nam", None, "em"),
            P(
                "Năm học qua, nhà trường có 54 học sinh đạt giải học sinh giỏi quốc gia, 2 học sinh được "
                "chọn vào đội tuyển dự thi Olympic quốc tế; tỷ lệ đỗ tốt nghiệp THPT đạt 100%."
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của tập "
                "thể sư phạm nhà trường và đề nghị tiếp tục giữ vững vị trí lá cờ đầu của ngành."
            ),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Trần Văn Nam"],
        summary=(
            "Trường THPT Chuyên Võ Nguyên Giáp vinh dự đón nhận Cờ thi đua của Chính phủ vì có thành "
            "tích xuất sắc, dẫn đầu phong trào thi đua năm học 2025-2026."
        ),
        sapo_outside=True,
        opts={"tpl": "v1", "when": (2026, 11, 27, 10, 5), "tg": "Lê Quang Vinh", "nguon": None, "created": 0},
    ),
    Story(
        7,
        "tap-huan-chuyen-oi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly",
        "Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý",
        CATEGORY,
        "2026-11-24T14:00:00+07:00",
        [
            P(
                "Từ ngày 22 đến 24/11/2026, Sở GD&ĐT phối hợp với Viễn thông Quảng Bình tổ chức lớp tập huấn "
                "chuyển đổi số trong quản lý trường học cho hơn 400 cán bộ quản lý."
            ),
            P(
                "Học viên được hướng dẫn sử dụng học bạ số, sổ điểm điện tử, hệ thống quản lý văn bản và "
                "cơ sở dữ liệu ngành; thực hành ký số trên các hồ sơ chuyên môn."
            ),
            P(
                "Đến nay, 100% trường học trên địa bàn tỉnh đã triển khai sổ điểm điện tử, 86% trường tiểu "
                "học thực hiện học bạ số."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Quảng Bình</em></p>'),
        ],
        source="Báo Quảng Bình",
        summary=(
            "Hơn 400 cán bộ quản lý các cơ sở giáo dục được tập huấn kỹ năng ứng dụng công nghệ số "
            "trong quản lý, điều hành nhà trường."
        ),
        sapo_outside=True,
        opts={"tpl": "v2", "when": (2026, 11, 24, 14, 0), "tg": "", "created": 1},
    ),
    Story(
        8,
        "hoi-nghi-tong-ket-cong-tac-giao-duc-mam-non-nam-hoc-2025-2026",
        "Hội nghị tổng kết công tác Giáo dục mầm non năm học 2025-2026",
        CATEGORY,
        "2026-11-19T08:40:00+07:00",
        [
            P(
                "Ngày 18/11, Sở GD&ĐT tổ chức hội nghị tổng kết công tác giáo dục mầm non năm học "
                "2025-2026 và triển khai nhiệm vụ năm học mới."
            ),
            Img(_img(44871), "Quang cảnh hội nghị", "Quang cảnh hội nghị", "em"),
            P(
                "Năm học 2025-2026, toàn tỉnh có 98,2% trẻ mẫu giáo 5 tuổi ra lớp; 100% trẻ được ăn bán "
                "trú tại trường; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn 4,1%."
            ),
            Img(_img(44875), "Khen thưởng các tập thể có thành tích xuất sắc",
                "Khen thưởng các tập thể có thành tích xuất sắc", "em"),
            P(
                "Hội nghị đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong thực "
                "hiện nhiệm vụ năm học."
            ),
            Raw(
                '<p><strong>Tải về:</strong> <a href="' + _DOC_KH + '">Báo cáo tổng kết năm học '
                '2025-2026 (PDF)</a></p>'
            ),
        ],
        authors=["Phan Thị Mai"],
        photographers=["Đặng Hữu Tài"],
        opts={"tpl": "v2", "when": (2026, 11, 19, 8, 40), "tg": "Tin: Phan Thị Mai - Ảnh: Đặng Hữu Tài",
              "created": 1},
    ),
    Story(
        9,
        "ngay-hoi-stem-hoc-sinh-tieu-hoc-huyen-bo-trach-nam-2026",
        "Ngày hội STEM học sinh tiểu học huyện Bố Trạch năm 2026",
        CATEGORY,
        "2026-11-12T15:10:00+07:00",
        [
            P(
                "Ngày 12/11, Phòng GD&ĐT Bố Trạch tổ chức Ngày hội STEM dành cho học sinh tiểu học với sự "
                "tham gia của 32 đội đến từ các trường trên địa bàn huyện.",
                "word",
            ),
            P("Các đội tham gia ba nội dung thi:", "word"),
            P("Thiết kế mô hình từ vật liệu tái chế;", "wordli"),
            P("Lập trình robot vượt chướng ngại vật;", "wordli"),
            P("Trình bày ý tưởng khoa học trước ban giám khảo.", "wordli"),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 3 giải Nhất, 6 giải Nhì và 9 giải Ba cho các đội "
                "có sản phẩm sáng tạo, có tính ứng dụng cao.",
                "word",
            ),
            Raw(
                '<p class="MsoNormal" style="text-align:right"><b><span style="font-size:14.0pt">'
                'Nguyễn Hữu Phước (PGD&amp;ĐT Bố Trạch)<o:p></o:p></span></b></p>'
            ),
        ],
        authors=["Nguyễn Hữu Phước"],
        summary=(
            "32 đội thi đến từ các trường tiểu học trên địa bàn huyện Bố Trạch đã mang đến Ngày hội "
            "STEM nhiều sản phẩm sáng tạo."
        ),
        sapo_outside=True,
        opts={"tpl": "v1", "when": (2026, 11, 12, 15, 10), "tg": None, "nguon": None, "created": 0},
    ),
    Story(
        10,
        "phat-ong-phong-trao-thi-ua-chao-mung-44-nam-ngay-nha-giao-viet-nam",
        "Phát động phong trào thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        CATEGORY,
        "2026-11-05T09:00:00+07:00",
        [
            P(
                "Sáng 05/11, Công đoàn ngành Giáo dục phối hợp với Sở GD&ĐT phát động đợt thi đua cao "
                "điểm chào mừng 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Đợt thi đua tập trung vào các nội dung: đổi mới phương pháp dạy học, xây dựng trường học "
                "hạnh phúc, giữ gìn kỷ cương nền nếp và chăm lo đời sống đội ngũ."
            ),
            P("👉 Mỗi giáo viên đăng ký ít nhất 2 tiết dạy tốt trong đợt thi đua."),
            Img(_img(44502), "Các đại biểu ký giao ước thi đua", "Các đại biểu ký giao ước thi đua", "gal"),
            Img(_img(44506), "Giáo viên Trường TH Bắc Lý biểu diễn văn nghệ",
                "Giáo viên Trường TH Bắc Lý biểu diễn văn nghệ", "gal"),
        ],
        authors=["Hoàng Thị Lan"],
        summary=(
            "Công đoàn ngành Giáo dục Quảng Bình phát động đợt thi đua cao điểm trong toàn ngành từ "
            "ngày 05/11 đến 20/11/2026."
        ),
        sapo_outside=True,
        opts={"tpl": "v2", "when": (2026, 11, 5, 9, 0), "tg": "Hoàng Thị Lan", "created": 0},
    ),
    Story(
        11,
        "trien-khai-chuong-trinh-giao-duc-pho-thong-2018-o-lop-12-nhung-ket-qua-buoc-au",
        "Triển khai Chương trình giáo dục phổ thông 2018 ở lớp 12: Những kết quả bước đầu",
        CATEGORY,
        "2026-10-28T16:30:00+07:00",
        [
            P(
                "Năm học 2026-2027 là năm thứ ba các trường THPT trên địa bàn tỉnh thực hiện Chương trình "
                "giáo dục phổ thông 2018 ở lớp 12, hoàn thành lộ trình đổi mới cấp trung học phổ thông."
            ),
            P("Tổ chức dạy học các môn lựa chọn", "h"),
            P(
                "100% trường THPT xây dựng từ 4 đến 6 tổ hợp môn lựa chọn, bảo đảm quyền lựa chọn của "
                "học sinh; nhiều trường tổ chức cho học sinh đăng ký trực tuyến."
            ),
            P("Những khó khăn cần tháo gỡ", "h"),
            P(
                "Một số trường còn thiếu giáo viên Tin học, Âm nhạc, Mỹ thuật; phòng học bộ môn chưa "
                "đáp ứng yêu cầu của chương trình mới."
            ),
            P(
                "Chất lượng giáo dục là sinh mệnh của nhà trường, đổi mới phải đi vào từng tiết dạy.",
                "quote",
            ),
        ],
        authors=["Trần Minh Đức"],
        summary=(
            "Sau hai tháng triển khai chương trình mới ở lớp 12, các trường THPT đã chủ động xây dựng "
            "kế hoạch giáo dục, đa dạng hóa tổ hợp môn học lựa chọn."
        ),
        sapo_outside=True,
        opts={"tpl": "v2", "when": (2026, 10, 28, 16, 30), "tg": "Trần Minh Đức - Phòng GDTrH", "created": 2},
    ),
    Story(
        12,
        "nganh-giao-duc-quang-binh-khac-phuc-hau-qua-mua-lu-som-on-hoc-sinh-tro-lai-truong",
        "Ngành Giáo dục Quảng Bình khắc phục hậu quả mưa lũ, sớm đón học sinh trở lại trường",
        CATEGORY,
        "2026-10-20T06:50:00+07:00",
        [
            P(
                "Đợt mưa lũ từ ngày 14 đến 17/10 đã làm 126 trường học bị ngập, hư hỏng nhiều thiết bị "
                "dạy học, sách vở của học sinh."
            ),
            Img(_img(43990, 1760), "Giáo viên và phụ huynh dọn dẹp trường học sau lũ",
                "Giáo viên và phụ huynh dọn dẹp trường học sau lũ", "table"),
            P(
                "Ngay khi nước rút, các nhà trường huy động giáo viên, phụ huynh và lực lượng vũ trang vệ "
                "sinh trường lớp; đến ngày 20/10, 100% trường học đã đón học sinh trở lại."
            ),
            P(
                "Sở GD&ĐT đã tiếp nhận và phân bổ 12.000 bộ sách giáo khoa, 30.000 quyển vở từ các nhà "
                "hảo tâm cho học sinh vùng lũ."
            ),
        ],
        authors=["Võ Thị Hằng"],
        source="Cổng TTĐT tỉnh Quảng Bình",
        opts={"tpl": "v1", "when": (2026, 10, 20, 6, 50), "tg": "Võ Thị Hằng",
              "nguon": "Cổng TTĐT tỉnh Quảng Bình", "created": 0},
    ),
    Story(
        13,
        "nang-cao-chat-luong-day-hoc-mon-lich-su-theo-inh-huong-phat-trien-nang-luc",
        "Nâng cao chất lượng dạy học môn Lịch sử theo định hướng phát triển năng lực",
        CATEGORY,
        "2026-10-09T10:20:00+07:00",
        [
            P(
                "Môn Lịch sử trong Chương trình giáo dục phổ thông 2018 là môn bắt buộc ở cấp THPT, đặt ra "
                "yêu cầu đổi mới mạnh mẽ phương pháp dạy học.[1]"
            ),
            P(
                "Giáo viên cần tăng cường sử dụng tư liệu gốc, di tích lịch sử địa phương như Thành Đồng "
                "Hới, Lũy Thầy, Quảng Bình Quan làm nguồn học liệu cho học sinh.[2]"
            ),
            P(
                "Việc kiểm tra, đánh giá chuyển từ ghi nhớ sự kiện sang đánh giá năng lực tìm hiểu, nhận "
                "thức và vận dụng kiến thức lịch sử."
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ GD&ĐT, Chương trình giáo dục phổ thông môn Lịch sử, 2018.", "li"),
            P("[2] Sở GD&ĐT Quảng Bình, Tài liệu lịch sử địa phương tỉnh Quảng Bình, 2022.", "li"),
        ],
        authors=["Lê Thị Bích Ngọc"],
        opts={"tpl": "v2", "when": (2026, 10, 9, 10, 20),
              "tg": "ThS. Lê Thị Bích Ngọc (Trường THPT Đào Duy Từ)", "created": 5},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
#: display order of the Asset Publisher: newest display date first
ORDERED = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
RELATED = {1: [3], 3: [1], 2: [5, 12], 5: [2], 12: [2], 4: [10], 10: [4], 6: [8], 8: [6],
           7: [9], 9: [7], 11: [13], 13: [11]}
PAGES = (len(ORDERED) + PER_PAGE - 1) // PER_PAGE


def _when(story: Story) -> _dt.datetime:
    return _dt.datetime(*story.opts["when"])


# --- URLs -------------------------------------------------------------------------------------


def list_target(cur: int | None) -> str:
    """The list page as the page iterator links it (``None``: the plain page URL)."""
    if cur is None:
        return NEWS
    return (
        f"{NEWS}?p_p_id=101_INSTANCE_{MAIN}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=2&_101_INSTANCE_{MAIN}_cur={cur}"
    )


def article_path(story: Story, instance: str = MAIN) -> str:
    return f"{NEWS}/-/asset_publisher/{instance}/content/{story.slug}"


def article_link(story: Story, redirect_to: str | None = None, instance: str = MAIN) -> str:
    path = article_path(story, instance)
    return path + (f"?redirect={quote(redirect_to, safe='')}" if redirect_to else "")


def print_target(story: Story, instance: str = MAIN) -> str:
    return f"{article_path(story, instance)}?p_p_state=pop_up&_101_INSTANCE_{instance}_viewMode=print"


def page_items(cur: int) -> list[Story]:
    return ORDERED[(cur - 1) * PER_PAGE : cur * PER_PAGE]


def latest(n: int) -> list[Story]:
    return ORDERED[:n]


# --- chrome -------------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", HOME, []),
    ("Giới thiệu", "/web/guest/gioi-thieu", [("Cơ cấu tổ chức", "/web/guest/co-cau-to-chuc"),
                                              ("Lãnh đạo Sở", "/web/guest/lanh-dao-so")]),
    ("Tin tức", NEWS, []),
    ("Văn bản", "/web/guest/van-ban", []),
    ("Thư viện ảnh", "/web/guest/thu-vien-anh", []),
    ("Liên hệ", "/web/guest/lien-he", []),
]


def _nav(active: str) -> str:
    items = []
    for i, (label, href, children) in enumerate(_MENU, start=1):
        cls = ' class="selected active"' if href == active else ""
        sub = ""
        if children:
            sub = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{10 + i}{j}" role="presentation">'
                f'<a class="" href="{h}" role="menuitem">{esc(lab)}</a></li>'
                for j, (lab, h) in enumerate(children)
            ) + "</ul>"
        popup = " aria-haspopup='true'" if children else ""
        items.append(
            f'<li{cls} id="layout_{i}" role="presentation"><a aria-labelledby="layout_{i}"{popup} '
            f'href="{href}" role="menuitem"><span> {esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">'
        '<div class="navbar-inner"><div class="collapse nav-collapse">'
        '<ul aria-label="Trang web" class="nav nav-collapse" role="menubar">'
        + "".join(items) + "</ul></div></div></nav>"
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    lis = []
    for i, (label, href) in enumerate(trail):
        cls = "first" if i == 0 else ("active last" if i == len(trail) - 1 else "")
        if href:
            lis.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a><span class="divider">/</span></li>')
        else:
            lis.append(f'<li class="{cls}">{esc(label)}</li>')
    return ('<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">' + "".join(lis) + "</ul>")


def _portlet(pid: str, title: str, body: str, css: str) -> str:
    """A portlet as Liferay 6.2's portlet.vm wraps it: the title is an <h1>."""
    base = pid.split("_INSTANCE_")[0]
    return (
        f'<div class="portlet-boundary portlet-boundary_{base}_ portlet-static portlet-static-end '
        f'{css}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        f'<h1 class="portlet-title"><span tabindex="0" class="portlet-title-text">{esc(title)}</span></h1>'
        '<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_' + pid + '" type="toolbar"></menu>'
        '</header><div class="portlet-content"><div class=" portlet-content-container" style="">'
        f'<div class="portlet-body">{body}</div></div></div></section></div>'
    )


def _side_latest(open_slug: str | None = None) -> str:
    """The sidebar AP "Tin mới" as its vendor ADT prints it (no redirect)."""
    items = "".join(
        f'<li class="tm-item"><a href="{article_path(s, SIDE)}">{esc(s.title)}</a> '
        f'<span class="tm-ngay">({_when(s):%d/%m})</span></li>'
        for s in latest(5)
    )
    return f'<div class="tm-ds"><ul class="tm-list">{items}</ul></div>'


def _sidebar_common() -> str:
    links = _portlet(
        "56_INSTANCE_lK8sWe2RtY5u",
        "Liên kết website",
        '<div class="journal-content-article"><select class="lk-web" onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://quangbinh.gov.vn">Cổng TTĐT tỉnh Quảng Bình</option>'
        '<option value="https://baoquangbinh.vn">Báo Quảng Bình</option></select>'
        '<p><a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" '
        'src="/sgdqb-theme/images/banner/csdl-nganh.png" /></a></p></div>',
        "portlet-journal-content",
    )
    counter = _portlet(
        "thongketruycap_WAR_sgdqbportlet",
        "Thống kê truy cập",
        '<table class="tk-truycap"><tr><td>Đang online:</td><td><b>27</b></td></tr>'
        '<tr><td>Hôm nay:</td><td><b>1.204</b></td></tr><tr><td>Tháng này:</td><td><b>38.916</b></td></tr>'
        '<tr><td>Tổng truy cập:</td><td><b>3.456.789</b></td></tr></table>',
        "portlet-tktc",
    )
    poll = _portlet(
        "59_INSTANCE_pV2cXr7nMb4Q",
        "Thăm dò ý kiến",
        '<form action="javascript:;" class="form" method="post" name="_59_INSTANCE_pV2cXr7nMb4Q_fm">'
        "<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>"
        '<label class="radio"><input name="_59_choiceId" type="radio" value="1" /> Rất đẹp</label>'
        '<label class="radio"><input name="_59_choiceId" type="radio" value="2" /> Bình thường</label>'
        '<label class="radio"><input name="_59_choiceId" type="radio" value="3" /> Cần cải thiện</label>'
        '<button class="btn" type="button" onclick="javascript:;">Bình chọn</button></form>',
        "portlet-polls-display",
    )
    return links + counter + poll


_FOOTER = (
    '<footer id="footer" role="contentinfo"><div class="ft-info">'
    f"<p><strong>{esc(SITE.upper())}</strong></p>"
    "<p>Địa chỉ: 123 Quang Trung, phường Đồng Phú, TP Đồng Hới, tỉnh Quảng Bình</p>"
    "<p>Điện thoại: 0232.3822.345 - Fax: 0232.3822.346 - Email: sgddt@quangbinh.gov.vn</p>"
    "<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Quảng Bình</p>"
    "<p>© 2014 - 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Quảng Bình. "
    'Phát triển trên nền <a href="https://www.liferay.com" rel="external">Liferay Portal</a>.</p>'
    "</div></footer>"
)


def _page(request: Request, *, title_tag: str, canonical: str, active: str,
          trail: list[tuple[str, str | None]], col1: str, col2: str | None) -> Response:
    base = base_url(request)
    columns = (
        '<div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">'
        '<div class="portlet-column portlet-column-first span8" id="column-1">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" '
        f'id="layout-column_column-1">{col1}</div></div>'
        '<div class="portlet-column portlet-column-last span4" id="column-2">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-last" '
        f'id="layout-column_column-2">{col2 if col2 is not None else ""}{_sidebar_common()}</div></div>'
        "</div></div>"
    )
    page = (
        '<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n'
        f"<title>{title_tag}</title>\n"
        '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
        '<link href="/sgdqb-theme/images/favicon.ico" rel="Shortcut Icon" />\n'
        f'<link href="{base}{canonical}" rel="canonical" />\n'
        '<link class="lfr-css-file" href="/sgdqb-theme/css/main.css?browserId=other&amp;themeId='
        'sgdqb_WAR_sgdqbtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1701234567000" '
        'rel="stylesheet" type="text/css" />\n'
        '<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=sgdqb_WAR_sgdqbtheme&amp;'
        'colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;'
        'languageId=vi_VN&amp;b=6205&amp;t=1701234567000" type="text/javascript"></script>\n'
        "<script type=\"text/javascript\">var themeDisplay = Liferay.ThemeDisplay = "
        "{getLayoutId: function() {return '3';}, getLanguageId: function() {return 'vi_VN';}, "
        "getPathThemeImages: function() {return '\\x2fsgdqb-theme\\x2fimages';}, "
        "getTimeZone: function() {return 'Asia\\x2fHo_Chi_Minh';}};</script>\n"
        "</head>\n"
        '<body class=" yui3-skin-sam controls-visible signed-out public-page site">\n'
        '<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>\n'
        '<div class="container-fluid" id="wrapper">\n'
        '<header id="banner" role="banner"><div class="sgd-topbar">'
        f'<span class="sgd-homnay">{HEADER_DAY}</span>'
        '<span class="sgd-hotline">Đường dây nóng: 0232.3822.345</span>'
        '<form action="javascript:;" class="sgd-timkiem" method="get" onsubmit="return false;">'
        '<input name="_3_keywords" placeholder="Tìm kiếm..." type="text" /></form></div>'
        '<div id="heading"><h1 class="site-title">'
        f'<a class="logo custom-logo" href="{HOME}" title="Đi đến {esc(SITE)}">'
        '<img alt="Sở Giáo dục và Đào tạo tỉnh Quảng Bình" height="120" '
        'src="/image/company_logo?img_id=10205&amp;t=1701234567000" width="960" /></a>'
        f'<span class="site-name" title="Đi đến {esc(SITE)}"> {esc(SITE)}</span></h1></div>'
        f"{_nav(active)}</header>\n"
        f'<div id="content">{_breadcrumb(trail)}{columns}</div>\n'
        f"{_FOOTER}\n</div>\n"
        '<script type="text/javascript">AUI().use("aui-base", "liferay-menu", "liferay-notice", '
        '"liferay-poller", function(A) {Liferay.Dockbar.init();});</script>\n'
        "</body>\n</html>\n"
    )
    return html(page)


# --- article markup -------------------------------------------------------------------------------


def _content_html(story: Story) -> str:
    """The "NoiDung" field: CKEditor markup of the text and in-text images."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "gal")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            src = esc(b.src)
            if b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 560px;">'
                    f'<tbody><tr><td><img alt="" src="{src}" style="width: 560px; height: 373px;" /></td></tr>'
                    '<tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
                    f"{esc(b.printed or '')}</em></span></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px;" /></p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "row", "br", "wordli"):
            run = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                run.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            elif b.style == "br":
                out.append('<div style="text-align: justify;">'
                           + "<br />\n<br />\n".join(esc(p.text) for p in run) + "</div>")
            elif b.style == "wordli":
                out.extend(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;'
                    'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-family:Symbol">'
                    '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
                    '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
                    f'<span style="font-size:14.0pt">{esc(p.text)}<o:p></o:p></span></p>'
                    for p in run
                )
            else:
                rows = []
                for k, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{esc(c)}'
                                                     "</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>'
                           + "".join(rows) + "</tbody></table>")
        elif b.style == "h":
            out.append(f'<h4 style="text-align: justify;"><strong>{esc(b.text)}</strong></h4>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "word":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:115%">'
                f'<span style="font-size:14.0pt;line-height:115%">{esc(b.text)}<o:p></o:p></span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        out.append("\n")
        i += 1
    return "".join(out)


def _gmt_stamp(story: Story) -> str:
    """``$reserved-article-display-date.data``: RFC 822, in GMT."""
    utc = _when(story) - _dt.timedelta(hours=7)
    return (f"{_EN_DAYS[utc.weekday()]}, {utc:%d} {_EN_MONTHS[utc.month - 1]} {utc:%Y} "
            f"{utc:%H:%M:%S} +0000")


def _vn_stamp(story: Story) -> str:
    w = _when(story)
    return f"{_WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y} {w:%H:%M}"


def _template(story: Story) -> str:
    """The Velocity template's output inside ``div.journal-content-article``."""
    o = story.opts
    content = _content_html(story)
    if o["tpl"] == "v1":
        rows = [f'<tr><td class="ngay_dang">Ngày đăng: {_gmt_stamp(story)}</td></tr>']
        if story.summary:
            rows.append(f'<tr><td class="tomtat"><b>{esc(story.summary)}</b></td></tr>')
        rows.append(f'<tr><td class="noidung">{content}</td></tr>')
        rows.append('<tr><td align="right" class="tacgia"><b>Tác giả: '
                    f'{esc(o["tg"]) if o["tg"] else "$tacGia.getData()"}</b></td></tr>')
        rows.append('<tr><td align="right" class="nguon"><i>Nguồn: '
                    f'{esc(o["nguon"]) if o["nguon"] else "$nguonTin.getData()"}</i></td></tr>')
        return '<table cellpadding="0" cellspacing="0" class="tbl_chitiet" width="100%">' + "".join(rows) + "</table>"
    parts = [
        f'<div class="ctin-tde">{esc(story.title)}</div>',
        f'<div class="ctin-tg"><span class="ctin-ngay"><i class="icon-time"></i> {_vn_stamp(story)}</span></div>',
    ]
    if story.summary:
        parts.append(f'<div class="ctin-mota"><strong>{esc(story.summary)}</strong></div>')
    parts.append(f'<div class="ctin-nd">{content}</div>')
    gallery = [b for b in story.blocks if isinstance(b, Img) and b.style == "gal"]
    if gallery:
        parts.append('<div class="ctin-album">' + "".join(
            f'<div class="ctin-anh"><img alt="{esc(g.printed or "")}" src="{esc(g.src)}" />'
            f'<p class="ctin-chuthich">{esc(g.printed or "")}</p></div>' for g in gallery) + "</div>")
    if o.get("tg"):
        parts.append(f'<div class="ctin-tacgia" style="text-align: right;"><strong>{esc(o["tg"])}</strong></div>')
    return '<div class="ctin-wrap">' + "".join(parts) + "</div>"


def _article_body(story: Story, instance: str, back: str, base: str) -> str:
    """The AP full content of ``story`` (6.2 ``full_content.jsp`` with the theme's additions)."""
    ns = f"_101_INSTANCE_{instance}_"
    w = _when(story)
    created = w - _dt.timedelta(days=story.opts.get("created", 0), hours=3)
    modified = max(w, _dt.datetime(2026, 12, 4, 9, 12) if story.id in (1, 3, 6) else w)
    related = "".join(
        f'<li class="asset-links-list-item"><img alt="" src="/html/icons/journal.png" /> '
        f'<a href="{article_path(BY_ID[r])}">{esc(BY_ID[r].title)}</a></li>'
        for r in RELATED.get(story.id, [])
    )
    print_url = base + print_target(story, instance)
    return (
        '<div class="asset-full-content default-asset-publisher show-asset-title">'
        '<div class="lfr-meta-actions asset-actions"></div>'
        '<div class="taglib-header "><span class="header-back-to">'
        f'<a class="icon-circle-arrow-left previous-level" href="{esc(back)}" id="{ns}TabsBack" '
        'title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{esc(story.title)}</span></h3></div>'
        '<div class="asset-user-actions"><div class="print-action"><span class="lfr-icon-item taglib-icon">'
        f'<a href="javascript:{ns}printPage_0();" id="{ns}printIcon"><i class="icon-print"></i>'
        '<span class="taglib-text ">In</span></a></span></div></div>'
        f'<script type="text/javascript">function {ns}printPage_0() {{ window.open(\'{print_url}\', \'\', '
        '"directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,'
        'toolbar=0,top=180,width=640"); }</script>'
        f'<div class="asset-content" id="{ns}{44000 + story.id * 7}">'
        f'<div class="journal-content-article" id="article_10155_10181_{44000 + story.id * 7}_1.2">'
        f"{_template(story)}</div>"
        '<div class="entry-links"><div class="taglib-asset-links"><h2 class="asset-links-title">'
        '<i class="icon-link"></i> Tài nguyên liên quan</h2>'
        f'<ul class="asset-links-list">{related}</ul></div></div></div>'
        '<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote">'
        '<div class="rating-label">Đánh giá của bạn</div><div class="rating-content">'
        '<a class="rating-element icon-star-empty" href="javascript:;"></a></div>'
        '<div class="rating-label">Trung bình (3 phiếu)</div><div class="liferay-rating-score">'
        '<i class="rating-element icon-star"></i><i class="rating-element icon-star"></i>'
        '<i class="rating-element icon-star"></i><i class="rating-element icon-star-empty"></i></div>'
        "</div></div></div>"
        '<div class="asset-metadata">'
        f'<span class="metadata-entry metadata-create-date"><i class="icon-calendar"></i> '
        f"Ngày tạo: {created:%d/%m/%y}</span>"
        f'<span class="metadata-entry metadata-modified-date">Cập nhật: {modified:%d/%m/%y}</span>'
        f'<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span>'
        '<span class="metadata-entry metadata-author">Người tạo: Quản Trị Viên</span></div>'
        '<div class="taglib-social-bookmarks"><ul class="unstyled">'
        '<li class="taglib-social-bookmark-facebook"><a class="taglib-social-bookmark-facebook" '
        f'href="http://www.facebook.com/sharer.php?u={quote(base + article_path(story), safe="")}" '
        'target="_blank">Facebook</a></li><li class="taglib-social-bookmark-twitter">'
        f'<a href="http://twitter.com/intent/tweet?text={quote(story.title)}" target="_blank">Twitter</a>'
        "</li></ul></div>"
        '<div class="asset-discussion"><div class="taglib-discussion">'
        '<fieldset class="fieldset add-comment"><legend class="fieldset-legend">'
        '<span class="legend">Bình luận</span></legend>'
        '<div class="lfr-message-response">Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</div>'
        '<a href="javascript:;" class="btn">Vui lòng đăng nhập để bình luận</a></fieldset></div></div>'
        "</div>"
    )


def _title_tag(text: str) -> str:
    """The theme escapes an already escaped title: "&" shows as "&amp;"."""
    return esc(esc(text))


# --- listings -----------------------------------------------------------------------------------


def _abstract_text(story: Story) -> str:
    text = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(text) <= ABSTRACT_LENGTH:
        return text
    cut = text[:ABSTRACT_LENGTH].rsplit(" ", 1)[0]
    return cut + "..."


def _abstracts(request: Request, cur: int, current: str) -> str:
    """The main AP in abstracts display, list page ``cur``; item links redirect to ``current``."""
    base = base_url(request)
    items = []
    for s in page_items(cur):
        link = esc(base + article_link(s, current))
        thumb = next((b.src for b in s.blocks if isinstance(b, Img)), "/sgdqb-theme/images/no-image.png")
        items.append(
            '<div class="asset-abstract default-asset-publisher">'
            '<div class="lfr-meta-actions asset-actions"></div>'
            f'<h3 class="asset-title"><a href="{link}"><img alt="" src="/html/icons/journal.png" /> '
            f"{esc(s.title)}</a></h3>"
            '<div class="asset-content"><div class="asset-summary">'
            f'<div class="asset-small-image"><img alt="" class="asset-small-image" src="{esc(thumb)}" '
            f'width="150" /></div>{esc(_abstract_text(s))}</div>'
            f'<div class="asset-more"><a href="{link}">Đọc thêm <span class="hide-accessible">về '
            f"{esc(s.title)}</span> &raquo; </a></div></div>"
            '<div class="asset-metadata">'
            f'<span class="metadata-entry metadata-publish-date">{_when(s):%d/%m/%y}</span>'
            f'<span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span></div></div>'
        )
    sel = "".join(
        f'<li><a href="{esc(base + list_target(p))}" role="menuitem">{p}</a></li>' for p in range(1, PAGES + 1)
    )

    def btn(label: str, page: int, enabled: bool, cls: str = "") -> str:
        if not enabled:
            return f'<li class="{cls} disabled"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(base + list_target(page))}">{label}</a></li>'

    start, end = (cur - 1) * PER_PAGE + 1, min(cur * PER_PAGE, len(ORDERED))
    pager = (
        '<div class="taglib-page-iterator" id="_101_INSTANCE_' + MAIN + '_ocerSearchContainerPageIterator'
        'Bottom"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config">'
        '<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">'
        '<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" '
        f'title="Trang {cur} của {PAGES}"><span class="lfr-icon-menu-text">Trang {cur} của {PAGES}</span> '
        '<i class="icon-caret-down"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{sel}</ul></div></div></div>'
        f'<small class="search-results">Hiển thị {start} - {end} của {len(ORDERED)} kết quả.</small>'
        '<ul class="lfr-pagination-buttons pager">'
        + btn("&larr; Đầu", 1, cur > 1, "first")
        + btn("Trước", cur - 1, cur > 1)
        + btn("Tiếp", cur + 1, cur < PAGES)
        + btn("Cuối &rarr;", PAGES, cur < PAGES, "last")
        + "</ul></div></div>"
    )
    return "".join(items) + pager


def _news_page(request: Request, cur: int, current: str) -> Response:
    col1 = _portlet(f"101_INSTANCE_{MAIN}", "Tin tức", _abstracts(request, cur, current),
                    "portlet-asset-publisher")
    col2 = _portlet(f"101_INSTANCE_{SIDE}", "Tin mới", _side_latest(), "portlet-asset-publisher")
    title = "Tin tức - " + SHORT + (f" - Trang {cur}" if cur > 1 else "")
    return _page(request, title_tag=_title_tag(title), canonical=NEWS, active=NEWS,
                 trail=[("Trang chủ", HOME), ("Tin tức", None)], col1=col1, col2=col2)


def _article_page(request: Request, story: Story, instance: str, redirect_to: str | None) -> Response:
    base = base_url(request)
    back = base + (redirect_to or NEWS)
    full = _article_body(story, instance, back, base)
    if instance == MAIN:
        col1 = _portlet(f"101_INSTANCE_{MAIN}", "Tin tức", full, "portlet-asset-publisher")
        col2 = _portlet(f"101_INSTANCE_{SIDE}", "Tin mới", _side_latest(), "portlet-asset-publisher")
    else:
        # the sidebar portlet shows the article; the main one still lists page 1
        # (its items carry the plain news page as redirect: the vendor's abstracts template uses the
        # layout URL, so no new URL variants are made here)
        col1 = _portlet(f"101_INSTANCE_{MAIN}", "Tin tức", _abstracts(request, 1, NEWS), "portlet-asset-publisher")
        col2 = _portlet(f"101_INSTANCE_{SIDE}", "Tin mới", full, "portlet-asset-publisher")
    return _page(
        request,
        title_tag=_title_tag(f"{story.title} - Tin tức - {SHORT}"),
        canonical=article_path(story, instance),
        active=NEWS,
        trail=[("Trang chủ", HOME), ("Tin tức", NEWS), (story.title, None)],
        col1=col1,
        col2=col2,
    )


def _print_page(request: Request, story: Story, instance: str) -> Response:
    page = (
        '<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN"><head>'
        f"<title>{_title_tag(story.title + ' - Tin tức - ' + SHORT)}</title>"
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />'
        f'<link href="{base_url(request)}{article_path(story, instance)}" rel="canonical" />'
        '</head><body class="portal-popup"><div class="portlet-body">'
        '<div class="asset-full-content default-asset-publisher show-asset-title">'
        f'<div class="taglib-header "><h3 class="header-title"><span>{esc(story.title)}</span></h3></div>'
        f'<div class="asset-content"><div class="journal-content-article">{_template(story)}</div></div>'
        '</div></div><script type="text/javascript">print();</script></body></html>'
    )
    return html(page)


# --- static pages ---------------------------------------------------------------------------------


def _journal_page(request: Request, path: str, title: str, inner: str,
                  parent: tuple[str, str] | None = None) -> Response:
    trail = [("Trang chủ", HOME)] + ([parent] if parent else []) + [(title, None)]
    col1 = _portlet("56_INSTANCE_gT1hLk0pQw3E", title,
                    f'<div class="journal-content-article" id="article_10155_10181_11021_1.0">{inner}</div>',
                    "portlet-journal-content")
    active = parent[1] if parent else path
    return _page(request, title_tag=_title_tag(f"{title} - {SHORT}"), canonical=path, active=active,
                 trail=trail, col1=col1, col2=None)


_DOCS = [
    ("2318/TB-SGDĐT", "30/11/2026", "Thông báo tổ chức Kỳ thi chọn HSG cấp tỉnh lớp 12",
     "/documents/10181/11530/TB-2318-SGDDT.pdf/5b0e1c2d-8a9f-4e3d-b2c1-7f6e5d4c3b2a"),
    ("2201/HD-SGDĐT", "20/11/2026", "Hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027",
     "/documents/10181/11530/HD-2201-SGDDT.pdf/0d9c8b7a-6f5e-4d3c-a2b1-9e8f7a6b5c4d"),
    ("1987/KH-SGDĐT", "15/09/2026", "Kế hoạch tổ chức các kỳ thi năm học 2026-2027",
     "/documents/10181/11530/KH-1987-SGDDT.pdf/7a6b5c4d-3e2f-4a1b-9c8d-0e1f2a3b4c5d"),
]


def _static(request: Request, path: str) -> Response | None:
    if path == "/web/guest/gioi-thieu":
        return _journal_page(request, path, "Giới thiệu chung", (
            "<p>Sở Giáo dục và Đào tạo tỉnh Quảng Bình là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp "
            "UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
            "<p>Sở được thành lập năm 1989 khi tỉnh Quảng Bình được tái lập. Trải qua hơn 37 năm xây dựng và "
            "phát triển, ngành đã được tặng thưởng Huân chương Lao động hạng Nhất.</p>"
            "<p>Toàn ngành hiện có 512 cơ sở giáo dục với hơn 230.000 học sinh và 15.600 cán bộ, giáo viên, "
            "nhân viên.</p>"
            '<p><img alt="" src="/documents/10181/0/tru-so-so-gddt.jpg/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d?t=1600000000" /></p>'
        ))
    if path == "/web/guest/co-cau-to-chuc":
        return _journal_page(request, path, "Cơ cấu tổ chức", (
            "<p><strong>Các phòng chuyên môn, nghiệp vụ:</strong></p><ul><li>Văn phòng Sở</li>"
            "<li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>"
            "<li>Phòng Giáo dục mầm non - Tiểu học</li><li>Phòng Giáo dục trung học</li>"
            "<li>Phòng Khảo thí và Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>"
        ), parent=("Giới thiệu", "/web/guest/gioi-thieu"))
    if path == "/web/guest/lanh-dao-so":
        return _journal_page(request, path, "Lãnh đạo Sở", (
            '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
            "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại"
            "</strong></td></tr><tr><td>Nguyễn Văn Hùng</td><td>Giám đốc</td><td>0232.3822.001</td></tr>"
            "<tr><td>Trần Văn Khoa</td><td>Phó Giám đốc</td><td>0232.3822.002</td></tr>"
            "<tr><td>Đinh Thị Thanh Hương</td><td>Phó Giám đốc</td><td>0232.3822.003</td></tr></tbody></table>"
        ), parent=("Giới thiệu", "/web/guest/gioi-thieu"))
    if path == "/web/guest/lien-he":
        return _journal_page(request, path, "Liên hệ", (
            f"<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: 123 Quang Trung, phường Đồng Phú, TP Đồng Hới</p>"
            "<p>Điện thoại: 0232.3822.345 - Email: sgddt@quangbinh.gov.vn</p>"
            '<form action="javascript:;" class="form" method="post"><label>Họ tên</label>'
            '<input name="_1_WAR_webformportlet_field1" type="text" /><label>Nội dung</label>'
            '<textarea name="_1_WAR_webformportlet_field2"></textarea>'
            '<button class="btn btn-primary" type="button">Gửi</button></form>'
        ))
    if path == "/web/guest/van-ban":
        rows = "".join(
            f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="{href}">{esc(ty)}</a></td></tr>'
            for so, ngay, ty, href in _DOCS
        )
        inner = ('<table class="table table-bordered table-hover table-striped"><thead class="table-columns">'
                 "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>"
                 f'<tbody class="table-data">{rows}</tbody></table>')
        col1 = _portlet("110_INSTANCE_dL4mNb8vCx2Z", "Văn bản chỉ đạo điều hành", inner,
                        "portlet-document-library-display")
        return _page(request, title_tag=_title_tag(f"Văn bản - {SHORT}"), canonical=path, active=path,
                     trail=[("Trang chủ", HOME), ("Văn bản", None)], col1=col1, col2=None)
    if path == "/web/guest/thu-vien-anh":
        thumbs = "".join(
            f'<a class="image-link" href="/documents/10181/12044/album-{k}.jpg/ab{k}c0000-0000-4000-8000-'
            f'00000000000{k}?t=1764"><img alt="Ảnh {k}" class="img-polaroid" '
            f'src="/documents/10181/12044/album-{k}.jpg/ab{k}c0000-0000-4000-8000-00000000000{k}'
            f'?t=1764&amp;imageThumbnail=1" /></a>'
            for k in range(1, 7)
        )
        inner = ('<div class="lfr-image-gallery"><h3>Lễ khai giảng năm học 2026-2027</h3>'
                 f'<div class="taglib-image-gallery">{thumbs}</div></div>')
        col1 = _portlet("31_INSTANCE_aZ9xCv3bNm1L", "Thư viện ảnh", inner, "portlet-image-gallery-display")
        return _page(request, title_tag=_title_tag(f"Thư viện ảnh - {SHORT}"), canonical=path, active=path,
                     trail=[("Trang chủ", HOME), ("Thư viện ảnh", None)], col1=col1, col2=None)
    return None


def _home(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in latest(4):
        thumb = next((b.src for b in s.blocks if isinstance(b, Img)), "/sgdqb-theme/images/no-image.png")
        items.append(
            '<div class="asset-abstract default-asset-publisher">'
            f'<h3 class="asset-title"><a href="{esc(base + article_path(s))}">'
            f'<img alt="" src="/html/icons/journal.png" /> {esc(s.title)}</a></h3>'
            '<div class="asset-content"><div class="asset-summary"><div class="asset-small-image">'
            f'<img alt="" class="asset-small-image" src="{esc(thumb)}" width="150" /></div>'
            f"{esc(_abstract_text(s))}</div>"
            f'<div class="asset-more"><a href="{esc(base + article_path(s))}">Đọc thêm <span '
            f'class="hide-accessible">về {esc(s.title)}</span> &raquo; </a></div></div></div>'
        )
    more = f'<div class="tnb-xemtiep"><a href="{NEWS}">Xem tất cả tin tức &raquo;</a></div>'
    col1 = (
        _portlet("56_INSTANCE_bN5vCx1zLk7J", "Sự kiện nổi bật",
                 '<div class="journal-content-article"><div class="sgd-slider">'
                 '<img alt="Chào mừng Ngày Nhà giáo Việt Nam 20/11" src="/documents/10181/0/banner-20-11.jpg/'
                 'ee11ff22-3344-4556-8778-899aabbccdde?t=1762000000" /></div></div>', "portlet-journal-content")
        + _portlet(f"101_INSTANCE_{HOME_AP}", "Tin nổi bật", "".join(items) + more, "portlet-asset-publisher")
    )
    return _page(request, title_tag=_title_tag(f"Trang chủ - {SHORT}"), canonical=HOME, active=HOME,
                 trail=[("Trang chủ", None)], col1=col1, col2=None)


# --- the site -------------------------------------------------------------------------------------

_NEWS_LIST_PARAMS = {"p_p_id", "p_p_lifecycle", "p_p_state", "p_p_mode", "p_p_col_id", "p_p_col_count",
                     f"_101_INSTANCE_{MAIN}_cur"}


@dataclass
class Liferay62Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/image/") or (path.startswith("/documents/") and ".pdf/" not in path):
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path.startswith("/documents/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        if path == "/":
            return redirect(HOME)
        if path in (HOME, "/web/guest", "/web/guest/"):
            return _home(request) if path == HOME else redirect(HOME)
        if path == NEWS:
            params = request.params
            if not params:
                return _news_page(request, 1, NEWS)
            if params.get("p_p_id") != f"101_INSTANCE_{MAIN}" or not set(params) <= _NEWS_LIST_PARAMS:
                return None
            try:
                cur = int(params.get(f"_101_INSTANCE_{MAIN}_cur", "1"))
            except ValueError:
                return None
            if not 1 <= cur <= PAGES:
                return None
            # the portlet's current URL is its own render URL, in the iterator's parameter order
            return _news_page(request, cur, list_target(cur))
        prefix = NEWS + "/-/asset_publisher/"
        if path.startswith(prefix):
            rest = path[len(prefix):].split("/")
            if len(rest) != 3 or rest[0] not in (MAIN, SIDE) or rest[1] != "content":
                return None
            story = BY_SLUG.get(rest[2])
            if story is None:
                return None
            instance = rest[0]
            params = request.params
            if params.get("p_p_state") == "pop_up" and params.get(f"_101_INSTANCE_{instance}_viewMode") == "print":
                return _print_page(request, story, instance)
            red = params.get("redirect")
            if red is not None and not red.startswith(NEWS):
                red = None
            return _article_page(request, story, instance, red)
        return _static(request, path)


def build_site() -> Liferay62Site:
    return Liferay62Site()


# --- gold ------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    for cur in range(1, PAGES + 1):
        if story in page_items(cur):
            if cur == 1:
                alts.append(article_link(story, list_target(None)))
            alts.append(article_link(story, list_target(cur)))
    if story in latest(5):
        alts.append(article_path(story, SIDE))
        alts.append(print_target(story, SIDE))
    alts.append(print_target(story))
    return alts


GOLD = [
    gold_record(s, article_path(s), CATEGORY, canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in ORDERED
]

NON_ARTICLES = [
    "/web/guest/gioi-thieu",
    "/web/guest/co-cau-to-chuc",
    "/web/guest/lanh-dao-so",
    "/web/guest/van-ban",
    "/web/guest/thu-vien-anh",
    "/web/guest/lien-he",
]
