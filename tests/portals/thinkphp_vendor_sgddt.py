"""Trường Chính trị tỉnh Lào Cai: a ThinkPHP 5 portal sold by a small vendor (blind fixture).

Platform
    ThinkPHP 5.0 with a Chinese-made admin (UEditor in the back office, 135editor pastes) and
    Vietnamese front templates the vendor translated, mostly. PATHINFO URLs with the ``.html``
    suffix; the compat form ``/index.php?s=/<pathinfo>`` answers the same routes. The vendor left
    ``app_trace`` on: every page ends with ThinkPHP's page-trace panel.

URL scheme
    ``/``                                                    home (also ``/index.php``)
    ``/index.php/index/article/detail/id/<N>.html``          a post (the listings' link)
    ``/index.php/index/article/detail/id/<N>/cid/<C>.html``  the same post (home page blocks)
    ``/index.php?s=/index/article/detail/id/<N>``            the same post (sidebar "Đọc nhiều")
    ``/index.php/index/article/lists/cid/<C>.html``          a category, page 1 (menu link)
    ``/index.php/index/article/lists/cid/<C>/p/<P>.html``    a category, page P (pager; p/1 too)
    ``/index.php/index/page/index/id/<N>.html``              single pages (intro, contact)
    ``/index.php/index/document/detail/id/<N>.html``         document (văn bản) entries
    ``/index.php/index/album/detail/id/<N>.html``            the photo album
    ``/index.php/index/search/index.html?keyword=…``         search (never any result)
    ``/uploads/…`` images and files, ``/static/…`` theme files

Page templates
    Every page: header (logo, "Thứ Bảy, 05/12/2026"), ``<ul class="nav_ul">`` menu with
    drop-downs, breadcrumb ``div.wz`` ("Vị trí: Trang chủ > …"), sidebar ``div.right_k``
    (search, "Đọc nhiều", "Văn bản mới", links, poll, counter), footer, Baidu share box on posts,
    ThinkPHP page trace. A post (``detail.html``): ``h1.bt``, meta line ``div.xq_sj``, optional
    description box ``div.zy`` ("Tóm tắt:"), the text in ``div#ct_nr.ct_nr`` (UEditor output),
    then "Tin cùng chuyên mục" (3 newest of the category, with thumbnails). The "Nghiên cứu khoa
    học" category uses another template file (``detail_nckh.html``) the vendor never translated:
    its labels are still Chinese. Listings: 4 posts a page, ThinkPHP's bootstrap pager.

How each gold article is reached
    Category "Tin tức - Sự kiện" (cid 2, 6 posts: 2 pages), "Đào tạo - Bồi dưỡng" (cid 3, 5 posts:
    2 pages), "Nghiên cứu khoa học" (cid 4, 2 posts). Posts 143 and 141 (cid 2) and 139 (cid 3)
    are linked only from page 2 of their listing (the related box shows the 3 newest, home and
    sidebar only recent or most-read posts). The others are on page 1, the home page blocks
    (``/cid/`` form) and, some of them, the sidebar (``?s=`` form).

Traps
    1. Three URLs per post: the listings' ``/detail/id/N.html``, the home blocks'
       ``/detail/id/N/cid/C.html`` (ThinkPHP takes extra key/value pairs) and the sidebar's
       compat ``/index.php?s=/index/article/detail/id/N``; no canonical link is printed. Gold:
       path = the listings' form, the other two in alt_paths.
    2. Lazy images: the theme filters post content through jquery.lazyload, so body images are
       ``src="/static/index/images/grey.gif" data-original="/uploads/…"``. Gold: the image is
       the ``data-original`` path; the grey placeholder is no image.
    3. UEditor captions: the caption is a separate centred ``<p>`` (grey ``<em>`` in a span)
       after the image's own ``<p>``, or in the same ``<p>`` after a ``<br/>``; the image's
       ``title``/``alt`` carry the upload file name ("1701593412.jpg"). Gold: caption = that
       line (parentheses taken off), never the file name; the line is no body text. A line
       "Ảnh: Thu Hà" only credits: caption None, Thu Hà a photographer.
    4. ``_ueditor_page_break_tag_``: UEditor's page-break marker, left in the stored content and
       printed as a paragraph because the template does not split pages. Gold: not text.
    5. 135editor blocks: text pasted from 135editor sits in nested ``<section>``s, a heading
       in a coloured inline-block ``<section>``, the lines as bare text separated by ``<br/>``
       (no ``<p>`` at all). Gold: each heading and each line is a paragraph, in order.
    6. Chinese template leftovers (cid 4): "当前位置：" breadcrumb, meta line "发布时间：2026-11-28
       10:00:00 作者：… 来源：… 点击：…次", "摘要：" box, "分享到：". Gold: 发布时间 is the date,
       作者 the author (degree dropped; "admin" is an account: nobody), 来源 the source, except
       "本站" ("this site", the field's default): source null. 摘要 is the sapo.
    7. ThinkPHP page trace (``app_trace`` on): ``#think_page_trace`` after the footer, hidden
       behind a small button, prints "请求信息 : 2026-12-05 09:12:33 HTTP/1.1 GET : <url>", the
       run time and the SQL run ("SELECT * FROM `ltc_article` WHERE `id` = 152 …"). Gold: none
       of it is text, date or anything.
    8. Plain-text paste: one old post was pasted with UEditor's "纯文本粘贴" mode, so its whole
       text is one ``<p>`` whose lines are split by ``<br/><br/>``; its last line is the byline
       "Tin: Hoàng Yến". Gold: each line a paragraph; the byline is the author, not text.
    9. Meta line "Ngày đăng: 03/12/2026 14:30 | Cập nhật: 04/12/2026 08:02 | Người đăng:
       admin_ltc | Lượt xem: 412": the publication date is "Ngày đăng", not "Cập nhật" nor the
       header's today; a date printed "20/11/2026 00:00" is the day alone; "Người đăng" is a CMS
       account (nobody) while "Tác giả: X" (the author field, when filled) names the author.
    10. Listing page 1 has two URLs (``lists/cid/2.html`` from the menu, ``lists/cid/2/p/1.html``
       from the pager); the pager prints current and disabled items as ``<span>``; the listing's
       excerpt is the first 120 characters of the text plus "…".
    11. Bylines as UEditor prints them: a right-aligned last ``<p>`` — "Tin, ảnh: Phạm Minh Đức"
       (author and photographer), "Tin: Lò Thị Xuân - Ảnh: Vàng A Sử", a unit alone ("Khoa Nhà
       nước và Pháp luật"), "<strong>ThS. Nguyễn Thị Hằng</strong><br/>Khoa Xây dựng Đảng"
       (name only), "ThS. Hoàng Văn Nam - Khoa Lý luận cơ sở" (name only); a right-aligned
       italic "Nguồn: Báo Lào Cai điện tử" is the source.
    12. UEditor attachment lines: ``<p style="line-height: 16px;">`` with the editor's file-type
       icon (``/static/ueditor/dialogs/attachment/fileTypeImages/icon_pdf.gif``) and a link to
       the file. Gold: not text; the icon is no image.

Gold decisions on ambiguous points
    - The description box ("Tóm tắt:" / "摘要：") is printed as its own element: it is the sapo
      (summary) and the body's first paragraph. Posts without a description print no box and
      have no summary (the meta description then holds the listing excerpt: not a sapo).
    - 来源：本站 means "this site" (the admin's default value): source null. 来源：X otherwise
      is the source X, as "Nguồn: X" would be.
    - The category is the breadcrumb's last section ("Tin tức - Sự kiện"), not the menu parent
      "Tin tức".
    - Footnote calls "[1]" printed in ``<sup>`` stay in their sentence; the "Tài liệu tham khảo"
      heading and entries are text (house rule).
    - Headings inside the text (``<p><strong>``, ``<h3>``, 135editor title sections) are
      paragraphs; items typed "- …" keep their dash.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "thinkphp_vendor_sgddt"
PLATFORM = "ThinkPHP 5 (vendor portal, UEditor admin)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lào Cai"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4

CATS = {2: "Tin tức - Sự kiện", 3: "Đào tạo - Bồi dưỡng", 4: "Nghiên cứu khoa học"}
#: categories whose templates are the vendor's untranslated Chinese ones
CN_CATS = {4}


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


def _attach(name: str, folder: str, icon: str = "icon_pdf.gif") -> Raw:
    return Raw(
        '<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" '
        f'src="/static/ueditor/dialogs/attachment/fileTypeImages/{icon}"/>'
        f'<a style="font-size:12px; color:#0066cc;" href="/uploads/file/{folder}/{name}" title="{name}">{name}</a></p>'
    )


PAGE_BREAK = Raw("<p>_ueditor_page_break_tag_</p>")


STORIES: list[Story] = [
    # --- cid 2: Tin tức - Sự kiện (newest first) ---------------------------------------------
    Story(
        id=152,
        slug="hoi-nghi-bch-lan-12",
        title="Hội nghị Ban Chấp hành Đảng bộ Trường Chính trị tỉnh lần thứ 12, nhiệm kỳ 2025 - 2030",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Đảng bộ Trường Chính trị tỉnh Lào Cai tổ chức Hội nghị Ban Chấp hành lần thứ 12 "
            "nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và đề ra phương hướng, nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đồng chí Nguyễn Thị Thu Hương, Bí thư Đảng ủy, Hiệu trưởng Nhà trường chủ trì hội nghị. "
                "Tham dự có các đồng chí trong Ban Chấp hành Đảng bộ, Bí thư các chi bộ trực thuộc."
            ),
            Img(
                "/uploads/20261203/8f2c1a9e4b.jpg",
                "Đồng chí Nguyễn Thị Thu Hương, Bí thư Đảng ủy phát biểu chỉ đạo hội nghị",
                "Đồng chí Nguyễn Thị Thu Hương, Bí thư Đảng ủy phát biểu chỉ đạo hội nghị",
                style="lazy",
            ),
            P(
                "Năm 2026, Đảng bộ Nhà trường đã lãnh đạo hoàn thành toàn diện các nhiệm vụ chính trị được giao. "
                "Nhà trường đã mở 14 lớp đào tạo, bồi dưỡng với trên 1.200 học viên; tổ chức 02 hội thảo khoa học "
                "cấp trường và hoàn thành 05 đề tài khoa học cấp cơ sở."
            ),
            P(
                "Công tác xây dựng Đảng được chú trọng; 100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên; "
                "kết nạp 03 đảng viên mới."
            ),
            Img("/uploads/20261203/c71d0e55a2.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", style="lazy"),
            P(
                "Hội nghị đã thống nhất các chỉ tiêu chủ yếu của năm 2027, trong đó tập trung đổi mới nội dung, "
                "phương pháp giảng dạy, nâng cao chất lượng đội ngũ giảng viên và đẩy mạnh chuyển đổi số trong "
                "quản lý đào tạo."
            ),
            _byline("Tin, ảnh: Phạm Minh Đức"),
        ],
        authors=["Phạm Minh Đức"],
        photographers=["Phạm Minh Đức"],
        opts={"dt": "2026-12-03 14:30", "upd": "2026-12-04 08:02", "poster": "admin_ltc"},
    ),
    Story(
        id=150,
        slug="ngay-phap-luat-2026",
        title="Trường Chính trị tỉnh Lào Cai hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-27T09:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, sáng 27/11, Trường Chính trị tỉnh Lào Cai tổ chức "
                "hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) năm 2026."
            ),
            P("MỘT SỐ HOẠT ĐỘNG NỔI BẬT", "sech"),
            P(
                "Tổ chức tọa đàm “Nâng cao ý thức chấp hành pháp luật trong cán bộ, viên chức và học viên”.",
                "sec",
            ),
            P(
                "Phát động cuộc thi tìm hiểu pháp luật trực tuyến với sự tham gia của 356 học viên các lớp "
                "Trung cấp lý luận chính trị.",
                "sec",
            ),
            P("Treo băng rôn, khẩu hiệu tuyên truyền tại khu vực giảng đường và ký túc xá.", "sec"),
            P("KẾT QUẢ", "sech"),
            P(
                "Sau một tháng triển khai, cuộc thi đã nhận được 1.024 lượt bài dự thi; Ban Tổ chức trao 01 giải "
                "Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.",
                "sec",
            ),
            Img(
                "/uploads/20261127/3b9e7d10aa.jpg",
                "Ban Tổ chức trao giải cho các học viên đạt giải",
                "Ban Tổ chức trao giải cho các học viên đạt giải",
                style="ue",
            ),
            P(
                "Hoạt động góp phần nâng cao nhận thức, ý thức tôn trọng và chấp hành pháp luật của cán bộ, "
                "viên chức và học viên Nhà trường."
            ),
            _byline("Khoa Nhà nước và Pháp luật"),
        ],
        authors=["Khoa Nhà nước và Pháp luật"],
        opts={"dt": "2026-11-27 09:00", "upd": "2026-11-27 10:45", "poster": "admin_ltc"},
    ),
    Story(
        id=147,
        slug="hoi-thi-gvdg-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026 thành công tốt đẹp",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20",
        blocks=[
            P(
                "Từ ngày 17 đến ngày 19/11/2026, Trường Chính trị tỉnh Lào Cai tổ chức Hội thi giảng viên dạy giỏi "
                "cấp trường năm 2026, chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11."
            ),
            P(
                "Hội thi có 12 giảng viên của 04 khoa chuyên môn tham gia. Mỗi giảng viên trình bày 01 bài giảng "
                "lý thuyết trong thời gian 90 phút trước Hội đồng giám khảo."
            ),
            Img("/uploads/20261120/91d4b2e6f0.jpg", "Ảnh: Thu Hà", None, style="ue"),
            P(
                "Kết quả, Hội đồng đã công nhận 09 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp trường; trong "
                "đó đồng chí Lương Thị Mai, Khoa Xây dựng Đảng đạt giải Nhất."
            ),
            P("Danh sách giảng viên đạt giải được gửi kèm theo bài viết này."),
            _attach("QD-cong-nhan-GVDG-2026.pdf", "20261120"),
            _byline("Thu Hà"),
        ],
        authors=["Thu Hà"],
        photographers=["Thu Hà"],
        opts={"dt": "2026-11-20 00:00", "upd": "2026-11-21 09:14", "poster": "admin_ltc"},
    ),
    Story(
        id=144,
        slug="tong-ket-ket-luan-01",
        title=(
            "Lào Cai: Tổng kết 5 năm thực hiện Kết luận số 01-KL/TW về học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh"
        ),
        cat="Tin tức - Sự kiện",
        published_at="2026-11-09T16:15:00+07:00",
        blocks=[
            P(
                "Sáng 09/11, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết 5 năm thực hiện Kết luận số "
                "01-KL/TW của Bộ Chính trị. Trường Chính trị tỉnh là một trong các đơn vị được biểu dương tại hội nghị."
            ),
            P(
                "Hội nghị đánh giá, việc học tập và làm theo Bác đã đi vào chiều sâu, thiết thực với nhiều cách "
                "làm sáng tạo:"
            ),
            P(
                "Đưa nội dung chuyên đề hằng năm vào chương trình giảng dạy các lớp Trung cấp lý luận chính trị;",
                "li",
            ),
            P("Xây dựng mô hình “Mỗi giảng viên một việc làm theo Bác”;", "li"),
            P("Gắn việc làm theo Bác với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị.", "li"),
            PAGE_BREAK,
            P(
                "Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tiếp tục xác định đây là "
                "nhiệm vụ thường xuyên, gắn với công tác xây dựng, chỉnh đốn Đảng."
            ),
            Img(
                "/uploads/20261109/e4a07b21c9.jpg",
                "(Các tập thể được biểu dương tại hội nghị)",
                "Các tập thể được biểu dương tại hội nghị",
                style="ue_br",
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lào Cai điện tử</em></p>'),
        ],
        source="Báo Lào Cai điện tử",
        opts={"dt": "2026-11-09 16:15", "upd": "2026-11-09 16:20", "poster": "admin_ltc"},
    ),
    Story(
        id=143,
        slug="khao-sat-nhu-cau-boi-duong",
        title="Kết quả khảo sát nhu cầu bồi dưỡng của cán bộ cơ sở năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-30T08:00:00+07:00",
        blocks=[
            P(
                "Nhằm xây dựng kế hoạch đào tạo, bồi dưỡng năm 2027 sát với thực tiễn, trong tháng 10/2026, "
                "Nhà trường đã khảo sát nhu cầu bồi dưỡng của 420 cán bộ cấp xã trên địa bàn tỉnh."
            ),
            P("Kết quả khảo sát cụ thể như sau:"),
            P("Nội dung bồi dưỡng | Số phiếu | Tỷ lệ (%)", "tr"),
            P("Kỹ năng chuyển đổi số | 168 | 40,0", "tr"),
            P("Quản lý nhà nước cấp xã | 126 | 30,0", "tr"),
            P("Kỹ năng dân vận | 84 | 20,0", "tr"),
            P("Nội dung khác | 42 | 10,0", "tr"),
            P(
                "Trên cơ sở kết quả này, Nhà trường sẽ điều chỉnh chương trình, ưu tiên các chuyên đề về chuyển "
                "đổi số và kỹ năng thực hành cho cán bộ cơ sở."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Hằng</strong><br/>'
                "<em>Khoa Xây dựng Đảng</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={"dt": "2026-10-30 08:00", "upd": "2026-10-30 08:00", "poster": "admin_ltc"},
    ),
    Story(
        id=141,
        slug="bang-khen-thu-tuong",
        title="Trường Chính trị tỉnh Lào Cai đón nhận Bằng khen của Thủ tướng Chính phủ",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-16T10:20:00+07:00",
        blocks=[
            P(
                "Sáng 16/10, Trường Chính trị tỉnh Lào Cai long trọng tổ chức Lễ đón nhận Bằng khen của Thủ tướng "
                "Chính phủ vì đã có thành tích xuất sắc trong công tác đào tạo, bồi dưỡng cán bộ giai đoạn 2021 - 2025."
            ),
            P(
                "Dự buổi lễ có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ "
                "cùng toàn thể cán bộ, giảng viên Nhà trường."
            ),
            P(
                "Trong 5 năm qua, Nhà trường đã đào tạo, bồi dưỡng cho hơn 6.500 lượt học viên, góp phần nâng cao "
                "chất lượng đội ngũ cán bộ, công chức của tỉnh."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng bày tỏ vinh dự và hứa tiếp tục đổi mới, nâng cao chất "
                "lượng đào tạo, xứng đáng với sự tin tưởng của Tỉnh ủy, HĐND, UBND tỉnh."
            ),
        ],
        authors=["Hoàng Yến"],
        opts={"dt": "2026-10-16 10:20", "upd": "2026-10-16 10:20", "poster": "admin_ltc", "plain": "Tin: Hoàng Yến"},
    ),
    # --- cid 3: Đào tạo - Bồi dưỡng -----------------------------------------------------------
    Story(
        id=153,
        slug="khai-giang-tc-k78-bat-xat",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 78 tại huyện Bát Xát",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-12-02T08:30:00+07:00",
        summary=(
            "Sáng 02/12, Trường Chính trị tỉnh Lào Cai phối hợp với Trung tâm Chính trị huyện Bát Xát khai giảng "
            "lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 78 cho 65 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học dành cho cán bộ, công chức cấp xã và cán bộ các phòng, ban, ngành của huyện, được tổ chức "
                "trong thời gian 08 tháng theo hình thức học tập trung theo đợt."
            ),
            Img(
                "/uploads/20261202/5d8e2f0b17.jpg",
                "Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                style="lazy",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên nghiêm túc chấp hành quy chế, "
                "chủ động nghiên cứu tài liệu và liên hệ thực tiễn địa phương trong quá trình học tập."
            ),
            P(
                "Nhà trường sẽ cử giảng viên có kinh nghiệm trực tiếp lên lớp, đồng thời tăng cường kiểm tra, "
                "giám sát chất lượng dạy và học tại cơ sở."
            ),
            _byline("Phòng Quản lý đào tạo và Nghiên cứu khoa học"),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        opts={"dt": "2026-12-02 08:30", "upd": "2026-12-03 07:51", "poster": "phongdaotao"},
    ),
    Story(
        id=149,
        slug="boi-duong-qpan-doi-tuong-4",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-11-24T07:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 24 đến ngày 28/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
                "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 120 học viên là đối tượng 4."
            ),
            P("1. Nội dung chương trình", "sech"),
            P(
                "Học viên được nghiên cứu 10 chuyên đề về quan điểm của Đảng về bảo vệ Tổ quốc trong tình hình mới;",
                "sec",
            ),
            P("Xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân;", "sec"),
            P("Phòng, chống chiến lược “diễn biến hòa bình” của các thế lực thù địch.", "sec"),
            P("2. Hình thức tổ chức", "sech"),
            P(
                "Kết hợp giảng dạy lý thuyết với tham quan thực tế tại Đồn Biên phòng cửa khẩu quốc tế Lào Cai.",
                "sec",
            ),
            Img(
                "/uploads/20261124/a9c3e61f08.jpg",
                "Học viên tham quan thực tế tại Đồn Biên phòng cửa khẩu quốc tế Lào Cai",
                "Học viên tham quan thực tế tại Đồn Biên phòng cửa khẩu quốc tế Lào Cai",
                style="ue",
            ),
            P("Kết thúc khóa học, 100% học viên được cấp giấy chứng nhận hoàn thành chương trình."),
            _byline("Tin: Lò Thị Xuân - Ảnh: Vàng A Sử"),
        ],
        authors=["Lò Thị Xuân"],
        photographers=["Vàng A Sử"],
        opts={"dt": "2026-11-24 07:45", "upd": "2026-11-28 17:02", "poster": "phongdaotao"},
    ),
    Story(
        id=146,
        slug="nghien-cuu-thuc-te-bao-yen",
        title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại huyện Bảo Yên",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-11-16T15:00:00+07:00",
        blocks=[
            P(
                "Trong 3 ngày, từ 14 đến 16/11/2026, đoàn học viên lớp Cao cấp lý luận chính trị hệ không tập trung "
                "đặt tại Trường Chính trị tỉnh Lào Cai đã đi nghiên cứu thực tế tại huyện Bảo Yên."
            ),
            P(
                "Đoàn đã làm việc với Thường trực Huyện ủy Bảo Yên, tìm hiểu kết quả thực hiện Chương trình mục tiêu "
                "quốc gia xây dựng nông thôn mới và phát triển vùng chè hữu cơ."
            ),
            Img(
                "/uploads/20261116/0b7f42c3de.jpg",
                "Đoàn học viên làm việc với Thường trực Huyện ủy Bảo Yên",
                "Đoàn học viên làm việc với Thường trực Huyện ủy Bảo Yên",
                style="ue_br",
            ),
            Img(
                "/uploads/20261116/6e1a9d58f4.jpg",
                "Học viên tham quan mô hình trồng chè hữu cơ tại xã Tân Tiến",
                "Học viên tham quan mô hình trồng chè hữu cơ tại xã Tân Tiến",
                style="ue_br",
            ),
            P(
                "Qua chuyến nghiên cứu thực tế, học viên có thêm tư liệu để hoàn thành tiểu luận cuối khóa, gắn lý "
                "luận với thực tiễn địa phương."
            ),
            _byline("Khoa Lý luận cơ sở"),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={"dt": "2026-11-16 15:00", "upd": "2026-11-17 08:30", "poster": "phongdaotao"},
    ),
    Story(
        id=142,
        slug="toa-dam-doi-moi-phuong-phap",
        title=(
            "Tọa đàm “Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực "
            "của người học”"
        ),
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-10-26T09:10:00+07:00",
        blocks=[
            P(
                "Ngày 26/10, Trường Chính trị tỉnh Lào Cai tổ chức tọa đàm khoa học về đổi mới phương pháp giảng dạy "
                "lý luận chính trị với sự tham gia của 45 giảng viên cơ hữu và thỉnh giảng."
            ),
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu khách quan, là nhiệm vụ thường xuyên của mỗi giảng viên, "
                "không chỉ là phong trào.",
                "quote",
            ),
            P(
                "Các ý kiến tại tọa đàm tập trung vào việc ứng dụng phương pháp tình huống, thảo luận nhóm và sử dụng "
                "bài giảng điện tử trong giảng dạy."
            ),
            P(
                "Kết thúc tọa đàm, Nhà trường giao các khoa chuyên môn xây dựng ít nhất 02 bài giảng mẫu theo phương "
                "pháp mới trong học kỳ I năm 2027."
            ),
        ],
        authors=["Lò Văn Sáng"],
        opts={"dt": "2026-10-26 09:10", "upd": "2026-10-26 09:10", "poster": "phongdaotao", "author": "Lò Văn Sáng"},
    ),
    Story(
        id=139,
        slug="tuyen-sinh-tc-2027",
        title="Tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-10-12T08:00:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh Lào Cai thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ "
                "tập trung năm 2027, chỉ tiêu 80 học viên."
            ),
            P("Đối tượng tuyển sinh", "h3"),
            P(
                "Cán bộ, công chức, viên chức trong hệ thống chính trị từ tỉnh đến cơ sở được cơ quan có thẩm quyền "
                "cử đi học."
            ),
            P("Hồ sơ và thời gian nộp", "h3"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 15/12/2026. Mẫu hồ sơ xem tại "
                "tệp đính kèm."
            ),
            _attach("Mau-ho-so-tuyen-sinh-2027.doc", "20261012", icon="icon_doc.gif"),
        ],
        opts={"dt": "2026-10-12 08:00", "upd": "2026-10-12 08:00", "poster": "phongdaotao"},
    ),
    # --- cid 4: Nghiên cứu khoa học (Chinese template) ----------------------------------------
    Story(
        id=151,
        slug="tu-tuong-hcm-ve-can-bo",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác quy hoạch cán bộ ở tỉnh Lào Cai hiện nay",
        cat="Nghiên cứu khoa học",
        published_at="2026-11-28T10:00:00+07:00",
        summary=(
            "Bài viết phân tích những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ và đề xuất một số giải "
            "pháp vận dụng vào công tác quy hoạch cán bộ ở tỉnh Lào Cai hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Công tác cán bộ là khâu “then chốt” của công tác xây dựng Đảng. Chủ tịch Hồ Chí Minh khẳng định: "
                "“Cán bộ là cái gốc của mọi công việc”.[1]"
            ),
            P("1. Tư tưởng Hồ Chí Minh về công tác quy hoạch cán bộ", "b"),
            P(
                "Theo Người, phải “huấn luyện cán bộ” và “lựa chọn cán bộ” một cách chu đáo, đánh giá cán bộ qua "
                "công việc thực tế chứ không chỉ qua lời nói.[2]"
            ),
            P("2. Vận dụng ở tỉnh Lào Cai", "b"),
            P(
                "Những năm qua, Tỉnh ủy Lào Cai đã ban hành nhiều văn bản lãnh đạo công tác quy hoạch cán bộ, bảo "
                "đảm tính kế thừa, liên tục và phát triển giữa các thế hệ."
            ),
            P(
                "Thời gian tới, cần tiếp tục đổi mới công tác đánh giá cán bộ, gắn quy hoạch với đào tạo, bồi dưỡng "
                "và luân chuyển cán bộ."
            ),
            P("Tài liệu tham khảo", "b"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "fn"),
            P("[2] Sđd, t.5, tr.313.", "fn"),
        ],
        authors=["Vũ Thị Lan"],
        source="Tạp chí Lý luận chính trị",
        opts={"dt": "2026-11-28 10:00", "cn_author": "TS. Vũ Thị Lan", "cn_source": "Tạp chí Lý luận chính trị"},
    ),
    Story(
        id=145,
        slug="nang-cao-chat-luong-nckh",
        title="Một số giải pháp nâng cao chất lượng nghiên cứu khoa học của giảng viên Trường Chính trị tỉnh Lào Cai",
        cat="Nghiên cứu khoa học",
        published_at="2026-11-12T09:30:00+07:00",
        blocks=[
            P(
                "Nghiên cứu khoa học là một trong hai nhiệm vụ trọng tâm của đội ngũ giảng viên trường chính trị, "
                "có tác động trực tiếp đến chất lượng giảng dạy."
            ),
            P(
                "Thực tế những năm gần đây cho thấy, số lượng đề tài, bài viết của giảng viên Nhà trường tăng lên "
                "nhưng chất lượng chưa đồng đều, tính ứng dụng còn hạn chế."
            ),
            PAGE_BREAK,
            P("Để khắc phục hạn chế trên, cần thực hiện đồng bộ một số giải pháp sau:"),
            P("- Nâng cao nhận thức của giảng viên về vị trí, vai trò của nghiên cứu khoa học;"),
            P("- Gắn nghiên cứu khoa học với tổng kết thực tiễn địa phương;"),
            P("- Có chính sách khuyến khích, hỗ trợ kinh phí cho đề tài có tính ứng dụng cao."),
            Img(
                "/uploads/20261112/f3b5c0a417.jpg",
                "Hội đồng khoa học Nhà trường nghiệm thu đề tài cấp cơ sở năm 2026",
                "Hội đồng khoa học Nhà trường nghiệm thu đề tài cấp cơ sở năm 2026",
                style="lazy",
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Hoàng Văn Nam - Khoa Lý luận cơ sở</strong></p>'),
        ],
        authors=["Hoàng Văn Nam"],
        opts={"dt": "2026-11-12 09:30", "cn_author": "admin", "cn_source": "本站"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_OF = {s.id: next(c for c, n in CATS.items() if n == s.cat) for s in STORIES}

#: home "Tin mới" block (the ``/cid/`` form) and sidebar "Đọc nhiều" (the ``?s=`` form)
HOME_LATEST = [152, 153, 151, 150, 149, 147]
MOST_READ = [152, 150, 153, 149, 151]

PAGES = {
    1: (
        "Giới thiệu chung",
        [
            "Trường Chính trị tỉnh Lào Cai là đơn vị sự nghiệp trực thuộc Tỉnh ủy Lào Cai, có chức năng tham mưu "
            "cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức trong hệ thống chính trị.",
            "Trụ sở Nhà trường đặt tại đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai.",
            "Nhà trường hiện có 04 khoa chuyên môn và 02 phòng chức năng với 52 cán bộ, giảng viên.",
        ],
    ),
    2: (
        "Chức năng, nhiệm vụ",
        [
            "Đào tạo trung cấp lý luận chính trị - hành chính cho cán bộ, công chức, viên chức ở cơ sở.",
            "Bồi dưỡng cập nhật kiến thức, kỹ năng lãnh đạo, quản lý cho cán bộ lãnh đạo, quản lý cấp huyện, cấp xã.",
            "Nghiên cứu khoa học, tổng kết thực tiễn phục vụ giảng dạy và sự lãnh đạo của Tỉnh ủy.",
        ],
    ),
    3: (
        "Liên hệ",
        [
            "Trường Chính trị tỉnh Lào Cai",
            "Địa chỉ: Số 08 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai.",
            "Điện thoại: 0214.3840.215 - Email: truongchinhtri@laocai.gov.vn",
        ],
    ),
}

DOCUMENTS = {
    12: ("45/KH-TCT", "25/11/2026", "Kế hoạch mở lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2027", "KH-45-TCT.pdf"),
    11: ("38/QĐ-TCT", "06/11/2026", "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính", "QD-38-TCT.pdf"),
}

ALBUM_ID = 3


# --- URLs -------------------------------------------------------------------------------------


def detail_path(sid: int) -> str:
    return f"/index.php/index/article/detail/id/{sid}.html"


def cid_path(sid: int) -> str:
    return f"/index.php/index/article/detail/id/{sid}/cid/{CAT_OF[sid]}.html"


def compat_path(sid: int) -> str:
    return f"/index.php?s=/index/article/detail/id/{sid}"


def list_path(cid: int, page: int | None = None) -> str:
    if page is None:
        return f"/index.php/index/article/lists/cid/{cid}.html"
    return f"/index.php/index/article/lists/cid/{cid}/p/{page}.html"


def page_path(pid: int) -> str:
    return f"/index.php/index/page/index/id/{pid}.html"


def doc_path(did: int) -> str:
    return f"/index.php/index/document/detail/id/{did}.html"


ALBUM_PATH = f"/index.php/index/album/detail/id/{ALBUM_ID}.html"
SEARCH_PATH = "/index.php/index/search/index.html"


def in_cat(cid: int) -> list[Story]:
    """The category's posts, newest first (``order('create_time desc')``)."""
    return sorted((s for s in STORIES if CAT_OF[s.id] == cid), key=lambda s: s.opts["dt"], reverse=True)


