"""Trường THPT Hùng Vương (xã Krông Pắc, tỉnh Đắk Lắk): Joomla 3.10 with a GavickPro template.

Platform
    Joomla 3.10, SEF URLs without mod_rewrite (``/index.php/<menu>/<id>-<alias>``), the
    GavickPro template ``gk_university`` (gkTop / gkMainMenu with "childcontent" drop-downs,
    gkBreadcrumb, gkMainbody, gkSidebar, the ``gk-bottom`` block and gkFooter) and its News Show
    Pro GK5 module (``nspMain`` / ``nspArt`` blocks with image, ``nspText`` intro, ``nspInfo``
    and a "Đọc tiếp" readon, plus an ``nspLinks`` list). Articles are plain com_content (no K2),
    with the schema.org itemprop markup of Joomla 3 (``itemprop="headline"``,
    ``datePublished``, ``dateModified``, ``articleBody``), the print/e-mail icons in a cog
    drop-down, mod_related_items, mod_mostread, mod_vvisit_counter and a poll.

URL scheme
    /                                             home (gkIs slideshow, two NSP blocks, marquee)
    /index.php                                    the same home page (Joomla answers it)
    /index.php/tin-tuc/tin-tuc-su-kien[?start=4]  category blog, 1 leading + 3 intro per page
    /index.php/tin-tuc/doan-thanh-nien            category blog
    /index.php/chuyen-mon/hoat-dong-chuyen-mon[?start=2]  category blog, 2 columns, 2 per page
    /index.php/thong-bao[?limit=N&start=M]        category list (table + "Hiển thị #" form)
    /index.php/<category route>/<id>-<alias>      an article (any alias with the right id works)
      ?tmpl=component&print=1&layout=default      its print view (popup, rel=nofollow)
    /index.php/component/content/article/<catid>-<catalias>/<id>-<alias>?Itemid=101
                                                  the same article as NSP links it
    /index.php?option=com_content&view=article&id=<id>&catid=<c>&Itemid=<i>
                                                  the same article, non-SEF (hand-made marquee)
    /index.php/component/mailto/?tmpl=component&template=gk_university&link=<sha1>  e-mail form
    /index.php/component/search/?searchword=…     search results (mod_search POSTs to /index.php)
    /index.php/gioi-thieu/lich-su-nha-truong, /index.php/gioi-thieu/co-cau-to-chuc,
    /index.php/thoi-khoa-bieu                     single-article menu items (intro pages)
    /index.php/lien-he                            com_contact
    /index.php/van-ban, /index.php/van-ban/file/<id>-<alias>, ?download=<id>:<alias> (PDF)
    /index.php/thu-vien/thu-vien-anh[/category/<id>-<alias>]   Phoca Gallery
    /index.php/thu-vien/video-clip[/<id>-<alias>]             video category / video page
    /images/…, /media/…, /templates/…             static files

Page templates
    home, category blog, category list, article, print view, single-article intro page,
    contact, document list/entry, gallery list/album, video list/page, search, mailto form.

How each gold article is reached
    - Tin tức - Sự kiện (blog, 4 per page): 416, 413, 405, 398 on page 1; 391 and 384 only on
      ``?start=4`` (384 also through an old-alias "Xem thêm" link in 391, itself on page 2).
      416, 413, 405, 398 are also on the home NSP block (component URLs).
    - Đoàn thanh niên (blog): 419, 409 (also on the home NSP block).
    - Hoạt động chuyên môn (blog, 2 per page): 414, 407 on page 1 (and the home NSP block);
      388 only on ``?start=2``.
    - Thông báo (list): 421, 411 (also in the home marquee, non-SEF links).
    - mod_mostread in every sidebar links 416, 421, 419, 414, 405 by their SEF paths.

Traps
    1. Duplicates without a canonical link (Joomla 3 prints none): NSP links articles as
       ``/index.php/component/content/article/…?Itemid=101``, the marquee (a custom HTML module)
       as ``/index.php?option=com_content&view=article&id=…``, the print icon adds
       ``?tmpl=component&print=1&layout=default``, and 391 links 384 by an old alias that
       Joomla still serves (it routes on the id). Gold: one record per article at its menu
       (SEF) path, the other URLs in ``alt_paths``.
    2. Article-shaped non-articles: the intro pages (Lịch sử nhà trường, Cơ cấu tổ chức,
       Thời khóa biểu) are single-article menu items printed with the very same
       ``item-page`` / ``itemprop="articleBody"`` markup, and the video page is a com_content
       article with a date, hits and a YouTube iframe. Gold: NON_ARTICLES, no records.
    3. Dates: the info block prints "Cập nhật lần cuối" (``itemprop="dateModified"``) before
       "Ngày đăng" (``datePublished``); the header prints today (Thứ Bảy, 05/12/2026); the NSP
       blocks print only dd/mm/yyyy. Gold: datePublished with its time. 398 was published at
       "00:00" -> the day alone "2026-10-16". The official notice 421 is dated by its letterhead
       ("ngày 30 tháng 11 năm 2026") although Joomla says 01/12 07:30 -> "2026-11-30".
    4. Bylines: Joomla's "Viết bởi Quản trị" / "Viết bởi Văn thư" (CMS accounts) are nobody;
       the real signature is a right-aligned line at the end of the text, with degrees and
       posts ("ThS. Trần Văn Hải - Phó Hiệu trưởng" -> "Trần Văn Hải"), a "Tin: X – Ảnh: Y"
       pair (419), "Tin, ảnh: X" (416), a unit signing alone ("Tổ Toán - Tin", "BCH Đoàn
       trường"), a name over a post on a second line (407), the signer of the notice (421).
    5. Captions printed three ways: Joomla's caption.js (``<img class="caption" title="…">``,
       no caption element in the HTML: the browser draws the title under the photo) ->
       caption = the title; JCE tables with a caption row in parentheses -> without them; a
       centred italic line under the photo; "Ảnh: Lê Văn Tâm" under a photo is a credit ->
       caption None, photographer. The Joomla "full article image" (``itemprop="image"``,
       outside articleBody, before it) is the article's first photo.
    6. Chrome inside ``articleBody``: a ``{loadposition}`` module "Bài viết cùng chuyên mục"
       injected mid-article (409), a "Xem thêm:" line (391), a "Tệp đính kèm:" line (398),
       the signature lines; after the body the related-items list, "Các tin khác", a share bar.
       Gold: none of it in the body.
    7. Joomla's e-mail cloaking in the text (411): the HTML holds "Địa chỉ email này đang được
       bảo vệ khỏi chương trình thư rác…" and a script that writes the address. Gold: the
       paragraph as a reader sees it, with the address, without the notice.
    8. Pagination as Joomla does it: ``?start=N`` blog pages ("Đầu / Trước / 1 2 / Tiếp /
       Cuối", "Trang 1 / 2"), three articles only on page 2, 2-column blog; the Thông báo list
       has a POST filter form and a "Hiển thị #" select (``limit``). Listings print intro text
       and "Đọc tiếp: <title>" but are not articles.
    9. Word-pasted text (405): ``MsoListParagraph`` items with ``mso-list:Ignore`` bullets (no
       text), ``&nbsp;`` runs; ``<br>``-split paragraphs (413); an emoji kept (419).
    10. Footnotes (388): a bracketed call "[1]" stays in its sentence, a bare superscript
        ``<sup><a href="#_ftn2">2</a></sup>`` does not; "Tài liệu tham khảo" and its entries are
        text.

Gold decisions on ambiguous points
    - canonical_path: the menu (SEF) path the category listings link to; Joomla prints no
      ``rel=canonical``.
    - caption.js captions are captions (the page shows them to every reader with JavaScript).
    - The cloaked e-mail address is text (reader's view); the "được bảo vệ" notice is not.
    - "(Theo Báo Đắk Lắk điện tử)" at the end of 391 -> source "Báo Đắk Lắk điện tử";
      "Theo kế hoạch, …" inside 409 is text.
    - A bold first paragraph is the sapo (416, 419); elsewhere summary is null.
    - The official notice 421: letterhead, "Số:", place/date line, "THÔNG BÁO" and its
      "Về việc" line, "Nơi nhận", the signer's post, "(Đã ký)" are not body; the signer
      "Nguyễn Văn Thịnh" is the author.
    - The e-mail form page (com_mailto) and search pages are utility pages: neither articles
      nor listed in NON_ARTICLES.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_gavick_thpt"
PLATFORM = "Joomla 3.10 + GavickPro gk_university (News Show Pro GK5)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT Hùng Vương"
TPL = "gk_university"

# --- categories --------------------------------------------------------------------------

CATS: dict[int, dict] = {
    8: {
        "alias": "tin-tuc-su-kien",
        "route": "/index.php/tin-tuc/tin-tuc-su-kien",
        "title": "Tin tức - Sự kiện",
        "parent": "Tin tức",
        "layout": "blog",
        "leading": 1,
        "intro": 3,
        "cols": 3,
        "itemid": 112,
    },
    9: {
        "alias": "doan-thanh-nien",
        "route": "/index.php/tin-tuc/doan-thanh-nien",
        "title": "Đoàn thanh niên",
        "parent": "Tin tức",
        "layout": "blog",
        "leading": 1,
        "intro": 3,
        "cols": 3,
        "itemid": 113,
    },
    10: {
        "alias": "hoat-dong-chuyen-mon",
        "route": "/index.php/chuyen-mon/hoat-dong-chuyen-mon",
        "title": "Hoạt động chuyên môn",
        "parent": "Chuyên môn",
        "layout": "blog",
        "leading": 0,
        "intro": 2,
        "cols": 2,
        "itemid": 115,
    },
    11: {
        "alias": "thong-bao",
        "route": "/index.php/thong-bao",
        "title": "Thông báo",
        "parent": None,
        "layout": "list",
        "itemid": 116,
    },
}

WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def lc2(stamp: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN language pack: "Thứ sáu, 20 Tháng 11 2026 08:15"."""
    d = _dt(stamp)
    return f"{WD[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y %H:%M}"


def iso(stamp: str) -> str:
    return _dt(stamp).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def dmy(stamp: str) -> str:
    return _dt(stamp).strftime("%d/%m/%Y")


# --- the articles -------------------------------------------------------------------------

IMG = "/images/tin-tuc/2026"


