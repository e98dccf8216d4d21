"""Trường Chính trị tỉnh Phú Yên on WordPress 5.9 with a ThemeForest news theme (JNews-like
markup: ``jeg_*`` classes) and WPBakery Page Builder (Visual Composer) 6.x.

Platform
--------
The school's site is a WordPress install whose posts are composed in WPBakery's backend editor.
The permalink structure is ``/%category%/%postname%.html`` with the category base set to
``chuyen-muc``. The theme's single-post template (featured image hidden by a theme option, so
thumbnails appear only in listings)::

    top bar: TODAY ("Thứ Tư, ngày 25/11/2026"), links; logo; mega menu (each category item opens
    a panel with its 3 newest posts); a hidden "sticky header" copy of the whole menu
    <div class="jeg_breadcrumbs"> Trang chủ › <a>Category</a> › current title </div>
    <h1 class="jeg_post_title">…</h1>
    <div class="jeg_meta_container"> "Đăng ngày 19/11/2026" "bởi <a>Ban Biên tập</a>",
         (on one post) "Cập nhật: 20/11/2026", views, comment count </div>
    research posts: <div class="tct-author-box"> "Tác giả: ThS. Phan Thị Lệ" + the author's
         department on a second line </div>
    <div class="entry-content"><div class="content-inner"> WPBakery rows </div></div>
    share / print / email bar, tags, "Bài viết liên quan" carousel, comments + reply form
    sidebar: Tin mới, Lịch giảng, Liên kết, Thăm dò ý kiến (poll), counter
        "Đang online: 7 Hôm nay: 312 Tổng: 456.789"; footer with address and phone.

WPBakery markup of a post body: ``div.vc_row.wpb_row.vc_row-fluid`` > ``div.wpb_column
.vc_column_container.vc_col-sm-8`` (``vc_col-sm-12`` when there is no side column) >
``div.vc_column-inner`` > ``div.wpb_wrapper`` > a sequence of elements:

- ``div.wpb_text_column.wpb_content_element`` > ``div.wpb_wrapper`` > ``<p>``s: the text is split
  over several text columns in a row (one editor box per few paragraphs);
- ``h3.vc_custom_heading``: sub-headings;
- ``div.wpb_single_image`` > ``figure.vc_figure`` > ``div.vc_single_image-wrapper`` > img and an
  optional ``figcaption.vc_figure-caption``; some photos are instead pasted into a text column with
  an italic centred line or a plain paragraph under them;
- ``div.vc_separator``: a rule;
- ``div.vc_btn3-container`` > ``a.vc_btn3`` "Tải văn bản" to a PDF under ``/wp-content/uploads``;
- a side column ``vc_col-sm-4`` INSIDE the post's row with a "Thông tin thêm" fact box.

URL scheme
----------
- ``/`` home (a WPBakery page: "Tin nổi bật" and one block per category).
- ``/<category>/<slug>.html`` posts; ``/?p=<id>`` (the shortlink) answers 301 to the post.
- ``/<category>/<slug>.html/amp/`` the AMP twin (linked by ``<link rel="amphtml">``), and
  ``/<category>/<slug>.html?amp=1``: the same post in the AMP plugin's minimal Reader template.
- ``?replytocom=<n>`` on a post (the comments' "Trả lời" links): the same post with the reply
  form opened.
- ``/chuyen-muc/<cat>/`` and ``/chuyen-muc/<cat>/page/<n>/`` listings, 6 per page;
  ``/chuyen-muc/<cat>/page/1/`` answers 301 to ``/chuyen-muc/<cat>/``; ``/tin-tuc/`` (the
  posts page, ``/tin-tuc/page/<n>/``), ``/tag/<tag>/``, ``/author/<user>/``: the same listing.
- Static pages: ``/gioi-thieu/`` (WPBakery page), ``/lien-he/`` (Contact Form 7),
  ``/lich-giang/`` (a table page), ``/thu-vien-anh/`` (a ``vc_gallery`` page).
- Uploads ``/wp-content/uploads/2026/<mm>/<file>``; no robots.txt, no sitemap.

How each gold article is reached
--------------------------------
- The 5 newest: home "Tin nổi bật", sidebar "Tin mới", ``/tin-tuc/``.
- Each category's 3 newest: home category blocks and the mega menu panels.
- Every post: its category listing; Tin hoạt động has 7 posts, so the oldest
  (``cong-doan-...-hoi-thao``) is on ``/chuyen-muc/tin-hoat-dong/page/2/`` and
  ``/tin-tuc/page/2/`` only (and the "Công đoàn" tag archive); the oldest post of all (the
  September opening of the advanced class) is on ``/tin-tuc/page/3/``, its category listing and
  the mega-menu panel of its category (which has only 3 posts).
- "Bài viết liên quan" lists the 3 newest other posts of the same category.

Traps
-----
- Page-builder wrappers: text in several ``wpb_text_column`` boxes that are one text; the
  side column's "Thông tin thêm" box is part of the post (its three lines, one ``<p>`` with
  ``<br>``s, are body after the main column's text; the box label is not).
- The "Tải văn bản" button (a PDF link) is not body; ``vc_separator`` is not text.
- Two posts carried over from the old theme print RAW shortcodes: lines
  ``[vc_row][vc_column][vc_column_text]`` and ``[/vc_column_text][/vc_column][/vc_row]`` alone (not
  body), a paragraph starting ``[vc_column_text]Sáng ngày 19/11/2026, …`` and one ending
  ``…thành công tốt đẹp.[/vc_column_text]`` (the paragraphs without the shortcodes are body), and
  ``[caption id="attachment_12" align="aligncenter" width="600"]<img …> Lễ khai giảng[/caption]``
  (the image, caption "Lễ khai giảng").
- Meta "bởi Ban Biên tập" credits nobody; research posts' "Tác giả: ThS. Phan Thị Lệ" box gives
  the author without the degree nor the department under it; in-text bylines "Tin, ảnh: …",
  "Tin: …; Ảnh: …", a right-aligned bare name; "Nguồn: Tạp chí Tuyên giáo".
- Duplicates: AMP twin (``/amp/`` and ``?amp=1``, its date printed as "N ngày trước"),
  ``?replytocom=`` links, ``/?p=<id>`` shortlink (a 301).
- Dates: header TODAY, "Cập nhật: …" on one post, comment dates ("20/11/2026 lúc 9:15 sáng"),
  the "Lịch giảng" widget's dates, the Yoast ``article:published_time`` in UTC with a time the page
  never prints: the gold is the printed "Đăng ngày" day.
- Static pages (WPBakery page, gallery, timetable, contact) look like posts but carry no post
  meta.

Gold decisions
--------------
- title: ``h1.jeg_post_title``. published_at: the "Đăng ngày d/m/Y" day (no time printed).
- summary: only where the post opens with a separate "tct-sapo" text column (a bold lead).
- body: text columns, custom headings, list items, table rows (cells " | "), quotes, then the
  side box's lines; not the byline/source lines, captions, buttons, raw shortcode lines.
- images: the post's photos in order; captions = figcaption / italic centred line / plain line
  under the photo / the ``[caption]`` text; no featured image is printed.
- category: the breadcrumb's section.
"""

from __future__ import annotations

import re
from datetime import date

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "wp_wpbakery_tct"
PLATFORM = "WordPress 5.9 + ThemeForest news theme (JNews-like) + WPBakery Page Builder"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Phú Yên"
PER_PAGE = 6

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
}
TAGS = {
    "trung-cap-llct": "Trung cấp LLCT",
    "cao-cap-llct": "Cao cấp LLCT",
    "nha-giao": "Nhà giáo",
    "doi-moi-giang-day": "Đổi mới giảng dạy",
    "cong-doan": "Công đoàn",
}


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


def byline_right(text_: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text_)}</strong></p>')


def byline_em(text_: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(text_)}</em></p>')


BTN = (
    '<div class="vc_btn3-container vc_btn3-left"><a class="vc_general vc_btn3 vc_btn3-size-md '
    'vc_btn3-shape-rounded vc_btn3-style-modern vc_btn3-icon-left vc_btn3-color-primary" '
    'href="{href}" title="" target="_blank"><i class="vc_btn3-icon fa fa-download"></i> '
    "Tải văn bản</a></div>"
)