def n_pages(cid: int) -> int:
    return max(1, -(-len(in_cat(cid)) // PAGE_SIZE))


# --- chrome -----------------------------------------------------------------------------------


def _trace(target: str, sql: list[str]) -> str:
    """ThinkPHP's page trace (``app_trace => true``), as 5.0 injects it before ``</body>``."""
    sqls = "".join(f'<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">{esc(q)}</li>' for q in sql)
    return f"""
<div id="think_page_trace" style="position: fixed;bottom:0;right:0;font-size:14px;width:100%;z-index: 999999;color: #000;text-align:left;font-family:'微软雅黑';">
<div id="think_page_trace_tab" style="display: none;background:white;margin:0;height: 250px;">
<div id="think_page_trace_tab_tit" style="height:30px;padding: 6px 12px 0;border-bottom:1px solid #ececec;border-top:1px solid #ececec;font-size:16px">
<span style="color:#000;padding-right:12px;height:30px;line-height:30px;display:inline-block;margin-right:3px;cursor:pointer;font-weight:700">基本</span>
<span style="color:#000;padding-right:12px;height:30px;line-height:30px;display:inline-block;margin-right:3px;cursor:pointer;font-weight:700">文件</span>
<span style="color:#000;padding-right:12px;height:30px;line-height:30px;display:inline-block;margin-right:3px;cursor:pointer;font-weight:700">流程</span>
<span style="color:#000;padding-right:12px;height:30px;line-height:30px;display:inline-block;margin-right:3px;cursor:pointer;font-weight:700">错误</span>
<span style="color:#000;padding-right:12px;height:30px;line-height:30px;display:inline-block;margin-right:3px;cursor:pointer;font-weight:700">SQL</span>
<span style="color:#000;padding-right:12px;height:30px;line-height:30px;display:inline-block;margin-right:3px;cursor:pointer;font-weight:700">调试</span>
</div>
<div id="think_page_trace_tab_cont" style="overflow:auto;height:212px;padding:0;line-height: 24px">
<div style="display:none;"><ol style="padding: 0; margin:0">
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">请求信息 : 2026-12-05 09:12:33 HTTP/1.1 GET : {esc(target)}</li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">运行时间 : 0.084512s [ 吞吐率：11.83req/s ] 内存消耗：2,418.05kb 文件加载：47</li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">查询信息 : {len(sql)} queries 0 writes </li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">缓存信息 : 0 reads,0 writes</li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">配置加载 : 82</li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">会话信息 : SESSION_ID=7c1e9b4f0d2a6e83b5f1c0a9d4e7b216</li>
</ol></div>
<div style="display:none;"><ol style="padding: 0; margin:0">
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">/www/wwwroot/truongchinhtri/public/index.php ( 0.82 KB )</li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">/www/wwwroot/truongchinhtri/thinkphp/start.php ( 0.74 KB )</li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">/www/wwwroot/truongchinhtri/application/index/controller/Article.php ( 3.12 KB )</li>
</ol></div>
<div style="display:none;"><ol style="padding: 0; margin:0">
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">[ LANG ] /www/wwwroot/truongchinhtri/thinkphp/lang/zh-cn.php</li>
<li style="border-bottom:1px solid #EEE;font-size:14px;padding:0 12px">[ ROUTE ] array ( 'type' =&gt; 'module', )</li>
</ol></div>
<div style="display:none;"><ol style="padding: 0; margin:0"></ol></div>
<div style="display:none;"><ol style="padding: 0; margin:0">{sqls}</ol></div>
<div style="display:none;"><ol style="padding: 0; margin:0"></ol></div>
</div></div>
<div id="think_page_trace_close" style="display:none;text-align:right;height:15px;position:absolute;top:10px;right:12px;cursor:pointer;"><img style="vertical-align:top;" src="data:image/gif;base64,R0lGODlhDwAPAJEAAAAAAAMDA////wAAACH/C1hNUCBEYXRhWE1QPD94cGFja2V0IGJlZ2luPSLvu78iIGlkPSJXNU0wTXBDZWhpSHpyZVN6TlRjemtjOWQiPz4gPHg6eG1wbWV0YSB4bWxuczp4PSJhZG9iZTpuczptZXRhLyIgeDp4bXB0az0iQWRvYmUgWE1QIENvcmUgNS4wLWMwNjAgNjEuMTM0Nzc3LCAyMDEwLzAyLzEyLTE3OjMyOjAwICAgICAgICAiPiA8L3JkZjpSREY+IDwveDp4bXBtZXRhPiA8P3hwYWNrZXQgZW5kPSJyIj8+AAAAAAAsAAAAAA8ADwAAAgoLDL4QUKK8ZmwAOw==" /></div>
</div>
<div id="think_page_trace_open" style="height:30px;float:right;text-align:right;overflow:hidden;position:fixed;bottom:0;right:0;color:#000;line-height:30px;cursor:pointer;"><div style="background:#232323;color:#FFF;padding:0 6px;float:right;line-height:30px;font-size:14px">0.084512s </div><img width="30" style="" title="ShowPageTrace" src="/static/index/images/think_trace.png"></div>
<script type="text/javascript">
(function(){{var tab_tit=document.getElementById('think_page_trace_tab_tit').getElementsByTagName('span');var open=document.getElementById('think_page_trace_open');var close=document.getElementById('think_page_trace_close').children[0];var trace=document.getElementById('think_page_trace_tab');open.onclick=function(){{trace.style.display='block';this.style.display='none';close.parentNode.style.display='block';}};close.onclick=function(){{trace.style.display='none';this.parentNode.style.display='none';open.style.display='block';}};}})();
</script>
"""


def _menu() -> str:
    return f"""
<div class="nav"><div class="w1200"><ul class="nav_ul">
<li class="nav_li"><a href="/">Trang chủ</a></li>
<li class="nav_li"><a href="javascript:;">Giới thiệu</a>
  <ul class="nav_xl"><li><a href="{page_path(1)}">Giới thiệu chung</a></li><li><a href="{page_path(2)}">Chức năng, nhiệm vụ</a></li></ul></li>
<li class="nav_li"><a href="javascript:;">Tin tức</a>
  <ul class="nav_xl"><li><a href="{list_path(2)}">Tin tức - Sự kiện</a></li><li><a href="{list_path(3)}">Đào tạo - Bồi dưỡng</a></li></ul></li>
<li class="nav_li"><a href="{list_path(4)}">Nghiên cứu khoa học</a></li>
<li class="nav_li"><a href="javascript:;">Văn bản</a>
  <ul class="nav_xl"><li><a href="{doc_path(12)}">Kế hoạch</a></li><li><a href="{doc_path(11)}">Quyết định</a></li></ul></li>
<li class="nav_li"><a href="{ALBUM_PATH}">Thư viện ảnh</a></li>
<li class="nav_li"><a href="{page_path(3)}">Liên hệ</a></li>
</ul></div></div>"""


def _sidebar() -> str:
    most = "".join(
        f'<li><span class="num">{i}</span><a href="{compat_path(sid)}" title="{esc(BY_ID[sid].title)}">'
        f"{esc(BY_ID[sid].title)}</a></li>"
        for i, sid in enumerate(MOST_READ, 1)
    )
    docs = "".join(
        f'<li><a href="{doc_path(did)}">{esc(no)}: {esc(subject)}</a> <span>({day})</span></li>'
        for did, (no, day, subject, _f) in DOCUMENTS.items()
    )
    return f"""
<div class="right_k">
 <div class="r_box"><div class="r_tit"><span>Tìm kiếm</span></div>
  <form action="{SEARCH_PATH}" method="get"><input type="text" name="keyword" value="" placeholder="Nhập từ khóa..."/><input type="submit" value="Tìm"/></form></div>
 <div class="r_box"><div class="r_tit"><span>Đọc nhiều</span></div><ul class="r_list">{most}</ul></div>
 <div class="r_box"><div class="r_tit"><span>Văn bản mới</span></div><ul class="r_list">{docs}</ul></div>
 <div class="r_box"><div class="r_tit"><span>Liên kết</span></div>
  <select onchange="if(this.value)window.open(this.value)"><option value="">-- Liên kết website --</option>
  <option value="https://laocai.gov.vn">Cổng TTĐT tỉnh Lào Cai</option><option value="https://baolaocai.vn">Báo Lào Cai</option>
  <option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option></select>
  <a href="https://tapchicongsan.org.vn" target="_blank"><img src="/static/index/images/banner_tccs.jpg" alt="Tạp chí Cộng sản"/></a></div>
 <div class="r_box"><div class="r_tit"><span>Thăm dò ý kiến</span></div>
  <p>Bạn đánh giá thế nào về giao diện website mới?</p>
  <form onsubmit="return false;"><label><input type="radio" name="vote" value="1"/> Đẹp, dễ sử dụng</label><br/>
  <label><input type="radio" name="vote" value="2"/> Bình thường</label><br/><label><input type="radio" name="vote" value="3"/> Cần cải tiến</label><br/>
  <button type="button" onclick="layer.msg('Cảm ơn bạn đã bình chọn!')">Bình chọn</button></form></div>
 <div class="r_box"><div class="r_tit"><span>Thống kê truy cập</span></div>
  <ul class="tj"><li>Đang online: <b>17</b></li><li>Hôm nay: <b>342</b></li><li>Tổng truy cập: <b>1.284.907</b></li></ul></div>
</div>"""


def _layout(target: str, title: str, crumbs: str, main: str, *, sql: list[str], desc: str = "", cn: bool = False) -> str:
    here = "当前位置：" if cn else "Vị trí: "
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>{esc(title)}</title>
<meta name="keywords" content="Trường Chính trị tỉnh Lào Cai, lý luận chính trị, đào tạo cán bộ"/>
<meta name="description" content="{esc(desc or SITE)}"/>
<link rel="stylesheet" href="/static/index/css/style.css"/>
<script src="/static/index/js/jquery-1.11.3.min.js"></script>
<script src="/static/index/js/jquery.lazyload.min.js"></script>
<script src="/static/layer/layer.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="top_date">{HEADER_DATE}</span>
<span class="top_r"><a href="/">Trang chủ</a> | <a href="{page_path(3)}">Liên hệ</a></span></div></div>
<div class="head"><div class="w1200"><a href="/"><img src="/static/index/images/logo.png" alt="{SITE}"/></a>
<div class="head_txt"><p>TỈNH ỦY LÀO CAI</p><h2>TRƯỜNG CHÍNH TRỊ TỈNH LÀO CAI</h2></div></div></div>
{_menu()}
<div class="w1200 main">
<div class="wz">{here}<a href="/">Trang chủ</a>{crumbs}</div>
<div class="left_k">{main}</div>
{_sidebar()}
<div class="clear"></div>
</div>
<div class="foot"><div class="w1200">
<p>Bản quyền © 2026 thuộc về Trường Chính trị tỉnh Lào Cai</p>
<p>Địa chỉ: Số 08 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai - Điện thoại: 0214.3840.215 - Email: truongchinhtri@laocai.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Nguyễn Thị Thu Hương. Thiết kế bởi <a href="https://lcsoft.vn" target="_blank">LCSoft</a></p>
</div></div>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});$(".nav_li").hover(function(){{$(this).find(".nav_xl").stop().slideDown()}},function(){{$(this).find(".nav_xl").stop().slideUp()}});}});</script>
{_trace(target, sql)}
</body>
</html>"""


# --- article text -----------------------------------------------------------------------------


def _img_tag(img: Img) -> str:
    fname = f"{1764000000 + int(img.src.rsplit('/', 1)[1][:6], 16) % 900000}.jpg"  # UEditor's upload name
    if img.style == "lazy":
        return (
            f'<img class="lazy" src="/static/index/images/grey.gif" data-original="{esc(img.src)}" '
            f'title="{fname}" alt="{fname}" width="600" height="400"/>'
        )
    return f'<img src="{esc(img.src)}" _src="{esc(img.src)}" title="{fname}" alt="{fname}" width="600"/>'


def _img_html(img: Img) -> str:
    line = ""
    if img.printed:
        line = f'<span style="font-size: 14px; color: rgb(127, 127, 127);"><em>{esc(img.printed)}</em></span>'
    if img.style == "ue_br":
        return f'<p style="text-align: center;">{_img_tag(img)}<br/>{line}</p>'
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
    if line:
        out += f'<p style="text-align: center;">{line}</p>'
    return out


def _fn(text: str) -> str:
    """A footnote call printed in ``<sup>`` (the bracket stays in the sentence)."""
    return re.sub(r"\[(\d)\]", r'<sup><a href="#_ftn\1" name="_ftnref\1">[\1]</a></sup>', text)


def _body(story: Story) -> str:
    if "plain" in story.opts:  # UEditor's plain-text paste: one <p>, lines split by <br/><br/>
        lines = [esc(b.text) for b in story.blocks if isinstance(b, P)] + [esc(story.opts["plain"])]
        return '<p style="text-indent: 2em;">' + "<br/><br/>".join(lines) + "</p>"
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("sec", "sech"):
            parts = ['<section data-role="outer" label="Powered by 135editor.com" style="font-family:微软雅黑;font-size:16px;">'
                     '<section data-tools="135编辑器" data-id="92567" style="border:0px none;box-sizing:border-box;">']
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("sec", "sech"):
                if blocks[i].style == "sech":
                    parts.append(
                        '<section style="margin:10px auto;text-align:center;"><section style="display:inline-block;'
                        'padding:3px 12px;background:#b71c1c;color:#ffffff;font-weight:bold;">'
                        f"{esc(blocks[i].text)}</section></section>"
                    )
                    i += 1
                else:
                    lines = []
                    while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "sec":
                        lines.append(esc(blocks[i].text))
                        i += 1
                    parts.append(
                        '<section style="border-left:3px solid #b71c1c;padding:8px 12px;line-height:1.75em;'
                        'box-sizing:border-box;">' + "<br/>".join(lines) + "</section>"
                    )
            parts.append("</section></section><p><br/></p>")
            out.append("".join(parts))
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f'<li><p style="text-align: justify;">{esc(blocks[i].text)}</p></li>')
                i += 1
            out.append('<ol class=" list-paddingleft-2" style="list-style-type: decimal;">' + "".join(items) + "</ol>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                tag = "th" if first else "td"
                cells = "".join(
                    f'<{tag} width="{w}" valign="top" style="word-break: break-all;">{esc(c)}</{tag}>'
                    for c, w in zip(blocks[i].text.split(" | "), (300, 120, 120), strict=False)
                )
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append('<table width="100%" border="1" cellspacing="0"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f'<blockquote><p><em>{esc(b.text)}</em></p></blockquote>')
        elif b.style == "fn":
            n = b.text[1]
            out.append(f'<p style="font-size: 13px;"><a name="_ftn{n}" href="#_ftnref{n}"></a>{esc(b.text)}</p>')
        else:
            out.append(f'<p style="text-indent: 2em; text-align: justify;">{_fn(esc(b.text))}</p>')
        i += 1
        if i < len(blocks) and i % 3 == 0:
            out.append("<p><br/></p>")  # UEditor's empty paragraphs
    return "\n".join(out)


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first[:120].rstrip() + "…"


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/static/index/images/nopic.jpg"


def _vn_dt(dt: str) -> str:
    y, m, rest = dt[:4], dt[5:7], dt[8:]
    d, hm = rest.split(" ")
    return f"{d}/{m}/{y} {hm}"


def _detail(request: Request, story: Story) -> Response:
    cid = CAT_OF[story.id]
    cn = cid in CN_CATS
    crumbs = f' &gt; <a href="{list_path(cid)}">{esc(CATS[cid])}</a>'
    if cn:
        meta = (
            f"发布时间：{story.opts['dt']}:00 &nbsp;&nbsp; 作者：{esc(story.opts['cn_author'])} &nbsp;&nbsp; "
            f"来源：{esc(story.opts['cn_source'])} &nbsp;&nbsp; 点击：<span>{story.views()}</span>次"
        )
    else:
        parts = [f"Ngày đăng: {_vn_dt(story.opts['dt'])}", f"Cập nhật: {_vn_dt(story.opts['upd'])}"]
        if "author" in story.opts:
            parts.append(f"Tác giả: {esc(story.opts['author'])}")
        parts.append(f"Người đăng: {esc(story.opts['poster'])}")
        parts.append(f"Lượt xem: {story.views()}")
        meta = ' <span class="line">|</span> '.join(parts)
    zy = ""
    if story.summary and story.sapo_outside:
        label = "摘要：" if cn else "Tóm tắt: "
        zy = f'<div class="zy"><b>{label}</b>{esc(story.summary)}</div>'
    related = [s for s in in_cat(cid) if s.id != story.id][:3]
    rel = "".join(
        f'<li><a href="{detail_path(s.id)}"><img src="{_thumb(s)}" width="120" height="80" alt=""/></a>'
        f'<a href="{detail_path(s.id)}" title="{esc(s.title)}">{esc(s.title)}</a><span>{s.opts["dt"][:10]}</span></li>'
        for s in related
    )
    share_label = "分享到：" if cn else "Chia sẻ:"
    rel_title = "相关文章" if cn else "Tin cùng chuyên mục"
    main = f"""