def _sign(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


A416 = Story(
    id=416,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-20T08:15:00+07:00",
    blocks=[
        Img(
            f"{IMG}/11/le-20-11-toan-canh.jpg",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "fulltext",
        ),
        P(
            "Sáng ngày 19/11/2026, Trường THPT Hùng Vương long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo "
            "Đảng ủy, UBND xã Krông Pắc, Ban đại diện Cha mẹ học sinh cùng đông đảo các thế hệ thầy "
            "cô giáo và học sinh nhà trường.",
            "lead",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thịnh, Hiệu trưởng nhà trường đã ôn lại truyền "
            "thống vẻ vang của Ngày Nhà giáo Việt Nam, đồng thời điểm lại những kết quả nổi bật mà "
            "tập thể sư phạm nhà trường đạt được trong năm học 2025 - 2026: tỉ lệ học sinh tốt "
            "nghiệp THPT đạt 99,6%; có 27 giải học sinh giỏi cấp tỉnh, trong đó 02 giải Nhất; 01 đề "
            "tài nghiên cứu khoa học kỹ thuật đạt giải Ba cấp quốc gia."
        ),
        Img(
            f"{IMG}/11/le-20-11-hieu-truong-phat-bieu.jpg",
            "Thầy Nguyễn Văn Thịnh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Thầy Nguyễn Văn Thịnh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "capjs",
        ),
        P(
            "Nhân dịp này, nhà trường đã trao Giấy khen cho 12 tập thể và 35 cá nhân có thành tích "
            "xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt”; Chi đoàn giáo viên và Ban đại "
            "diện Cha mẹ học sinh cũng trao tặng những bó hoa tươi thắm tri ân các thầy cô giáo."
        ),
        Img(
            f"{IMG}/11/le-20-11-khen-thuong.jpg",
            "Trao Giấy khen cho các tập thể, cá nhân tiêu biểu năm học 2025 - 2026",
            "Trao Giấy khen cho các tập thể, cá nhân tiêu biểu năm học 2025 - 2026",
            "capjs",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đoàn học sinh dàn "
            "dựng, để lại nhiều cảm xúc trong lòng thầy cô và các em học sinh."
        ),
        _sign("<strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong>"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    summary=(
        "Sáng ngày 19/11/2026, Trường THPT Hùng Vương long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo "
        "Đảng ủy, UBND xã Krông Pắc, Ban đại diện Cha mẹ học sinh cùng đông đảo các thế hệ thầy "
        "cô giáo và học sinh nhà trường."
    ),
    opts={
        "catid": 8,
        "pub": "2026-11-20 08:15",
        "mod": "2026-11-22 09:40",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/11/thumb/le-20-11.jpg",
        "tags": "20-11",
    },
)

A413 = Story(
    id=413,
    slug="hoi-thi-giai-dieu-tuoi-hong-chao-mung-ngay-nha-giao-viet-nam",
    title="Hội thi “Giai điệu tuổi hồng” chào mừng Ngày Nhà giáo Việt Nam",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-17T15:30:00+07:00",
    blocks=[
        P(
            "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tối ngày 15/11/2026, Đoàn "
            "trường THPT Hùng Vương đã tổ chức Hội thi văn nghệ “Giai điệu tuổi hồng” với sự tham "
            "gia của 24 chi đoàn học sinh."
        ),
        Img(
            f"{IMG}/11/giai-dieu-tuoi-hong-01.jpg",
            "(Tiết mục múa “Sắc màu Tây Nguyên” của Chi đoàn 11A3)",
            "Tiết mục múa “Sắc màu Tây Nguyên” của Chi đoàn 11A3",
            "jce",
        ),
        P(
            "Các tiết mục dự thi được đầu tư công phu cả về nội dung lẫn hình thức, từ những ca "
            "khúc ngợi ca mái trường, thầy cô đến các điệu múa mang đậm bản sắc văn hóa các dân "
            "tộc Tây Nguyên."
        ),
        P("Kết quả, Ban tổ chức đã trao:", "br"),
        P("- 01 giải Nhất cho Chi đoàn 11A3;", "br"),
        P("- 02 giải Nhì cho Chi đoàn 12A1 và 10A5;", "br"),
        P("- 03 giải Ba và 06 giải Khuyến khích."),
        Img(f"{IMG}/11/giai-dieu-tuoi-hong-02.jpg", "Ảnh: Lê Văn Tâm", None, "credit"),
        P(
            "Hội thi là sân chơi bổ ích, góp phần giáo dục truyền thống “Tôn sư trọng đạo”, tạo "
            "không khí thi đua sôi nổi trong toàn trường."
        ),
        _sign("<em><strong>Đoàn trường THPT Hùng Vương</strong></em>"),
    ],
    authors=["Đoàn trường THPT Hùng Vương"],
    photographers=["Lê Văn Tâm"],
    opts={
        "catid": 8,
        "pub": "2026-11-17 15:30",
        "mod": "2026-11-18 07:02",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/11/thumb/giai-dieu-tuoi-hong.jpg",
    },
)

A405 = Story(
    id=405,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-24T14:00:00+07:00",
    blocks=[
        P(
            "Chiều ngày 23/10/2026, Trường THPT Hùng Vương tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 - 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên nhà "
            "trường.",
            "word",
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
            "2026 - 2027 và thảo luận, thống nhất các chỉ tiêu trọng tâm:",
            "word",
        ),
        P("Duy trì sĩ số học sinh đạt trên 98,5%, giảm tỉ lệ học sinh bỏ học dưới 0,5%;", "mso"),
        P("Phấn đấu tỉ lệ học sinh tốt nghiệp THPT đạt từ 99% trở lên;", "mso"),
        P("100% giáo viên ứng dụng công nghệ thông tin và học liệu số trong giảng dạy;", "mso"),
        P("Xây dựng trường học xanh - sạch - đẹp - an toàn.", "mso"),
        Img(f"{IMG}/10/hoi-nghi-vc-nld.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "next"),
        P(
            "Hội nghị cũng đã tiến hành bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 03 "
            "đồng chí và ký kết giao ước thi đua giữa các tổ chuyên môn.",
            "word",
        ),
        _sign("<strong>ThS. Trần Văn Hải - Phó Hiệu trưởng</strong>"),
    ],
    authors=["Trần Văn Hải"],
    opts={
        "catid": 8,
        "pub": "2026-10-24 14:00",
        "mod": "2026-10-26 10:11",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/10/thumb/hoi-nghi-vc-nld.jpg",
    },
)

A398 = Story(
    id=398,
    slug="doan-kiem-tra-cua-so-gd-dt-lam-viec-ve-cong-tac-dau-nam-hoc",
    title="Đoàn kiểm tra của Sở GD&ĐT Đắk Lắk làm việc với nhà trường về công tác đầu năm học",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-16",
    blocks=[
        P(
            "Ngày 15/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Đắk Lắk do ông Phạm Đức "
            "Long, Phó Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã đến kiểm tra công tác "
            "chuẩn bị và triển khai nhiệm vụ năm học 2026 - 2027 tại Trường THPT Hùng Vương."
        ),
        Img(f"{IMG}/10/doan-kiem-tra-so.jpg", None, None, "bare"),
        P(
            "Đoàn đã kiểm tra hồ sơ kế hoạch giáo dục nhà trường, kế hoạch dạy học của các tổ "
            "chuyên môn, dự giờ 04 tiết dạy và khảo sát cơ sở vật chất, thiết bị dạy học."
        ),
        P(
            "Kết luận buổi làm việc, Trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, "
            "đồng thời đề nghị tiếp tục đẩy mạnh chuyển đổi số, quan tâm công tác tư vấn tâm lý "
            "và hướng nghiệp cho học sinh lớp 12."
        ),
        Raw(
            '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" /> '
            "<strong>Tệp đính kèm:</strong> "
            '<a href="/images/van-ban/2026/bien-ban-kiem-tra-dau-nam-hoc.pdf" target="_blank">'
            "bien-ban-kiem-tra-dau-nam-hoc.pdf</a> (215 KB)</p>"
        ),
    ],
    opts={
        "catid": 8,
        "pub": "2026-10-16 00:00",
        "mod": None,
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/10/thumb/doan-kiem-tra-so.jpg",
    },
)

A391 = Story(
    id=391,
    slug="hon-1-200-hoc-sinh-duoc-tuyen-truyen-phap-luat-ve-trat-tu-an-toan-giao-thong",
    title="Hơn 1.200 học sinh được tuyên truyền pháp luật về trật tự, an toàn giao thông",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-09T09:20:00+07:00",
    blocks=[
        P(
            "Sáng 8/10, Ban An toàn giao thông tỉnh phối hợp với Công an xã Krông Pắc tổ chức "
            "buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn 1.200 học sinh "
            "Trường THPT Hùng Vương."
        ),
        P(
            "Tại buổi tuyên truyền, báo cáo viên đã thông tin tình hình tai nạn giao thông liên "
            "quan đến lứa tuổi học sinh trên địa bàn tỉnh trong 9 tháng đầu năm 2026; phổ biến "
            "những quy định mới của Luật Trật tự, an toàn giao thông đường bộ, nhất là quy định "
            "về độ tuổi điều khiển xe gắn máy, đội mũ bảo hiểm và không sử dụng rượu bia khi tham "
            "gia giao thông."
        ),
        Img(
            f"{IMG}/10/atgt-hung-vuong.jpg",
            "(Học sinh tham gia trả lời câu hỏi tìm hiểu Luật Trật tự, an toàn giao thông đường bộ)",
            "Học sinh tham gia trả lời câu hỏi tìm hiểu Luật Trật tự, an toàn giao thông đường bộ",
            "next",
        ),
        P(
            "Theo kế hoạch, từ nay đến cuối năm 2026, Ban An toàn giao thông tỉnh sẽ tiếp tục tổ "
            "chức tuyên truyền tại 45 trường THPT và trung tâm giáo dục nghề nghiệp - giáo dục "
            "thường xuyên trên địa bàn."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/index.php/tin-tuc/tin-tuc-su-kien/384-ngay-hoi-van-hoa-'
            'dan-toc">Học sinh nhà trường tham gia Ngày hội Văn hóa các dân tộc</a></em></p>'
        ),
        _sign("<strong>Minh Thuận</strong>"),
        _sign("<em>(Theo Báo Đắk Lắk điện tử)</em>"),
    ],
    authors=["Minh Thuận"],
    source="Báo Đắk Lắk điện tử",
    opts={
        "catid": 8,
        "pub": "2026-10-09 09:20",
        "mod": "2026-10-09 09:26",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/10/thumb/atgt.jpg",
    },
)

A384 = Story(
    id=384,
    slug="hoc-sinh-nha-truong-tham-gia-ngay-hoi-van-hoa-cac-dan-toc-nam-2026",
    title="Học sinh nhà trường tham gia Ngày hội Văn hóa các dân tộc năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-03T16:45:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 01 và 02/10/2026, đội văn nghệ gồm 32 học sinh người Ê Đê, M’Nông, "
            "Tày, Nùng của Trường THPT Hùng Vương đã tham gia Ngày hội Văn hóa các dân tộc do "
            "UBND xã Krông Pắc tổ chức."
        ),
        Img(
            f"{IMG}/10/ngay-hoi-van-hoa-cong-chieng.jpg",
            "Các em học sinh trình diễn cồng chiêng tại Ngày hội",
            "Các em học sinh trình diễn cồng chiêng tại Ngày hội",
            "capjs",
        ),
        P(
            "Các em đã mang đến Ngày hội màn trình diễn cồng chiêng, múa xoang, trang phục truyền "
            "thống và trò chơi dân gian đẩy gậy, kéo co, nhận được sự cổ vũ nhiệt tình của bà con "
            "buôn làng."
        ),
        P(
            "“Được đứng cùng các nghệ nhân trong vòng xoang, em cảm thấy tự hào về văn hóa của dân "
            "tộc mình và muốn giữ gìn tiếng chiêng cho các thế hệ sau.”",
            "quote",
        ),
        P(
            "Chia sẻ của em H’Mai Niê, học sinh lớp 11A2 cũng là mong muốn chung của nhiều bạn "
            "trẻ Tây Nguyên hôm nay. Kết thúc Ngày hội, đội văn nghệ nhà trường đạt giải Nhì toàn "
            "đoàn."
        ),
        _sign("<strong>H’Lan Êban - Tổ Sử - Địa</strong>"),
    ],
    authors=["H’Lan Êban"],
    opts={
        "catid": 8,
        "pub": "2026-10-03 16:45",
        "mod": "2026-10-05 08:30",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/10/thumb/ngay-hoi-van-hoa.jpg",
        "old_alias": "ngay-hoi-van-hoa-dan-toc",
    },
)

A419 = Story(
    id=419,
    slug="chuong-trinh-ao-am-cho-em-trao-120-chiec-ao-am-cho-hoc-sinh-kho-khan",
    title="Chương trình “Áo ấm cho em” - trao 120 chiếc áo ấm cho học sinh khó khăn",
    cat="Đoàn thanh niên",
    published_at="2026-11-28T10:05:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Tết ấm cho em” của Tỉnh đoàn, Đoàn trường THPT Hùng Vương đã "
            "vận động đoàn viên, thanh niên và các nhà hảo tâm ủng hộ 120 chiếc áo ấm cùng nhiều "
            "phần quà cho học sinh có hoàn cảnh khó khăn.",
            "lead",
        ),
        P(
            "Sau hơn ba tuần phát động, các chi đoàn đã quyên góp được 18.650.000 đồng, 120 chiếc "
            "áo ấm, 300 cuốn vở và 45 thùng mì tôm. Chi đoàn 12A4 dẫn đầu toàn trường với 2.150.000 "
            "đồng."
        ),
        Img(
            f"{IMG}/11/ao-am-cho-em-01.jpg",
            "Bí thư Đoàn trường trao áo ấm cho học sinh",
            "Bí thư Đoàn trường trao áo ấm cho học sinh",
            "next",
        ),
        P(
            "Sáng 27/11, tại hội trường nhà trường, Ban Chấp hành Đoàn trường đã trao tận tay 120 "
            "phần quà cho các em học sinh người đồng bào dân tộc thiểu số ở các buôn Ea Kênh, Ea "
            "Yông. Mỗi phần quà là một tấm lòng, lan tỏa yêu thương ❤️ đến các bạn trong những ngày "
            "đông lạnh giá."
        ),
        Img(
            f"{IMG}/11/ao-am-cho-em-02.jpg",
            "Các đoàn viên chụp ảnh lưu niệm cùng học sinh nhận quà",
            "Các đoàn viên chụp ảnh lưu niệm cùng học sinh nhận quà",
            "capjs",
        ),
        _sign("<strong>Tin: Y Thanh Niê – Ảnh: H’Linh Êban</strong>"),
    ],
    authors=["Y Thanh Niê"],
    photographers=["H’Linh Êban"],
    summary=(
        "Hưởng ứng phong trào “Tết ấm cho em” của Tỉnh đoàn, Đoàn trường THPT Hùng Vương đã "
        "vận động đoàn viên, thanh niên và các nhà hảo tâm ủng hộ 120 chiếc áo ấm cùng nhiều "
        "phần quà cho học sinh có hoàn cảnh khó khăn."
    ),
    opts={
        "catid": 9,
        "pub": "2026-11-28 10:05",
        "mod": "2026-12-02 14:18",
        "account": "doantruong",
        "intro_n": 1,
        "thumb": f"{IMG}/11/thumb/ao-am-cho-em.jpg",
    },
)