# --- the posts (newest first) ---------------------------------------------------------------
#
# opts: time (Yoast UTC clock), tags, classic (old-theme post: raw shortcodes), box (author box
# "Tác giả:" line, department), updated (the "Cập nhật" day), comments.
# P styles: "" paragraph, "lead" sapo text column, "h3" custom heading, "br" continues the
# previous <p> after a <br>, "li" list item, "th"/"tr" table rows, "quote", "side" (fact box
# line), "sc_open"/"sc_close" (paragraph glued to a raw shortcode). Raw("split") starts a new
# text column; Raw("sep") a separator. Img styles: "fig" (vc_single_image + figcaption), "em"
# (in text, italic centred line), "plain" (in text, plain line), "capsc" ([caption] shortcode).

S_NHAGIAO = "truong-chinh-tri-tinh-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_KHOA46 = "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-46"
S_SONHOA = "doan-cong-tac-di-nghien-cuu-thuc-te-tai-huyen-son-hoa"
S_GANTHUCTIEN = "nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong"
S_HNCBVC = "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026"
S_CHIBO = "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-thang-11"
S_QPAN = "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4"
S_HCMCANBO = "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-cong-tac-dao-tao"
S_BONGCHUYEN = "doan-thanh-nien-to-chuc-giai-bong-chuyen-hoi-chao-mung-ngay-20-10"
S_HOCVIEN = "lam-viec-voi-hoc-vien-chinh-tri-khu-vuc-iii-ve-lien-ket-dao-tao"
S_PHUONGPHAP = "doi-moi-phuong-phap-giang-day-phat-huy-tinh-tich-cuc-cua-hoc-vien"
S_HOITHAO = "cong-doan-truong-chinh-tri-tinh-to-chuc-hoi-thao-chao-mung-ngay-20-10"
S_CAOCAP = "khai-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-2026-2028"