<div class="xq">
<h1 class="bt">{esc(story.title)}</h1>
<div class="xq_sj">{meta}</div>
{zy}
<div class="ct_nr" id="ct_nr">
{_body(story)}
</div>
<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">{share_label}</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="https://www.facebook.com/sharer/sharer.php" class="bds_fb" target="_blank" title="Facebook"></a></div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>
<div class="print"><a href="javascript:window.print();">In bài</a> | <a href="javascript:history.back();">Quay lại</a></div>
</div>
<div class="xg"><div class="xg_tit"><span>{rel_title}</span></div><ul class="xg_list">{rel}</ul></div>"""
    sql = [
        f"[ SQL ] SELECT * FROM `ltc_article` WHERE `id` = {story.id} LIMIT 1 [ RunTime:0.000512s ]",
        f"[ SQL ] UPDATE `ltc_article` SET `hits`=`hits`+1 WHERE `id` = {story.id} [ RunTime:0.000388s ]",
        f"[ SQL ] SELECT `id`,`title`,`thumb`,`create_time` FROM `ltc_article` WHERE `cid` = {cid} AND `id` <> {story.id} "
        "ORDER BY `create_time` DESC LIMIT 3 [ RunTime:0.000421s ]",
    ]
    page = _layout(
        request.target,
        f"{story.title} - {SITE}",
        crumbs,
        main,
        sql=sql,
        desc=_excerpt(story),
        cn=cn,
    )
    return html(page, headers={"X-Powered-By": "PHP/7.2.33"})


def _pager(cid: int, page: int) -> str:
    total = n_pages(cid)
    if total == 1:
        return ""
    items = []
    if page == 1:
        items.append('<li class="disabled"><span>&laquo;</span></li>')
    else:
        items.append(f'<li><a href="{list_path(cid, page - 1)}">&laquo;</a></li>')
    for p in range(1, total + 1):
        if p == page:
            items.append(f'<li class="active"><span>{p}</span></li>')
        else:
            items.append(f'<li><a href="{list_path(cid, p)}">{p}</a></li>')
    if page == total:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    else:
        items.append(f'<li><a href="{list_path(cid, page + 1)}">&raquo;</a></li>')
    return '<ul class="pagination">' + "".join(items) + "</ul>"


def _listing(request: Request, cid: int, page: int) -> Response | None:
    posts = in_cat(cid)
    if not 1 <= page <= n_pages(cid):
        return None
    cn = cid in CN_CATS
    chunk = posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = "".join(
        f'<li><div class="lb_img"><a href="{detail_path(s.id)}"><img src="{_thumb(s)}" width="200" height="135" alt=""/></a></div>'
        f'<div class="lb_txt"><h3><a href="{detail_path(s.id)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f"<p>{esc(_excerpt(s))}</p><span>{s.opts['dt'][:10]}</span></div></li>"
        for s in chunk
    )
    count = f"共 {len(posts)} 条记录" if cn else f"Tổng số: {len(posts)} bài viết"
    main = f"""
