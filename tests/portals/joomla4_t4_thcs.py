"""Trường THCS Trần Phú (quận Lê Chân, Hải Phòng): Joomla 4.3 with the JoomlArt T4 framework.

Platform
    Joomla 4.3 (com_content, com_tags, com_contact, com_fields, the vote, email-cloak, pagebreak
    and loadmodule plugins) under a T4 template ("t4_bs5_blank" child): T4 mega menu with a module
    column, an off-canvas copy of the menu, the T4 masthead, T4 sections (topbar, header,
    masthead, main-body, footer). SEF URLs with URL rewriting, no ".html" suffix, IDs kept.

URL scheme
    ``/``                                        home: T4 layout of modules (featured module, notices)
    ``/tin-noi-bat`` (``?start=4``)              featured view (4 items a page)
    ``/<menu>``                                  category blog of a parent category, subcategories
                                                 included (``/tin-tuc`` 4 a page, ``/chuyen-mon``,
                                                 ``/thong-bao``)
    ``/<menu>/<category>`` (``?start=N``)        category blog of a subcategory
    ``/<menu>/<category>/<id>-<alias>``          article
    ``…/<id>-<alias>?start=1`` / ``?showall=1``  pagebreak pages of article 63
    ``…/<id>-<alias>?hitcount=0``                the vote form's action; a GET serves the article
    ``/component/content/article/<alias>?catid=<c>&Itemid=<i>``
                                                 how the tag view links an article (same article)
    ``/component/tags/tag/<alias>``              tag pages (3 tags)
    ``/gioi-thieu/<item>``                       single-article menu items under a menu heading
    ``/lien-he``                                 com_contact page
    ``/thu-vien-anh/<id>-<alias>``               photo album (an article of the album category)

Page templates
    All pages: T4 topbar (today "Thứ Bảy, 05/12/2026", hotline), header with logo and the mega
    menu (the "Tin tức" mega dropdown holds a "Tin mới" module of 5 headlines), off-canvas copy
    of the menu, T4 masthead (the category's name as the page's ``<h1>``), J4 breadcrumbs, right
    sidebar (notices, links, visitor counter, poll), footer with address / phone / email.
    Blogs: J4 ``com-content-category-blog`` with leading + intro items, intro image (a thumbnail
    file of its own), intro text, "Đọc thêm: <title>" button, "Trang 1 của 2" counter and the J4
    pagination (``?start=N``), ``num_links`` 0 (no list of further titles).
    Articles: J4 ``com-content-article item-page`` as T4 overrides it: full-article image first,
    then the ``<h2 itemprop="headline">``, the info block, plugin output (vote), custom fields,
    ``itemprop="articleBody"``, the lower info block, tags, prev/next, "Các tin khác" module.

How each gold article is reached
    Hoạt động nhà trường (3 a page): 63, 61, 58 on page 1; 49, 45 only on ``?start=3`` (and on
    ``/tin-tuc?start=4``). Đoàn - Đội (2 a page): 60, 55 on page 1; 47 on ``?start=2`` (and its
    tag page). Tổ Ngữ văn: 62, 52; Tổ Khoa học tự nhiên: 57; Thông báo chung: 65, 64 (also the
    sidebar notices module). Featured (63 62 61 60 | 58 57 55) on ``/tin-noi-bat`` and the home
    module.

Traps
    1. Full-article image before the headline, outside ``itemprop="articleBody"``, in
       ``<figure class="left item-image">`` with ``<figcaption class="caption">``; its src carries
       Joomla 4's media-field suffix ``#joomlaImage://local-images/…?width=…&height=…``. Gold: the
       article's first image, path without the fragment, caption = the figcaption (none on 45).
    2. Blog and featured listings print an intro image that is a different thumbnail file
       (``/images/thumbs/…``) plus the whole intro text and a "Đọc thêm: <title>" button: the
       listing looks like an article. Gold: listings are not articles; thumbnails are no images.
    3. Head metadata (a structured-data plugin's JSON-LD and ``article:published_time``) prints
       the database's publish_up raw: UTC without an offset ("2026-11-26 23:15:00" for a post
       printed "Thứ sáu, 27 Tháng 11 2026 06:15"), the day before for early-morning posts.
       Gold: the printed local time ("2026-11-27T06:15:00+07:00"); JSON-LD's author is the CMS
       account, never an author.
    4. Joomla vi-VN dates "Thứ sáu, 20 Tháng 11 2026 09:30" (day, "Tháng <n>", year: no "ngày"/
       "năm", no slashes); 49 was scheduled at "00:00". Gold: ISO with +07:00; 49 the day alone.
    5. Info block printing "Ngày đăng", "Được tạo" (earlier) and "Cập nhật lần cuối" (later) on
       45. Gold: "Ngày đăng".
    6. com_fields custom fields "Người viết: Cô Phạm Thu Hà" / "Ảnh: Thầy Lê Văn Nam" (58, before
       the text) and "Người viết: ThS. Đỗ Thị Lan" (62, after the text) while the info block says
       "Viết bởi Quản trị viên" (the CMS account). Gold: authors / photographers from the fields,
       honorific and degree taken off; the account is nobody.
    7. Joomla 4 email cloaking in a body paragraph (60): ``<joomla-hidden-mail first=… last=…>``
       whose text is "Địa chỉ email này đang được bảo vệ khỏi spambots…"; the address is the
       base64 ``first``@``last``. Gold: the paragraph with the address, never the placeholder.
    8. Vote plugin between the info block and the text (58, 61, 62): "Đánh giá người dùng: 4 / 5",
       a select "Vui lòng đánh giá" 1–5 and a button "Đánh giá" in a POST form whose action is
       ``?hitcount=0``. Gold: not body; ``?hitcount=0`` (GET serves the article) is an alt_path.
    9. ``{loadposition}`` in the middle of article 49's text renders a mod_custom banner (module
       heading, image, call to action) inside ``articleBody``. Gold: not body, its image not gold.
    10. Pagebreak plugin on 63: "Mục lục bài viết" index, "Trang 1 của 2" and "Trang sau" inside
       ``articleBody``; page 2 at ``?start=1`` (prints only the second half), all pages at
       ``?showall=1``. Gold: the whole text in order (the section title is the index's only);
       both variants are alt_paths.
    11. T4 masthead: the page's only ``<h1>`` is the category name; the article's headline is an
       ``<h2 itemprop="headline">`` after the full image. Gold title: the h2.
    12. The tag view links articles as ``/component/content/article/<alias>?catid=…&amp;Itemid=…``:
       the same article under a second URL. Gold: alt_path of the article.
    13. Chrome full of article titles: mega-menu "Tin mới" module, the off-canvas copy of the
       menu, the pagenavigation link whose ``visually-hidden`` span reads "Bài trước: <title>"
       (only the newer neighbour is linked), "Các tin khác" (4 newest of the menu) under the
       text. Gold: none of it is body.
    14. 64 is an official notice (letterhead table, "Số: 152/TB-THCSTP", "Lê Chân, ngày 01 tháng 12
       năm 2026", "THÔNG BÁO / Về việc…", "Nơi nhận" and the signer) posted two days later.

Gold decisions on ambiguous points
    - category: the subcategory as the breadcrumb prints it ("Hoạt động nhà trường"), not the
      menu's parent ("Tin tức").
    - "Viết bởi <alias>" prints the created_by_alias: a person's name is the author, a unit
      ("Tổ Văn phòng") is the author as printed; "Quản trị viên" / "Super User" are accounts.
    - A closing right-aligned "Đỗ Minh Trang - TPT Đội" is the author without the post.
    - 63's page 2 and showall views are the same article (alt_paths); the gold body is all pages.
    - 52's closing "Theo Cổng thông tin điện tử quận Lê Chân" is the source.
    - 64: date = the letterhead's day (2026-12-01), author = the signer.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "joomla4_t4_thcs"
PLATFORM = "Joomla 4.3 + JoomlArt T4 framework (t4_bs5_blank), SEF without .html"
START_PATH = "/"

SITE_NAME = "Trường THCS Trần Phú - Lê Chân - Hải Phòng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
T = "/templates/t4_bs5_blank"


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    path: str
    catid: int
    itemid: int
    per_page: int
    parent: str  # menu key
    desc: str


@dataclass(frozen=True)
class Menu:
    key: str
    name: str
    path: str
    catid: int
    itemid: int
    per_page: int
    desc: str


MENUS = {
    "tin-tuc": Menu("tin-tuc", "Tin tức", "/tin-tuc", 8, 102, 4,
                    "Tin tức về các hoạt động của nhà trường, Liên đội và Chi đoàn."),
    "chuyen-mon": Menu("chuyen-mon", "Chuyên môn", "/chuyen-mon", 12, 105, 5,
                       "Hoạt động chuyên môn của các tổ bộ môn."),
    "thong-bao": Menu("thong-bao", "Thông báo", "/thong-bao", 15, 108, 5,
                      "Thông báo, văn bản của nhà trường."),
}

CATS = {
    "hd": Cat("hd", "Hoạt động nhà trường", "/tin-tuc/hoat-dong-nha-truong", 9, 102, 3, "tin-tuc",
              "Các hoạt động giáo dục, phong trào thi đua của nhà trường."),
    "dd": Cat("dd", "Đoàn - Đội", "/tin-tuc/doan-doi", 10, 102, 2, "tin-tuc",
              "Hoạt động của Liên đội và Chi đoàn giáo viên."),
    "nv": Cat("nv", "Tổ Ngữ văn", "/chuyen-mon/to-ngu-van", 13, 105, 5, "chuyen-mon",
              "Sinh hoạt chuyên môn, chuyên đề của Tổ Ngữ văn."),
    "khtn": Cat("khtn", "Tổ Khoa học tự nhiên", "/chuyen-mon/to-khoa-hoc-tu-nhien", 14, 105, 5,
                "chuyen-mon", "Hoạt động của Tổ Khoa học tự nhiên."),
    "tb": Cat("tb", "Thông báo chung", "/thong-bao/thong-bao-chung", 16, 108, 5, "thong-bao",
              "Thông báo của nhà trường tới cán bộ, giáo viên, học sinh và cha mẹ học sinh."),
    "vb": Cat("vb", "Văn bản", "/thong-bao/van-ban", 17, 108, 5, "thong-bao",
              "Văn bản, kế hoạch, quyết định của nhà trường."),
}

TAGS = {
    "hoc-sinh-gioi": ("Học sinh giỏi", 3),
    "doi-thieu-nien": ("Đội Thiếu niên", 4),
    "chuyen-mon": ("Chuyên môn", 5),
}

CLOAK_TEXT = (
    "Địa chỉ email này đang được bảo vệ khỏi spambots. Bạn cần kích hoạt JavaScript để xem nó."
)

# --- the 13 articles -------------------------------------------------------------------------

S58 = Story(
    58, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "hd", "2026-11-20T09:30:00+07:00",
    [
        Img("/images/2026/11/le-20-11-toan-canh.jpg",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại Trường THCS Trần Phú",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại Trường THCS Trần Phú", "full"),
        P("Sáng 20/11, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
          "Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo Phòng GD&ĐT "
          "quận Lê Chân, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên "
          "và học sinh nhà trường.", "b"),
        P("Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do các em học sinh khối 6 và khối 8 "
          "biểu diễn với những ca khúc ca ngợi tình thầy trò, mái trường thân yêu."),
        P("Phát biểu tại buổi lễ, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường ôn lại truyền "
          "thống vẻ vang của ngành Giáo dục Việt Nam, điểm lại những thành tích nổi bật của nhà "
          "trường trong năm học 2025 - 2026: tỷ lệ học sinh lên lớp đạt 99,6%, 100% học sinh lớp "
          "9 tốt nghiệp THCS, 27 giải học sinh giỏi cấp thành phố."),
        Img("/images/2026/11/le-20-11-trao-thuong.jpg",
            "Cô Hiệu phó trao thưởng cho các tập thể lớp đạt thành tích cao trong đợt thi đua",
            "Cô Hiệu phó trao thưởng cho các tập thể lớp đạt thành tích cao trong đợt thi đua",
            "em"),
        P("Nhân dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 45 cá nhân học sinh có "
          "thành tích xuất sắc trong đợt thi đua “Hoa điểm tốt dâng thầy cô”."),
        P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho thầy và trò Trường "
          "THCS Trần Phú."),
    ],
    authors=["Phạm Thu Hà"], photographers=["Lê Văn Nam"],
    summary=("Sáng 20/11, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
             "Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo Phòng GD&ĐT "
             "quận Lê Chân, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân "
             "viên và học sinh nhà trường."),
    opts={"pub": "2026-11-20 09:30", "by": "Quản trị viên", "vote": 4, "featured": True,
          "fields": ("before", [("nguoi-viet", "Người viết", "Cô Phạm Thu Hà"),
                                ("anh", "Ảnh", "Thầy Lê Văn Nam")]),
          "thumb": "/images/thumbs/le-20-11-thumb.jpg"},
)

S61 = Story(
    61, "hoc-sinh-truong-thcs-tran-phu-gianh-12-giai-hoc-sinh-gioi-cap-quan",
    "Học sinh Trường THCS Trần Phú giành 12 giải học sinh giỏi cấp quận", "hd",
    "2026-11-27T06:15:00+07:00",
    [
        P("Kỳ thi chọn học sinh giỏi lớp 9 cấp quận năm học 2026 - 2027 do Phòng GD&ĐT quận Lê "
          "Chân tổ chức đã khép lại với kết quả đáng tự hào của học sinh Trường THCS Trần Phú."),
        P("Nhà trường có 12 học sinh đạt giải, trong đó có 2 giải Nhất, 3 giải Nhì, 4 giải Ba và "
          "3 giải Khuyến khích, xếp thứ 3 toàn quận."),
        P("Môn thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "row"),
        P("Toán | 1 | 1 | 1 | 0", "row"),
        P("Ngữ văn | 1 | 0 | 2 | 1", "row"),
        P("Tiếng Anh | 0 | 2 | 1 | 2", "row"),
        Img("/images/2026/11/hsg-quan-2026.jpg",
            "Các em học sinh đạt giải chụp ảnh lưu niệm cùng Ban giám hiệu",
            "Các em học sinh đạt giải chụp ảnh lưu niệm cùng Ban giám hiệu", "fig"),
        P("Đây là kết quả của quá trình nỗ lực bền bỉ của thầy và trò trong công tác bồi dưỡng "
          "học sinh giỏi. Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi cấp thành "
          "phố vào tháng 3/2027."),
    ],
    authors=["Nguyễn Thị Mai Anh"],
    opts={"pub": "2026-11-27 06:15", "by": "Nguyễn Thị Mai Anh", "vote": 5, "featured": True,
          "tags": ["hoc-sinh-gioi"], "thumb": "/images/thumbs/hsg-quan-2026-thumb.jpg"},
)

S63 = Story(
    63, "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027", "hd", "2026-12-02T15:00:00+07:00",
    [
        P("Thực hiện kế hoạch năm học, từ ngày 16/11 đến ngày 01/12/2026, Trường THCS Trần Phú tổ "
          "chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 18 giáo viên thuộc 4 tổ "
          "chuyên môn."),
        P("Mỗi giáo viên dự thi thực hiện hai tiết dạy: một tiết tự chọn và một tiết bốc thăm, "
          "cùng bài trình bày biện pháp nâng cao chất lượng giảng dạy."),
        Img("/images/2026/12/gvdg-tiet-day.jpg", "Cô Lương Thị Thu trong tiết dạy môn Toán lớp 8A3",
            "Cô Lương Thị Thu trong tiết dạy môn Toán lớp 8A3", "fig"),
        P("Các tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương pháp dạy học tích cực "
          "và ứng dụng công nghệ thông tin."),
        Raw("<!--pagebreak:Kết quả hội thi-->"),
        P("Kết thúc hội thi, Ban giám khảo đã công nhận 14 giáo viên đạt danh hiệu giáo viên dạy "
          "giỏi cấp trường, trong đó 5 giáo viên được chọn dự thi cấp quận."),
        Img("/images/2026/12/gvdg-trao-giay-khen.jpg",
            "Ban giám hiệu trao giấy chứng nhận cho các giáo viên đạt giải",
            "Ban giám hiệu trao giấy chứng nhận cho các giáo viên đạt giải", "fig"),
        P("Hội thi là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, góp phần đổi mới phương pháp "
          "dạy học theo Chương trình GDPT 2018."),
    ],
    authors=["Trần Quang Huy"],
    opts={"pub": "2026-12-02 15:00", "by": "Trần Quang Huy", "featured": True,
          "tags": ["chuyen-mon"], "thumb": "/images/thumbs/gvdg-thumb.jpg"},
)

S49 = Story(
    49, "ngoai-khoa-em-yeu-bien-dao-que-huong",
    "Ngoại khóa “Em yêu biển đảo quê hương”", "hd", "2026-10-24",
    [
        P("Nhằm giáo dục tình yêu quê hương, đất nước và ý thức bảo vệ chủ quyền biển đảo, chiều "
          "23/10, Trường THCS Trần Phú tổ chức buổi ngoại khóa “Em yêu biển đảo quê hương” cho "
          "học sinh khối 7."),
        P("Các đội thi đã tham gia ba phần thi: Chào hỏi, Hiểu biết về biển đảo và Tài năng, với "
          "nhiều tiết mục sân khấu hóa sinh động."),
        Raw('<div class="moduletable "><h3>Hưởng ứng Cuộc thi “Đại sứ văn hóa đọc” 2027</h3>'
            '<div id="mod-custom125" class="mod-custom custom banner-overlay">'
            '<p><a href="/chuyen-mon/to-ngu-van"><img src="/images/banners/dai-su-van-hoa-doc.jpg"'
            ' alt="Đại sứ văn hóa đọc" width="600" height="150"></a></p>'
            "<p>Mời các em học sinh đăng ký tham gia tại thư viện nhà trường trước ngày "
            "15/12/2026.</p></div></div>"),
        Img("/images/2026/10/ngoai-khoa-bien-dao.jpg", "Tiết mục sân khấu hóa của lớp 7A2",
            "Tiết mục sân khấu hóa của lớp 7A2", "em"),
        P("Kết quả, lớp 7A2 đạt giải Nhất, lớp 7A5 đạt giải Nhì, lớp 7A1 và 7A4 đồng giải Ba."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Vũ Thị Hằng</strong></p>'),
    ],
    authors=["Vũ Thị Hằng"], photographers=["Vũ Thị Hằng"],
    opts={"pub": "2026-10-24 00:00", "by": "Quản trị viên",
          "thumb": "/images/thumbs/bien-dao-thumb.jpg"},
)

S45 = Story(
    45, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị viên chức, người lao động năm học 2026 - 2027", "hd", "2026-10-16T14:00:00+07:00",
    [
        Img("/images/2026/10/hoi-nghi-vien-chuc.jpg", None, None, "full"),
        P("Chiều 16/10, Trường THCS Trần Phú tổ chức Hội nghị viên chức, người lao động năm học "
          "2026 - 2027."),
        P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
          "2026 - 2027 và báo cáo công khai tài chính."),
        P("Các ý kiến thảo luận tập trung vào việc nâng cao chất lượng giáo dục toàn diện, đổi mới "
          "kiểm tra đánh giá và xây dựng môi trường học đường xanh - sạch - đẹp."),
        P("Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ và Nghị quyết hội nghị với "
          "100% đại biểu tán thành."),
    ],
    authors=["Tổ Văn phòng"],
    opts={"pub": "2026-10-16 14:00", "created": "2026-10-12 08:20", "modified": "2026-12-02 10:05",
          "by": "Tổ Văn phòng", "info": "all", "thumb": "/images/thumbs/hoi-nghi-thumb.jpg"},
)

S60 = Story(
    60, "lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
    "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn", "dd",
    "2026-11-24T16:20:00+07:00",
    [
        P("Sáng thứ Hai 23/11, trong giờ chào cờ, Liên đội Trường THCS Trần Phú đã phát động "
          "phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa năm học 2026 - 2027."),
        P("Số tiền thu được sẽ dùng để ủng hộ Quỹ “Vì bạn nghèo” và tặng quà cho học sinh có hoàn "
          "cảnh khó khăn nhân dịp Tết Nguyên đán."),
        Img("/images/2026/11/ke-hoach-nho.jpg", "Các chi đội nộp giấy vụn tại sân trường",
            "Các chi đội nộp giấy vụn tại sân trường", "table"),
        P("Thời gian thu gom: từ ngày 30/11 đến ngày 12/12/2026."),
        P("Cha mẹ học sinh có nhu cầu ủng hộ xin liên hệ cô Tổng phụ trách Đội qua email "
          "liendoitranphu@haiphong.edu.vn.", "mail:liendoitranphu@haiphong.edu.vn"),
        Raw('<p style="text-align: right;"><em>Đỗ Minh Trang - TPT Đội</em></p>'),
    ],
    authors=["Đỗ Minh Trang"],
    opts={"pub": "2026-11-24 16:20", "by": "Quản trị viên", "featured": True,
          "tags": ["doi-thieu-nien"], "thumb": "/images/thumbs/ke-hoach-nho-thumb.jpg"},
)

S55 = Story(
    55, "dai-hoi-lien-doi-nhiem-ky-2026-2027",
    "Đại hội Liên đội nhiệm kỳ 2026 - 2027", "dd", "2026-11-06T10:00:00+07:00",
    [
        Img("/images/2026/11/dai-hoi-lien-doi.jpg", "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội", "full"),
        P("Sáng 06/11, Liên đội Trường THCS Trần Phú tổ chức thành công Đại hội Liên đội nhiệm kỳ "
          "2026 - 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội."),
        P("Đại hội đã đánh giá kết quả hoạt động nhiệm kỳ 2025 - 2026 và đề ra chương trình hành "
          "động với chủ đề “Thiếu nhi Hải Phòng chăm ngoan, học giỏi”."),
        Img("/images/2026/11/dai-hoi-bieu-quyet.jpg", "Ảnh: Bùi Thanh Tâm", None, "em"),
        P("Đại hội đã bầu Ban Chỉ huy Liên đội gồm 15 bạn; bạn Hoàng Gia Bảo lớp 9A1 được bầu làm "
          "Liên đội trưởng."),
    ],
    authors=["Bùi Thanh Tâm"], photographers=["Bùi Thanh Tâm"],
    opts={"pub": "2026-11-06 10:00", "by": "Bùi Thanh Tâm", "featured": True,
          "tags": ["doi-thieu-nien"], "thumb": "/images/thumbs/dai-hoi-thumb.jpg"},
)

S47 = Story(
    47, "chi-doan-giao-vien-ra-quan-ngay-chu-nhat-xanh",
    "Chi đoàn giáo viên ra quân “Ngày Chủ nhật xanh”", "dd", "2026-10-19T17:45:00+07:00",
    [
        P("Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Quận đoàn Lê Chân phát động, sáng Chủ nhật "
          "18/10, Chi đoàn giáo viên Trường THCS Trần Phú đã ra quân dọn vệ sinh khuôn viên nhà "
          "trường và tuyến phố xung quanh."),
        Img("/images/2026/10/chu-nhat-xanh.jpg", "Đoàn viên trồng cây xanh tại khuôn viên trường",
            "Đoàn viên trồng cây xanh tại khuôn viên trường", "fig"),
        P("Các đoàn viên đã thu gom rác thải, phát quang bồn cây, trồng mới 20 cây xanh và sơn lại "
          "bồn hoa trước cổng trường."),
        P("Hoạt động góp phần xây dựng cảnh quan trường học xanh - sạch - đẹp, tạo môi trường "
          "thân thiện cho học sinh."),
        Raw('<p style="text-align: right;"><strong>Chi đoàn giáo viên</strong></p>'),
    ],
    authors=["Chi đoàn giáo viên"],
    opts={"pub": "2026-10-19 17:45", "by": "Super User", "tags": ["doi-thieu-nien"],
          "thumb": "/images/thumbs/chu-nhat-xanh-thumb.jpg"},
)

S62 = Story(
    62, "chuyen-de-day-hoc-doc-hieu-van-ban-thong-tin",
    "Chuyên đề “Dạy học đọc hiểu văn bản thông tin theo Chương trình GDPT 2018”", "nv",
    "2026-11-29T08:45:00+07:00",
    [
        P("Ngày 27/11, Tổ Ngữ văn Trường THCS Trần Phú tổ chức chuyên đề “Dạy học đọc hiểu văn bản "
          "thông tin theo Chương trình GDPT 2018” với tiết dạy minh họa tại lớp 8A4."),
        P("Văn bản thông tin là kiểu văn bản chiếm thời lượng đáng kể trong Chương trình Ngữ văn "
          "2018, đòi hỏi học sinh nhận biết được thông tin cơ bản, cách triển khai và vai trò của "
          "các phương tiện phi ngôn ngữ.[1]"),
        P("Những điểm cần lưu ý khi dạy học đọc hiểu văn bản thông tin", "h"),
        P("Hướng dẫn học sinh xác định mục đích và đối tượng của văn bản.", "li"),
        P("Khai thác sơ đồ, bảng biểu, hình ảnh đi kèm văn bản.", "li"),
        P("Liên hệ văn bản với đời sống thực tế của học sinh.", "li"),
        P("Các thầy cô dự chuyên đề đánh giá cao tiết dạy minh họa và thống nhất áp dụng trong các "
          "tiết dạy văn bản thông tin từ học kỳ I."),
        P("Tài liệu tham khảo", "h"),
        P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn."),
    ],
    authors=["Đỗ Thị Lan"],
    opts={"pub": "2026-11-29 08:45", "by": "Quản trị viên", "vote": 4, "featured": True,
          "tags": ["chuyen-mon"],
          "fields": ("after", [("nguoi-viet", "Người viết", "ThS. Đỗ Thị Lan")])},
)

S52 = Story(
    52, "toa-dam-van-hoa-doc-trong-nha-truong",
    "Tọa đàm “Văn hóa đọc trong nhà trường”", "nv", "2026-10-30T14:10:00+07:00",
    [
        P("Chiều 29/10, tại thư viện nhà trường, Tổ Ngữ văn phối hợp với Liên đội tổ chức tọa đàm "
          "“Văn hóa đọc trong nhà trường” cho học sinh khối 6 và khối 7."),
        P("Theo kế hoạch, mỗi lớp cử 5 học sinh tham dự và chuẩn bị một bài giới thiệu cuốn sách "
          "em yêu thích."),
        Img("/images/2026/10/toa-dam-van-hoa-doc.jpg",
            "Học sinh giới thiệu cuốn sách yêu thích tại buổi tọa đàm",
            "Học sinh giới thiệu cuốn sách yêu thích tại buổi tọa đàm", "em"),
        P("Buổi tọa đàm đã truyền cảm hứng đọc sách đến các em học sinh, góp phần xây dựng văn hóa "
          "đọc trong nhà trường."),
        Raw('<p style="text-align: right;"><em>Theo Cổng thông tin điện tử quận Lê Chân</em></p>'),
    ],
    source="Cổng thông tin điện tử quận Lê Chân",
    opts={"pub": "2026-10-30 14:10", "by": "Super User", "tags": ["chuyen-mon"],
          "thumb": "/images/thumbs/van-hoa-doc-thumb.jpg"},
)

S57 = Story(
    57, "hoc-sinh-lop-7-trai-nghiem-stem-ten-lua-nuoc",
    "Học sinh lớp 7 trải nghiệm STEM “Tên lửa nước”", "khtn", "2026-11-14T09:05:00+07:00",
    [
        P("Trong tuần học thứ 10, Tổ Khoa học tự nhiên tổ chức cho học sinh khối 7 tham gia hoạt "
          "động trải nghiệm STEM với chủ đề “Tên lửa nước”."),
        P("Học sinh được chia thành các nhóm, tự thiết kế và chế tạo tên lửa từ vỏ chai nhựa, vận "
          "dụng kiến thức về lực và áp suất đã học."),
        Img("/images/2026/11/stem-ten-lua-1.jpg", "Các nhóm học sinh lắp ráp tên lửa nước",
            "Các nhóm học sinh lắp ráp tên lửa nước", "fig"),
        Img("/images/2026/11/stem-ten-lua-2.jpg", "Ảnh: Thầy Vũ Đức Thắng", None, "fig"),
        P("Nhóm của lớp 7A3 có tên lửa bay xa nhất với 68 mét và được trao giải Nhất."),
    ],
    authors=["Phạm Văn Khoa"], photographers=["Vũ Đức Thắng"],
    opts={"pub": "2026-11-14 09:05", "by": "Phạm Văn Khoa", "featured": True,
          "tags": ["hoc-sinh-gioi"], "thumb": "/images/thumbs/ten-lua-thumb.jpg"},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center;">UBND QUẬN LÊ CHÂN<br>'
    "<strong>TRƯỜNG THCS TRẦN PHÚ</strong><br>Số: 152/TB-THCSTP</td>"
    '<td style="width: 60%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
    "<em>Lê Chân, ngày 01 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học '
    "2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- CB, GV, NV;<br>- Học sinh, CMHS;<br>- Lưu: VT.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG'
    "</strong><br><em>(đã ký)</em><br><br><strong>Nguyễn Văn Hùng</strong></td>"
    "</tr></tbody></table>"
)

S64 = Story(
    64, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027", "tb", "2026-12-01",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch năm học 2026 - 2027 của Trường THCS Trần Phú, nhà trường thông báo lịch "
          "kiểm tra cuối học kỳ I như sau:"),
        P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026."),
        P("2. Các môn kiểm tra tập trung: Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch sử và "
          "Địa lí."),
        P("3. Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
          "sinh."),
        P("Đề nghị giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh để thực hiện."),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={"pub": "2026-12-03 07:50", "by": "Quản trị viên"},
)

S65 = Story(
    65, "thong-bao-hop-cha-me-hoc-sinh-cuoi-hoc-ky-i",
    "Thông báo họp cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027", "tb",
    "2026-12-04T16:30:00+07:00",
    [
        P("Trường THCS Trần Phú trân trọng kính mời quý cha mẹ học sinh đến dự họp cuối học kỳ I "
          "năm học 2026 - 2027."),
        P("📌 Thời gian: 7 giờ 30 phút, Chủ nhật ngày 10/01/2027."),
        P("📌 Địa điểm: tại các phòng học của lớp."),
        P("Nội dung cuộc họp:"),
        P("- Thông báo kết quả học tập, rèn luyện học kỳ I của học sinh;", "br"),
        P("- Trao đổi kế hoạch học kỳ II và công tác phối hợp giữa gia đình và nhà trường.", "br"),
        P("Theo kế hoạch, sau buổi họp chung, giáo viên bộ môn sẽ gặp riêng cha mẹ học sinh có nhu "
          "cầu trao đổi."),
    ],
    opts={"pub": "2026-12-04 16:30", "by": "Super User"},
)

STORIES = [S58, S61, S63, S49, S45, S60, S55, S47, S62, S52, S57, S64, S65]
BY_ID = {s.id: s for s in STORIES}


def pub_dt(story: Story) -> datetime:
    return datetime.strptime(story.opts["pub"], "%Y-%m-%d %H:%M")


def path_of(story: Story) -> str:
    return f"{CATS[story.cat].path}/{story.id}-{story.slug}"


def component_path(story: Story) -> str:
    cat = CATS[story.cat]
    return f"/component/content/article/{story.slug}?catid={cat.catid}&Itemid={cat.itemid}"


def in_cat(key: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == key), key=pub_dt, reverse=True)


def in_menu(key: str) -> list[Story]:
    return sorted((s for s in STORIES if CATS[s.cat].parent == key), key=pub_dt, reverse=True)


FEATURED = sorted((s for s in STORIES if s.opts.get("featured")), key=pub_dt, reverse=True)
LATEST = sorted(STORIES, key=pub_dt, reverse=True)

# --- dates as Joomla vi-VN prints them ----------------------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def lc2(dt: datetime) -> str:
    """DATE_FORMAT_LC2 of vi-VN: "Thứ sáu, 20 Tháng 11 2026 09:30"."""
    return f"{WEEKDAYS[dt.weekday()]}, {dt:%d} Tháng {dt.month} {dt.year} {dt:%H:%M}"


def lc3(dt: datetime) -> str:
    return f"{dt:%d} Tháng {dt.month} {dt.year}"


def iso_local(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def db_utc(dt: datetime) -> str:
    """publish_up as the database stores it (UTC, no zone)."""
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


# --- chrome ----------------------------------------------------------------------------------


def _menu_li(href: str, label: str, item_id: int, active: bool, cls: str = "nav-item") -> str:
    act = " current active" if active else ""
    cur = ' aria-current="page"' if active else ""
    return (f'<li class="{cls}{act}" data-id="{item_id}" data-level="2"><a href="{href}" '
            f'itemprop="url" class="dropdown-item"{cur}><span itemprop="name"><span '
            f'class="menu-item-title">{esc(label)}</span></span></a></li>')


def megamenu(active: str) -> str:
    def top(key: str, label: str, href: str, item_id: int, sub: str = "", mega: bool = False) -> str:
        act = " active" if key == active else ""
        if not sub:
            return (f'<li class="nav-item{act}" data-id="{item_id}" data-level="1"><a href="{href}" '
                    f'itemprop="url" class="nav-link"><span itemprop="name"><span '
                    f'class="menu-item-title">{esc(label)}</span></span></a></li>')
        link = (f'<a href="{href}" itemprop="url" class="nav-link dropdown-toggle" role="button" '
                f'aria-haspopup="true" aria-expanded="false" data-bs-toggle="dropdown">'
                if href else '<span class="nav-header nav-link dropdown-toggle" '
                'data-bs-toggle="dropdown">')
        close = "</a>" if href else "</span>"
        kind = " mega" if mega else ""
        width = ' data-mega_width="900"' if mega else ""
        return (f'<li class="nav-item dropdown parent{kind}{act}" data-id="{item_id}" '
                f'data-level="1"{width}>{link}<span '
                f'itemprop="name"><span class="menu-item-title">{esc(label)}</span></span>'
                f'<i class="item-caret"></i>{close}{sub}</li>')

    def cats_of(menu: str) -> str:
        return "".join(_menu_li(c.path, c.name, 200 + c.catid, False) for c in CATS.values()
                       if c.parent == menu)

    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{path_of(s)}" '
        f'itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>' for s in LATEST[:5])
    tin_tuc_sub = (
        '<div class="dropdown-menu mega-dropdown-menu" data-bs-popper="static">'
        '<div class="mega-dropdown-inner"><div class="row">'
        '<div class="mega-sub-1 col-12 col-md-4"><div class="mega-inner">'
        f'<ul class="mega-nav level1">{cats_of("tin-tuc")}</ul></div></div>'
        '<div class="mega-col-module col-12 col-md-8"><div class="mega-inner">'
        '<div class="t4-module module " id="Mod112"><div class="module-inner">'
        '<h3 class="module-title "><span>Tin mới</span></h3><div class="module-ct">'
        f'<ul class="mod-articleslatest latestnews mod-list">{latest}</ul>'
        "</div></div></div></div></div></div></div></div>"
    )

    def simple_sub(items: str) -> str:
        return (f'<div class="dropdown-menu" data-bs-popper="static"><div class="mega-dropdown-inner">'
                f'<ul class="mega-nav level1">{items}</ul></div></div>')

    gioi_thieu = (_menu_li("/gioi-thieu/lich-su-nha-truong", "Lịch sử nhà trường", 111, False)
                  + _menu_li("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức", 112, False))
    items = [
        top("home", "Trang chủ", "/", 101),
        top("gioi-thieu", "Giới thiệu", "", 110, simple_sub(gioi_thieu)),
        top("tin-tuc", "Tin tức", "/tin-tuc", 102, tin_tuc_sub, mega=True),
        top("chuyen-mon", "Chuyên môn", "/chuyen-mon", 105, simple_sub(cats_of("chuyen-mon"))),
        top("thong-bao", "Thông báo", "/thong-bao", 108, simple_sub(cats_of("thong-bao"))),
        top("tin-noi-bat", "Tin nổi bật", "/tin-noi-bat", 115),
        top("thu-vien-anh", "Thư viện ảnh", "/thu-vien-anh", 118),
        top("lien-he", "Liên hệ", "/lien-he", 120),
    ]
    return ("".join(items))


def offcanvas() -> str:
    links = [("/", "Trang chủ"), ("/gioi-thieu/lich-su-nha-truong", "Lịch sử nhà trường"),
             ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức"), ("/tin-tuc", "Tin tức")]
    links += [(c.path, c.name) for c in CATS.values()]
    links += [("/chuyen-mon", "Chuyên môn"), ("/thong-bao", "Thông báo"),
              ("/tin-noi-bat", "Tin nổi bật"), ("/thu-vien-anh", "Thư viện ảnh"),
              ("/lien-he", "Liên hệ")]
    lis = "".join(f'<li class="nav-item"><a href="{h}" class="nav-link">{esc(n)}</a></li>'
                  for h, n in links)
    return (
        '<div class="t4-offcanvas" data-offcanvas-options=\'{"modifiers":"right,overlay"}\' '
        'id="off-canvas-right" role="complementary" style="display:none;">'
        '<div class="t4-off-canvas-header"><a href="/" title="THCS Trần Phú">'
        '<img class="logo-img" src="/images/logo-tran-phu.png" alt="THCS Trần Phú"></a>'
        '<button type="button" class="close js-offcanvas-close" data-bs-dismiss="modal" '
        'aria-hidden="true">×</button></div><div class="t4-off-canvas-body menu-item-def" '
        'data-effect="def"><div class="t4-module module " id="Mod90"><div class="module-inner">'
        f'<div class="module-ct"><nav class="navbar"><ul class="nav navbar-nav ">{lis}</ul></nav>'
        "</div></div></div></div></div>"
    )


def breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    lis = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for pos, (href, label) in enumerate(trail, 1):
        if href:
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{href}" '
                f'class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<meta itemprop="position" content="{pos}"></li>')
        else:
            lis.append(
                '<li aria-current="page" itemprop="itemListElement" itemscope '
                'itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item '
                f'breadcrumb-item active"><span itemprop="name">{esc(label)}</span>'
                f'<meta itemprop="position" content="{pos}"></li>')
    return (
        '<div id="t4-breadcrumbs" class="t4-section t4-breadcrumbs"><div class="t4-section-inner '
        'container"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">'
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs '
        f'breadcrumb px-3 py-2">{"".join(lis)}</ol></nav></div></div>'
    )


def sidebar() -> str:
    notices = "".join(
        f'<li><a class="mod-articles-category-title " href="{path_of(s)}">{esc(s.title)}</a>'
        f'<span class="mod-articles-category-date">{pub_dt(s):%d/%m/%Y}</span></li>'
        for s in in_cat("tb"))
    return (
        '<div class="t4-col sidebar-r col-12 col-lg-4">'
        '<div class="t4-module module " id="Mod131"><div class="module-inner">'
        '<h3 class="module-title "><span>Thông báo mới</span></h3><div class="module-ct">'
        f'<ul class="mod-articlescategory category-module mod-list">{notices}</ul>'
        "</div></div></div>"
        '<div class="t4-module module " id="Mod132"><div class="module-inner">'
        '<h3 class="module-title "><span>Liên kết website</span></h3><div class="module-ct">'
        '<ul class="weblinks"><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">'
        'Bộ Giáo dục và Đào tạo</a></li><li><a href="https://haiphong.edu.vn" target="_blank" '
        'rel="noopener">Sở GD&amp;ĐT Hải Phòng</a></li><li><a href="https://lechan.haiphong.gov.vn"'
        ' target="_blank" rel="noopener">UBND quận Lê Chân</a></li></ul></div></div></div>'
        '<div class="t4-module module " id="Mod133"><div class="module-inner">'
        '<h3 class="module-title "><span>Thăm dò ý kiến</span></h3><div class="module-ct">'
        '<div class="acepoll"><p>Bạn đánh giá thế nào về website mới của nhà trường?</p>'
        '<label><input type="radio" name="voteid" value="1"> Rất đẹp, dễ sử dụng</label><br>'
        '<label><input type="radio" name="voteid" value="2"> Bình thường</label><br>'
        '<label><input type="radio" name="voteid" value="3"> Cần cải thiện</label><br>'
        '<button type="button" class="btn btn-primary btn-sm">Bình chọn</button></div>'
        "</div></div></div>"
        '<div class="t4-module module " id="Mod134"><div class="module-inner">'
        '<h3 class="module-title "><span>Thống kê truy cập</span></h3><div class="module-ct">'
        '<div class="vcounter"><p><img src="/media/mod_vcnt/images/online.png" alt=""> '
        "Đang online: 27</p><p><img src=\"/media/mod_vcnt/images/today.png\" alt=\"\"> "
        "Hôm nay: 412</p><p><img src=\"/media/mod_vcnt/images/all.png\" alt=\"\"> "
        "Tổng truy cập: 1.284.307</p></div></div></div></div>"
        "</div>"
    )


def page(title: str, main: str, *, active: str, trail: list[tuple[str | None, str]] | None,
         masthead: tuple[str, str] | None = None, head: str = "", body_cls: str = "") -> Response:
    mast = ""
    if masthead:
        mast = (
            '<div id="t4-masthead" class="t4-section t4-masthead"><div class="t4-section-inner '
            'container"><div class="ja-masthead" style="background-image: '
            "url('/images/masthead/bg-masthead.jpg');\"><div class=\"ja-masthead-detail\">"
            f'<h1 class="ja-masthead-title">{esc(masthead[0])}</h1>'
            f'<div class="ja-masthead-description">{esc(masthead[1])}</div></div></div></div></div>'
        )
    crumbs = breadcrumbs([("/", "Trang chủ"), *trail]) if trail else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" data-bs-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/templates/t4_bs5_blank/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/t4/optimize/css/3f1c0a7e2b.css?8b2f1d" rel="stylesheet">
<link href="{T}/local/css/custom.css?v=4312" rel="stylesheet">
{head}
<script src="/media/t4/optimize/js/9d4e2c1a7f.js?8b2f1d"></script>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"Biểu mẫu không thể gửi vì thiếu dữ liệu bắt buộc."}},"system.paths":{{"root":"","rootFull":"/","base":""}}}}</script>
</head>
<body class="site-default navigation-default theme-default layout-default nav-breakpoint-lg com_content {body_cls}" data-jver="4">
{offcanvas()}
<div class="t4-wrapper"><div class="t4-content"><div class="t4-content-inner">
<div id="t4-topbar" class="t4-section t4-topbar"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col topbar-l col-sm"><span class="t4-date"><i class="far fa-calendar-alt"></i> {TODAY_LINE}</span></div>
<div class="t4-col topbar-r col-sm text-end"><span><i class="fas fa-phone"></i> Hotline: 0225 3857 246</span></div>
</div></div></div>
<div id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container"><div class="header-block header-block-1">
<div class="header-wrap d-flex align-items-center justify-content-between">
<div class="navbar-brand logo-image"><a href="/" title="{esc(SITE_NAME)}"><img class="logo-img" width="320" height="80" src="/images/logo-tran-phu.png" alt="Trường THCS Trần Phú"></a></div>
<div class="t4-megamenu-wrap"><nav class="navbar navbar-expand-lg">
<button class="t4-offcanvas-toggle d-lg-none" data-target="#off-canvas-right" aria-label="Menu"><i class="fa fa-bars"></i></button>
<div id="t4-megamenu-mainmenu" class="t4-megamenu collapse navbar-collapse slide animate" data-duration="400">
<ul class="nav navbar-nav level0" itemscope="itemscope" itemtype="http://www.schema.org/SiteNavigationElement">{megamenu(active)}</ul>
</div></nav></div>
<div class="head-search"><form action="/component/finder/search?Itemid=101" method="get" class="mod-finder js-finder-searchform form-search" role="search"><label for="mod-finder-searchword130" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword130" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form></div>
</div></div></div></div>
{mast}
{crumbs}
<div id="t4-main-body" class="t4-section t4-main-body"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col col-12 col-lg">
<div id="system-message-container" aria-live="polite"></div>
{main}
</div>
{sidebar()}
</div></div></div>
<footer id="t4-footer" class="t4-section t4-footer"><div class="t4-section-inner container">
<div class="t4-module module " id="Mod140"><div class="module-inner"><div class="module-ct"><div id="mod-custom140" class="mod-custom custom">
<p><strong>TRƯỜNG THCS TRẦN PHÚ - QUẬN LÊ CHÂN - THÀNH PHỐ HẢI PHÒNG</strong></p>
<p>Địa chỉ: Số 12 phố Trần Nguyên Hãn, phường Niệm Nghĩa, quận Lê Chân, TP. Hải Phòng</p>
<p>Điện thoại: 0225 3857 246 - Email: c2tranphu.lc@haiphong.edu.vn</p>
</div></div></div></div>
<div class="footer-copyright">Bản quyền © 2026 Trường THCS Trần Phú. Thiết kế bởi JoomlArt T4.</div>
</div></footer>
<a href="javascript:" id="back-to-top"><i class="fa fa-chevron-up"></i></a>
</div></div></div>
</body>
</html>"""
    return html(doc)