STORIES: list[Story] = [
    Story(
        2418,
        S_NHAGIAO,
        "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-hoat-dong",
        "2026-11-24",
        [
            P(
                "Chiều ngày 19/11/2026, Trường Chính trị tỉnh Phú Yên long trọng tổ chức Lễ kỷ niệm 44 "
                "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu "
                "năm học 2025 - 2026.",
                "lead",
            ),
            P(
                "Dự buổi lễ có đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và "
                "Dân vận Tỉnh ủy; lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ cùng toàn thể cán bộ, giảng "
                "viên, viên chức và học viên các lớp đang học tập tại Trường."
            ),
            P(
                "Phát biểu tại buổi lễ, ThS. Lê Thị Thanh Tâm, Phó Hiệu trưởng Nhà trường ôn lại truyền "
                "thống vẻ vang của Ngày Nhà giáo Việt Nam; đánh giá những kết quả nổi bật trong công tác "
                "đào tạo, bồi dưỡng cán bộ của Trường trong năm qua."
            ),
            Raw("split"),
            P("Nhiều kết quả nổi bật trong năm học", "h3"),
            P(
                "Trong năm 2026, Nhà trường đã mở 24 lớp với trên 1.850 học viên, trong đó có 6 lớp "
                "Trung cấp lý luận chính trị - hành chính, 2 lớp Cao cấp lý luận chính trị liên kết với "
                "Học viện Chính trị khu vực III và 16 lớp bồi dưỡng các đối tượng."
            ),
            P(
                "Đội ngũ giảng viên tích cực đổi mới phương pháp giảng dạy, tăng cường đi nghiên cứu "
                "thực tế tại cơ sở; 100% giảng viên đạt chuẩn về trình độ chuyên môn, trong đó 72% có "
                "trình độ thạc sĩ trở lên."
            ),
            Img(
                up(11, "le-ky-niem-20-11-1.jpg"),
                "Đồng chí Nguyễn Văn Hùng tặng hoa chúc mừng tập thể nhà giáo Nhà trường",
                "Đồng chí Nguyễn Văn Hùng tặng hoa chúc mừng tập thể nhà giáo Nhà trường",
                "fig",
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Nguyễn Văn Hùng biểu dương những đóng góp của tập thể "
                "cán bộ, giảng viên Nhà trường và nhấn mạnh: “Mỗi giảng viên lý luận chính trị phải "
                "thực sự là tấm gương sáng về bản lĩnh chính trị, đạo đức và lối sống”."
            ),
            Raw("sep"),
            P(
                "Dịp này, Nhà trường khen thưởng 12 nhà giáo tiêu biểu và 3 tập thể khoa, phòng có "
                "thành tích xuất sắc trong năm học 2025 - 2026."
            ),
            Img(up(11, "le-ky-niem-20-11-2.jpg"), None, None, "fig"),
            byline_right("Tin, ảnh: Trần Quốc Huy"),
        ],
        authors=["Trần Quốc Huy"],
        photographers=["Trần Quốc Huy"],
        summary=(
            "Chiều ngày 19/11/2026, Trường Chính trị tỉnh Phú Yên long trọng tổ chức Lễ kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu "
            "năm học 2025 - 2026."
        ),
        opts={"time": "02:35:10", "tags": ["nha-giao"], "comments": True},
    ),
    Story(
        2411,
        S_KHOA46,
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 46",
        "dao-tao-boi-duong",
        "2026-11-23",
        [
            P(
                "Sáng 23/11/2026, tại Hội trường A, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp "
                "Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 46 cho 86 học viên là "
                "cán bộ, công chức các xã, phường, thị trấn thuộc thị xã Đông Hòa và huyện Tây Hòa."
            ),
            P(
                "Phát biểu khai giảng, TS. Đỗ Minh Quang, Hiệu trưởng Nhà trường đề nghị học viên xác "
                "định rõ mục tiêu, động cơ học tập đúng đắn; chấp hành nghiêm quy chế đào tạo, nội quy "
                "của Trường và của lớp học."
            ),
            Raw("split"),
            P(
                "Lớp học được thực hiện theo chương trình ban hành kèm theo Quyết định số 1522-QĐ/HVCTQG "
                "của Học viện Chính trị quốc gia Hồ Chí Minh, gồm 4 phần học, 18 học phần với tổng thời "
                "gian 8 tháng."
            ),
            Img(
                up(11, "khai-giang-k46.jpg"),
                "TS. Đỗ Minh Quang phát biểu khai giảng lớp học",
                "TS. Đỗ Minh Quang phát biểu khai giảng lớp học",
                "fig",
            ),
            P(
                "Ngay sau lễ khai giảng, học viên bắt đầu học phần đầu tiên “Những vấn đề cơ bản của "
                "chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh”."
            ),
            Raw(BTN.format(href=up(11, "quyet-dinh-mo-lop-k46.pdf"))),
            byline_em("Tin, ảnh: Minh Khoa"),
            P("Thời gian học: từ tháng 11/2026 đến tháng 7/2027", "side"),
            P("Địa điểm: Trường Chính trị tỉnh Phú Yên", "br"),
            P("Số học viên: 86 (chủ nhiệm lớp: ThS. Võ Thị Hồng)", "br"),
        ],
        authors=["Minh Khoa"],
        photographers=["Minh Khoa"],
        opts={"time": "03:05:44", "tags": ["trung-cap-llct"], "side": True},
    ),
    Story(
        2405,
        S_SONHOA,
        "Đoàn công tác Trường Chính trị tỉnh đi nghiên cứu thực tế tại huyện Sơn Hòa",
        "tin-hoat-dong",
        "2026-11-21",
        [
            P(
                "Từ ngày 17 đến 20/11/2026, đoàn công tác gồm 45 học viên lớp Trung cấp lý luận chính "
                "trị - hành chính khóa 44 do ThS. Nguyễn Thị Thu Hà, Trưởng khoa Nhà nước và pháp luật "
                "làm trưởng đoàn đã đi nghiên cứu thực tế tại huyện Sơn Hòa."
            ),
            P(
                "Tại đây, đoàn đã nghe lãnh đạo Huyện ủy Sơn Hòa giới thiệu tình hình kinh tế - xã hội, "
                "quốc phòng - an ninh và công tác xây dựng Đảng, xây dựng hệ thống chính trị của huyện "
                "trong nhiệm kỳ 2025 - 2030."
            ),
            Img(
                up(11, "thuc-te-son-hoa-1.jpg"),
                "Đoàn công tác làm việc với Huyện ủy Sơn Hòa",
                "Đoàn công tác làm việc với Huyện ủy Sơn Hòa",
                "em",
            ),
            P(
                "Đoàn cũng đã đến tham quan mô hình trồng mía công nghệ cao tại xã Sơn Hà, mô hình "
                "chăn nuôi bò vỗ béo của hợp tác xã Suối Bạc và dâng hương tại Khu di tích lịch sử "
                "Đường 7 - Sông Bồ."
            ),
            Img(
                up(11, "thuc-te-son-hoa-2.jpg"),
                "Học viên tìm hiểu mô hình trồng mía công nghệ cao",
                "Học viên tìm hiểu mô hình trồng mía công nghệ cao",
                "em",
            ),
            P(
                "Qua đợt nghiên cứu thực tế, học viên có điều kiện gắn lý luận với thực tiễn, làm cơ sở "
                "để hoàn thành khóa luận tốt nghiệp cuối khóa học."
            ),
            byline_em("Tin: Nguyễn Thị Thu Hà; Ảnh: Lê Văn Tâm"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Lê Văn Tâm"],
        opts={"time": "08:20:00", "tags": ["trung-cap-llct"]},
    ),
    Story(
        2399,
        S_GANTHUCTIEN,
        "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương",
        "nghien-cuu-trao-doi",
        "2026-11-20",
        [
            P(
                "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong hoạt động giảng dạy lý luận chính "
                "trị. Bài viết trao đổi một số giải pháp nhằm nâng cao chất lượng giảng dạy tại Trường "
                "Chính trị tỉnh Phú Yên trong giai đoạn hiện nay.",
                "lead",
            ),
            P("1. Sự cần thiết của việc gắn lý luận với thực tiễn địa phương", "h3"),
            P(
                "Chủ tịch Hồ Chí Minh đã chỉ rõ: “Lý luận mà không liên hệ với thực tiễn là lý luận suông”. "
                "Đối với các trường chính trị tỉnh, học viên phần lớn là cán bộ đang công tác tại cơ "
                "sở, vì vậy bài giảng chỉ thực sự có sức thuyết phục khi gắn với những vấn đề đang đặt "
                "ra ở chính địa phương mình."
            ),
            P(
                "Thực tế cho thấy, những bài giảng sử dụng số liệu, tình huống từ các huyện, thị xã trong "
                "tỉnh luôn thu hút được sự quan tâm, trao đổi sôi nổi của học viên; ngược lại, bài giảng "
                "nặng về lý thuyết dễ gây nhàm chán."
            ),
            Raw("split"),
            P("2. Thực trạng tại Trường Chính trị tỉnh", "h3"),
            P(
                "Những năm qua, Nhà trường đã ban hành quy định về việc giảng viên đi nghiên cứu thực tế "
                "ít nhất 10 ngày mỗi năm, tổ chức cho giảng viên tham gia các đoàn khảo sát của Tỉnh ủy "
                "và Ủy ban nhân dân tỉnh."
            ),
            P(
                "Tuy nhiên, việc cập nhật kết quả nghiên cứu thực tế vào bài giảng còn chưa thường xuyên; "
                "nguồn tư liệu về địa phương phân tán, chưa được hệ thống hóa thành cơ sở dữ liệu dùng "
                "chung cho các khoa."
            ),
            P("3. Một số giải pháp", "h3"),
            P("Một là, xây dựng ngân hàng tình huống thực tiễn của tỉnh theo từng học phần.", "li"),
            P("Hai là, đổi mới hình thức nghiên cứu thực tế, gắn với đặt hàng đề tài của địa phương.", "li"),
            P("Ba là, mời cán bộ lãnh đạo, quản lý ở cơ sở tham gia báo cáo chuyên đề.", "li"),
            P(
                "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng giảng dạy, đáp ứng "
                "yêu cầu đào tạo, bồi dưỡng đội ngũ cán bộ của tỉnh trong thời kỳ mới."
            ),
        ],
        authors=["Phan Thị Lệ"],
        summary=(
            "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong hoạt động giảng dạy lý luận chính "
            "trị. Bài viết trao đổi một số giải pháp nhằm nâng cao chất lượng giảng dạy tại Trường "
            "Chính trị tỉnh Phú Yên trong giai đoạn hiện nay."
        ),
        opts={
            "time": "01:15:00",
            "tags": ["doi-moi-giang-day"],
            "box": ("ThS. Phan Thị Lệ", "Khoa Lý luận cơ sở"),
        },
    ),
    Story(
        2392,
        S_HNCBVC,
        "Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        "tin-hoat-dong",
        "2026-11-19",
        [
            Raw("<p>[vc_row][vc_column]</p>"),
            P(
                "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Phú Yên tổ chức Hội nghị viên chức, người "
                "lao động năm 2026. Dự hội nghị có 58 đại biểu là cán bộ, giảng viên, viên chức và người "
                "lao động của Nhà trường.",
                "sc_open",
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm 2026, phương hướng nhiệm vụ năm "
                "2027; báo cáo tình hình thực hiện quy chế dân chủ ở cơ sở và báo cáo công khai tài "
                "chính năm 2026."
            ),
            P(
                "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến vào dự thảo Quy chế chi tiêu nội bộ "
                "sửa đổi, bổ sung; đề xuất tăng mức hỗ trợ giảng viên đi nghiên cứu thực tế và bồi "
                "dưỡng nâng cao trình độ."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu tán thành và kết "
                "thúc thành công tốt đẹp.",
                "sc_close",
            ),
            Raw("<p>[/vc_column][/vc_row]</p>"),
            Raw('<p style="text-align: right;">Tổ Văn phòng</p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"time": "06:40:12", "tags": ["cong-doan"], "classic": True, "updated": "20/11/2026"},
    ),
    Story(
        2380,
        S_CHIBO,
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề tháng 11",
        "tin-hoat-dong",
        "2026-11-12",
        [
            P(
                "Chiều 11/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề "
                "“Nâng cao đạo đức công vụ của đội ngũ giảng viên theo tư tưởng, đạo đức, phong cách Hồ "
                "Chí Minh”."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản của "
                "chuyên đề năm 2026, liên hệ với thực tiễn công tác giảng dạy của từng đảng viên."
            ),
            Raw("sep"),
            P(
                "Các đảng viên thảo luận sôi nổi và thống nhất đăng ký 3 nội dung làm theo: đổi mới bài "
                "giảng theo hướng tăng tính thực tiễn; giữ gìn chuẩn mực nhà giáo; tích cực tham gia "
                "nghiên cứu khoa học."
            ),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 30 cùng ngày."),
        ],
        opts={"time": "09:00:00", "tags": []},
    ),
    Story(
        2371,
        S_QPAN,
        "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-11-10",
        [
            P(
                "Ngày 09/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
                "giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Qua 10 ngày học tập, 120 học viên đã được trang bị những nội dung cơ bản về đường lối "
                "quốc phòng, an ninh của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh."
            ),
            P("Kết quả học tập của lớp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Giỏi | 38 | 31,7%", "tr"),
            P("Khá | 74 | 61,6%", "tr"),
            P("Trung bình | 8 | 6,7%", "tr"),
            P(
                "Tại buổi lễ, Ban Tổ chức đã trao giấy chứng nhận hoàn thành khóa học cho 120 học viên và "
                "khen thưởng 5 học viên có thành tích học tập xuất sắc."
            ),
            Img(
                up(11, "be-giang-qpan-dt4.jpg"),
                "Trao giấy khen cho học viên đạt thành tích xuất sắc",
                "Trao giấy khen cho học viên đạt thành tích xuất sắc",
                "plain",
            ),
        ],
        opts={"time": "07:45:30", "tags": []},
    ),
    Story(
        2364,
        S_HCMCANBO,
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng hiện nay",
        "nghien-cuu-trao-doi",
        "2026-11-05",
        [
            P(
                "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là tài sản tinh thần vô giá của Đảng "
                "ta. Người khẳng định: “Cán bộ là cái gốc của mọi công việc”, “Muôn việc thành công hoặc "
                "thất bại đều do cán bộ tốt hoặc kém”."
            ),
            P("Quan điểm của Hồ Chí Minh về đào tạo cán bộ", "h3"),
            P(
                "Theo Người, huấn luyện cán bộ là công việc gốc của Đảng; việc đào tạo phải toàn diện cả "
                "đức và tài, trong đó đạo đức là gốc."
            ),
            P(
                "“Có tài mà không có đức là người vô dụng, có đức mà không có tài thì làm việc gì cũng "
                "khó”.",
                "quote",
            ),
            Raw("split"),
            P("Vận dụng tại Trường Chính trị tỉnh", "h3"),
            P(
                "Quán triệt tư tưởng của Người, Nhà trường chú trọng giáo dục phẩm chất chính trị, đạo "
                "đức cách mạng cho học viên thông qua từng bài giảng, từng hoạt động ngoại khóa."
            ),
            P(
                "Nhà trường đã đưa nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
                "vào tất cả các chương trình đào tạo, bồi dưỡng; tổ chức cho học viên viết thu hoạch gắn "
                "với nhiệm vụ công tác của bản thân."
            ),
            P(
                "Có thể khẳng định, vận dụng sáng tạo tư tưởng Hồ Chí Minh về cán bộ là yêu cầu có tính "
                "nguyên tắc, góp phần xây dựng đội ngũ cán bộ các cấp của tỉnh đủ phẩm chất, năng lực, "
                "uy tín ngang tầm nhiệm vụ."
            ),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={
            "time": "02:00:00",
            "tags": ["doi-moi-giang-day"],
            "box": ("TS. Nguyễn Văn Bình", "Phó Trưởng khoa Xây dựng Đảng"),
        },
    ),
    Story(
        2350,
        S_BONGCHUYEN,
        "Đoàn Thanh niên tổ chức giải bóng chuyền hơi chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "tin-hoat-dong",
        "2026-10-30",
        [
            P(
                "Nhằm chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2026), Đoàn Thanh niên Trường Chính trị tỉnh tổ chức giải bóng chuyền hơi nữ năm "
                "2026."
            ),
            P(
                "Giải đấu có sự tham gia của 6 đội đến từ các khoa, phòng và các lớp học viên. Các trận "
                "đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, giao lưu học hỏi."
            ),
            Img(
                up(10, "bong-chuyen-hoi.jpg"),
                "Trận chung kết giữa đội Khoa Nhà nước và pháp luật và đội lớp Trung cấp K45",
                "Trận chung kết giữa đội Khoa Nhà nước và pháp luật và đội lớp Trung cấp K45",
                "em",
            ),
            P(
                "Kết quả, giải Nhất thuộc về đội Khoa Nhà nước và pháp luật; giải Nhì thuộc về đội lớp "
                "Trung cấp K45; giải Ba thuộc về đội Phòng Tổ chức - Hành chính."
            ),
            byline_em("Tin, ảnh: Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        opts={"time": "04:10:00", "tags": []},
    ),
    Story(
        2338,
        S_HOCVIEN,
        "Trường Chính trị tỉnh làm việc với Học viện Chính trị khu vực III về liên kết đào tạo",
        "tin-hoat-dong",
        "2026-10-16",
        [
            P(
                "Ngày 15/10/2026, đoàn công tác của Học viện Chính trị khu vực III do PGS.TS Trần Văn "
                "Phúc, Phó Giám đốc Học viện làm trưởng đoàn đã làm việc với Trường Chính trị tỉnh về "
                "công tác liên kết đào tạo cao cấp lý luận chính trị."
            ),
            P(
                "Tại buổi làm việc, hai bên đã đánh giá kết quả phối hợp trong giai đoạn 2021 - 2026 và "
                "thống nhất kế hoạch mở lớp Cao cấp lý luận chính trị hệ không tập trung cho cán bộ của "
                "tỉnh trong năm 2027."
            ),
            Raw("split"),
            P(
                "Đoàn công tác đánh giá cao sự chuẩn bị chu đáo về cơ sở vật chất, ký túc xá và công tác "
                "quản lý học viên của Nhà trường."
            ),
            P("Nội dung chi tiết kế hoạch liên kết đào tạo năm 2027 xem tại văn bản đính kèm."),
            Raw(BTN.format(href=up(10, "ke-hoach-lien-ket-dao-tao-2027.pdf"))),
        ],
        opts={"time": "03:30:00", "tags": ["cao-cap-llct"]},
    ),
    Story(
        2321,
        S_PHUONGPHAP,
        "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của học viên",
        "nghien-cuu-trao-doi",
        "2026-10-09",
        [
            P(
                "Đổi mới phương pháp giảng dạy lý luận chính trị là yêu cầu cấp thiết nhằm nâng cao chất "
                "lượng đào tạo, bồi dưỡng cán bộ trong bối cảnh chuyển đổi số hiện nay."
            ),
            P(
                "Học viên các trường chính trị là những người trưởng thành, có kinh nghiệm thực tiễn. Vì "
                "vậy, giảng viên cần chuyển từ vai trò truyền thụ một chiều sang vai trò tổ chức, hướng "
                "dẫn học viên tự nghiên cứu, thảo luận và giải quyết tình huống."
            ),
            P(
                "Các phương pháp như thảo luận nhóm, nghiên cứu tình huống, đóng vai, seminar cần được "
                "sử dụng linh hoạt, phù hợp với nội dung từng bài giảng và đối tượng học viên."
            ),
            P(
                "Bên cạnh đó, việc ứng dụng công nghệ thông tin, bài giảng điện tử, học liệu số giúp học "
                "viên chủ động tiếp cận tài liệu mọi lúc, mọi nơi."
            ),
            P(
                "Để đổi mới phương pháp thành công, cần có sự quan tâm đầu tư của cấp ủy, chính quyền về "
                "cơ sở vật chất, trang thiết bị và chế độ, chính sách đối với đội ngũ giảng viên."
            ),
            byline_right("Hoàng Văn Nghĩa"),
            Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Tuyên giáo</em></p>'),
        ],
        authors=["Hoàng Văn Nghĩa"],
        source="Tạp chí Tuyên giáo",
        opts={"time": "01:50:00", "tags": ["doi-moi-giang-day"]},
    ),
    Story(
        2307,
        S_HOITHAO,
        "Công đoàn Trường Chính trị tỉnh tổ chức hội thao chào mừng Ngày Phụ nữ Việt Nam",
        "tin-hoat-dong",
        "2026-10-02",
        [
            P(
                "Hướng tới kỷ niệm Ngày Phụ nữ Việt Nam 20/10, Công đoàn cơ sở Trường Chính trị tỉnh tổ "
                "chức hội thao với các môn kéo co, nhảy bao bố và cầu lông đôi nam nữ."
            ),
            P(
                "Hội thao thu hút 52 đoàn viên công đoàn tham gia. Đây là dịp để cán bộ, viên chức, người "
                "lao động rèn luyện sức khỏe, tăng cường sự gắn kết sau những giờ làm việc căng thẳng."
            ),
            P(
                "Kết thúc hội thao, Ban Tổ chức trao 9 giải cho các cá nhân, tập thể đạt thành tích cao "
                "ở các nội dung thi đấu."
            ),
            Img(up(10, "hoi-thao-cong-doan.jpg"), None, None, "fig"),
            byline_right("Công đoàn Trường"),
        ],
        authors=["Công đoàn Trường"],
        opts={"time": "08:00:00", "tags": ["cong-doan"]},
    ),
    Story(
        2250,
        S_CAOCAP,
        "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028",
        "dao-tao-boi-duong",
        "2026-09-07",
        [
            Raw("<p>[vc_row][vc_column][vc_column_text]</p>"),
            P(
                "Ngày 06/9/2026, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh Phú "
                "Yên khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 tại "
                "Trường Chính trị tỉnh."
            ),
            P(
                "Lớp học có 92 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành, đoàn thể cấp "
                "tỉnh và các huyện, thị xã, thành phố trong tỉnh."
            ),
            Img(up(9, "le-khai-giang-cao-cap.jpg"), "Lễ khai giảng", "Lễ khai giảng", "capsc"),
            P(
                "Chương trình gồm 4 khối kiến thức, được thực hiện trong 20 tháng; học viên học tập "
                "theo hình thức không tập trung, mỗi đợt 10 ngày."
            ),
            P(
                "Phát biểu tại lễ khai giảng, lãnh đạo Học viện đề nghị Trường Chính trị tỉnh tiếp tục "
                "phối hợp chặt chẽ trong công tác quản lý học viên, bảo đảm chất lượng đào tạo."
            ),
            Raw("<p>[/vc_column_text][/vc_column][/vc_row]</p>"),
            byline_em("Tin: Phòng Đào tạo"),
        ],
        authors=["Phòng Đào tạo"],
        opts={"time": "02:25:00", "tags": ["cao-cap-llct"], "classic": True},
    ),
]

BY_PATH: dict[str, Story] = {}
BY_ID: dict[int, Story] = {}


def post_path(story: Story) -> str:
    return f"/{story.cat}/{story.slug}.html"


for _s in STORIES:
    BY_PATH[post_path(_s)] = _s
    BY_ID[_s.id] = _s

COMMENTS = {
    # story id -> [(comment id, name, printed date, text)]
    2418: [
        (845, "Nguyễn Văn An", "20/11/2026 lúc 9:15 sáng", "Chúc mừng quý thầy cô nhân ngày 20/11!"),
        (851, "Học viên K45", "21/11/2026 lúc 7:40 chiều", "Kính chúc các thầy cô luôn mạnh khỏe."),
    ],
}


def comment_ids(story: Story) -> list[int]:
    return [c[0] for c in COMMENTS.get(story.id, [])]


def sorted_posts() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


# --- gold --------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        post_path(s),
        CATEGORIES[s.cat],
        alt_paths=[
            post_path(s) + "/amp/",
            post_path(s) + "?amp=1",
            *(f"{post_path(s)}?replytocom={c}" for c in comment_ids(s)),
        ],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/lich-giang/",
    "/thu-vien-anh/",
    "/tag/trung-cap-llct/",
    "/chuyen-muc/nghien-cuu-trao-doi/",
]

# --- rendering of post bodies --------------------------------------------------------------------


def _img_tag(src: str, cls: str, width: int = 800, height: int = 533) -> str:
    stem = src.rsplit(".", 1)[0]
    return (
        f'<img loading="lazy" width="{width}" height="{height}" src="{src}" class="{cls}" alt="" '
        f'srcset="{src} {width}w, {stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w" '
        f'sizes="(max-width: {width}px) 100vw, {width}px" />'
    )


def text_column(inner: str, extra: str = "") -> str:
    return (
        f'<div class="wpb_text_column wpb_content_element {extra}">\n<div class="wpb_wrapper">\n'
        f"{inner}\n</div>\n</div>"
    )


def single_image(img: Img) -> str:
    cap = (
        f'<figcaption class="vc_figure-caption">{esc(img.printed)}</figcaption>'
        if img.printed
        else ""
    )
    return (
        '<div class="wpb_single_image wpb_content_element vc_align_center">\n'
        '<figure class="wpb_wrapper vc_figure">\n'
        '<div class="vc_single_image-wrapper vc_box_border_grey">'
        f"{_img_tag(img.src, 'vc_single_image-img attachment-full')}</div>{cap}\n"
        "</figure>\n</div>"
    )


def heading(t: str) -> str:
    return (
        '<h3 style="font-size: 20px;color: #0a4c8b;text-align: left" '
        f'class="vc_custom_heading vc_custom_1637052881234">{esc(t)}</h3>'
    )


SEPARATOR = (
    '<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_width_100 '
    'vc_sep_pos_align_center vc_separator_no_text vc_sep_color_grey">'
    '<span class="vc_sep_holder vc_sep_holder_l"><span class="vc_sep_line"></span></span>'
    '<span class="vc_sep_holder vc_sep_holder_r"><span class="vc_sep_line"></span></span></div>'
)


def wpb_body(story: Story, amp: bool = False) -> str:
    main: list[str] = []
    side: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        if cur:
            main.append(text_column("\n".join(cur)))
            cur.clear()

    for b in story.blocks:
        if isinstance(b, P):
            t = esc(b.text)
            if b.style == "lead":
                flush()
                main.append(text_column(f"<p><strong>{t}</strong></p>", "tct-sapo"))
            elif b.style == "h3":
                flush()
                main.append(heading(b.text))
            elif b.style == "br":
                target = side if side else cur
                target[-1] = target[-1][: -len("</p>")] + f"<br />\n{t}</p>"
            elif b.style == "li":
                if cur and cur[-1].endswith("</ul>"):
                    cur[-1] = cur[-1][: -len("</ul>")] + f"<li>{t}</li>\n</ul>"
                else:
                    cur.append(f"<ul>\n<li>{t}</li>\n</ul>")
            elif b.style in ("th", "tr"):
                tag = "th" if b.style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in b.text.split(" | "))
                row = f"<tr>{cells}</tr>"
                if cur and cur[-1].endswith("</tbody></table>"):
                    cur[-1] = cur[-1][: -len("</tbody></table>")] + f"\n{row}</tbody></table>"
                else:
                    cur.append(
                        '<table class="table table-bordered" style="width: 100%;"><tbody>'
                        f"{row}</tbody></table>"
                    )
            elif b.style == "quote":
                cur.append(f"<blockquote><p><em>{t}</em></p></blockquote>")
            elif b.style == "side":
                side.append(f"<p>{t}</p>")
            else:
                cur.append(f"<p>{t}</p>")
        elif isinstance(b, Img):
            if b.style == "fig":
                flush()
                main.append(single_image(b))
            else:
                img = _img_tag(b.src, "aligncenter size-full")
                cur.append(f'<p style="text-align: center;">{img}</p>')
                if b.printed and b.style == "em":
                    cur.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
                elif b.printed:
                    cur.append(f"<p>{esc(b.printed)}</p>")
        elif b.html == "split":
            flush()
        elif b.html == "sep":
            flush()
            main.append(SEPARATOR)
        elif b.html.startswith("<div class=\"vc_btn3"):
            flush()
            main.append(b.html)
        else:
            cur.append(b.html)
    flush()
    width = "vc_col-sm-8" if side else "vc_col-sm-12"
    cols = [
        f'<div class="wpb_column vc_column_container {width}"><div class="vc_column-inner">'
        f'<div class="wpb_wrapper">\n' + "\n".join(main) + "\n</div></div></div>"
    ]
    if side:
        box = (
            '<div class="wpb_text_column wpb_content_element tct-info-box vc_custom_1637053012345">\n'
            '<div class="wpb_wrapper">\n<div class="box-title"><i class="fa fa-info-circle"></i> '
            "Thông tin thêm</div>\n" + "\n".join(side) + "\n</div>\n</div>"
        )
        cols.append(
            '<div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner">'
            f'<div class="wpb_wrapper">\n{box}\n</div></div></div>'
        )
    out = '<div class="vc_row wpb_row vc_row-fluid">' + "\n".join(cols) + "</div>"
    return _ampify(out) if amp else out


def classic_body(story: Story, amp: bool = False) -> str:
    """An old-theme post: the WPBakery shortcodes were saved as text and print raw."""
    out: list[str] = []
    for b in story.blocks:
        if isinstance(b, P):
            t = esc(b.text)
            if b.style == "sc_open":
                t = "[vc_column_text]" + t
            elif b.style == "sc_close":
                t = t + "[/vc_column_text]"
            out.append(f"<p>{t}</p>")
        elif isinstance(b, Img):
            img = (
                f'<img class="size-full wp-image-12" src="{b.src}" alt="" width="600" height="400" />'
            )
            out.append(
                '<p>[caption id="attachment_12" align="aligncenter" width="600"]'
                f"{img} {esc(b.printed or '')}[/caption]</p>"
            )
        else:
            out.append(b.html)
    body = "\n".join(out)
    return _ampify(body) if amp else body


def _ampify(markup: str) -> str:
    markup = re.sub(r'\s(?:srcset|sizes|loading)="[^"]*"', "", markup)
    return re.sub(r"<img ([^>]*?)\s*/>", r'<amp-img \1 layout="intrinsic"></amp-img>', markup)


def body_html(story: Story, amp: bool = False) -> str:
    return classic_body(story, amp) if story.opts.get("classic") else wpb_body(story, amp)


# --- chrome ------------------------------------------------------------------------------------


def menu_html(request: Request, sticky: bool = False) -> str:
    items = ['<li class="menu-item menu-item-home"><a href="/">Trang chủ</a></li>']
    items.append(
        '<li class="menu-item menu-item-has-children"><a href="/gioi-thieu/">Giới thiệu</a>'
        '<ul class="sub-menu"><li><a href="/gioi-thieu/">Lịch sử hình thành</a></li>'
        '<li><a href="/thu-vien-anh/">Thư viện ảnh</a></li></ul></li>'
    )
    for key, name in CATEGORIES.items():
        mega = ""
        if not sticky:
            posts = [s for s in sorted_posts() if s.cat == key][:3]
            cells = "".join(
                f'<div class="jeg_newsfeed_item"><div class="jeg_thumb"><a href="{post_path(s)}">'
                f'<img src="{up(int(s.published_at[5:7]), "thumb-" + str(s.id) + "-350x250.jpg")}" '
                f'alt=""></a></div><h3 class="jeg_post_title"><a href="{post_path(s)}">'
                f"{esc(s.title)}</a></h3></div>"
                for s in posts
            )
            mega = (
                '<div class="sub-menu"><div class="jeg_newsfeed clearfix">'
                f'<div class="jeg_newsfeed_list">{cells}</div></div></div>'
            )
        items.append(
            '<li class="menu-item menu-item-type-taxonomy jeg_megamenu category_1">'
            f'<a href="/chuyen-muc/{key}/">{esc(name)}</a>{mega}</li>'
        )
    items.append('<li class="menu-item"><a href="/lich-giang/">Lịch giảng</a></li>')
    items.append('<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li>')
    return '<ul class="jeg_menu jeg_main_menu jeg_menu_style_1">' + "".join(items) + "</ul>"


def sidebar(request: Request) -> str:
    newest = "".join(
        f'<div class="jeg_post jeg_pl_sm"><h3 class="jeg_post_title"><a href="{post_path(s)}">'
        f'{esc(s.title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date">'
        f'<i class="fa fa-clock-o"></i> {dmy(s)}</div></div></div>'
        for s in sorted_posts()[:5]
    )
    return f"""<div class="jeg_sidebar jeg_sticky_sidebar col-md-4">
<div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Tin mới</span></h3></div>
<div class="jeg_posts">{newest}</div></div>
<div class="widget widget_text"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Lịch giảng</span></h3></div>
<div class="textwidget"><table class="lich-giang-mini"><tr><td>26/11/2026</td><td>Lớp TC K46</td><td>Học phần I.1</td></tr>
<tr><td>27/11/2026</td><td>Lớp BD CB nữ</td><td>Kỹ năng lãnh đạo</td></tr>
<tr><td>30/11/2026</td><td>Lớp CC 2026-2028</td><td>Triết học Mác - Lênin</td></tr></table>
<p><a href="/lich-giang/">Xem toàn bộ lịch giảng »</a></p></div></div>
<div class="widget widget_nav_menu"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Liên kết</span></h3></div>
<ul><li><a href="https://www.tuyengiao.vn/" target="_blank">Ban Tuyên giáo Trung ương</a></li>
<li><a href="https://www.phuyen.gov.vn/" target="_blank">Cổng TTĐT tỉnh Phú Yên</a></li>
<li><a href="https://hcma.vn/" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li></ul></div>
<div class="widget widget_polls-widget"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Thăm dò ý kiến</span></h3></div>
<form class="wp-polls-form" action="#"><p>Bạn đánh giá thế nào về website mới của Nhà trường?</p>
<label><input type="radio" name="poll_3" value="11"> Rất hài lòng</label><br>
<label><input type="radio" name="poll_3" value="12"> Hài lòng</label><br>
<label><input type="radio" name="poll_3" value="13"> Cần cải thiện</label><br>
<input type="button" class="Buttons" value="Bình chọn"></form></div>
<div class="widget widget_counter"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Thống kê truy cập</span></h3></div>
<ul class="tct-counter"><li>Đang online: 7</li><li>Hôm nay: 312</li><li>Tổng: 456.789</li></ul></div>
</div>"""


def layout(request: Request, title: str, main: str, head: str = "", crumbs: str = "") -> str:
    base = base_url(request)
    crumb_html = (
        '<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">'
        f'<span><a href="{base}/">Trang chủ</a></span><i class="fa fa-angle-right"></i>{crumbs}'
        "</div></div>"
        if crumbs
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="generator" content="WordPress 5.9.3">
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress.">
<link rel="stylesheet" href="/wp-content/themes/jnews/style.css?ver=9.0.2">
<link rel="stylesheet" href="/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=6.8.0">
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_TITLE)} &raquo; Dòng thông tin" href="{base}/feed/">
{head}
</head>
<body class="wp-embed-responsive jeg_toggle_light wpb-js-composer js-comp-ver-6.8.0 vc_responsive">
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header normal">
<div class="jeg_topbar jeg_container dark"><div class="container">
<div class="jeg_top_date">{TODAY}</div>
<div class="jeg_top_links"><a href="/lien-he/">Liên hệ</a> | <a href="https://mail.phuyen.gov.vn/">Thư điện tử</a></div>
</div></div>
<div class="jeg_midbar"><div class="container"><div class="jeg_logo"><a href="/">
<img class="jeg_logo_img" src="/wp-content/uploads/2021/10/logo-truong-chinh-tri.png" alt="{esc(SITE_TITLE)}"></a></div>
<div class="jeg_ad"><img src="/wp-content/uploads/2021/10/banner-top.jpg" alt="banner"></div></div></div>
<div class="jeg_bottombar jeg_navbar"><div class="container"><div class="jeg_nav_item jeg_main_menu_wrapper">
{menu_html(request)}
</div><div class="jeg_nav_item jeg_search_wrapper"><form action="/" method="get" class="jeg_search_form">
<input name="s" class="jeg_search_input" placeholder="Tìm kiếm..." type="text"></form></div></div></div>
</div></div>
<div class="jeg_navbar_mobile_wrapper jeg_stickybar" data-mode="fixed" style="display:none">
<div class="jeg_logo"><a href="/">{esc(SITE_TITLE)}</a></div>{menu_html(request, sticky=True)}</div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content"><div class="container">
{crumb_html}
<div class="row"><div class="jeg_main_content col-md-8">
{main}
</div>
{sidebar(request)}
</div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="container">
<div class="jeg_footer_content"><h4>TRƯỜNG CHÍNH TRỊ TỈNH PHÚ YÊN</h4>
<p>Địa chỉ: Số 130 Lê Duẩn, Phường 7, TP. Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257.3823.456 - Fax: 0257.3823.457 - Email: truongchinhtri@phuyen.gov.vn</p>
<p>Chịu trách nhiệm nội dung: TS. Đỗ Minh Quang - Hiệu trưởng</p></div>
<div class="jeg_footer_bottom"><p class="copyright">© 2026 Trường Chính trị tỉnh Phú Yên. Thiết kế bởi JegTheme.</p></div>
</div></div></div>
</div>
<script src="/wp-content/themes/jnews/assets/js/main.js?ver=9.0.2"></script>
<script src="/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=6.8.0"></script>
</body></html>"""


# --- pages ---------------------------------------------------------------------------------------


def related_html(story: Story) -> str:
    rel = [s for s in sorted_posts() if s.cat == story.cat and s is not story][:3]
    items = "".join(
        f'<article class="jeg_post jeg_pl_md_box"><div class="jeg_thumb"><a href="{post_path(s)}">'
        f'<img src="{up(int(s.published_at[5:7]), "thumb-" + str(s.id) + "-350x250.jpg")}" alt="">'
        f'</a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title">'
        f'<a href="{post_path(s)}">{esc(s.title)}</a></h3></div></article>'
        for s in rel
    )
    return (
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock '
        'jeg_carousel"><div class="jeg_block_heading"><h3 class="jeg_block_title">'
        f'<span>Bài viết liên quan</span></h3></div><div class="jeg_carousel_post owl-carousel">'
        f"{items}</div></div></div>"
    )


def comments_html(story: Story, reply_to: int | None) -> str:
    path = post_path(story)
    rows = []
    for cid, name, when, said in COMMENTS.get(story.id, []):
        rows.append(
            f'<li class="comment" id="comment-{cid}"><div class="comment-body">'
            f'<div class="comment-author vcard"><img src="/wp-content/uploads/avatar-default.png" '
            f'class="avatar" alt=""><b class="fn">{esc(name)}</b></div>'
            f'<div class="comment-metadata"><a href="{path}#comment-{cid}">{when}</a></div>'
            f'<div class="comment-content"><p>{esc(said)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="{path}?replytocom={cid}#respond">Trả lời</a></div></div></li>'
        )
    count = len(rows)
    listing = (
        f'<h3 class="comments-title">{count} bình luận</h3><ol class="commentlist">'
        + "".join(rows)
        + "</ol>"
        if rows
        else ""
    )
    title = "Để lại bình luận"
    if reply_to:
        who = next(c[1] for c in COMMENTS[story.id] if c[0] == reply_to)
        title = f'Trả lời {esc(who)} <small><a rel="nofollow" href="{path}#respond">Hủy</a></small>'
    return f"""<div id="comments" class="jeg_comments">{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{title}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-form-comment"><textarea id="comment" name="comment" rows="8"></textarea></p>
<p class="comment-form-author"><input id="author" name="author" type="text" placeholder="Họ tên *"></p>
<p class="comment-form-email"><input id="email" name="email" type="email" placeholder="Email *"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">
<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID">
<input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}"></p>
</form></div></div>"""


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    path = post_path(story)
    reply_to = None
    if "replytocom" in request.params:
        try:
            reply_to = int(request.params["replytocom"])
        except ValueError:
            reply_to = None
        if reply_to not in comment_ids(story):
            reply_to = None
    cat = CATEGORIES[story.cat]
    crumbs = (
        f'<span><a href="{base}/chuyen-muc/{story.cat}/">{esc(cat)}</a></span>'
        f'<i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">{esc(story.title)}</span>'
    )
    robots = '<meta name="robots" content="noindex, follow">\n' if reply_to else ""
    head = (
        f"{robots}<link rel=\"canonical\" href=\"{base}{path}\">\n"
        f'<link rel="shortlink" href="{base}/?p={story.id}">\n'
        f'<link rel="amphtml" href="{base}{path}/amp/">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{base}{path}">\n'
        f'<meta property="article:section" content="{esc(cat)}">\n'
        f'<meta property="article:published_time" content="{story.published_at}T{story.opts["time"]}+00:00">'
    )
    updated = story.opts.get("updated")
    updated_html = (
        f'<div class="jeg_meta_date jeg_meta_updated"><span class="meta_text">Cập nhật:</span> {updated}</div>'
        if updated
        else ""
    )
    box = story.opts.get("box")
    box_html = (
        f'<div class="tct-author-box"><span class="tct-author-label">Tác giả:</span> '
        f'<strong>{esc(box[0])}</strong><br><span class="tct-author-unit">{esc(box[1])}</span></div>'
        if box
        else ""
    )
    tags = "".join(
        f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", [])
    )
    tags_html = f'<div class="jeg_post_tags"><span>Từ khóa:</span> {tags}</div>' if tags else ""
    share_url = f"{base}{path}"
    ncom = len(COMMENTS.get(story.id, []))
    main = f"""<div class="jeg_inner_content">
<div class="entry-header">
<h1 class="jeg_post_title">{esc(story.title)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
<div class="meta_left">
<div class="jeg_meta_date"><span class="meta_text">Đăng ngày</span> <a href="{path}">{dmy(story)}</a></div>
<div class="jeg_meta_author"><span class="meta_text">bởi</span> <a href="{base}/author/ban-bien-tap/">Ban Biên tập</a></div>
{updated_html}
</div>
<div class="meta_right"><div class="jeg_meta_views"><i class="fa fa-eye"></i> {f"{story.views():,}".replace(",", ".")} lượt xem</div>
<div class="jeg_meta_comment"><a href="{path}#comments"><i class="fa fa-comment-o"></i> {ncom}</a></div></div>
</div></div>
</div>
{box_html}
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist">
<a href="https://www.facebook.com/sharer.php?u={share_url}" class="jeg_btn-facebook" target="_blank"><i class="fa fa-facebook-official"></i><span>Chia sẻ</span></a>
<a href="https://zalo.me/share?u={share_url}" class="jeg_btn-zalo" target="_blank"><span>Zalo</span></a>
<a href="mailto:?subject={esc(story.title)}&amp;body={share_url}" class="jeg_btn-email"><i class="fa fa-envelope"></i><span>Email</span></a>
<a href="javascript:window.print()" class="jeg_btn-print"><i class="fa fa-print"></i><span>In bài</span></a>
</div></div></div>
<div class="entry-content no-share"><div class="content-inner">
{body_html(story)}
</div></div>
{tags_html}
{related_html(story)}
{comments_html(story, reply_to)}
</div>"""
    return html(layout(request, f"{story.title} - {SITE_TITLE}", main, head, crumbs))


def amp_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    path = post_path(story)
    y, m, d = (int(x) for x in story.published_at.split("-"))
    ago = (date(2026, 11, 25) - date(y, m, d)).days
    ago_text = f"{ago} ngày trước" if ago else "hôm nay"
    page = f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(story.title)} - {esc(SITE_TITLE)}</title>
<link rel="canonical" href="{base}{path}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:serif}}</style>
</head><body class="single-post amp-wp-has-featured-image">
<header id="top" class="amp-wp-header"><div><a href="{base}/">{esc(SITE_TITLE)}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">Ban Biên tập</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{story.published_at}T{story.opts["time"]}+00:00">{ago_text}</time></div>
</header>
<div class="amp-wp-article-content">
{body_html(story, amp=True)}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục:
<a href="{base}/chuyen-muc/{story.cat}/" rel="category tag">{esc(CATEGORIES[story.cat])}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{path}#respond">Để lại bình luận</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE_TITLE)}</h2><a href="#top" class="back-to-top">Về đầu trang ↑</a></div></footer>
</body></html>"""
    return html(page)


def excerpt(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:30]) + (" [&hellip;]" if len(words) > 30 else "")


def listing(request: Request, heading_text: str, posts: list[Story], base_path: str, page: int):
    pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    arts = "\n".join(
        f'<article class="jeg_post jeg_pl_lg_2 format-standard"><div class="jeg_thumb">'
        f'<a href="{post_path(s)}"><div class="thumbnail-container"><img src="'
        f'{up(int(s.published_at[5:7]), "thumb-" + str(s.id) + "-350x250.jpg")}" alt=""></div></a>'
        f'<div class="jeg_post_category"><span><a href="/chuyen-muc/{s.cat}/">{esc(CATEGORIES[s.cat])}'
        f'</a></span></div></div><div class="jeg_postblock_content"><h3 class="jeg_post_title">'
        f'<a href="{post_path(s)}">{esc(s.title)}</a></h3><div class="jeg_post_meta">'
        f'<div class="jeg_meta_date"><i class="fa fa-clock-o"></i> {dmy(s)}</div></div>'
        f'<div class="jeg_post_excerpt"><p>{esc(excerpt(s)).replace("[&amp;hellip;]", "[&hellip;]")}</p>'
        f'<a href="{post_path(s)}" class="jeg_readmore">Xem thêm</a></div></div></article>'
        for s in chunk
    )
    nav = [f'<span class="page_info">Trang {page} / {pages}</span>']
    if page > 1:
        prev = base_path if page == 2 else f"{base_path}page/{page - 1}/"
        nav.append(f'<a href="{prev}" class="page_nav prev">« Trước</a>')
    for n in range(1, pages + 1):
        href = base_path if n == 1 else f"{base_path}page/{n}/"
        nav.append(
            f'<span class="page_number active">{n}</span>'
            if n == page
            else f'<a href="{href}" class="page_number">{n}</a>'
        )
    if page < pages:
        nav.append(f'<a href="{base_path}page/{page + 1}/" class="page_nav next">Sau »</a>')
    nav_html = (
        '<div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter">'
        + "".join(nav)
        + "</div>"
        if pages > 1
        else ""
    )
    main = (
        f'<div class="jeg_archive_header"><h1 class="jeg_archive_title">{esc(heading_text)}</h1></div>'
        f'<div class="jeg_postblock_5 jeg_postblock"><div class="jeg_posts jeg_load_more_flag">{arts}'
        f"</div></div>{nav_html}"
    )
    crumbs = f'<span class="breadcrumb_last_link">{esc(heading_text)}</span>'
    suffix = f" - Trang {page}" if page > 1 else ""
    return html(layout(request, f"{heading_text}{suffix} - {SITE_TITLE}", main, "", crumbs))


def home(request: Request) -> Response:
    posts = sorted_posts()
    feat = "".join(
        f'<article class="jeg_post"><div class="jeg_thumb"><a href="{post_path(s)}"><img src="'
        f'{up(int(s.published_at[5:7]), "thumb-" + str(s.id) + "-750x375.jpg")}" alt=""></a></div>'
        f'<h3 class="jeg_post_title"><a href="{post_path(s)}">{esc(s.title)}</a></h3>'
        f'<div class="jeg_meta_date">{dmy(s)}</div></article>'
        for s in posts[:5]
    )
    blocks = []
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s)})</span></li>'
            for s in [s for s in posts if s.cat == key][:3]
        )
        blocks.append(
            '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container '
            'vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">'
            f'<div class="jeg_block_heading"><h3 class="jeg_block_title"><a href="/chuyen-muc/{key}/">'
            f"<span>{esc(name)}</span></a></h3></div><ul class=\"jeg_posts_list\">{items}</ul>"
            "</div></div></div></div>"
        )
    main = (
        '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container '
        'vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">'
        '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Tin nổi bật</span></h3>'
        f'</div><div class="jeg_postblock_1 jeg_postblock">{feat}</div>'
        '<p class="jeg_readmore_all"><a href="/tin-tuc/">Xem tất cả tin »</a></p>'
        "</div></div></div></div>" + "".join(blocks)
    )
    return html(layout(request, f"{SITE_TITLE} - Trang thông tin điện tử", main))