<div class="lb"><div class="lb_tit"><span>{esc(CATS[cid])}</span></div>
<ul class="lb_list">{items}</ul>
<div class="page"><span class="page_total">{count}</span>{_pager(cid, page)}</div>
</div>"""
    sql = [
        f"[ SQL ] SELECT COUNT(*) AS tp_count FROM `ltc_article` WHERE `cid` = {cid} AND `status` = 1 LIMIT 1 [ RunTime:0.000402s ]",
        f"[ SQL ] SELECT * FROM `ltc_article` WHERE `cid` = {cid} AND `status` = 1 ORDER BY `create_time` DESC "
        f"LIMIT {(page - 1) * PAGE_SIZE},{PAGE_SIZE} [ RunTime:0.000611s ]",
    ]
    crumbs = f' &gt; <a href="{list_path(cid)}">{esc(CATS[cid])}</a>'
    return html(_layout(request.target, f"{CATS[cid]} - {SITE}", crumbs, main, sql=sql, cn=cn))


def _home(request: Request) -> Response:
    latest = "".join(
        f'<li><a href="{cid_path(sid)}" title="{esc(BY_ID[sid].title)}">{esc(BY_ID[sid].title)}</a>'
        f'<span>[{BY_ID[sid].opts["dt"][8:10]}-{BY_ID[sid].opts["dt"][5:7]}]</span></li>'
        for sid in HOME_LATEST
    )
    top = BY_ID[HOME_LATEST[0]]
    blocks = ""
    for cid in (2, 3, 4):
        first = in_cat(cid)[0]
        blocks += (
            f'<div class="sy_lm"><div class="sy_tit"><span>{esc(CATS[cid])}</span>'
            f'<a href="{list_path(cid)}" class="more">Xem thêm &gt;&gt;</a></div>'
            f'<div class="sy_pic"><img src="{_thumb(first)}" width="260" height="175" alt=""/>'
            f"<p>{esc(first.title)}</p></div></div>"
        )
    main = f"""