A409 = Story(
    id=409,
    slug="tuoi-tre-hung-vuong-huong-ung-ngay-phap-luat-viet-nam",
    title="Tuổi trẻ Hùng Vương hưởng ứng Ngày Pháp luật nước CHXHCN Việt Nam 09/11",
    cat="Đoàn thanh niên",
    published_at="2026-11-09T19:30:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh đoàn Đắk Lắk, trong tuần lễ từ ngày 02 đến "
            "ngày 09/11/2026, Đoàn trường THPT Hùng Vương đã tổ chức nhiều hoạt động hưởng ứng "
            "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam."
        ),
        P(
            "Theo kế hoạch, mỗi chi đoàn tổ chức một buổi sinh hoạt chủ đề “Thanh niên với văn hóa "
            "tuân thủ pháp luật” và tham gia cuộc thi trực tuyến tìm hiểu pháp luật trên trang "
            "của Tỉnh đoàn."
        ),
        Raw(
            '<div class="moduletable bai-cung-muc">\n<h3>Bài viết cùng chuyên mục</h3>\n'
            '<ul class="category-module mod-list">\n'
            '<li><a class="mod-articles-category-title " href="/index.php/tin-tuc/doan-thanh-nien/'
            '419-chuong-trinh-ao-am-cho-em-trao-120-chiec-ao-am-cho-hoc-sinh-kho-khan">Chương trình'
            " “Áo ấm cho em” - trao 120 chiếc áo ấm cho học sinh khó khăn</a>"
            ' <span class="mod-articles-category-date">28/11/2026</span></li>\n'
            "</ul>\n</div>"
        ),
        P(
            "Kết quả, đã có 1.086 lượt đoàn viên tham gia cuộc thi; Chi đoàn 11A1 và 12A2 có tỉ lệ "
            "tham gia đạt 100%. Em Nguyễn Hoàng Bảo Ngọc, lớp 12A2 đạt giải Ba cuộc thi cấp tỉnh."
        ),
        P(
            "Qua các hoạt động, đoàn viên, thanh niên nâng cao nhận thức, ý thức chấp hành pháp "
            "luật, góp phần xây dựng môi trường học đường an toàn, lành mạnh."
        ),
        _sign("<strong><em>BCH Đoàn trường</em></strong>"),
    ],
    authors=["BCH Đoàn trường"],
    opts={
        "catid": 9,
        "pub": "2026-11-09 19:30",
        "mod": "2026-11-10 06:55",
        "account": "doantruong",
        "intro_n": 1,
        "thumb": f"{IMG}/11/thumb/ngay-phap-luat.jpg",
    },
)

A414 = Story(
    id=414,
    slug="chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc-mon-toan",
    title="Chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán”",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-19T13:45:00+07:00",
    blocks=[
        P(
            "Ngày 18/11/2026, Tổ Toán - Tin Trường THPT Hùng Vương tổ chức chuyên đề “Ứng dụng trí "
            "tuệ nhân tạo trong dạy học môn Toán” với sự tham gia của 14 giáo viên trong tổ và "
            "đại diện các tổ chuyên môn khác."
        ),
        P("1. Nội dung chuyên đề", "h3"),
        P("TT | Nội dung | Người thực hiện", "tr"),
        P("1 | Tổng quan về các công cụ AI hỗ trợ soạn bài giảng | Thầy Võ Minh Trí", "tr"),
        P("2 | Dạy học hình học không gian với GeoGebra và AI | Cô Đặng Thị Thanh Thủy", "tr"),
        P("3 | Xây dựng ngân hàng câu hỏi trắc nghiệm có hỗ trợ AI | Thầy Lương Công Danh", "tr"),
        Img(
            f"{IMG}/11/chuyen-de-ai-toan.jpg",
            "Thầy Võ Minh Trí trình bày tham luận tại chuyên đề",
            "Thầy Võ Minh Trí trình bày tham luận tại chuyên đề",
            "capjs",
        ),
        P("2. Kết quả", "h3"),
        P(
            "Chuyên đề giúp giáo viên tiếp cận những công cụ mới, đồng thời lưu ý học sinh sử dụng "
            "AI như một “trợ lý học tập”, không lạm dụng. Tổ chuyên môn thống nhất mỗi giáo viên "
            "xây dựng ít nhất 02 bài dạy có ứng dụng AI trong học kỳ I."
        ),
        _sign("<strong>Tổ Toán - Tin</strong>"),
    ],
    authors=["Tổ Toán - Tin"],
    opts={
        "catid": 10,
        "pub": "2026-11-19 13:45",
        "mod": "2026-11-19 15:02",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/11/thumb/chuyen-de-ai.jpg",
    },
)

A407 = Story(
    id=407,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-30T17:10:00+07:00",
    blocks=[
        P(
            "Từ ngày 19/10 đến ngày 29/10/2026, Trường THPT Hùng Vương tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường năm học 2026 - 2027 với 21 giáo viên thuộc 07 tổ chuyên môn tham "
            "gia."
        ),
        P(
            "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện 02 "
            "tiết dạy trên lớp theo định hướng phát triển phẩm chất, năng lực học sinh."
        ),
        Img(
            f"{IMG}/10/gvdg-tiet-day.jpg",
            "Một tiết dạy môn Hóa học tại lớp 11A5",
            "Một tiết dạy môn Hóa học tại lớp 11A5",
            "capjs",
        ),
        P(
            "Kết quả, có 17 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 05 "
            "giáo viên được chọn tham gia Hội thi cấp tỉnh. Nhiều tiết dạy đã vận dụng hiệu quả "
            "phương pháp dạy học dự án, học liệu số và thí nghiệm thực hành."
        ),
        _sign("<strong>Phạm Thị Ngọc Ánh</strong><br /><em>Thư ký Hội đồng thi đua</em>"),
    ],
    authors=["Phạm Thị Ngọc Ánh"],
    opts={
        "catid": 10,
        "pub": "2026-10-30 17:10",
        "mod": "2026-11-02 08:00",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/10/thumb/gvdg.jpg",
    },
)

A388 = Story(
    id=388,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-kinh-nghiem-tu-to-ngu-van",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học: Kinh nghiệm từ Tổ Ngữ văn",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-07T07:45:00+07:00",
    blocks=[
        P(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học là hình thức được Bộ Giáo dục và Đào tạo "
            "khuyến khích từ nhiều năm nay.[1] Với Tổ Ngữ văn, đây là cách để giáo viên cùng nhau "
            "nhìn vào việc học của học sinh thay vì chỉ đánh giá giờ dạy của đồng nghiệp."
        ),
        P("Các bước thực hiện", "h3"),
        P(
            "Tổ chọn bài “Văn bản nghị luận” lớp 11, cùng thiết kế kế hoạch bài dạy, một giáo viên "
            "dạy minh họa, các thành viên dự giờ tập trung quan sát hoạt động của từng nhóm học "
            "sinh, sau đó thảo luận, điều chỉnh và dạy lại ở lớp khác."
        ),
        P(
            "Cách làm này bám sát tinh thần đổi mới căn bản, toàn diện giáo dục theo Nghị quyết Hội "
            "nghị Trung ương 8 khóa XI, lấy người học làm trung tâm.",
            "sup=khóa XI|2",
        ),
        Img(
            f"{IMG}/10/nghien-cuu-bai-hoc-ngu-van.jpg",
            "(Giáo viên Tổ Ngữ văn dự giờ, quan sát hoạt động nhóm của học sinh lớp 11A4)",
            "Giáo viên Tổ Ngữ văn dự giờ, quan sát hoạt động nhóm của học sinh lớp 11A4",
            "jce",
        ),
        P("Bài học kinh nghiệm", "h3"),
        P(
            "Điều quan trọng nhất là tạo được không khí cởi mở, tin cậy: người dự giờ không phán "
            "xét giáo viên mà cùng tìm nguyên nhân vì sao học sinh chưa học được."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Bộ GD&ĐT (2020), Tài liệu hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học, "
            "NXB Giáo dục Việt Nam.",
            "small",
        ),
        P(
            "[2] Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Hội nghị Trung ương 8 khóa XI.",
            "small",
        ),
        _sign("<strong>ThS. Lê Thị Hồng Nhung - Tổ trưởng Tổ Ngữ văn</strong>"),
    ],
    authors=["Lê Thị Hồng Nhung"],
    opts={
        "catid": 10,
        "pub": "2026-10-07 07:45",
        "mod": "2026-10-12 20:31",
        "account": "Quản trị",
        "intro_n": 1,
        "thumb": f"{IMG}/10/thumb/nghien-cuu-bai-hoc.jpg",
    },
)