# --- article parts ---------------------------------------------------------------------------


def img_src(src: str) -> str:
    """A media-field value as Joomla 4 stores it (trap 1): the file plus its #joomlaImage suffix."""
    return f"{src}#joomlaImage://local-images/{src.removeprefix('/images/')}?width=800&amp;height=533"


def cloak(addr: str) -> str:
    user, domain = addr.split("@")
    b = lambda v: base64.b64encode(v.encode()).decode()  # noqa: E731
    return (f'<joomla-hidden-mail is-link="1" is-email="1" first="{b(user)}" last="{b(domain)}" '
            f'text="{b(addr)}" base="">{esc(CLOAK_TEXT)}</joomla-hidden-mail>')


def render_p(p: P) -> str:
    if p.style.startswith("mail:"):
        addr = p.style[5:]
        before, after = p.text.split(addr)
        return f'<p style="text-align: justify;">{esc(before)}{cloak(addr)}{esc(after)}</p>'
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{esc(p.text)}</strong></p>'
    if p.style == "h":
        return f"<h3><strong>{esc(p.text)}</strong></h3>"
    return f'<p style="text-align: justify;">{esc(p.text)}</p>'


def render_img(img: Img) -> str:
    tag = f'<img src="{img.src}" alt="" width="800" height="533" loading="lazy">'
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image" style="text-align: center;">{tag}{cap}</figure>'
    if img.style == "table":
        return ('<table class="mce-item-table" style="margin-left: auto; margin-right: auto;" '
                f'border="0"><tbody><tr><td>{tag}</td></tr><tr><td style="text-align: center;">'
                f'<span style="font-size: 10pt;"><em>{esc(img.printed or "")}</em></span></td></tr>'
                "</tbody></table>")
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("row", "li", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "row":
                rows = []
                for n, g in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>"
                                                 for c in g.text.split(" | ")) + "</tr>")
                out.append('<table class="table table-bordered" style="width: 100%;"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            else:
                out.append("<p>" + "<br>".join(esc(g.text) for g in group) + "</p>")
            continue
        if isinstance(b, P):
            out.append(render_p(b))
        elif isinstance(b, Img):
            if b.style != "full":
                out.append(render_img(b))
        elif isinstance(b, Raw) and not b.html.startswith("<!--pagebreak"):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def info_block(s: Story, where: str) -> str:
    cat = CATS[s.cat]
    dt = pub_dt(s)
    dds = []
    if where == "above":
        dds.append('<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/'
                   'Person"><span class="fa fa-user" aria-hidden="true"></span> Viết bởi '
                   f'<span itemprop="name">{esc(s.opts["by"])}</span></dd>')
        dds.append(f'<dd class="category-name"><span class="fa fa-folder-open" aria-hidden="true">'
                   f'</span> Danh mục: <a href="{cat.path}" itemprop="genre">{esc(cat.name)}</a></dd>')
        dds.append('<dd class="published"><span class="fa fa-calendar" aria-hidden="true"></span> '
                   f'<time datetime="{iso_local(dt)}" itemprop="datePublished">Ngày đăng: {lc2(dt)}'
                   "</time></dd>")
    if where == "below" or (s.opts.get("info") == "all" and where == "above"):
        if s.opts.get("created"):
            c = datetime.strptime(s.opts["created"], "%Y-%m-%d %H:%M")
            dds.append('<dd class="create"><span class="fa fa-calendar" aria-hidden="true"></span> '
                       f'<time datetime="{iso_local(c)}" itemprop="dateCreated">Được tạo: {lc2(c)}'
                       "</time></dd>")
        if s.opts.get("modified"):
            m = datetime.strptime(s.opts["modified"], "%Y-%m-%d %H:%M")
            dds.append('<dd class="modified"><span class="fa fa-calendar" aria-hidden="true"></span>'
                       f' <time datetime="{iso_local(m)}" itemprop="dateModified">Cập nhật lần cuối: '
                       f"{lc2(m)}</time></dd>")
        dds.append('<dd class="hits"><span class="fa fa-eye" aria-hidden="true"></span> '
                   f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}"> '
                   f"Lượt xem: {s.views()}</dd>")
    if where == "below" and s.opts.get("info") == "all":
        return ""
    term = '<dt class="article-info-term">Chi tiết</dt>' if where == "above" else ""
    return f'<dl class="article-info muted">{term}{"".join(dds)}</dl>'