<div class="sy_top">
 <div class="sy_banner"><img src="{_thumb(top)}" width="560" height="360" alt=""/><p>{esc(top.title)}</p></div>
 <div class="sy_news"><div class="sy_tit"><span>Tin mới nhất</span></div><ul>{latest}</ul></div>
</div>
{blocks}
<div class="sy_video"><div class="sy_tit"><span>Video</span></div>
<iframe width="360" height="220" src="https://www.youtube.com/embed/laocaitv" frameborder="0"></iframe></div>"""
    sql = [
        "[ SQL ] SELECT `id`,`cid`,`title`,`create_time` FROM `ltc_article` WHERE `status` = 1 ORDER BY `create_time` DESC LIMIT 6 [ RunTime:0.000712s ]",
        "[ SQL ] SELECT * FROM `ltc_category` WHERE `is_show` = 1 ORDER BY `sort` ASC [ RunTime:0.000301s ]",
    ]
    return html(_layout(request.target, f"{SITE} - Trang chủ", "", main, sql=sql))


def _page(request: Request, pid: int) -> Response:
    title, paras = PAGES[pid]
    text = "".join(f'<p style="text-indent: 2em;">{esc(t)}</p>' for t in paras)
    main = f'<div class="xq"><h1 class="bt">{esc(title)}</h1><div class="ct_nr">{text}</div></div>'
    crumbs = f" &gt; <span>{esc(title)}</span>"
    sql = [f"[ SQL ] SELECT * FROM `ltc_page` WHERE `id` = {pid} LIMIT 1 [ RunTime:0.000333s ]"]
    return html(_layout(request.target, f"{title} - {SITE}", crumbs, main, sql=sql))


def _document(request: Request, did: int) -> Response:
    no, day, subject, fname = DOCUMENTS[did]
    main = f"""