LETTERHEAD_421 = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT ĐẮK LẮK<br /><strong>TRƯỜNG THPT HÙNG VƯƠNG</strong><br />______</td>
<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />________________</td>
</tr>
<tr>
<td style="text-align: center;">Số: 215/TB-THPTHV</td>
<td style="text-align: center;"><em>Krông Pắc, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"""

CLOSING_421 = """<table style="width: 100%;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />- CB, GV, NV, HS (để t/h);<br />- Ban ĐD CMHS;<br />- Website trường;<br />- Lưu: VT.</td>
<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Thịnh</strong></td>
</tr>
</tbody>
</table>"""

A421 = Story(
    id=421,
    slug="thong-bao-ve-viec-nghi-tet-duong-lich-nam-2027",
    title="Thông báo về việc nghỉ Tết Dương lịch năm 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(LETTERHEAD_421),
        P(
            "Căn cứ Kế hoạch thời gian năm học 2026 - 2027 của Sở Giáo dục và Đào tạo Đắk Lắk; căn "
            "cứ tình hình thực tế của đơn vị, Trường THPT Hùng Vương thông báo lịch nghỉ Tết Dương "
            "lịch năm 2027 như sau:"
        ),
        P(
            "1. Thời gian nghỉ: Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày, thứ Sáu "
            "ngày 01/01/2027."
        ),
        P("2. Học sinh đi học trở lại bình thường từ thứ Bảy ngày 02/01/2027."),
        P(
            "3. Trong thời gian nghỉ, Tổ Văn phòng phân công trực và bảo vệ tài sản nhà trường; "
            "giáo viên chủ nhiệm nhắc nhở học sinh chấp hành an toàn giao thông, không đốt pháo."
        ),
        P("Nhà trường thông báo để toàn thể cán bộ, giáo viên, nhân viên và học sinh biết, thực hiện./."),
        Raw(CLOSING_421),
    ],
    authors=["Nguyễn Văn Thịnh"],
    opts={
        "catid": 11,
        "pub": "2026-12-01 07:30",
        "mod": "2026-12-01 07:34",
        "account": "Văn thư",
        "intro_n": 0,
    },
)

EMAIL_411 = "vinhdq.c3hungvuong@daklak.edu.vn"

A411 = Story(
    id=411,
    slug="thong-bao-tuyen-chon-doi-tuyen-hoc-sinh-gioi-cap-tinh-lop-12",
    title="Thông báo tuyển chọn đội tuyển học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-12T08:00:00+07:00",
    blocks=[
        P(
            "Nhằm chuẩn bị cho Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, nhà "
            "trường thông báo tuyển chọn học sinh vào các đội tuyển như sau:"
        ),
        P("- Môn thi: Toán, Vật lí, Hóa học, Sinh học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tin học."),
        P("- Đối tượng: học sinh lớp 12 có điểm trung bình môn đăng ký năm học lớp 11 từ 8,0 trở lên."),
        P("- Thời gian đăng ký: từ ngày 12/11 đến hết ngày 18/11/2026 tại giáo viên chủ nhiệm."),
        P("- Thời gian thi tuyển chọn: 7h30 sáng Chủ nhật, ngày 22/11/2026."),
        P(
            f"Mọi thông tin chi tiết xin liên hệ thầy Đỗ Quang Vinh, Phó Hiệu trưởng, điện thoại "
            f"0905.123.478, email: {EMAIL_411}.",
            f"cloak={EMAIL_411}",
        ),
    ],
    opts={
        "catid": 11,
        "pub": "2026-11-12 08:00",
        "mod": "2026-11-13 16:40",
        "account": "Quản trị",
        "intro_n": 0,
    },
)

STORIES = [A421, A419, A416, A414, A413, A411, A409, A407, A405, A398, A391, A388, A384]
BY_ID = {s.id: s for s in STORIES}
HIDDEN = {391, 384, 388}  # reachable only from page 2 of their category (and 391's "Xem thêm")

# --- URLs ---------------------------------------------------------------------------------


def cat_of(s: Story) -> dict:
    return CATS[s.opts["catid"]]


def sef(s: Story, alias: str | None = None) -> str:
    return f"{cat_of(s)['route']}/{s.id}-{alias or s.slug}"


def comp_url(s: Story) -> str:
    c = s.opts["catid"]
    return f"/index.php/component/content/article/{c}-{CATS[c]['alias']}/{s.id}-{s.slug}?Itemid=101"


def nonsef(s: Story) -> str:
    c = s.opts["catid"]
    return f"/index.php?option=com_content&view=article&id={s.id}&catid={c}&Itemid={CATS[c]['itemid']}"


def print_url(s: Story) -> str:
    return sef(s) + "?tmpl=component&print=1&layout=default"


def mailto_url(s: Story) -> str:
    digest = hashlib.sha1(sef(s).encode()).hexdigest()
    return f"/index.php/component/mailto/?tmpl=component&template={TPL}&link={digest}"


def amp(url: str) -> str:
    return url.replace("&", "&amp;")


NSP_NEWS = [419, 416, 413, 409]
NSP_NEWS_LINKS = [405, 398]
NSP_CM = [414, 407]
MARQUEE = [421, 411]
MOSTREAD = [416, 421, 419, 414, 405]
SLIDES = [416, 419, 414]
RELATED = {416: [413], 413: [416]}

# --- non-article pages ---------------------------------------------------------------------

INTRO_PAGES = {
    "/index.php/gioi-thieu/lich-su-nha-truong": {
        "id": 12,
        "title": "Lịch sử nhà trường",
        "parent": "Giới thiệu",
        "body": """<p style="text-align: justify;">Trường THPT Hùng Vương được thành lập theo Quyết định số 1125/QĐ-UB ngày 14/7/1998 của UBND tỉnh Đắk Lắk, trên cơ sở tách ra từ Trường THPT Krông Pắc. Năm học đầu tiên, trường có 9 lớp với 412 học sinh và 21 cán bộ, giáo viên.</p>
<p style="text-align: center;"><img src="/images/gioi-thieu/truong-thpt-hung-vuong-toan-canh.jpg" alt="truong-thpt-hung-vuong-toan-canh" width="700" height="420" /></p>
<p style="text-align: justify;">Trải qua hơn 28 năm xây dựng và phát triển, đến nay nhà trường có 36 lớp với 1.468 học sinh, trong đó gần 30% là học sinh người đồng bào dân tộc thiểu số; đội ngũ 94 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn, 31 giáo viên có trình độ thạc sĩ.</p>
<p style="text-align: justify;">Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2018, được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba năm 2023.</p>""",
    },
    "/index.php/gioi-thieu/co-cau-to-chuc": {
        "id": 13,
        "title": "Cơ cấu tổ chức",
        "parent": "Giới thiệu",
        "body": """<p><strong>BAN GIÁM HIỆU</strong></p>
<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0" cellpadding="4">
<tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Nguyễn Văn Thịnh</td><td>Hiệu trưởng</td><td>0913.452.118</td></tr>
<tr><td>Trần Văn Hải</td><td>Phó Hiệu trưởng</td><td>0983.221.706</td></tr>
<tr><td>Đỗ Quang Vinh</td><td>Phó Hiệu trưởng</td><td>0905.123.478</td></tr>
</tbody>
</table>
<p><strong>CÁC TỔ CHUYÊN MÔN:</strong> Tổ Toán - Tin; Tổ Vật lí - Công nghệ; Tổ Hóa - Sinh; Tổ Ngữ văn; Tổ Sử - Địa; Tổ Ngoại ngữ; Tổ Thể dục - GDQP&amp;AN; Tổ Văn phòng.</p>""",
    },
    "/index.php/thoi-khoa-bieu": {
        "id": 420,
        "title": "Thời khóa biểu học kỳ I năm học 2026 - 2027",
        "parent": None,
        "body": """<p style="text-align: center;"><strong><span style="color: #ff0000;">THỜI KHÓA BIỂU ÁP DỤNG TỪ NGÀY 07/12/2026</span></strong></p>
<p style="text-align: center;"><img src="/images/tkb/tkb-hk1-2026-2027-buoi-sang.png" alt="tkb-hk1-2026-2027-buoi-sang" width="900" height="640" /></p>
<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" /> <a href="/images/tkb/TKB-HK1-2026-2027-ap-dung-07-12.pdf" target="_blank">Tải thời khóa biểu (PDF)</a></p>""",
    },
}

DOCS = [
    (23, "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "125/KH-THPTHV", "15/09/2026", True),
    (22, "quy-che-chi-tieu-noi-bo-nam-2026", "Quy chế chi tiêu nội bộ năm 2026", "08/QC-THPTHV", "20/01/2026", False),
    (21, "ke-hoach-thoi-gian-nam-hoc-2026-2027-cua-so", "Kế hoạch thời gian năm học 2026 - 2027 (Sở GD&ĐT)", "2314/KH-SGDĐT", "12/08/2026", False),
]
DOC_DETAIL = f"/index.php/van-ban/file/{DOCS[0][0]}-{DOCS[0][1]}"

ALBUMS = {
    5: ("ky-niem-ngay-nha-giao-20-11-2026", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "20-11-2026", 6),
    4: ("le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027", "khai-giang-2026", 5),
}
GALLERY = "/index.php/thu-vien/thu-vien-anh"
VIDEO_LIST = "/index.php/thu-vien/video-clip"
VIDEO = {
    "id": 372,
    "alias": "video-le-khai-giang-nam-hoc-2026-2027",
    "title": "Video: Lễ khai giảng năm học 2026 - 2027",
    "pub": "2026-09-06 20:10",
}
VIDEO_PATH = f"{VIDEO_LIST}/{VIDEO['id']}-{VIDEO['alias']}"
CONTACT = "/index.php/lien-he"
DOC_LIST = "/index.php/van-ban"

# --- chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", 101, []),
    (
        "Giới thiệu",
        None,
        102,
        [
            ("Lịch sử nhà trường", "/index.php/gioi-thieu/lich-su-nha-truong", 103),
            ("Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc", 104),
        ],
    ),
    (
        "Tin tức",
        None,
        111,
        [
            ("Tin tức - Sự kiện", CATS[8]["route"], 112),
            ("Đoàn thanh niên", CATS[9]["route"], 113),
        ],
    ),
    (
        "Chuyên môn",
        None,
        114,
        [
            ("Hoạt động chuyên môn", CATS[10]["route"], 115),
            ("Thời khóa biểu", "/index.php/thoi-khoa-bieu", 117),
        ],
    ),
    ("Thông báo", CATS[11]["route"], 116, []),
    ("Văn bản", DOC_LIST, 118, []),
    (
        "Thư viện",
        None,
        119,
        [("Thư viện ảnh", GALLERY, 120), ("Video clip", VIDEO_LIST, 121)],
    ),
    ("Liên hệ", CONTACT, 122, []),
]


def _menu(active: str) -> str:
    out = ['<nav id="gkExtraMenu" class="gkMenu">', '<ul class="gkmenu level0">']
    for i, (label, href, mid, kids) in enumerate(MENU):
        cls = ["first"] if i == 0 else []
        if kids:
            cls.append("haschild")
        if label == active or any(k[0] == active for k in kids):
            cls.append("active")
        c = " ".join(cls)
        if href:
            out.append(f'<li class="{c}"><a href="{href}" class=" {c}" id="menu{mid}" title="{esc(label)}">{esc(label)}</a>')
        else:
            out.append(f'<li class="{c}"><span class="separator {c}" id="menu{mid}">{esc(label)}</span>')
        if kids:
            out.append('<div class="childcontent"><div class="childcontent-inner">')
            out.append('<div class="gkcol gkcol1  first"><ul class="gkmenu level1">')
            for j, (kl, kh, kid) in enumerate(kids):
                kc = "first" if j == 0 else ""
                out.append(f'<li class="{kc}"><a href="{kh}" class=" {kc}" id="menu{kid}" title="{esc(kl)}">{esc(kl)}</a></li>')
            out.append("</ul></div></div></div>")
        out.append("</li>")
    out.append("</ul></nav>")
    # the template's mobile menu: a select that navigates with JavaScript
    out.append('<select id="gkMobileMenu" class="mobileMenu" onchange="window.location.href=this.value;">')
    for label, href, _mid, kids in MENU:
        if href:
            out.append(f'<option value="{href}">{esc(label)}</option>')
        for kl, kh, _ in kids:
            out.append(f'<option value="{kh}">&nbsp;&nbsp;- {esc(kl)}</option>')
    out.append("</select>")
    return "\n".join(out)


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li class="active"><span class="divider icon-location"></span></li>']
    items.append(
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        '<a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a>'
        '<span class="divider"> / </span><meta itemprop="position" content="1"></li>'
    )
    for i, (label, href) in enumerate(trail, start=2):
        last = i == len(trail) + 1
        inner = (
            f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
            if href and not last
            else f'<span itemprop="name">{esc(label)}</span>'
        )
        sep = "" if last else '<span class="divider"> / </span>'
        cls = ' class="active"' if last else ""
        items.append(
            f'<li{cls} itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'{inner}{sep}<meta itemprop="position" content="{i}"></li>'
        )
    return (
        '<div id="gkBreadcrumb"><div class="gkPage"><div class="breadcrumbs">'
        '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
        + "".join(items)
        + "</ul></div></div></div>"
    )