def vote_html(s: Story) -> str:
    r = s.opts["vote"]
    stars = "".join(f'<li class="vote-star{"" if n <= r else "-empty"}"><span class="icon-star" '
                    'aria-hidden="true"></span></li>' for n in range(1, 6))
    opts = "".join(f'<option value="{n}"{" selected" if n == 5 else ""}>Đánh giá {n}</option>'
                   for n in range(1, 6))
    return (
        f'<div class="content_rating" role="img" aria-label="Đánh giá: {r} trên 5"><ul>{stars}</ul>'
        '<p class="visually-hidden" itemprop="aggregateRating" itemscope '
        'itemtype="https://schema.org/AggregateRating">Đánh giá người dùng: <span '
        f'itemprop="ratingValue">{r}</span> / <span itemprop="bestRating">5</span>'
        f'<meta itemprop="ratingCount" content="{s.id % 9 + 3}"><meta itemprop="worstRating" '
        'content="1"></p></div>'
        f'<form method="post" action="{path_of(s)}?hitcount=0" class="form-inline mb-2">'
        f'<span class="content_vote"><label class="visually-hidden" for="content_vote_{s.id}">'
        f'Vui lòng đánh giá</label><select id="content_vote_{s.id}" name="user_rating">{opts}'
        '</select> <input class="btn btn-sm btn-primary align-baseline" type="submit" '
        'name="submit_vote" value="Đánh giá"><input type="hidden" name="task" value="article.vote">'
        '<input type="hidden" name="hitcount" value="0"><input type="hidden" name="url" '
        f'value="{path_of(s)}"><input type="hidden" name="6f1c8e2a9b0d4e73" value="1"></span></form>'
    )