# --- static pages --------------------------------------------------------------------------------


def static_page(request: Request, title: str, content: str) -> Response:
    main = (
        f'<div class="jeg_inner_content"><div class="entry-header"><h1 class="jeg_post_title">'
        f'{esc(title)}</h1></div><div class="entry-content"><div class="content-inner">{content}'
        "</div></div></div>"
    )
    crumbs = f'<span class="breadcrumb_last_link">{esc(title)}</span>'
    return html(layout(request, f"{title} - {SITE_TITLE}", main, "", crumbs))


def gioi_thieu(request: Request) -> Response:
    col = (
        text_column(
            "<p>Trường Chính trị tỉnh Phú Yên được thành lập theo Quyết định số 115/QĐ-UB ngày "
            "20/01/1990 của Ủy ban nhân dân tỉnh Phú Yên, trên cơ sở Trường Đảng Phú Khánh.</p>\n"
            "<p>Trường có chức năng tổ chức đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý trong hệ "
            "thống chính trị ở cơ sở; trình độ trung cấp lý luận chính trị cho cán bộ, công chức, "
            "viên chức.</p>"
        )
        + heading("Cơ cấu tổ chức")
        + text_column(
            "<ul><li>Ban Giám hiệu</li><li>Phòng Tổ chức - Hành chính</li><li>Phòng Đào tạo</li>"
            "<li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li>"
            "<li>Khoa Dân vận</li></ul>"
        )
        + SEPARATOR
        + single_image(Img(up(10, "tru-so-truong.jpg"), "Trụ sở Trường Chính trị tỉnh Phú Yên"))
    )
    content = (
        '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container '
        f'vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">{col}</div></div></div></div>'
    )
    return static_page(request, "Giới thiệu", content)