def _cloak(email: str, key: str) -> str:
    """Joomla 3's "Content - Email Cloaking" output: a notice and a script that writes the address."""
    user, domain = email.split("@")
    dparts = domain.split(".")
    joined = " + '&#46;' + ".join(f"'{p}'" for p in dparts)
    cid = "cloak" + hashlib.md5((key + email).encode()).hexdigest()
    return (
        f'<span id="{cid}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần '
        f"kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('{cid}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{cid[5:]} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{cid[5:]} = addy{cid[5:]} + {joined};\n"
        f"\t\t\t\tvar addy_text{cid[5:]} = '{user}' + '&#64;' + {joined};"
        f"document.getElementById('{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{cid[5:]} + '\\'>'+addy_text{cid[5:]}+'<\\/a>';\n\t\t</script>"
    )


def _sidebar() -> str:
    marquee = "\n".join(
        f'<p><img src="/images/icon/new.gif" alt="new" width="28" height="11" /> '
        f'<a href="{amp(nonsef(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></p>'
        for i in MARQUEE
    )
    mostread = "\n".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{sef(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in MOSTREAD
    )
    return f"""<aside id="gkSidebar" class="gkOnlyOne">
<div class="box  tb-hot"><div class="box-wrap"><h3 class="header"><span>Thông báo mới</span></h3><div class="content">
<div class="custom tb-hot">
<marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" onmouseout="this.start()">
{marquee}
</marquee></div>
</div></div></div>
<div class="box  light"><div class="box-wrap"><h3 class="header"><span>Tin đọc nhiều</span></h3><div class="content">
<ul class="mostread mod-list">
{mostread}
</ul>
</div></div></div>
<div class="box "><div class="box-wrap"><h3 class="header"><span>Liên kết website</span></h3><div class="content">
<div class="custom">
<select name="lienket" style="width: 100%;" onchange="if(this.value!='') window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
</select>
<p style="text-align: center;"><a href="https://daklak.edu.vn" target="_blank" rel="noopener"><img src="/images/banners/banner-so-gddt-daklak.jpg" alt="banner-so-gddt-daklak" width="260" height="80" /></a></p>
<p style="text-align: center;"><a href="https://taphuan.csdl.edu.vn" target="_blank" rel="noopener"><img src="/images/banners/banner-tap-huan.png" alt="banner-tap-huan" width="260" height="80" /></a></p>
</div>
</div></div></div>
<div class="box "><div class="box-wrap"><h3 class="header"><span>Thăm dò ý kiến</span></h3><div class="content">
<form action="/index.php" method="post" name="form2" class="poll">
<h4 class="poll-title">Bạn đánh giá thế nào về website nhà trường?</h4>
<ul class="poll-options">
<li><input type="radio" name="voteid" id="voteid7" value="7" /><label for="voteid7">Rất hữu ích</label></li>
<li><input type="radio" name="voteid" id="voteid8" value="8" /><label for="voteid8">Hữu ích</label></li>
<li><input type="radio" name="voteid" id="voteid9" value="9" /><label for="voteid9">Cần cải thiện thêm</label></li>
</ul>
<input type="submit" name="task_button" class="button" value="Bình chọn" />
<input type="hidden" name="option" value="com_poll" />
<input type="hidden" name="id" value="2" />
<input type="hidden" name="task" value="vote" />
</form>
</div></div></div>
<div class="box "><div class="box-wrap"><h3 class="header"><span>Thống kê truy cập</span></h3><div class="content">
<div id="vvisit_counter" class="vvisit_counter">
<div style="text-align: center;"><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/1.png" alt="1" title="1" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/2.png" alt="2" title="2" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/8.png" alt="8" title="8" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/4.png" alt="4" title="4" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/5.png" alt="5" title="5" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/6.png" alt="6" title="6" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/3.png" alt="3" title="3" /></div>
<table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisitor_counter">
<tbody>
<tr><td style="text-align: left;"><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="Hôm nay" /> Hôm nay</td><td style="text-align: right;">312</td></tr>
<tr><td style="text-align: left;"><img src="/modules/mod_vvisit_counter/images/tbl/vyesterday.png" alt="Hôm qua" /> Hôm qua</td><td style="text-align: right;">587</td></tr>
<tr><td style="text-align: left;"><img src="/modules/mod_vvisit_counter/images/tbl/vweek.png" alt="Tuần này" /> Tuần này</td><td style="text-align: right;">2.941</td></tr>
<tr><td style="text-align: left;"><img src="/modules/mod_vvisit_counter/images/tbl/vmonth.png" alt="Tháng này" /> Tháng này</td><td style="text-align: right;">1.203</td></tr>
<tr><td style="text-align: left;"><img src="/modules/mod_vvisit_counter/images/tbl/vall.png" alt="Tổng truy cập" /> Tổng truy cập</td><td style="text-align: right;">1.284.563</td></tr>
</tbody></table>
<hr style="width: 90%;" />
<div style="text-align: center;">Đang online: 17</div>
<div style="text-align: center;">IP của bạn: 113.161.54.20</div>
</div>
</div></div></div>
</aside>"""


def _bottom() -> str:
    return f"""<section id="gkBottom1" class="gk-bottom">
<div class="gkCols3 gkPage">
<div class="box  gkmod-3 nomargin"><div class="box-wrap"><h3 class="header"><span>Trường THPT Hùng Vương</span></h3><div class="content">
<div class="custom"><p>Địa chỉ: Thôn Tân Lập, xã Krông Pắc, tỉnh Đắk Lắk</p>
<p>Điện thoại: (0262) 3521 467 - Fax: (0262) 3521 468</p>
<p>Email: {_cloak("c3hungvuong.krongpac@daklak.edu.vn", "footer")}</p></div>
</div></div></div>
<div class="box  gkmod-3"><div class="box-wrap"><h3 class="header"><span>Liên kết nhanh</span></h3><div class="content">
<ul class="nav menu mod-list">
<li class="item-118"><a href="{DOC_LIST}">Văn bản</a></li>
<li class="item-117"><a href="/index.php/thoi-khoa-bieu">Thời khóa biểu</a></li>
<li class="item-120"><a href="{GALLERY}">Thư viện ảnh</a></li>
<li class="item-130"><a href="https://mail.daklak.edu.vn" target="_blank" rel="noopener noreferrer">Email nội bộ</a></li>
<li class="item-131"><a href="https://vnedu.vn" target="_blank" rel="noopener noreferrer">Sổ liên lạc điện tử</a></li>
</ul>
</div></div></div>
<div class="box  gkmod-3 nomargin"><div class="box-wrap"><h3 class="header"><span>Kết nối với chúng tôi</span></h3><div class="content">
<div class="custom"><p><a href="https://www.facebook.com/thpthungvuongkrongpac" target="_blank" rel="noopener"><img src="/images/icon/facebook.png" alt="facebook" width="32" height="32" /></a>
<a href="https://www.youtube.com/@thpthungvuongkrongpac" target="_blank" rel="noopener"><img src="/images/icon/youtube.png" alt="youtube" width="32" height="32" /></a></p></div>
</div></div></div>
</div>
</section>
<footer id="gkFooter" class="gkPage">
<div>
<ul class="menu">
<li class="item-101"><a href="/">Trang chủ</a></li>
<li class="item-122"><a href="{CONTACT}">Liên hệ</a></li>
</ul>
<p id="gkCopyrights">Bản quyền &copy; 2014 - 2026 Trường THPT Hùng Vương - Krông Pắc - Đắk Lắk. Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thịnh.<br />Ghi rõ nguồn "Trường THPT Hùng Vương" khi phát hành lại thông tin từ website này.</p>
<p id="gkStyleArea">Thiết kế dựa trên template của <a href="https://www.gavick.com" rel="nofollow">GavickPro</a> &amp; <a href="https://www.joomla.org" rel="nofollow">Joomla!</a></p>
</div>
</footer>"""


def page(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]] | None,
    active: str = "",
    top: str = "",
    bottom: str = "",
    description: str = "Website Trường THPT Hùng Vương - xã Krông Pắc, tỉnh Đắk Lắk",
    body_class: str = "",
) -> Response:
    head_title = f"{title} - {SCHOOL}" if title else SCHOOL
    here = request.path + (f"?{request.query}" if request.query else "")
    crumb_html = _crumbs(crumbs) if crumbs is not None else ""
    doc = f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi-vn" dir="ltr" data-config="{{'twitter':0,'plusone':0,'facebook':1,'style':'university-blue'}}">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<base href="{base_url(request)}{esc(here)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THPT Hùng Vương, Krông Pắc, Đắk Lắk, trường học, giáo dục" />
<meta name="rights" content="Trường THPT Hùng Vương" />
<meta name="description" content="{esc(description)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(head_title)}</title>
<link href="/templates/{TPL}/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/templates/{TPL}/css/k2.css?v=2.3" />
<link rel="stylesheet" href="/templates/{TPL}/css/normalize.css" />
<link rel="stylesheet" href="/templates/{TPL}/css/layout.css" />
<link rel="stylesheet" href="/templates/{TPL}/css/joomla.css" />
<link rel="stylesheet" href="/templates/{TPL}/css/template.css" />
<link rel="stylesheet" href="/templates/{TPL}/css/menu/menu.css" />
<link rel="stylesheet" href="/modules/mod_news_pro_gk5/interface/css/style.css" />
<link rel="stylesheet" href="/templates/{TPL}/css/style1.css" id="gk-style" />
<script src="/media/jui/js/jquery.min.js?6b1e3a6c0f8d4a2bf3b0d0d0c7bd2f1c"></script>
<script src="/media/jui/js/jquery-noconflict.js?6b1e3a6c0f8d4a2bf3b0d0d0c7bd2f1c"></script>
<script src="/media/jui/js/bootstrap.min.js?6b1e3a6c0f8d4a2bf3b0d0d0c7bd2f1c"></script>
<script src="/media/system/js/caption.js?6b1e3a6c0f8d4a2bf3b0d0d0c7bd2f1c"></script>
<script src="/templates/{TPL}/js/gk.scripts.js"></script>
<script src="/templates/{TPL}/js/gk.menu.js"></script>
<script src="/modules/mod_news_pro_gk5/interface/scripts/engine.jquery.js"></script>
<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
 $GKMenu = {{ height:true, width:true, duration: 250 }};
$GK_TMPL_URL = "{base_url(request)}/templates/{TPL}";
$GK_URL = "{base_url(request)}/";
</script>
</head>
<body class="{body_class}" data-tablet-width="1024" data-mobile-width="580" data-zoom-size="150" data-smoothscroll="1">
<div id="gkBg">
<header id="gkHeader">
<div id="gkTopBar" class="gkPage">
<div class="gkDate"><i class="gk-icon-calendar"></i> {HEADER_TODAY}</div>
<div id="gkSearch">
<div class="search">
<form action="/index.php" method="post" class="form-inline" role="search">
<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" size="20" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" />
<input type="hidden" name="option" value="com_search" />
<input type="hidden" name="Itemid" value="101" />
</form>
</div>
</div>
</div>
<div id="gkHeaderNav" class="gkPage">
<h1 class="gkLogo"><a href="/" id="gkLogo" class="cssLogo"><img src="/images/logo/logo-thpt-hung-vuong.png" alt="Trường THPT Hùng Vương" /> <span>SỞ GD&amp;ĐT ĐẮK LẮK<br /><strong>TRƯỜNG THPT HÙNG VƯƠNG</strong></span></a></h1>
<div id="gkMainMenu" class="gkMenuClassic">
{_menu(active)}
</div>
<div id="gkMobileMenu" class="gkPage"><i id="static-aside-menu-toggler" class="gk-icon-menu"></i></div>
</div>
</header>
{top}
{crumb_html}
<div id="gkPageContent" class="gkPage">
<section id="gkContent">
<div id="gkContentWrap">
<section id="gkMainbody">
<div id="system-message-container">
</div>
{main}
</section>
{bottom}
</div>
</section>
{_sidebar()}
</div>
{_bottom()}
</div>
<script type="text/javascript">
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
  (i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  }})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-48121967-1', 'auto');
  ga('send', 'pageview');