def fields_html(fields: list[tuple[str, str, str]]) -> str:
    lis = "".join(f'<li class="field-entry {cls} "><span class="field-label ">{esc(label)}: </span>'
                  f'<span class="field-value ">{esc(value)}</span></li>' for cls, label, value in fields)
    return f'<ul class="fields-container">{lis}</ul>'


def pagebreak_parts(s: Story) -> tuple[list, list, str]:
    for n, b in enumerate(s.blocks):
        if isinstance(b, Raw) and b.html.startswith("<!--pagebreak:"):
            return s.blocks[:n], s.blocks[n + 1:], b.html[len("<!--pagebreak:"):-3]
    raise ValueError("no pagebreak")


def pagebreak_body(s: Story, mode: str) -> str:
    first, second, sec_title = pagebreak_parts(s)
    base = path_of(s)
    index = (
        '<div class="float-end article-index"><h3>Mục lục bài viết</h3><ul class="nav flex-column">'
        f'<li><a href="{base}" class="toclink{" active" if mode == "1" else ""}">{esc(s.title)}</a></li>'
        f'<li><a href="{base}?start=1" class="toclink{" active" if mode == "2" else ""}">'
        f"{esc(sec_title)}</a></li>"
        f'<li><a href="{base}?showall=1" class="toclink{" active" if mode == "all" else ""}">'
        "Tất cả các trang</a></li></ul></div>"
    )
    if mode == "all":
        return index + render_blocks(first) + render_blocks(second)
    counter = f'<div class="pagenavcounter">Trang {1 if mode == "1" else 2} của 2</div>'
    if mode == "1":
        pager = (f'<div class="pager"><ul class="pagination"><li class="previous"></li><li class="next">'
                 f'<a href="{base}?start=1" rel="next">Trang sau <span class="icon-chevron-right">'
                 "</span></a></li></ul></div>")
        return index + counter + render_blocks(first) + pager
    pager = (f'<div class="pager"><ul class="pagination"><li class="previous"><a href="{base}" '
             'rel="prev"><span class="icon-chevron-left"></span> Trang trước</a></li>'
             '<li class="next"></li></ul></div>')
    return index + counter + render_blocks(second) + pager