<div class="vb"><h1 class="bt">{esc(subject)}</h1>
<table class="vb_tab" width="100%" border="1" cellspacing="0">
<tr><td width="160">Số ký hiệu</td><td>{esc(no)}</td></tr>
<tr><td>Ngày ban hành</td><td>{day}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Lào Cai</td></tr>
<tr><td>Trích yếu</td><td>{esc(subject)}</td></tr>
<tr><td>File đính kèm</td><td><a href="/uploads/file/vanban/{fname}">{fname}</a></td></tr>
</table></div>"""
    crumbs = ' &gt; <span>Văn bản</span>'
    sql = [f"[ SQL ] SELECT * FROM `ltc_document` WHERE `id` = {did} LIMIT 1 [ RunTime:0.000298s ]"]
    return html(_layout(request.target, f"{subject} - {SITE}", crumbs, main, sql=sql))


ALBUM_PHOTOS = [
    ("/uploads/album/20261120/a1.jpg", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
    ("/uploads/album/20261120/a2.jpg", "Cán bộ, giảng viên Nhà trường chụp ảnh lưu niệm"),
    ("/uploads/album/20261120/a3.jpg", "Học viên tặng hoa chúc mừng các thầy, cô giáo"),
]


def _album(request: Request) -> Response:
    pics = "".join(
        f'<li><a href="{src}" target="_blank"><img src="{src}" width="260" height="175" alt="{esc(c)}"/></a><p>{esc(c)}</p></li>'
        for src, c in ALBUM_PHOTOS
    )
    main = f'<div class="album"><h1 class="bt">Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h1><ul class="album_list">{pics}</ul></div>'
    crumbs = ' &gt; <span>Thư viện ảnh</span>'
    sql = [f"[ SQL ] SELECT * FROM `ltc_album` WHERE `id` = {ALBUM_ID} LIMIT 1 [ RunTime:0.000301s ]"]
    return html(_layout(request.target, f"Thư viện ảnh - {SITE}", crumbs, main, sql=sql))


def _search(request: Request) -> Response:
    kw = request.params.get("keyword", "")
    main = (
        f'<div class="lb"><div class="lb_tit"><span>Kết quả tìm kiếm: {esc(kw)}</span></div>'
        '<p class="empty">Không tìm thấy bài viết nào phù hợp.</p></div>'
    )
    crumbs = ' &gt; <span>Tìm kiếm</span>'
    return html(_layout(request.target, f"Tìm kiếm - {SITE}", crumbs, main, sql=[]))


# --- routing ----------------------------------------------------------------------------------

_PAIRS = re.compile(r"^/index/(\w+)/(\w+)((?:/\w+/\w+)*)$")


def _route(request: Request, pathinfo: str) -> Response | None:
    m = _PAIRS.match(pathinfo)
    if not m:
        return None
    controller, action, rest = m.groups()
    segs = rest.strip("/").split("/") if rest else []
    args = dict(zip(segs[::2], segs[1::2], strict=True))
    if not all(v.isdigit() for v in args.values()):
        return None
    nums = {k: int(v) for k, v in args.items()}
    if (controller, action) == ("index", "index") and not nums:
        return _home(request)
    if (controller, action) == ("article", "detail"):
        sid = nums.get("id")
        if sid not in BY_ID or set(nums) - {"id", "cid"}:
            return None
        if "cid" in nums and nums["cid"] != CAT_OF[sid]:
            return None
        return _detail(request, BY_ID[sid])
    if (controller, action) == ("article", "lists"):
        cid = nums.get("cid")
        if cid not in CATS or set(nums) - {"cid", "p"}:
            return None
        return _listing(request, cid, nums.get("p", 1))
    if (controller, action) == ("page", "index") and set(nums) == {"id"} and nums["id"] in PAGES:
        return _page(request, nums["id"])
    if (controller, action) == ("document", "detail") and set(nums) == {"id"} and nums["id"] in DOCUMENTS:
        return _document(request, nums["id"])
    if (controller, action) == ("album", "detail") and nums == {"id": ALBUM_ID}:
        return _album(request)
    return None


class ThinkPHPSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/uploads/", "/static/")):
            if path.startswith("/uploads/file/"):
                if path.endswith(".pdf"):
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                if path.endswith(".doc"):
                    return Response(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56, {"Content-Type": "application/msword"})
                return None
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/" and not request.query:
            return _home(request)
        if path == "/index.php":
            if not request.query:
                return _home(request)
            s = request.params.get("s")
            if s is None or set(request.params) != {"s"} or s.endswith(".html"):
                return None
            return _route(request, s.rstrip("/"))
        if path == SEARCH_PATH:
            if set(request.params) != {"keyword"}:
                return None
            return _search(request)
        if path.startswith("/index.php/") and path.endswith(".html") and not request.query:
            return _route(request, path[len("/index.php") : -len(".html")])
        return None


def build_site() -> ThinkPHPSite:
    return ThinkPHPSite()


GOLD = [
    gold_record(
        s,
        detail_path(s.id),
        s.cat,
        alt_paths=[cid_path(s.id), compat_path(s.id)],
    )
    for s in STORIES
]

NON_ARTICLES = [page_path(1), page_path(2), page_path(3), doc_path(12), doc_path(11), ALBUM_PATH]