</script>
</body>
</html>"""
    return html(doc)


# --- article text ----------------------------------------------------------------------------


def _file_alt(src: str) -> str:
    return src.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _word(text_html: str) -> str:
    # Word keeps a non-breaking space after some full stops
    return text_html.replace(". ", ".&nbsp; ", 1)


def _p_html(block: P, story_key: str, index: int, mso_pos: str = "Middle") -> str:
    t = esc(block.text)
    st = block.style
    if st.startswith("cloak="):
        email = st.split("=", 1)[1]
        t = t.replace(esc(email), _cloak(email, f"{story_key}-{index}"))
        return f'<p style="text-align: justify;">{t}</p>'
    if st.startswith("sup="):
        word, num = st.split("=", 1)[1].split("|")
        t = t.replace(
            esc(word),
            f'{esc(word)}<sup><a href="#_ftn{num}" name="_ftnref{num}" title="">{num}</a></sup>',
            1,
        )
        return f'<p style="text-align: justify;">{t}</p>'
    if st == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if st == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
            'line-height: 150%;"><span lang="VI" style="font-size: 14.0pt; line-height: 150%; '
            f"font-family: 'times new roman', times;\">{_word(t)}</span></p>"
        )
    if st == "mso":
        return (
            f'<p class="MsoListParagraphCxSp{mso_pos}" style="margin-left: 54.0pt; text-align: justify; '
            'text-indent: -18.0pt; line-height: 150%; mso-list: l0 level1 lfo1;"><!--[if !supportLists]-->'
            '<span lang="VI" style="font-size: 14.0pt; font-family: Symbol;"><span style="mso-list: Ignore;">'
            '·<span style="font: 7.0pt \'Times New Roman\';">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            '</span></span></span><!--[endif]--><span lang="VI" style="font-size: 14.0pt; line-height: 150%; '
            f"font-family: 'times new roman', times;\">{t}</span></p>"
        )
    if st in ("h3", "h4"):
        return f"<{st}>{t}</{st}>"
    if st == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    if st == "small":
        return f'<p class="MsoFootnoteText" style="text-align: justify;"><span style="font-size: 11pt;">{t}</span></p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _img_html(img: Img) -> str:
    alt = _file_alt(img.src)
    if img.style == "capjs":
        return (
            f'<p style="text-align: center;"><img class="caption" style="display: block; margin-left: auto; '
            f'margin-right: auto;" title="{esc(img.printed or "")}" src="{img.src}" alt="{alt}" '
            'width="620" height="413" /></p>'
        )
    if img.style == "jce":
        return (
            '<table class="tbl_anh" style="margin-left: auto; margin-right: auto; width: 620px;" border="0" '
            f'cellspacing="0" cellpadding="3">\n<tbody>\n<tr>\n<td><img src="{img.src}" alt="{alt}" width="620" '
            'height="413" /></td>\n</tr>\n<tr>\n<td style="text-align: center; background-color: #f0f0f0;">'
            f'<span style="font-size: 10pt;"><em>{esc(img.printed or "")}</em></span></td>\n</tr>\n</tbody>\n</table>'
        )
    pic = f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" width="620" height="413" /></p>'
    if img.style == "next":
        return pic + f'\n<p style="text-align: center;"><em><span style="font-size: 10pt;">{esc(img.printed or "")}</span></em></p>'
    if img.style == "credit":
        return pic + f'\n<p style="text-align: right;"><em>{esc(img.printed or "")}</em></p>'
    return pic


def render_body(s: Story) -> tuple[str, str]:
    """(full article image, articleBody HTML) of a story."""
    full = ""
    out: list[str] = []
    br_group: list[str] = []
    rows: list[str] = []
    blocks = s.blocks

    def flush_rows() -> None:
        if rows:
            trs = []
            for n, r in enumerate(rows):
                cells = r.split(" | ")
                if n == 0:
                    tds = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1" '
                'cellpadding="5">\n<tbody>\n' + "\n".join(trs) + "\n</tbody>\n</table>"
            )
            rows.clear()

    for i, b in enumerate(blocks):
        if not (isinstance(b, P) and b.style == "tr"):
            flush_rows()
        if isinstance(b, Img):
            if b.style == "fulltext":
                full = (
                    f'<div class="pull-none item-image"> <img class="caption" title="{esc(b.printed or "")}" '
                    f'src="{b.src}" alt="{_file_alt(b.src)}" itemprop="image"/> </div>'
                )
            else:
                out.append(_img_html(b))
            continue
        if isinstance(b, Raw):
            out.append(b.html)
            continue
        if b.style == "tr":
            rows.append(b.text)
            continue
        if b.style == "br":
            br_group.append(esc(b.text))
            continue
        if br_group:
            br_group.append(esc(b.text))
            out.append('<p style="text-align: justify;">' + "<br />".join(br_group) + "</p>")
            br_group.clear()
            continue
        pos = "Middle"
        if b.style == "mso":
            prev_mso = i > 0 and isinstance(blocks[i - 1], P) and blocks[i - 1].style == "mso"
            next_mso = i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "mso"
            pos = "First" if not prev_mso else ("Last" if not next_mso else "Middle")
        out.append(_p_html(b, str(s.id), i, pos))
    flush_rows()
    return full, "\n".join(out)


def intro_html(s: Story) -> str:
    """The intro text (before the readmore break) as category blogs print it."""
    n = s.opts.get("intro_n", 1)
    paras = [b for b in s.blocks if isinstance(b, P)][:n]
    return "\n".join(_p_html(p, str(s.id), k) for k, p in enumerate(paras))


def _info(s: Story, *, full: bool) -> str:
    c = cat_of(s)
    pub, mod = s.opts["pub"], s.opts.get("mod")
    parts = ['<dl class="article-info muted">', '<dt class="article-info-term">Chi tiết</dt>']
    if full:
        parts.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'Viết bởi <span itemprop="name">{esc(s.opts["account"])}</span></dd>'
        )
    parts.append(f'<dd class="category-name">Danh mục: <a href="{c["route"]}" itemprop="genre">{esc(c["title"])}</a></dd>')
    if full and mod:
        parts.append(
            '<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso(mod)}" itemprop="dateModified">Cập nhật lần cuối: {lc2(mod)}</time></dd>'
        )
    parts.append(
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{iso(pub)}" itemprop="datePublished">Ngày đăng: {lc2(pub)}</time></dd>'
    )
    parts.append(
        '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}" />Lượt xem: {s.views()}</dd>'
    )
    parts.append("</dl>")
    return "\n".join(parts)


def article_markup(s: Story, *, icons: bool = True) -> str:
    full, body = render_body(s)
    tools = ""
    if icons:
        tools = f"""<div class="icons">
<div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{s.id}" aria-label="Công cụ" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{s.id}">
<li class="print-icon"><a href="{amp(print_url(s))}" title="In bài viết &lt; {esc(s.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a></li>
<li class="email-icon"><a href="{amp(mailto_url(s))}" title="Gửi liên kết này cho bạn bè qua email" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>Email</a></li>
</ul>
</div>
</div>"""
    return f"""<article class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
{tools}
<header class="page-header">
<h1 itemprop="headline">{esc(s.title)}</h1>
</header>
{_info(s, full=True)}
{full}
<div itemprop="articleBody">
{body}
</div>
</article>"""


def _share(url: str, title: str) -> str:
    return f"""<div class="gkSocialAPI">
<div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
<a class="gk-share fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Chia sẻ Facebook</a>
<a class="gk-share zalo" href="https://sp.zalo.me/share_inline?d={url}" target="_blank" rel="noopener">Zalo</a>
<span class="gk-share-title" style="display:none">{esc(title)}</span>
</div>"""


def article_page(request: Request, s: Story) -> Response:
    c = cat_of(s)
    url = base_url(request) + sef(s)
    related = ""
    if RELATED.get(s.id):
        items = "".join(
            f'<li><a href="{sef(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in RELATED[s.id]
        )
        related = f'<div class="box related"><h3 class="header"><span>Tin liên quan</span></h3><ul class="relateditems mod-list">{items}</ul></div>'
    others = [
        o for o in STORIES if o.opts["catid"] == s.opts["catid"] and o.id != s.id and o.id not in HIDDEN
    ][:4]
    other_html = "\n".join(
        f'<li><a href="{sef(o)}" title="{esc(o.title)}">{esc(o.title)}</a> <span class="ngay">({dmy(o.opts["pub"])})</span></li>'
        for o in others
    )
    main = (
        article_markup(s)
        + "\n"
        + _share(url, s.title)
        + "\n"
        + related
        + f"""
<div class="box cactinkhac" id="mod-cac-tin-khac-{s.id}"><h3 class="header"><span>Các tin khác</span></h3>
<ul class="latestnews">
{other_html}
</ul></div>"""
    )
    crumbs: list[tuple[str, str | None]] = []
    if c["parent"]:
        crumbs.append((c["parent"], None))
    crumbs.append((c["title"], c["route"]))
    crumbs.append((s.title, None))
    desc = next(b.text for b in s.blocks if isinstance(b, P))[:155]
    return page(
        request,
        s.title,
        main,
        crumbs,
        active=c["title"],
        description=desc,
        body_class=f"item-{c['itemid']} view-article",
    )


def print_page(request: Request, s: Story) -> Response:
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<base href="{base_url(request)}{esc(request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(s.title)} - {SCHOOL}</title>
<link rel="stylesheet" href="/templates/{TPL}/css/print.css" />
<script src="/media/system/js/caption.js"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span>In</a></div>
{article_markup(s, icons=False)}
</body>
</html>"""
    return html(doc)


def mailto_page(request: Request) -> Response:
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{SCHOOL}</title></head>
<body class="contentpane modal">
<div id="mailto-window">
<h2>Gửi liên kết này cho bạn bè qua email.</h2>
<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/index.php" id="mailtoForm" method="post">
<div class="formelm"><label for="mailto_field">Gửi đến</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value="" /></div>
<div class="formelm"><label for="sender_field">Người gửi:</label><input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="from_field">Email của bạn:</label><input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="subject_field">Tiêu đề:</label><input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" /></div>
<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" />
<input type="hidden" name="task" value="send" /><input type="hidden" name="tmpl" value="component" />
<input type="hidden" name="link" value="{esc(request.params.get("link", ""))}" />
</form></div></body></html>"""
    return html(doc)


# --- listings ------------------------------------------------------------------------------


def _blog_item(s: Story, cls: str) -> str:
    thumb = s.opts.get("thumb")
    img = (
        f'<div class="pull-left item-image"> <a href="{sef(s)}"><img src="{thumb}" alt="{_file_alt(thumb)}" '
        'itemprop="thumbnailUrl"/></a> </div>'
        if thumb
        else ""
    )
    return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{img}
<div class="page-header">
<h2 itemprop="name"><a href="{sef(s)}" itemprop="url">{esc(s.title)}</a></h2>
</div>
{_info(s, full=False)}
{intro_html(s)}
<p class="readmore"><a class="btn" href="{sef(s)}" itemprop="url" aria-label="Đọc tiếp: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc tiếp: {esc(s.title)}</a></p>
</div>"""