def article_page(s: Story, variant: str = "") -> Response:
    cat = CATS[s.cat]
    menu = MENUS[cat.parent]
    dt = pub_dt(s)
    full = next((b for b in s.blocks if isinstance(b, Img) and b.style == "full"), None)
    parts = ['<div class="com-content-article item-page" itemscope '
             'itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">']
    if full:
        cap = (f'<figcaption class="caption">{esc(full.printed)}</figcaption>'
               if full.printed else "")
        parts.append(f'<figure class="left item-image"><img src="{img_src(full.src)}" '
                     f'itemprop="image" width="800" height="533" alt="{esc(s.title)}">{cap}</figure>')
    parts.append(f'<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>')
    parts.append(f'<div class="article-aside">{info_block(s, "above")}</div>')
    if s.opts.get("vote"):
        parts.append(vote_html(s))
    fields = s.opts.get("fields")
    if fields and fields[0] == "before":
        parts.append(fields_html(fields[1]))
    if s.id == 63:
        body = pagebreak_body(s, {"": "1", "start=1": "2", "showall=1": "all"}[variant])
    else:
        body = render_blocks(s.blocks)
    parts.append(f'<div itemprop="articleBody" class="com-content-article__body">\n{body}\n</div>')
    if fields and fields[0] == "after":
        parts.append(fields_html(fields[1]))
    parts.append(info_block(s, "below"))
    if s.opts.get("tags"):
        tags = "".join(
            f'<li class="list-inline-item tag-{TAGS[t][1]} tag-list0" itemprop="keywords">'
            f'<a href="/component/tags/tag/{t}" class="btn btn-sm btn-info">{esc(TAGS[t][0])}</a></li>'
            for t in s.opts["tags"])
        parts.append(f'<ul class="tags list-inline">{tags}</ul>')
    siblings = in_cat(s.cat)
    k = siblings.index(s)
    nav = []
    if k > 0:
        p = siblings[k - 1]
        nav.append(f'<a class="btn btn-sm btn-secondary previous" href="{path_of(p)}" rel="prev">'
                   f'<span class="visually-hidden">Bài trước: {esc(p.title)}</span>'
                   '<span class="icon-chevron-left" aria-hidden="true"></span> '
                   '<span aria-hidden="true">Trước</span></a>')
    if nav:
        parts.append(f'<nav class="pagenavigation" aria-label="Điều hướng trang">'
                     f'<span class="pagination ms-0">{"".join(nav)}</span></nav>')
    parts.append(
        '<div class="ja-social-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/'
        'sharer/sharer.php" target="_blank" rel="noopener" class="share-fb"><img src="/media/'
        'plg_jasocial/images/facebook.png" alt="Facebook"></a> <a href="https://zalo.me/share" '
        'target="_blank" rel="noopener" class="share-zalo"><img src="/media/plg_jasocial/images/'
        'zalo.png" alt="Zalo"></a></div>')
    parts.append("</div>")
    others = [o for o in LATEST if o is not s and CATS[o.cat].parent == cat.parent][:4]
    parts.append(
        '<div class="t4-module module " id="Mod150"><div class="module-inner"><h3 class="module-title'
        ' "><span>Các tin khác</span></h3><div class="module-ct"><ul class="mod-articlescategory '
        'category-module mod-list">'
        + "".join(f'<li><a class="mod-articles-category-title " href="{path_of(o)}">{esc(o.title)}'
                  f'</a> <span class="mod-articles-category-date">({pub_dt(o):%d/%m/%Y})</span></li>'
                  for o in others)
        + "</ul></div></div></div>")
    image_meta = f'<meta property="og:image" content="{full.src}">' if full else ""
    head = (
        f'<meta name="description" content="{esc(s.title)} - {esc(SITE_NAME)}">'
        f'<meta property="og:title" content="{esc(s.title)}"><meta property="og:type" '
        f'content="article">{image_meta}<meta property="article:published_time" '
        f'content="{db_utc(dt).replace(" ", "T")}">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{esc(s.title)}","datePublished":"{db_utc(dt)}","author":{{"@type":"Person",'
        f'"name":"{"Quản trị viên" if s.opts["by"] != "Super User" else "Super User"}"}},'
        '"publisher":{"@type":"Organization","name":"Trường THCS Trần Phú"}}</script>'
    )
    title = s.title + (" - Kết quả hội thi" if variant == "start=1" else "")
    return page(f"{title} - THCS Trần Phú", "".join(parts), active=cat.parent,
                trail=[(menu.path, menu.name), (cat.path, cat.name), (None, s.title)],
                masthead=(cat.name, cat.desc), head=head,
                body_cls=f"view-article itemid-{cat.itemid}")