def lien_he(request: Request) -> Response:
    content = """<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-6"><div class="vc_column-inner"><div class="wpb_wrapper">
<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH PHÚ YÊN</strong></p>
<p>Địa chỉ: Số 130 Lê Duẩn, Phường 7, TP. Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257.3823.456 – Email: truongchinhtri@phuyen.gov.vn</p></div></div></div></div></div>
<div class="wpb_column vc_column_container vc_col-sm-6"><div class="vc_column-inner"><div class="wpb_wrapper">
<div role="form" class="wpcf7" id="wpcf7-f85-p40-o1" lang="vi"><form action="/lien-he/#wpcf7-f85-p40-o1" method="post" class="wpcf7-form init">
<input type="hidden" name="_wpcf7" value="85"><input type="hidden" name="_wpcf7_version" value="5.5.6">
<p><label>Họ và tên (bắt buộc)<br><input type="text" name="your-name" size="40"></label></p>
<p><label>Email (bắt buộc)<br><input type="email" name="your-email" size="40"></label></p>
<p><label>Nội dung<br><textarea name="your-message" cols="40" rows="10"></textarea></label></p>
<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit"></p>
</form></div></div></div></div></div>"""
    return static_page(request, "Liên hệ", content)


def lich_giang(request: Request) -> Response:
    rows = [
        ("26/11/2026", "Sáng", "TC LLCT-HC K46", "Học phần I.1: Triết học Mác - Lênin", "ThS. Lê Văn Hải"),
        ("27/11/2026", "Chiều", "BD cán bộ nữ", "Kỹ năng lãnh đạo, quản lý", "ThS. Phan Thị Lệ"),
        ("30/11/2026", "Cả ngày", "CC LLCT 2026-2028", "Triết học Mác - Lênin", "Giảng viên HVCT KV III"),
        ("01/12/2026", "Sáng", "TC LLCT-HC K45", "Quản lý hành chính nhà nước", "TS. Nguyễn Văn Bình"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    content = text_column(
        "<p>Lịch giảng tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026) và tuần 49.</p>"
        '<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Buổi</th><th>Lớp</th>'
        f"<th>Nội dung</th><th>Giảng viên</th></tr></thead><tbody>{trs}</tbody></table>"
    )
    return static_page(request, "Lịch giảng", content)


def thu_vien_anh(request: Request) -> Response:
    pics = [
        ("le-ky-niem-20-11-1.jpg", 11),
        ("khai-giang-k46.jpg", 11),
        ("thuc-te-son-hoa-1.jpg", 11),
        ("bong-chuyen-hoi.jpg", 10),
        ("le-khai-giang-cao-cap.jpg", 9),
    ]
    items = "".join(
        f'<li class="isotope-item"><a class="prettyphoto" href="{up(m, f)}" '
        f'data-rel="prettyPhoto[rel-2490]"><img width="300" height="200" src="'
        f'{up(m, f).rsplit(".", 1)[0]}-300x200.jpg" alt=""></a></li>'
        for f, m in pics
    )
    content = (
        '<div class="wpb_gallery wpb_content_element vc_clearfix"><div class="wpb_wrapper">'
        '<h2 class="wpb_heading wpb_gallery_heading">Hoạt động Nhà trường năm 2026</h2>'
        '<div class="wpb_gallery_slides wpb_image_grid" data-interval="3">'
        f'<ul class="wpb_image_grid_ul">{items}</ul></div></div></div>'
    )
    return static_page(request, "Thư viện ảnh", content)


STATIC = {
    "/gioi-thieu/": gioi_thieu,
    "/lien-he/": lien_he,
    "/lich-giang/": lich_giang,
    "/thu-vien-anh/": thu_vien_anh,
}


# --- routing -------------------------------------------------------------------------------------


class WPBakerySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = request.params
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                if story is None:
                    return None
                return redirect(base_url(request) + post_path(story), 301)
            return home(request)
        if path in STATIC:
            return STATIC[path](request)
        if path in BY_PATH:
            story = BY_PATH[path]
            if "amp" in params:
                return amp_page(request, story)
            return post_page(request, story)
        if path.endswith(".html/amp/") and path[: -len("/amp/")] in BY_PATH:
            return amp_page(request, BY_PATH[path[: -len("/amp/")]])
        if path.endswith(".html/amp") and path[: -len("/amp")] in BY_PATH:
            return redirect(base_url(request) + path + "/", 301)
        m = re.fullmatch(r"/(chuyen-muc|tag|author|tin-tuc)/(?:([a-z0-9-]+)/)?(?:page/(\d+)/)?", path)
        if m:
            kind, key, page_s = m.groups()
            page = int(page_s) if page_s else 1
            if kind == "tin-tuc":
                if key:
                    return None
                posts, title, base_path = sorted_posts(), "Tin tức", "/tin-tuc/"
            else:
                if not key:
                    return None
                base_path = f"/{kind}/{key}/"
                if kind == "chuyen-muc" and key in CATEGORIES:
                    posts = [s for s in sorted_posts() if s.cat == key]
                    title = CATEGORIES[key]
                elif kind == "tag" and key in TAGS:
                    posts = [s for s in sorted_posts() if key in s.opts.get("tags", [])]
                    title = f"Từ khóa: {TAGS[key]}"
                elif kind == "author" and key == "ban-bien-tap":
                    posts, title = sorted_posts(), "Tác giả: Ban Biên tập"
                else:
                    return None
            if page_s and page == 1:
                return redirect(base_url(request) + base_path, 301)
            return listing(request, title, posts, base_path, page)
        return None


def build_site() -> WPBakerySite:
    return WPBakerySite()