def _pagination(route: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per + 1

    def href(p: int) -> str:
        return route if p == 1 else f"{route}?start={(p - 1) * per}"

    lis = []
    if cur == 1:
        lis += [
            '<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>',
            '<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>',
        ]
    else:
        lis += [
            f'<li><a title="Đầu" href="{href(1)}" class="hasTooltip pagenav" aria-label="Đầu"><span class="icon-first" aria-hidden="true"></span></a></li>',
            f'<li><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav" aria-label="Trước"><span class="icon-previous" aria-hidden="true"></span></a></li>',
        ]
    for p in range(1, pages + 1):
        if p == cur:
            lis.append(f'<li class="active hidden-phone"><a aria-current="true">{p}</a></li>')
        else:
            lis.append(f'<li class="hidden-phone"><a title="{p}" href="{href(p)}" class="hasTooltip pagenav">{p}</a></li>')
    if cur == pages:
        lis += [
            '<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>',
            '<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>',
        ]
    else:
        lis += [
            f'<li><a title="Tiếp" href="{href(cur + 1)}" class="hasTooltip pagenav" aria-label="Tiếp"><span class="icon-next" aria-hidden="true"></span></a></li>',
            f'<li><a title="Cuối" href="{href(pages)}" class="hasTooltip pagenav" aria-label="Cuối"><span class="icon-last" aria-hidden="true"></span></a></li>',
        ]
    return (
        f'<div class="pagination">\n<p class="counter pull-right"> Trang {cur} / {pages} </p>\n'
        '<ul class="pagination-list">\n' + "\n".join(lis) + "\n</ul>\n</div>"
    )


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value not in (None, "") else default
    except ValueError:
        return default


def category_page(request: Request, catid: int) -> Response:
    c = CATS[catid]
    items = [s for s in STORIES if s.opts["catid"] == catid]
    params = request.params
    start = _int(params.get("start") or params.get("limitstart"), 0)
    crumbs: list[tuple[str, str | None]] = []
    if c["parent"]:
        crumbs.append((c["parent"], None))
    crumbs.append((c["title"], None))
    if c["layout"] == "list":
        form = request.form if request.method == "POST" else {}
        limit = _int(form.get("limit") or params.get("limit"), 10)
        per = limit or len(items) or 1
        shown = items[start : start + per]
        rows = "\n".join(
            f'<tr class="cat-list-row{n % 2}" >\n<td headers="categorylist_header_title" class="list-title">'
            f'<a href="{sef(s)}">{esc(s.title)}</a></td>\n'
            f'<td headers="categorylist_header_date" class="list-date small">{_dt(s.opts["pub"]):%d-%m-%Y}</td>\n'
            f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {s.views()}</span></td>\n</tr>'
            for n, s in enumerate(shown)
        )
        opts = "".join(
            f'<option value="{v}"{" selected=" + chr(34) + "selected" + chr(34) if v == limit else ""}>{lab}</option>'
            for v, lab in [(5, "5"), (10, "10"), (15, "15"), (20, "20"), (25, "25"), (30, "30"), (50, "50"), (100, "100"), (0, "Tất cả")]
        )
        main = f"""<div class="category-list">
<div class="page-header"><h1>{esc(c["title"])}</h1></div>
<div class="cat-items">
<form action="{c["route"]}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix">
<legend class="hide">Bộ lọc</legend>
<div class="btn-group">
<label class="filter-search-lbl element-invisible" for="filter-search">Lọc theo tiêu đề&#160;</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Lọc theo tiêu đề" placeholder="Lọc theo tiêu đề" />
</div>
<div class="btn-group pull-right">
<label for="limit" class="element-invisible">Hiển thị #</label>
<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
{opts}
</select>
</div>
<input type="hidden" name="filter_order" value="" />
<input type="hidden" name="filter_order_Dir" value="" />
<input type="hidden" name="limitstart" value="" />
<input type="hidden" name="task" value="" />
</fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead>
<tr>
<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="Tiêu đề">Tiêu đề</a></th>
<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover">Ngày đăng</a></th>
<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover">Lượt xem</a></th>
</tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
{_pagination(c["route"], start, per, len(items))}
</form>
</div>
</div>"""
        return page(request, c["title"], main, crumbs, active=c["title"], body_class=f"item-{c['itemid']} view-category")
    per = c["leading"] + c["intro"]
    shown = items[start : start + per]
    lead = shown[: c["leading"]]
    rest = shown[c["leading"] :]
    parts = [f'<div class="blog" itemscope itemtype="https://schema.org/Blog">\n<div class="page-header"><h1> {esc(c["title"])} </h1></div>']
    if lead:
        parts.append('<div class="items-leading clearfix">')
        parts += [_blog_item(s, f"leading-{n}") for n, s in enumerate(lead)]
        parts.append("</div>")
    cols = c["cols"]
    for r in range(0, len(rest), cols):
        row = rest[r : r + cols]
        span = 12 // cols
        parts.append(f'<div class="items-row cols-{cols} row-{r // cols} row-fluid clearfix">')
        for k, s in enumerate(row, start=1):
            parts.append(f'<div class="span{span}">' + _blog_item(s, f"item column-{k}") + "</div>")
        parts.append("</div>")
    parts.append(_pagination(c["route"], start, per, len(items)))
    parts.append("</div>")
    return page(request, c["title"], "\n".join(parts), crumbs, active=c["title"], body_class=f"item-{c['itemid']} view-category layout-blog")


# --- home ------------------------------------------------------------------------------------


def _trunc(text: str, n: int = 160) -> str:
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0] + "..."


def _nsp(mod_id: int, heading: str, arts: list[int], links: list[int]) -> str:
    blocks = []
    for n, i in enumerate(arts):
        s = BY_ID[i]
        u = amp(comp_url(s))
        first = next(b.text for b in s.blocks if isinstance(b, P))
        blocks.append(f"""<div class="nspArt nspCol2" style="padding:0 20px 20px 0;clear:{'both' if n % 2 == 0 else 'none'};">
<div class="center tcenter fnull"><a href="{u}" class="nspImageWrapper tcenter fnull gkResponsive" style="margin:0 0 12px 0;" target="_self"><img class="nspImage" src="{s.opts.get("thumb", "")}" alt="" style="width:100%;height:auto;" /></a></div>
<h4 class="nspHeader tleft fnone has-image"><a href="{u}" title="{esc(s.title)}" target="_self">{esc(s.title)}</a></h4>
<p class="nspInfo nspInfo1 tleft fnone">{dmy(s.opts["pub"])} | {esc(cat_of(s)["title"])}</p>
<p class="nspText tleft fleft">{esc(_trunc(first))}</p>
<p class="nspInfo nspInfo2 tleft fnone"><a class="readon  fright" href="{u}" target="_self">Đọc tiếp</a></p>
</div>""")
    link_html = ""
    if links:
        lis = "\n".join(
            f'<li class="{"odd" if n % 2 else "even"}"><h4><a href="{amp(comp_url(BY_ID[i]))}" title="{esc(BY_ID[i].title)}">{esc(BY_ID[i].title)}</a></h4></li>'
            for n, i in enumerate(links)
        )
        link_html = f"""<div class="nspLinksWrap bottom" style="width:99.9%;"><div class="nspLinks" style="margin:0;">
<div class="nspLinkScroll1"><div class="nspLinkScroll2 nspPages1"><ul class="nspList active nspPages1">
{lis}
</ul></div></div></div></div>"""
    return f"""<div class="box  gk-nsp-news"><div class="box-wrap"><h3 class="header"><span>{esc(heading)}</span></h3><div class="content">
<div class="nspMain nspFs100" id="nsp-nsp-{mod_id}" data-config="{{'animation_speed': 400,'animation_interval': 5000,'animation_function': 'Fx.Transitions.Expo.easeIn','news_column': 2,'news_rows': 2,'links_columns_amount': 1,'links_amount': {len(links)}}}">
<div class="nspArts bottom" style="width:100%;">
<div class="nspArtScroll1"><div class="nspArtScroll2 nspPages1">
<div class="nspArtPage active nspCol1">
{chr(10).join(blocks)}
</div>
</div></div>
</div>
{link_html}
</div>
</div></div></div>"""


def home_page(request: Request) -> Response:
    slides = "\n".join(
        f"""<figure data-image="/images/slideshow/slide-{n}.jpg" data-link="{sef(BY_ID[i])}" data-zindex="{n}" data-title="{esc(BY_ID[i].title)}">
<img class="gkIsSlide" src="/images/slideshow/slide-{n}.jpg" alt="slide-{n}" />
<figcaption><h2><a href="{sef(BY_ID[i])}">{esc(BY_ID[i].title)}</a></h2></figcaption>
</figure>"""
        for n, i in enumerate(SLIDES, start=1)
    )
    top = f"""<div id="gkHeaderMod" class="gkPage">
<div id="gkIs-gk-is-134" class="gkIsWrapper-gk_university" data-speed="500" data-interval="5000" data-autoanim="on">
<div class="gkIsPreloader">Đang tải...</div>
{slides}
<div class="gkIsPagination"><ol><li>1</li><li>2</li><li>3</li></ol></div>
</div>
</div>"""
    main = (
        '<div class="blog-featured"><div class="page-header"><h1 class="element-invisible">Trang chủ</h1></div></div>\n'
        + _nsp(187, "Tin tức - Sự kiện", NSP_NEWS, NSP_NEWS_LINKS)
        + "\n"
        + _nsp(188, "Hoạt động chuyên môn", NSP_CM, [])
    )
    return page(request, "", main, None, active="Trang chủ", top=top, body_class="item-101 frontpage")


# --- non-article pages ------------------------------------------------------------------------


def intro_page(request: Request, path: str) -> Response:
    d = INTRO_PAGES[path]
    main = f"""<article class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<header class="page-header"><h1 itemprop="headline">{esc(d["title"])}</h1></header>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{4021 + d["id"]}" />Lượt xem: {4021 + d["id"]}</dd></dl>
<div itemprop="articleBody">
{d["body"]}
</div>
</article>"""
    crumbs = [(d["parent"], None)] if d["parent"] else []
    crumbs.append((d["title"], None))
    return page(request, d["title"], main, crumbs, active=d["title"] if not d["parent"] else "", body_class="view-article")


def contact_page(request: Request) -> Response:
    main = f"""<div class="contact" itemscope itemtype="https://schema.org/Organization">
<div class="page-header"><h1><span class="contact-name" itemprop="name">Trường THPT Hùng Vương</span></h1></div>
<h3>Thông tin liên hệ</h3>
<div class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dl>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Thôn Tân Lập<br /></span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">xã Krông Pắc<br /></span></dd>
<dd><span class="contact-state" itemprop="addressRegion">tỉnh Đắk Lắk<br /></span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">(0262) 3521 467</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>
<dd><span class="contact-emailto">{_cloak("c3hungvuong.krongpac@daklak.edu.vn", "contact")}</span></dd>
</dl>
</div>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.5!2d108.37!3d12.71" width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>
<h3>Gửi thư liên hệ</h3>
<div class="contact-form">
<form id="contact-form" action="{CONTACT}" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Trường có dấu (*) là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Họ tên<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_email" class="required">Email<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg" class="required">Tiêu đề<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="required" size="60" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_message" class="required">Nội dung<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /><input type="hidden" name="return" value="" /><input type="hidden" name="id" value="1:truong-thpt-hung-vuong" /><input type="hidden" name="b6e0c5c1d3f2a9a7c3e4b5f6a7d8e9f0" value="1" />
</div></div>
</form>
</div>
</div>"""
    return page(request, "Liên hệ", main, [("Liên hệ", None)], active="Liên hệ", body_class="view-contact")


def _download(doc: tuple) -> str:
    return f"{DOC_LIST}?download={doc[0]}:{doc[1]}"


def doc_list_page(request: Request) -> Response:
    rows = []
    for n, d in enumerate(DOCS, start=1):
        title = f'<a href="{DOC_DETAIL}">{esc(d[2])}</a>' if d[5] else esc(d[2])
        rows.append(
            f'<tr><td style="text-align:center">{n}</td><td>{esc(d[3])}</td><td class="pd-title">{title}</td>'
            f'<td style="text-align:center">{d[4]}</td><td class="pd-button-download"><a class="btn btn-success" href="{amp(_download(d))}">Tải về</a></td></tr>'
        )
    main = f"""<div id="phoca-dl-category-box" class="pd-category-view">
<div class="page-header"><h1>Văn bản</h1></div>
<h3 class="pd-ctitle">Văn bản của nhà trường và cấp trên</h3>
<table class="table table-bordered pd-files-table">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
</div>"""
    return page(request, "Văn bản", main, [("Văn bản", None)], active="Văn bản", body_class="view-category com_phocadownload")