# --- listings --------------------------------------------------------------------------------


def blog_item(s: Story, leading: bool) -> str:
    dt = pub_dt(s)
    first = next(b for b in s.blocks if isinstance(b, P))
    thumb = s.opts.get("thumb")
    fig = (f'<figure class="left item-image"><a href="{path_of(s)}" itemprop="url" '
           f'title="{esc(s.title)}"><img src="{img_src(thumb)}" itemprop="thumbnailUrl" '
           f'width="{600 if leading else 360}" height="{400 if leading else 240}" alt="" '
           'loading="lazy"></a></figure>' if thumb else "")
    return (
        '<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">{fig}<div class="item-content">'
        f'<div class="page-header"><h2 itemprop="name"><a href="{path_of(s)}" itemprop="url">'
        f"{esc(s.title)}</a></h2></div>"
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        f'<dd class="category-name">Danh mục: <a href="{CATS[s.cat].path}">{esc(CATS[s.cat].name)}'
        '</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true">'
        f'</span><time datetime="{iso_local(dt)}">Ngày đăng: {lc3(dt)}</time></dd></dl>'
        f"{render_p(first)}"
        f'<p class="readmore"><a class="btn btn-secondary" href="{path_of(s)}" '
        f'aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" '
        f'aria-hidden="true"></span> Đọc thêm: {esc(s.title)}</a></p></div></div>'
    )


def pagination(base: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?start={n * per}"

    lis = []
    if cur > 0:
        lis.append(f'<li class="page-item"><a aria-label="Đến trang đầu" href="{href(0)}" '
                   'class="page-link"><span class="icon-angle-double-left" aria-hidden="true">'
                   "</span></a></li>")
        lis.append(f'<li class="page-item"><a aria-label="Đến trang trước" href="{href(cur - 1)}" '
                   'class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>')
    for n in range(pages):
        if n == cur:
            lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang '
                       f'{n + 1}" href="#" class="page-link">{n + 1}</a></li>')
        else:
            lis.append(f'<li class="page-item"><a aria-label="Đến trang {n + 1}" href="{href(n)}" '
                       f'class="page-link">{n + 1}</a></li>')
    if cur < pages - 1:
        lis.append(f'<li class="page-item"><a aria-label="Đến trang tiếp theo" href="{href(cur + 1)}"'
                   ' class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đến trang cuối" href="{href(pages - 1)}" '
                   'class="page-link"><span class="icon-angle-double-right" aria-hidden="true">'
                   "</span></a></li>")
    return (
        '<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-'
        f'blog__counter counter float-end pt-3 pe-2">Trang {cur + 1} của {pages}</p>'
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" '
        f'aria-label="Phân trang"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>'
    )


def blog(request: Request, base: str, items: list[Story], per: int, heading: str, desc: str,
         *, featured: bool = False) -> tuple[str, int] | None:
    params = request.params
    if set(params) - {"start"}:
        return None
    start = params.get("start", "0")
    if not start.isdigit() or int(start) % per or (int(start) and int(start) >= len(items)):
        return None
    start_n = int(start)
    chunk = items[start_n:start_n + per]
    lead, rest = chunk[:1], chunk[1:]
    cls = "blog-featured" if featured else "com-content-category-blog blog"
    main = (
        f'<div class="{cls}" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="category-desc clearfix"><p>{esc(desc)}</p></div>'
        '<div class="com-content-category-blog__items blog-items items-leading ">'
        + "".join(blog_item(s, True) for s in lead) + "</div>"
        '<div class="com-content-category-blog__items blog-items columns-2 ">'
        + "".join(blog_item(s, False) for s in rest) + "</div>"
        + pagination(base, start_n, per, len(items)) + "</div>"
    )
    return main, start_n


def cat_page(request: Request, cat: Cat) -> Response | None:
    menu = MENUS[cat.parent]
    items = in_cat(cat.key) if cat.key != "vb" else DOCS
    res = blog(request, cat.path, items, cat.per_page, cat.name, cat.desc)
    if res is None:
        return None
    main, _ = res
    return page(f"{cat.name} - THCS Trần Phú", main, active=cat.parent,
                trail=[(menu.path, menu.name), (None, cat.name)], masthead=(cat.name, cat.desc),
                body_cls=f"view-category layout-blog itemid-{cat.itemid}")


def menu_page(request: Request, menu: Menu) -> Response | None:
    items = in_menu(menu.key) + (DOCS if menu.key == "thong-bao" else [])
    res = blog(request, menu.path, items, menu.per_page, menu.name, menu.desc)
    if res is None:
        return None
    main, _ = res
    subs = "".join(f'<li><a href="{c.path}">{esc(c.name)}</a></li>' for c in CATS.values()
                   if c.parent == menu.key)
    main = f'<div class="cat-children"><h3>Danh mục con</h3><ul>{subs}</ul></div>' + main
    return page(f"{menu.name} - THCS Trần Phú", main, active=menu.key,
                trail=[(None, menu.name)], masthead=(menu.name, menu.desc),
                body_cls=f"view-category layout-blog itemid-{menu.itemid}")


def featured_page(request: Request) -> Response | None:
    res = blog(request, "/tin-noi-bat", FEATURED, 4, "Tin nổi bật", "Những tin bài nổi bật.",
               featured=True)
    if res is None:
        return None
    return page("Tin nổi bật - THCS Trần Phú", res[0], active="tin-noi-bat",
                trail=[(None, "Tin nổi bật")], masthead=("Tin nổi bật", "Những tin bài nổi bật."),
                body_cls="view-featured itemid-115")


def home_page() -> Response:
    feat = FEATURED[:4]
    lead = feat[0]
    lead_first = next(b for b in lead.blocks if isinstance(b, P))
    others = "".join(
        f'<li class="newsflash-item"><a href="{path_of(s)}"><img src="{img_src(s.opts["thumb"])}" '
        f'alt="" width="120" height="80"></a><h4 class="newsflash-title"><a href="{path_of(s)}">'
        f"{esc(s.title)}</a></h4><span class=\"newsflash-date\">{pub_dt(s):%d/%m/%Y}</span></li>"
        for s in feat[1:] if s.opts.get("thumb"))
    main = (
        '<div class="t4-module module home-slideshow" id="Mod95"><div class="module-inner">'
        '<div class="module-ct"><div class="ja-acm-slideshow"><div class="item active">'
        '<img src="/images/slides/cong-truong.jpg" alt="Trường THCS Trần Phú">'
        '<div class="slide-caption"><h3>Trường THCS Trần Phú</h3><p>Kỷ cương - Tình thương - '
        "Trách nhiệm</p></div></div></div></div></div></div>"
        '<div class="t4-module module " id="Mod96"><div class="module-inner">'
        '<h3 class="module-title "><span>Tin nổi bật</span></h3><div class="module-ct">'
        '<div class="mod-articlesnews newsflash"><div class="newsflash-lead">'
        f'<a href="{path_of(lead)}"><img src="{img_src(lead.opts["thumb"])}" alt="" width="600" '
        f'height="400"></a><h3 class="newsflash-title"><a href="{path_of(lead)}">{esc(lead.title)}'
        f"</a></h3>{render_p(lead_first)}</div>"
        f'<ul class="mod-articlesnews-horizontal newsflash-horiz mod-list">{others}</ul></div>'
        '<p class="more"><a href="/tin-noi-bat">Xem tất cả</a></p></div></div></div>'
        '<div class="t4-module module " id="Mod97"><div class="module-inner">'
        '<h3 class="module-title "><span>Chuyên mục</span></h3><div class="module-ct"><ul>'
        + "".join(f'<li><a href="{c.path}">{esc(c.name)}</a></li>' for c in CATS.values())
        + "</ul></div></div></div>"
    )
    return page(SITE_NAME, main, active="home", trail=None, body_cls="view-featured itemid-101")


def tag_page(alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    name = TAGS[alias][0]
    items = [s for s in LATEST if alias in s.opts.get("tags", [])]
    lis = "".join(
        '<li class="list-group-item list-group-item-action"><h3><a href="'
        + component_path(s).replace("&", "&amp;")
        + f'">{esc(s.title)}</a></h3><span class="tag-body">'
        f"{esc(next(b for b in s.blocks if isinstance(b, P)).text)}</span></li>"
        for s in items)
    main = (f'<div class="com-tags-tag tag-category"><h1>{esc(name)}</h1>'
            f'<ul class="com-tags-tag__category category list-group">{lis}</ul></div>')
    return page(f"{name} - THCS Trần Phú", main, active="", trail=[(None, name)],
                body_cls="com_tags view-tag")


# --- not articles ----------------------------------------------------------------------------


def single_page(title: str, body: str, trail_name: str) -> Response:
    main = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/'
            f'Article"><div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
            f'<div itemprop="articleBody" class="com-content-article__body">{body}</div></div>')
    return page(f"{title} - THCS Trần Phú", main, active="gioi-thieu",
                trail=[(None, "Giới thiệu"), (None, trail_name)], masthead=("Giới thiệu", ""),
                body_cls="view-article")


def lich_su() -> Response:
    body = (
        "<p>Trường THCS Trần Phú được thành lập năm 1962, tiền thân là Trường cấp II Trần Phú, "
        "thuộc khu phố Lê Chân, thành phố Hải Phòng.</p>"
        "<p>Qua hơn 60 năm xây dựng và phát triển, nhà trường đã nhiều lần được công nhận là "
        "trường tiên tiến xuất sắc cấp thành phố, được Chủ tịch nước tặng Huân chương Lao động "
        "hạng Ba năm 2012.</p>"
        '<p><img src="/images/gioi-thieu/truong-xua.jpg" alt="Trường xưa" width="600" height="400">'
        "</p><p>Năm học 2026 - 2027, trường có 36 lớp với 1.520 học sinh, 78 cán bộ, giáo viên, "
        "nhân viên.</p>"
    )
    return single_page("Lịch sử nhà trường", body, "Lịch sử nhà trường")