def doc_detail_page(request: Request) -> Response:
    d = DOCS[0]
    main = f"""<div id="phoca-dl-file-box" class="pd-file-view">
<div class="page-header"><h1>{esc(d[2])}</h1></div>
<table class="table pd-file-info">
<tr><td class="pd-label">Số/Ký hiệu:</td><td>{esc(d[3])}</td></tr>
<tr><td class="pd-label">Ngày ban hành:</td><td>{d[4]}</td></tr>
<tr><td class="pd-label">Cơ quan ban hành:</td><td>Trường THPT Hùng Vương</td></tr>
<tr><td class="pd-label">Người ký:</td><td>Nguyễn Văn Thịnh</td></tr>
<tr><td class="pd-label">Tên tệp:</td><td>KH-125-giao-duc-nha-truong-2026-2027.pdf</td></tr>
<tr><td class="pd-label">Dung lượng:</td><td>1.24 MB</td></tr>
<tr><td class="pd-label">Lượt tải:</td><td>286</td></tr>
</table>
<div class="pd-fdesc"><p>Kế hoạch giáo dục nhà trường năm học 2026 - 2027 được xây dựng theo hướng dẫn của Sở GD&amp;ĐT Đắk Lắk, đã được Hội đồng trường thông qua.</p></div>
<div class="pd-buttons"><a class="btn btn-success" href="{amp(_download(d))}">Tải về</a></div>
</div>"""
    return page(request, d[2], main, [("Văn bản", DOC_LIST), (d[2], None)], active="Văn bản", body_class="view-file com_phocadownload")


def album_path(aid: int) -> str:
    return f"{GALLERY}/category/{aid}-{ALBUMS[aid][0]}"


def gallery_page(request: Request) -> Response:
    cells = "\n".join(
        f"""<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a href="{album_path(aid)}"><img src="/images/phocagallery/{a[2]}/thumbs/phoca_thumb_m_anh-01.jpg" alt="{esc(a[1])}" class="pg-image" /></a></div>
<div class="pg-cv-name pg-cv-folder"><a href="{album_path(aid)}">{esc(a[1])}</a> <span class="pg-cv-folder-info-size">({a[3]})</span></div></div>"""
        for aid, a in ALBUMS.items()
    )
    main = f"""<div id="phocagallery" class="pg-categories-view">
<div class="page-header"><h1>Thư viện ảnh</h1></div>
<div id="pg-msnr-container">
{cells}
</div></div>"""
    return page(request, "Thư viện ảnh", main, [("Thư viện", None), ("Thư viện ảnh", None)], active="Thư viện ảnh", body_class="com_phocagallery view-categories")


def album_page(request: Request, aid: int) -> Response:
    _alias, title, folder, count = ALBUMS[aid]
    cells = "\n".join(
        f"""<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a class="pg-modal-button" title="{esc(title)}" href="/images/phocagallery/{folder}/anh-{k:02d}.jpg" data-lightbox="pg"><img src="/images/phocagallery/{folder}/thumbs/phoca_thumb_m_anh-{k:02d}.jpg" alt="anh-{k:02d}" class="pg-image" /></a></div>
<div class="pg-box-img-bottom"><div class="pg-icon-detail"><a class="pg-modal-button" href="/images/phocagallery/{folder}/anh-{k:02d}.jpg">Xem ảnh</a></div></div></div>"""
        for k in range(1, count + 1)
    )
    main = f"""<div id="phocagallery" class="pg-category-view">
<div class="page-header"><h1>{esc(title)}</h1></div>
<div class="pg-category-view-desc">Album ảnh {esc(title)} - {count} ảnh</div>
<div id="pg-msnr-container">
{cells}
</div>
<div class="pagination"><p class="counter pull-right"></p></div>
</div>"""
    return page(request, title, main, [("Thư viện", None), ("Thư viện ảnh", GALLERY), (title, None)], active="Thư viện ảnh", body_class="com_phocagallery view-category")


def video_list_page(request: Request) -> Response:
    v = VIDEO
    main = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1> Video clip </h1></div>
<div class="items-leading clearfix">
<div class="leading-0" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="pull-left item-image"> <a href="{VIDEO_PATH}"><img src="/images/video/thumb-khai-giang-2026.jpg" alt="thumb-khai-giang-2026" itemprop="thumbnailUrl"/></a> </div>
<div class="page-header"><h2 itemprop="name"><a href="{VIDEO_PATH}" itemprop="url">{esc(v["title"])}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="published"><time datetime="{iso(v["pub"])}" itemprop="datePublished">Ngày đăng: {lc2(v["pub"])}</time></dd></dl>
<p>Toàn cảnh Lễ khai giảng năm học 2026 - 2027 của Trường THPT Hùng Vương.</p>
<p class="readmore"><a class="btn" href="{VIDEO_PATH}" itemprop="url"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc tiếp: {esc(v["title"])}</a></p>
</div></div>
<p><a href="https://www.youtube.com/@thpthungvuongkrongpac" target="_blank" rel="noopener">Xem thêm video trên kênh YouTube của nhà trường</a></p>
</div>"""
    return page(request, "Video clip", main, [("Thư viện", None), ("Video clip", None)], active="Video clip", body_class="view-category layout-blog")


def video_page(request: Request) -> Response:
    v = VIDEO
    main = f"""<article class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<header class="page-header"><h1 itemprop="headline">{esc(v["title"])}</h1></header>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị</span></dd>
<dd class="category-name">Danh mục: <a href="{VIDEO_LIST}" itemprop="genre">Video clip</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{iso(v["pub"])}" itemprop="datePublished">Ngày đăng: {lc2(v["pub"])}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>Lượt xem: 1542</dd></dl>
<div itemprop="articleBody">
<p style="text-align: center;"><iframe src="https://www.youtube.com/embed/k9Xb2TqH0aE" width="640" height="360" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>
<p style="text-align: center;"><em>Lễ khai giảng năm học 2026 - 2027 (clip: Đoàn trường)</em></p>
</div>
</article>"""
    return page(request, v["title"], main, [("Thư viện", None), ("Video clip", VIDEO_LIST), (v["title"], None)], active="Video clip", body_class="view-article")


def search_page(request: Request) -> Response:
    word = request.params.get("searchword", "").strip()
    low = word.lower()
    hits = [s for s in STORIES if low and (low in s.title.lower() or any(low in b.text.lower() for b in s.blocks if isinstance(b, P)))]
    results = "\n".join(
        f"""<dt class="result-title">{n}. <a href="{sef(s)}">{esc(s.title)}</a></dt>
<dd class="result-category"><span class="small">({esc(cat_of(s)["title"])})</span></dd>
<dd class="result-text">{esc(_trunc(next(b.text for b in s.blocks if isinstance(b, P)), 200))}</dd>
<dd class="result-created">Ngày tạo {dmy(s.opts["pub"])}</dd>"""
        for n, s in enumerate(hits[:10], start=1)
    )
    main = f"""<div class="search">
<h1 class="page-title">Tìm kiếm</h1>
<form id="searchForm" action="/index.php/component/search/" method="post">
<div class="btn-toolbar"><div class="btn-group pull-left"><input type="text" name="searchword" placeholder="Từ khóa tìm kiếm" id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" /></div>
<div class="btn-group pull-left"><button name="Search" onclick="this.form.submit()" class="btn hasTooltip" title="Tìm kiếm"><span class="icon-search"></span> Tìm kiếm</button></div>
<input type="hidden" name="task" value="search" /></div>
<div class="searchintro"><p>Tìm kiếm với từ khóa: <span class="badge badge-info">{esc(word)}</span> - Tổng cộng có <span class="badge badge-info">{len(hits)}</span> kết quả.</p></div>
</form>
<dl class="search-results">
{results}
</dl>
</div>"""
    return page(request, "Tìm kiếm", main, [("Tìm kiếm", None)], body_class="view-search")


# --- routing ---------------------------------------------------------------------------------

_ART = re.compile(r"^/(\d+)-([\w-]+)$")
_COMP = re.compile(r"^/index\.php/component/content/article/(\d+)-[\w-]+/(\d+)-[\w-]+$")
STATIC_PREFIXES = ("/images/", "/media/", "/templates/", "/modules/")


def _serve_article(request: Request, s: Story) -> Response:
    p = request.params
    if p.get("tmpl") == "component" and p.get("print") == "1":
        return print_page(request, s)
    if p.get("tmpl") == "component":
        return None  # type: ignore[return-value]
    return article_page(request, s)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if len(path) > 1 and path.endswith("/") and path != "/index.php/component/mailto/":
            path = path.rstrip("/")
        params = request.params
        if path.startswith(STATIC_PREFIXES):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            if request.method == "POST":
                form = request.form
                if form.get("option") == "com_search":
                    word = form.get("searchword", "")
                    return redirect(
                        f"/index.php/component/search/?searchword={quote(word)}&searchphrase=all&Itemid=101",
                        303,
                    )
                return redirect("/", 303)
            if params.get("option") == "com_content" and params.get("view") == "article":
                raw_id = params.get("id", "").split(":", 1)[0]
                s = BY_ID.get(int(raw_id)) if raw_id.isdigit() else None
                return _serve_article(request, s) if s else None
            if params.get("option") == "com_search":
                return search_page(request)
            if not request.query or set(params) <= {"Itemid", "lang"}:
                return home_page(request)
            return None
        if path == "/index.php/component/search":
            return search_page(request)
        if path == "/index.php/component/mailto/" or path == "/index.php/component/mailto":
            return mailto_page(request) if params.get("link") else None
        m = _COMP.match(path)
        if m:
            s = BY_ID.get(int(m.group(2)))
            if s and s.opts["catid"] == int(m.group(1)):
                return _serve_article(request, s)
            return None
        for catid, c in CATS.items():
            route = c["route"]
            if path == route:
                if request.method == "POST" or not request.query or set(params) <= {"start", "limitstart", "limit", "Itemid"}:
                    return category_page(request, catid)
                return None
            if path.startswith(route + "/"):
                m = _ART.match(path[len(route) :])
                if m:
                    s = BY_ID.get(int(m.group(1)))
                    if s and s.opts["catid"] == catid:
                        return _serve_article(request, s)
                return None
        if path in INTRO_PAGES:
            return intro_page(request, path)
        if path == CONTACT:
            return contact_page(request)
        if path == DOC_LIST:
            if "download" in params:
                did = params["download"].split(":", 1)[0]
                if any(str(d[0]) == did for d in DOCS):
                    return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="van-ban-{did}.pdf"'})
                return None
            return doc_list_page(request)
        if path == DOC_DETAIL:
            return doc_detail_page(request)
        if path == GALLERY:
            return gallery_page(request)
        for aid in ALBUMS:
            if path == album_path(aid):
                return album_page(request, aid)
        if path == VIDEO_LIST:
            return video_list_page(request)
        if path == VIDEO_PATH:
            return video_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------

NSP_LINKED = set(NSP_NEWS + NSP_NEWS_LINKS + NSP_CM)


def _alts(s: Story) -> list[str]:
    alts = []
    if s.id in NSP_LINKED:
        alts.append(comp_url(s))
    if s.id in MARQUEE:
        alts.append(nonsef(s))
    if s.opts.get("old_alias"):
        alts.append(sef(s, s.opts["old_alias"]))
    alts.append(print_url(s))
    return alts


GOLD = [gold_record(s, sef(s), s.cat, canonical_path=sef(s), alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/index.php/gioi-thieu/lich-su-nha-truong",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    "/index.php/thoi-khoa-bieu",
    CONTACT,
    DOC_DETAIL,
    album_path(5),
    album_path(4),
    VIDEO_PATH,
]

assert len(GOLD) == 13