def co_cau() -> Response:
    rows = [("Họ và tên", "Chức vụ", "Điện thoại"), ("Nguyễn Văn Hùng", "Hiệu trưởng", "0912 345 678"),
            ("Lương Thị Hồng", "Phó Hiệu trưởng", "0904 222 813"),
            ("Trần Quang Huy", "Phó Hiệu trưởng", "0983 117 562")]
    table = ('<table class="table table-bordered"><tbody>'
             + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
             + "</tbody></table>")
    return single_page("Cơ cấu tổ chức", "<h3>Ban giám hiệu</h3>" + table, "Cơ cấu tổ chức")


def lien_he() -> Response:
    main = (
        '<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">'
        '<h1><span class="contact-name" itemprop="name">Trường THCS Trần Phú</span></h1>'
        '<div class="com-contact__address contact-address dl-horizontal" itemprop="address">'
        "<dl><dt>Địa chỉ:</dt><dd>Số 12 phố Trần Nguyên Hãn, phường Niệm Nghĩa, quận Lê Chân, "
        "TP. Hải Phòng</dd><dt>Điện thoại:</dt><dd>0225 3857 246</dd></dl></div>"
        '<form id="contact-form" action="/lien-he" method="post" class="com-contact__form '
        'form-validate form-horizontal well"><fieldset><legend>Gửi email liên hệ</legend>'
        '<label for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]"'
        ' id="jform_contact_name" required><label for="jform_contact_email">Email *</label>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" required>'
        '<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]"'
        ' id="jform_contact_message"></textarea><button class="btn btn-primary validate" '
        'type="submit">Gửi email</button><input type="hidden" name="option" value="com_contact">'
        '<input type="hidden" name="task" value="contact.submit"></fieldset></form></div>'
    )
    return page("Liên hệ - THCS Trần Phú", main, active="lien-he", trail=[(None, "Liên hệ")],
                masthead=("Liên hệ", "Thông tin liên hệ nhà trường"), body_cls="com_contact")


# documents of the Văn bản category: stories kept out of the gold (not articles)
DOC41 = Story(41, "quyet-dinh-thanh-lap-ban-kiem-tra-noi-bo-nam-hoc-2026-2027",
              "Quyết định thành lập Ban kiểm tra nội bộ năm học 2026 - 2027", "vb", None,
              [P("Quyết định số 98/QĐ-THCSTP ngày 05/10/2026 về việc thành lập Ban kiểm tra nội bộ "
                 "trường học năm học 2026 - 2027.")],
              opts={"pub": "2026-10-06 10:00", "doc": ("98/QĐ-THCSTP", "05/10/2026", "Quyết định"),
                    "file": "/images/van-ban/qd-98-ban-kiem-tra-noi-bo.pdf"})
DOC43 = Story(43, "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
              "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "vb", None,
              [P("Kế hoạch số 105/KH-THCSTP ngày 10/10/2026 về giáo dục nhà trường năm học "
                 "2026 - 2027.")],
              opts={"pub": "2026-10-12 15:00", "doc": ("105/KH-THCSTP", "10/10/2026", "Kế hoạch"),
                    "file": "/images/van-ban/kh-105-giao-duc-nha-truong.pdf"})
DOCS = [DOC43, DOC41]
ALBUM = Story(51, "album-le-khai-giang-nam-hoc-2026-2027", "Album: Lễ khai giảng năm học 2026 - 2027",
              "album", None, [], opts={"pub": "2026-10-02 08:00"})


def doc_page(d: Story) -> Response:
    num, day, kind = d.opts["doc"]
    rows = [("Số ký hiệu", num), ("Ngày ban hành", day), ("Loại văn bản", kind),
            ("Trích yếu", d.title)]
    table = ('<table class="table table-striped vanban-info"><tbody>'
             + "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in rows)
             + "</tbody></table>")
    body = (table + f'<p class="attachment"><img src="/media/media/images/mime-icon-16/pdf.png" '
            f'alt=""> File đính kèm: <a href="{d.opts["file"]}" target="_blank">Tải về</a></p>')
    cat = CATS["vb"]
    main = ('<div class="com-content-article item-page"><div class="page-header"><h2 '
            f'itemprop="headline">{esc(d.title)}</h2></div><div itemprop="articleBody" '
            f'class="com-content-article__body">{body}</div></div>')
    return page(f"{d.title} - THCS Trần Phú", main, active="thong-bao",
                trail=[("/thong-bao", "Thông báo"), (cat.path, cat.name), (None, d.title)],
                masthead=(cat.name, cat.desc), body_cls="view-article")


def album_list() -> Response:
    a = ALBUM
    main = ('<div class="com-content-category-blog blog"><div class="blog-items">'
            '<div class="blog-item"><figure class="item-image"><a href="/thu-vien-anh/51-'
            f'{a.slug}"><img src="/images/album/khai-giang/thumb.jpg" alt=""></a></figure>'
            f'<h2><a href="/thu-vien-anh/51-{a.slug}">{esc(a.title)}</a></h2></div></div></div>')
    return page("Thư viện ảnh - THCS Trần Phú", main, active="thu-vien-anh",
                trail=[(None, "Thư viện ảnh")], masthead=("Thư viện ảnh", "Hình ảnh hoạt động"),
                body_cls="view-category")


def album_page() -> Response:
    imgs = "".join(f'<a href="/images/album/khai-giang/anh-{n:02d}.jpg" class="sigplus-image">'
                   f'<img src="/images/album/khai-giang/thumbs/anh-{n:02d}.jpg" alt="Ảnh {n}"></a>'
                   for n in range(1, 9))
    main = ('<div class="com-content-article item-page"><div class="page-header"><h2 '
            f'itemprop="headline">{esc(ALBUM.title)}</h2></div><div itemprop="articleBody" '
            'class="com-content-article__body"><p>Một số hình ảnh Lễ khai giảng năm học mới.</p>'
            f'<div class="sigplus-gallery">{imgs}</div></div></div>')
    return page(f"{ALBUM.title} - THCS Trần Phú", main, active="thu-vien-anh",
                trail=[("/thu-vien-anh", "Thư viện ảnh"), (None, ALBUM.title)],
                masthead=("Thư viện ảnh", "Hình ảnh hoạt động"), body_cls="view-article")


# --- the site --------------------------------------------------------------------------------


MENU_PATHS = {m.path for m in MENUS.values()} | {c.path for c in CATS.values()}


class Site:
    def __init__(self) -> None:
        self.articles = {path_of(s): s for s in STORIES}
        self.components = {component_path(s).split("?")[0]: s for s in STORIES
                           if s.opts.get("tags")}
        self.docs = {f"{CATS['vb'].path}/{d.id}-{d.slug}": d for d in DOCS}

    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if request.method == "POST":
            s = self.articles.get(path)
            if s is not None and request.form.get("task") == "article.vote":
                return redirect(path_of(s), 303)
            if path == "/lien-he":
                return redirect("/lien-he", 303)
            return None
        static = static_file(path)
        if static is not None:
            if path.startswith(("/images/", "/media/", "/templates/")):
                return static
            return None
        if path.endswith(".pdf") and path.startswith("/images/van-ban/"):
            return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
        if path in self.articles:
            s = self.articles[path]
            if not query:
                return article_page(s)
            if s.id == 63 and query in ("start=1", "showall=1"):
                return article_page(s, query)
            if query == "hitcount=0" and s.opts.get("vote"):
                return article_page(s)
            return None
        if path in self.components:
            s = self.components[path]
            cat = CATS[s.cat]
            if request.params == {"catid": str(cat.catid), "Itemid": str(cat.itemid)}:
                return article_page(s)
            return None
        if path in self.docs and not query:
            return doc_page(self.docs[path])
        if query and path != "/tin-noi-bat" and path not in MENU_PATHS:
            return None
        if path == "/":
            return home_page()
        if path == "/tin-noi-bat":
            return featured_page(request)
        if path == "/gioi-thieu/lich-su-nha-truong":
            return lich_su()
        if path == "/gioi-thieu/co-cau-to-chuc":
            return co_cau()
        if path == "/lien-he":
            return lien_he()
        if path == "/thu-vien-anh":
            return album_list()
        if path == f"/thu-vien-anh/51-{ALBUM.slug}":
            return album_page()
        if path.startswith("/component/tags/tag/") and not query:
            return tag_page(path.rsplit("/", 1)[1])
        for menu in MENUS.values():
            if path == menu.path:
                return menu_page(request, menu)
        for cat in CATS.values():
            if path == cat.path:
                return cat_page(request, cat)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story, alts: list[str] | None = None) -> dict:
    alt = list(alts or [])
    if s.opts.get("vote"):
        alt.append(path_of(s) + "?hitcount=0")
    if s.opts.get("tags"):
        alt.append(component_path(s))
    return gold_record(s, path_of(s), CATS[s.cat].name, alt_paths=alt)


GOLD = [
    _gold(S58),
    _gold(S61),
    _gold(S63, [path_of(S63) + "?start=1", path_of(S63) + "?showall=1"]),
    _gold(S49),
    _gold(S45),
    _gold(S60),
    _gold(S55),
    _gold(S47),
    _gold(S62),
    _gold(S52),
    _gold(S57),
    _gold(S64),
    _gold(S65),
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-nha-truong",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    f"/thong-bao/van-ban/41-{DOC41.slug}",
    f"/thong-bao/van-ban/43-{DOC43.slug}",
    f"/thu-vien-anh/51-{ALBUM.slug}",
]
