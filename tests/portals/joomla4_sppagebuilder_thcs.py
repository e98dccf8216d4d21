"""Trường THCS Trần Phú, thành phố Phủ Lý (tỉnh Hà Nam): Joomla 4.3 + SP Page Builder 4.

Platform
    Joomla 4.3 with a JoomShaper template (Helix Ultimate 2: ``#sp-header``, ``sp-megamenu``,
    ``#sp-page-title``, ``#sp-component``, ``sp-module`` side modules) and SP Page Builder 4.
    The home page ``/`` and the news landing page ``/tin-tuc`` are SPPB pages built of
    ``sppb-section`` / ``sppb-row`` / ``sppb-column`` / ``sppb-addon`` boxes; their news boxes are
    SPPB's "Articles" addon (``sppb-addon-articles``: thumbnail, title, date, category, cut intro,
    "Xem thêm"), which shows the latest few articles and has no pagination. Posts are the core
    ``com_content`` article view in the Helix Ultimate layout (``div.article-details``,
    ``div.article-info``, ``div[itemprop=articleBody]``); two posts are written with SPPB's
    article integration, so their body is a nest of SPPB rows, columns and addons.

URL scheme (SEF, menu aliases, no ids)
    ``/``                                       SPPB home page
    ``/tin-tuc``                                SPPB landing page, one Articles addon per category
    ``/tin-tuc/<cat>``, ``/tin-tuc/<cat>?start=3``  core category blog (1 leading + 2 intro items
                                                a page, Joomla pagination ``?start=<offset>``)
    ``/tin-tuc/<cat>/<alias>``                  article
    ``…/<alias>?tmpl=component&print=1``         print view of the article (alt path)
    ``/component/content/article/<alias>?catid=<n>&Itemid=101``  the route Joomla builds for a
                                                featured article from the home menu item (the
                                                home's "Tin nổi bật" carousel links there; alt path)
    ``/tuyen-sinh-lop-6``                       a single-article menu item (a gold post: its
                                                category path ``/tin-tuc/thong-bao/<alias>`` is its
                                                alt path)
    ``/gioi-thieu``, ``/doi-ngu``, ``/lien-he``, ``/thu-vien-anh``, ``/van-ban``  menu pages
    ``/component/tags/tag/<alias>``             tag listing pages
    ``/tim-kiem?q=``                            smart search (header form)

How each gold article is reached
    Home "Tin mới" addon: the four newest posts. Home "Tin nổi bật" carousel: two featured posts
    through their ``/component/content/article`` route. Home "Thông báo" addon and top menu:
    the notices and ``/tuyen-sinh-lop-6``. ``/tin-tuc``: two newest posts of each category and a
    "Xem tất cả" button to each category blog. The category blogs show 3 posts a page; the
    oldest posts of "Tin hoạt động" (3) and "Hoạt động chuyên môn" (1) are reachable only
    through ``?start=3`` (or a tag page). Side module "Tin đọc nhiều" links a few more.

Traps
    1. Builder listings without pagination: the SPPB Articles addons on ``/`` and ``/tin-tuc``
       show only the newest posts; the older ones are on the core category blogs' ``?start=3``
       pages, which only the "Xem tất cả" buttons (``a.sppb-btn``) lead to. Gold: all 13.
    2. Same alias in two categories: the report ``/tin-tuc/tin-hoat-dong/hoi-nghi-cha-me-hoc-sinh-
       hoc-ki-i`` and the notice ``/tin-tuc/thong-bao/hoi-nghi-cha-me-hoc-sinh-hoc-ki-i`` are two
       different posts (Joomla allows an alias once per category). Gold: two records.
    3. One post, several URLs: the featured carousel links ``/component/content/article/<alias>?
       catid=..&Itemid=101``; the menu-item post is also served (and linked from the blog's
       "Thêm bài viết" box) under its category path; every post has a print view
       (``?tmpl=component&print=1``). Gold: one record each, the others in ``alt_paths``.
    4. Two headings: Helix's page-title bar prints the menu item's title (the category name)
       as the page's only ``<h1 class="sp-page-title-heading">``; the post's headline is the
       ``<h2 itemprop="headline">`` below it. Gold title: the h2.
    5. Three dates in the info block: "Ngày tạo" (created, ``itemprop=dateCreated``) first,
       then "Ngày đăng" (publish_up, ``itemprop=datePublished``), then "Cập nhật lần cuối"
       (``dateModified``); a scheduled post was created days before it was published.
       Gold: "Ngày đăng" with its time, in +07:00.
    6. The ``<time datetime>`` attributes are printed in UTC (the server's timezone, "+00:00"),
       the visible text in local time; for a post published at 06:10 the UTC day is the day
       before. Gold: local time, "+07:00" (same instant as the attribute, the printed day).
    7. "Viết bởi" is the CMS account ("quantri_tp", "Quản trị") on most posts: nobody; on
       others Joomla prints the "created_by_alias" there, which is a real signer
       ("Tổ Khoa học xã hội", "Ban Chỉ huy Liên đội"). Bylines at the end of the text
       ("Tin, ảnh: …", "Tin: … - Ảnh: …", a right-aligned bold name) are the authors.
    8. SPPB-built body: the text of two posts is split over ``sppb-addon-text-block`` and
       ``sppb-addon-header`` addons in two columns of several rows, with per-addon ``<style>``
       blocks inside the body; an ``sppb-addon-single-image`` addon prints its title as an
       ``<h3 class="sppb-addon-title">`` *above* the photo — that line is the photo's caption,
       not a heading of the text; an ``sppb-addon-button`` ("Tải giấy mời") is no text.
       Gold: text addons in DOM order (left column before right), captions from the titles.
    9. Joomla's full-article image sits outside ``articleBody`` in ``figure.article-full-image``
       with a ``figcaption``; its ``src`` keeps the Joomla 4 media-field suffix
       ``#joomlaImage://local-images/…?width=…&height=…``. Gold: first image, path without the
       fragment, caption from the figcaption.
   10. E-mail cloaking: the emailcloak plugin replaces an address in the text with
       ``<joomla-hidden-mail … text="<base64>">Địa chỉ email này đang được bảo vệ …</joomla-
       hidden-mail>``. Gold: the sentence with the address a reader sees (decoded), not the
       "protected" notice.
   11. Item navigation: notices end with ``<nav class="pagenavigation">`` links "Trước" /
       "Sau" with ``rel="prev"`` / ``rel="next"`` — they lead to *other* posts, not to a second
       page of this one. Gold: each post's own text only.
   12. Chrome that looks like content: Helix "Bài viết liên quan" box (headlines with intro
       text), Joomla's "Thêm bài viết" list, tags, the Attachments table of PDF files, share
       bar, "Tin đọc nhiều" module, the SPPB addons' cut intro texts ending in "…".
   13. Official notice: letterhead table, "Số: …", "Phủ Lý, ngày 28 tháng 11 năm 2026",
       "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG", "(Đã ký)" and the signer; Joomla's
       "Ngày đăng" is 03/12/2026. Gold: letterhead day, signer as author, text between.

Gold decisions on ambiguous points
    - ``category``: the category the info block names ("Danh mục: …"), which is also the
      breadcrumb's on category-path posts; for the menu-item post ``/tuyen-sinh-lop-6`` the
      breadcrumb shows only the menu title, its category is "Thông báo" (info block).
    - A lead paragraph printed bold as the text's first ``<p>`` is the summary (posts 301, 103).
    - The SPPB image addon's title line is the caption of its photo; an "Ảnh: X" line under a
      photo credits X as photographer and gives no caption.
    - ``published_at`` of posts: "Ngày đăng" printed with hours and minutes; the notice with a
      letterhead takes the letterhead's day.
    - "Nguồn: X" at the end of the text is the source; the right-aligned bold name before it
      is the author.
    - Tag pages, the search page, ``/tin-tuc`` and the category blogs are listings, not in
      NON_ARTICLES (which lists the real menu pages).
"""

from __future__ import annotations

import base64
import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "joomla4_sppagebuilder_thcs"
PLATFORM = "Joomla 4.3 + SP Page Builder 4 (Helix Ultimate)"
START_PATH = "/"

SITE = "Trường THCS Trần Phú"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

CATS: dict[str, tuple[str, int]] = {
    "tin-hoat-dong": ("Tin hoạt động", 9),
    "thong-bao": ("Thông báo", 10),
    "chuyen-mon": ("Hoạt động chuyên môn", 11),
}

TAGS: dict[str, str] = {
    "ngoai-khoa": "ngoại khóa",
    "cha-me-hoc-sinh": "cha mẹ học sinh",
    "chuyen-de": "chuyên đề",
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# --- the stories ---------------------------------------------------------------------------

_LETTERHEAD = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
    '<tr><td style="width: 42%; text-align: center;">UBND THÀNH PHỐ PHỦ LÝ<br>'
    "<strong>TRƯỜNG THCS TRẦN PHÚ</strong></td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 125/TB-THCSTP</td>'
    '<td style="text-align: center;"><em>Phủ Lý, ngày 28 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức Hội nghị cha mẹ học sinh học kì I năm học 2026-2027</strong></p>"
)
_DOC_CLOSE = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Cha mẹ học sinh các lớp;<br>- GVCN các lớp;<br>- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br>'
    "<em>(Đã ký)</em><br><br><strong>Nguyễn Văn Thành</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        101,
        "hoi-nghi-cha-me-hoc-sinh-hoc-ki-i",
        "Hội nghị cha mẹ học sinh học kì I năm học 2026-2027",
        "tin-hoat-dong",
        "2026-12-04T16:45:00+07:00",
        [
            P(
                "Chiều ngày 04/12/2026, Trường THCS Trần Phú tổ chức Hội nghị cha mẹ học sinh học kì I "
                "năm học 2026-2027 với sự tham dự của gần 900 phụ huynh thuộc 24 lớp."
            ),
            P("Đánh giá kết quả giáo dục nửa đầu học kì", "h"),
            P(
                "Tại hội nghị, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường, báo cáo kết quả khảo sát "
                "giữa học kì I: tỉ lệ học sinh đạt mức khá, tốt tăng 4,2% so với cùng kì năm trước."
            ),
            P(
                "Nhà trường cũng thông tin về kế hoạch ôn tập cho học sinh lớp 9 chuẩn bị kì thi tuyển "
                "sinh vào lớp 10 và các hoạt động trải nghiệm trong học kì II."
            ),
            Img(
                "/images/2026/12/hoi-nghi-cmhs-01.jpg",
                "Thầy Hiệu trưởng báo cáo tại hội nghị",
                "Thầy Hiệu trưởng báo cáo tại hội nghị",
                "sppb",
            ),
            P("Ý kiến của phụ huynh", "h"),
            P(
                "Nhiều ý kiến của phụ huynh tập trung vào việc bảo đảm an toàn giao thông giờ tan học "
                "trước cổng trường trên đường Trần Phú và tổ chức bán trú cho học sinh lớp 6."
            ),
            P(
                "Ban đại diện cha mẹ học sinh nhà trường thống nhất phối hợp với Công an phường bố trí "
                "lực lượng hướng dẫn giao thông vào các buổi chiều trong tuần."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Mai</strong></p>'),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Lê Thị Mai"],
        opts={
            "account": "quantri_tp",
            "created": "2026-12-04T16:30:00",
            "sppb": [[[0]], [[1, 2, 3], [4]], [[5, 6, 7, 8]]],
            "button": "Tải giấy mời",
            "featured": True,
            "tags": ["cha-me-hoc-sinh"],
            "hits": 412,
        },
    ),
    Story(
        102,
        "lien-doi-ra-quan-thang-hanh-dong-vi-binh-dang-gioi",
        "Liên đội THCS Trần Phú ra quân hưởng ứng Tháng hành động vì bình đẳng giới",
        "tin-hoat-dong",
        "2026-12-01T06:10:00+07:00",
        [
            P(
                "Sáng 01/12/2026, trong giờ chào cờ đầu tuần, Liên đội THCS Trần Phú tổ chức lễ ra quân "
                "hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới."
            ),
            P(
                "Các chi đội đã trình bày tiểu phẩm, bài hát về chủ đề tôn trọng, chia sẻ và giúp đỡ "
                "nhau trong học tập; chi đội 8A3 giành giải Nhất phần thi tiểu phẩm."
            ),
            Img("/images/2026/12/ra-quan-binh-dang-gioi.jpg", "Ảnh: Phạm Minh Khôi", None, "em"),
            P(
                "Trong tháng, mỗi chi đội sẽ thực hiện một bản tin ảnh và một buổi sinh hoạt chuyên đề "
                "dưới sự hướng dẫn của giáo viên chủ nhiệm."
            ),
        ],
        authors=["Ban Chỉ huy Liên đội"],
        photographers=["Phạm Minh Khôi"],
        opts={
            "alias_author": "Ban Chỉ huy Liên đội",
            "created": "2026-11-29T21:40:00",
            "modified": "2026-12-02T09:12:00",
            "tags": ["ngoai-khoa"],
            "hits": 268,
        },
    ),
    Story(
        103,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin-hoat-dong",
        "2026-11-20T10:30:00+07:00",
        [
            Img(
                "/images/2026/11/le-ky-niem-20-11.jpg#joomlaImage://local-images/2026/11/le-ky-niem-20-11.jpg"
                "?width=1200&height=800",
                "Các thầy cô giáo nhận hoa chúc mừng của học sinh",
                "Các thầy cô giáo nhận hoa chúc mừng của học sinh",
                "full",
            ),
            P(
                "Sáng 20/11, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam, ôn lại truyền thống vẻ vang của ngành Giáo dục và tri ân các thế hệ thầy cô.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo UBND phường, Phòng Giáo dục và Đào tạo thành phố "
                "Phủ Lý cùng các thầy cô giáo đã nghỉ hưu và đông đảo cha mẹ học sinh."
            ),
            P("Phát biểu tại buổi lễ, cô Trần Thị Bích Ngọc, Phó Hiệu trưởng nhà trường, nhấn mạnh:"),
            P(
                "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi theo.”",
                "quote",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào "
                "thi đua “Dạy tốt - Học tốt” và trao 20 suất học bổng cho học sinh vượt khó."
            ),
            Img("/images/2026/11/khen-thuong-giao-vien.jpg", "Ảnh: Đặng Quốc Huy", None, "em"),
            Raw(
                '<p style="text-align: right;"><em>Tin: Nguyễn Thu Trang - Ảnh: Đặng Quốc Huy</em></p>'
            ),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Đặng Quốc Huy"],
        summary=(
            "Sáng 20/11, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam, ôn lại truyền thống vẻ vang của ngành Giáo dục và tri ân các thế hệ thầy cô."
        ),
        opts={"account": "Quản trị", "featured": True, "hits": 905},
    ),
    Story(
        104,
        "hoi-khoe-phu-dong-cap-truong-2026-2027",
        "Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        "tin-hoat-dong",
        "2026-11-12T15:20:00+07:00",
        [
            P(
                "Từ ngày 09 đến 12/11/2026, Trường THCS Trần Phú tổ chức Hội khỏe Phù Đổng cấp trường "
                "với 4 môn thi đấu: bóng đá, cầu lông, kéo co và điền kinh."
            ),
            P("Kết quả toàn đoàn như sau:"),
            P("Khối | Giải Nhất | Giải Nhì | Giải Ba", "tr"),
            P("Khối 6 | 6A2 | 6A5 | 6A1", "tr"),
            P("Khối 7 | 7A4 | 7A1 | 7A6", "tr"),
            P("Khối 8 | 8A3 | 8A2 | 8A5", "tr"),
            P("Khối 9 | 9A1 | 9A6 | 9A3", "tr"),
            P(
                "Nhà trường sẽ chọn các vận động viên xuất sắc thành lập đội tuyển tham dự Hội khỏe "
                "Phù Đổng thành phố Phủ Lý vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Thể dục - Nghệ thuật</strong></p>'),
        ],
        authors=["Tổ Thể dục - Nghệ thuật"],
        opts={"account": "quantri_tp", "tags": ["ngoai-khoa"], "hits": 233},
    ),
    Story(
        105,
        "trai-nghiem-tai-khu-di-tich-den-tran-thuong",
        "Học sinh khối 7 trải nghiệm tại Khu di tích Đền Trần Thương",
        "tin-hoat-dong",
        "2026-10-30T14:00:00+07:00",
        [
            P(
                "Ngày 29/10/2026, hơn 220 học sinh khối 7 đã tham gia chuyến học tập trải nghiệm tại Khu "
                "di tích lịch sử quốc gia đặc biệt Đền Trần Thương (xã Nhân Đạo, huyện Lý Nhân)."
            ),
            P(
                "Các em được nghe thuyết minh về thân thế, sự nghiệp của Hưng Đạo Đại vương Trần Quốc "
                "Tuấn và tục phát lương “Lộc Thánh” đêm rằm tháng Giêng."
            ),
            Img("/images/2026/10/den-tran-thuong-01.jpg", "Ảnh: Vũ Thị Lan", None, "em"),
            P(
                "Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm nhóm giới thiệu về di tích, trưng bày tại "
                "thư viện nhà trường."
            ),
            Img(
                "/images/2026/10/den-tran-thuong-02.jpg",
                "Học sinh lớp 7A2 làm bài thu hoạch tại di tích (Ảnh: Vũ Thị Lan)",
                "Học sinh lớp 7A2 làm bài thu hoạch tại di tích",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Vũ Thị Lan</strong></p>'),
        ],
        authors=["Vũ Thị Lan"],
        photographers=["Vũ Thị Lan"],
        opts={"account": "quantri_tp", "tags": ["ngoai-khoa"], "hits": 187},
    ),
    Story(
        106,
        "tuyen-truyen-an-toan-giao-thong-dau-nam-hoc",
        "Tuyên truyền an toàn giao thông cho học sinh đầu năm học",
        "tin-hoat-dong",
        "2026-10-15T09:45:00+07:00",
        [
            P(
                "Thực hiện kế hoạch của Phòng GD&ĐT thành phố Phủ Lý, ngày 14/10/2026, Trường THCS Trần "
                "Phú phối hợp với Đội Cảnh sát giao thông Công an thành phố tổ chức buổi tuyên truyền "
                "an toàn giao thông cho toàn thể học sinh."
            ),
            P(
                "Theo kế hoạch, học sinh được hướng dẫn kĩ năng đi xe đạp điện an toàn, đội mũ bảo hiểm "
                "đúng cách và nhận biết các biển báo giao thông thường gặp."
            ),
            P("100% học sinh kí cam kết không đi xe máy khi chưa đủ tuổi;"),
            P("không dàn hàng ngang, không lạng lách khi đi xe đạp.", "br"),
            Raw('<p style="text-align: right;"><strong>ThS. Đoàn Thị Hương</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Ban ATGT thành phố Phủ Lý</em></p>'),
        ],
        authors=["Đoàn Thị Hương"],
        source="Ban ATGT thành phố Phủ Lý",
        opts={"account": "quantri_tp", "hits": 341},
    ),
    Story(
        201,
        "hoi-nghi-cha-me-hoc-sinh-hoc-ki-i",
        "Thông báo về việc tổ chức Hội nghị cha mẹ học sinh học kì I năm học 2026-2027",
        "thong-bao",
        "2026-11-28",
        [
            _LETTERHEAD,
            P(
                "Căn cứ kế hoạch năm học 2026-2027 của Trường THCS Trần Phú, nhà trường thông báo tổ chức "
                "Hội nghị cha mẹ học sinh học kì I như sau:"
            ),
            P("1. Thời gian: 14 giờ 00, thứ Sáu ngày 04/12/2026.", "li"),
            P("2. Địa điểm: tại phòng học các lớp.", "li"),
            P(
                "3. Thành phần: cha mẹ học sinh hoặc người giám hộ của học sinh các lớp 6, 7, 8, 9.",
                "li",
            ),
            P(
                "Đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trân trọng thông báo./."
            ),
            _DOC_CLOSE,
        ],
        authors=["Nguyễn Văn Thành"],
        opts={
            "account": "quantri_tp",
            "shown_date": "2026-12-03T08:00:00",
            "attachments": [("thong-bao-125-hoi-nghi-cmhs.pdf", "186 KB")],
            "tags": ["cha-me-hoc-sinh"],
            "hits": 530,
        },
    ),
    Story(
        202,
        "thong-tin-tuyen-sinh-lop-6-nam-hoc-2027-2028",
        "Thông tin tuyển sinh lớp 6 năm học 2027-2028 (dự kiến)",
        "thong-bao",
        "2026-11-25T08:30:00+07:00",
        [
            P(
                "Trường THCS Trần Phú thông tin dự kiến công tác tuyển sinh lớp 6 năm học 2027-2028 để cha "
                "mẹ học sinh lớp 5 trên địa bàn chủ động chuẩn bị."
            ),
            P("Chỉ tiêu dự kiến: 6 lớp, tối đa 45 học sinh/lớp.", "li"),
            P("Hình thức: xét tuyển theo địa bàn cư trú do UBND thành phố quy định.", "li"),
            P("Thời gian nhận hồ sơ: dự kiến từ ngày 01/7/2027.", "li"),
            P(
                "Mọi thắc mắc xin gửi về địa chỉ tuyensinh.thcstranphu@gmail.com hoặc liên hệ văn phòng "
                "nhà trường trong giờ hành chính.",
                "mail:tuyensinh.thcstranphu@gmail.com",
            ),
            P("Thông tin chính thức sẽ được nhà trường công bố sau khi có hướng dẫn của Phòng GD&ĐT."),
        ],
        opts={
            "account": "quantri_tp",
            "menu_path": "/tuyen-sinh-lop-6",
            "menu_title": "Tuyển sinh lớp 6",
            "created": "2026-11-21T15:05:00",
            "modified": "2026-11-30T10:00:00",
            "hits": 1276,
        },
    ),
    Story(
        203,
        "lich-kiem-tra-giua-hoc-ki-i",
        "Lịch kiểm tra giữa học kì I năm học 2026-2027",
        "thong-bao",
        "2026-10-20T16:00:00+07:00",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kì I các môn đánh giá bằng điểm số, áp dụng "
                "cho học sinh toàn trường:"
            ),
            P("Ngày | Buổi sáng | Buổi chiều", "tr"),
            P("26/10/2026 | Ngữ văn | Tiếng Anh", "tr"),
            P("27/10/2026 | Toán | Khoa học tự nhiên", "tr"),
            P("28/10/2026 | Lịch sử và Địa lí | Giáo dục công dân", "tr"),
            P("Học sinh có mặt trước giờ kiểm tra 15 phút, mang đầy đủ đồ dùng học tập."),
        ],
        authors=["Tổ Văn phòng"],
        opts={"alias_author": "Tổ Văn phòng", "hits": 644},
    ),
    Story(
        301,
        "chuyen-de-ngu-van-8-doc-hieu-theo-the-loai",
        "Chuyên đề Ngữ văn 8: Dạy học đọc hiểu văn bản theo đặc trưng thể loại",
        "chuyen-mon",
        "2026-12-02T11:15:00+07:00",
        [
            P(
                "Ngày 01/12/2026, Tổ Khoa học xã hội tổ chức chuyên đề cấp trường về dạy học đọc hiểu văn "
                "bản theo đặc trưng thể loại trong Chương trình Ngữ văn 2018.",
                "lead",
            ),
            P(
                "Tiết dạy minh họa bài “Thu điếu” của Nguyễn Khuyến do cô Hoàng Thị Thu Hà thực hiện tại lớp "
                "8A1, tập trung vào các yếu tố thi luật của thơ thất ngôn bát cú Đường luật."
            ),
            P("Sau tiết dạy, các thầy cô thống nhất ba nội dung:"),
            P("Xác định rõ yêu cầu cần đạt của từng thể loại;"),
            P("Thiết kế phiếu học tập giúp học sinh tự khám phá văn bản.", "br"),
            P(
                "Chuyên đề là một trong những hoạt động đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu "
                "bài học của nhà trường.[1]"
            ),
            P("Chú thích", "h"),
            P("[1] Theo Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ GD&ĐT.", "small"),
        ],
        authors=["Tổ Khoa học xã hội"],
        summary=(
            "Ngày 01/12/2026, Tổ Khoa học xã hội tổ chức chuyên đề cấp trường về dạy học đọc hiểu văn "
            "bản theo đặc trưng thể loại trong Chương trình Ngữ văn 2018."
        ),
        opts={"alias_author": "Tổ Khoa học xã hội", "tags": ["chuyen-de"], "hits": 198},
    ),
    Story(
        302,
        "hoi-thi-giao-vien-day-gioi-cap-truong-toan-khtn",
        "Hội thi giáo viên dạy giỏi cấp trường môn Toán, Khoa học tự nhiên",
        "chuyen-mon",
        "2026-11-18T17:05:00+07:00",
        [
            P(
                "Từ ngày 10 đến 17/11/2026, Tổ Khoa học tự nhiên tổ chức Hội thi giáo viên dạy giỏi cấp "
                "trường với 9 giáo viên tham gia."
            ),
            P(
                "Mỗi giáo viên thực hiện một tiết dạy trên lớp và trình bày biện pháp nâng cao chất lượng "
                "giảng dạy trước ban giám khảo."
            ),
            Img(
                "/images/2026/11/gvdg-toan-khtn.jpg",
                "Cô Lương Thị Yến dạy tiết Khoa học tự nhiên lớp 9A2",
                "Cô Lương Thị Yến dạy tiết Khoa học tự nhiên lớp 9A2",
                "sppb",
            ),
            P("Kết quả", "h"),
            P(
                "Ban giám khảo công nhận 7 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường; cô "
                "Lương Thị Yến và thầy Bùi Đức Anh được chọn tham dự hội thi cấp thành phố."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Bùi Đức Anh</strong></p>'),
        ],
        authors=["Bùi Đức Anh"],
        photographers=["Bùi Đức Anh"],
        opts={"account": "quantri_tp", "sppb": [[[0, 1], [2]], [[3, 4, 5]]], "hits": 276},
    ),
    Story(
        303,
        "sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc-tieng-anh",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Tiếng Anh",
        "chuyen-mon",
        "2026-11-03T10:00:00+07:00",
        [
            P(
                "Ngày 02/11/2026, nhóm Tiếng Anh tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học "
                "với tiết dạy Unit 4 lớp 6 do cô Đinh Thị Phương thực hiện."
            ),
            P(
                "Các thầy cô dự giờ tập trung quan sát hoạt động học của học sinh, phân tích nguyên nhân "
                "khiến một số em còn ngại nói và đề xuất cách tổ chức trò chơi ngôn ngữ theo cặp."
            ),
            Img("/images/2026/11/nghien-cuu-bai-hoc-tieng-anh.jpg", None, None, "plain"),
            P("Buổi sinh hoạt góp phần xây dựng văn hóa chia sẻ, học hỏi trong tổ chuyên môn."),
            Raw('<p style="text-align: right;"><strong>Nhóm Tiếng Anh</strong></p>'),
        ],
        authors=["Nhóm Tiếng Anh"],
        opts={"account": "quantri_tp", "tags": ["chuyen-de"], "hits": 152},
    ),
    Story(
        304,
        "ket-qua-khao-sat-chat-luong-dau-nam-toan-9",
        "Kết quả khảo sát chất lượng đầu năm môn Toán lớp 9",
        "chuyen-mon",
        "2026-10-10T08:20:00+07:00",
        [
            P(
                "Nhà trường tổng hợp kết quả khảo sát chất lượng đầu năm môn Toán của 6 lớp 9 (268 học "
                "sinh) như sau:"
            ),
            P("Mức điểm | Số học sinh | Tỉ lệ", "tr"),
            P("Từ 8,0 trở lên | 71 | 26,5%", "tr"),
            P("Từ 6,5 đến dưới 8,0 | 104 | 38,8%", "tr"),
            P("Từ 5,0 đến dưới 6,5 | 62 | 23,1%", "tr"),
            P("Dưới 5,0 | 31 | 11,6%", "tr"),
            P(
                "Tổ Khoa học tự nhiên đã xây dựng kế hoạch phụ đạo cho nhóm học sinh dưới trung bình vào "
                "chiều thứ Ba và thứ Năm hằng tuần."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Khoa học tự nhiên</strong></p>'),
        ],
        authors=["Tổ Khoa học tự nhiên"],
        opts={"account": "quantri_tp", "hits": 389},
    ),
]

BY_KEY: dict[tuple[str, str], Story] = {(s.cat, s.slug): s for s in STORIES}
BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _pub(s: Story) -> datetime:
    """The publish_up of a story (local), what Joomla sorts and prints by."""
    if "shown_date" in s.opts:
        return datetime.fromisoformat(s.opts["shown_date"])
    return datetime.fromisoformat(s.published_at[:19])


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_pub, reverse=True)


def in_cat(cat: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == cat])


def cat_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}"


def route(s: Story) -> str:
    """The URL Joomla's router builds for a story (its menu item if it has one)."""
    return s.opts.get("menu_path") or cat_path(s)


def component_path(s: Story) -> str:
    return f"/component/content/article/{s.slug}?catid={CATS[s.cat][1]}&Itemid=101"


def print_path(s: Story) -> str:
    return route(s) + "?tmpl=component&print=1"


# --- date printing -------------------------------------------------------------------------


def _vi_long(d: datetime) -> str:
    """vi-VN DATE_FORMAT_LC2 as this site prints it: "Thứ Năm, 03 Tháng 12 2026 14:30"."""
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y %H:%M}"


def _vi_short(d: datetime) -> str:
    return f"{d:%d} Tháng {d.month} {d:%Y}"


def _utc_attr(d: datetime) -> str:
    """The ``datetime`` attribute as the misconfigured server prints it: UTC."""
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


# --- chrome --------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Lịch sử nhà trường"), ("/doi-ngu", "Đội ngũ giáo viên")]),
    (
        "/tin-tuc",
        "Tin tức",
        [(f"/tin-tuc/{alias}", name) for alias, (name, _) in CATS.items()],
    ),
    ("/tuyen-sinh-lop-6", "Tuyển sinh", [("/tuyen-sinh-lop-6", "Tuyển sinh lớp 6")]),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (href, label, subs) in enumerate(MENU):
        cls = f"sp-menu-item item-{101 + i * 3}"
        if subs:
            cls += " sp-has-child"
        if href == active or any(h == active for h, _ in subs):
            cls += " active"
        sub = ""
        if subs:
            lis = "".join(
                f'<li class="sp-menu-item"><a href="{h}">{esc(t)}</a></li>' for h, t in subs
            )
            sub = (
                '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">'
                f'<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{lis}</ul></div></div>'
            )
        items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">' + "".join(items) + "</ul>"


def _popular() -> str:
    top = sorted(STORIES, key=lambda s: s.opts.get("hits", 0), reverse=True)[:4]
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{route(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in top
    )
    return (
        '<div class="sp-module "><h3 class="sp-module-title">Tin đọc nhiều</h3><div class="sp-module-content">'
        f'<ul class="mostread mod-list">{lis}</ul></div></div>'
    )


def _sidebar() -> str:
    return (
        '<aside id="sp-right" class="col-lg-3 "><div class="sp-column ">'
        + _popular()
        + '<div class="sp-module "><h3 class="sp-module-title">Liên kết website</h3><div class="sp-module-content">'
        '<div class="custom"><p><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></p>'
        '<p><a href="https://hanam.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Hà Nam</a></p>'
        '<p><img src="/images/banners/csdl-nganh.png" alt="CSDL ngành"></p></div></div></div>'
        '<div class="sp-module "><h3 class="sp-module-title">Thăm dò ý kiến</h3><div class="sp-module-content">'
        '<p>Bạn biết đến website nhà trường qua kênh nào?</p><ul class="poll"><li>Nhóm Zalo lớp</li>'
        "<li>Giáo viên chủ nhiệm</li><li>Tìm kiếm Google</li></ul></div></div>"
        '<div class="sp-module "><h3 class="sp-module-title">Thống kê truy cập</h3><div class="sp-module-content">'
        '<div class="vcounter"><p>Đang online: 27</p><p>Hôm nay: 418</p><p>Tổng truy cập: 1.284.063</p></div>'
        "</div></div></div></aside>"
    )


def _page_title(heading: str, crumbs: list[tuple[str | None, str]]) -> str:
    lis = []
    for i, (href, label) in enumerate(crumbs, start=1):
        inner = (
            f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
            if href
            else f'<span itemprop="name">{esc(label)}</span>'
        )
        cls = "breadcrumb-item active" if href is None else "breadcrumb-item"
        lis.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="{cls}">'
            f'{inner}<meta itemprop="position" content="{i}"></li>'
        )
    return (
        '<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 ">'
        '<div class="sp-column "><div class="sp-page-title"><div class="container">'
        f'<h1 class="sp-page-title-heading">{esc(heading)}</h1>'
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
        + "".join(lis)
        + "</ol></div></div></div></div></div></section>"
    )


def _layout(title: str, main: str, *, body_class: str, page_title: str = "", active: str = "/",
            full_width: bool = False, extra_head: str = "") -> str:
    column = (
        f'<main id="sp-component" class="col-lg-12 "><div class="sp-column ">{main}</div></main>'
        if full_width
        else f'<main id="sp-component" class="col-lg-9 "><div class="sp-column ">'
        f'<div id="system-message-container" aria-live="polite"></div>{main}</div></main>' + _sidebar()
    )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"5f0c1e2b9d","system.paths":{{"root":"","base":""}}}}</script>
{extra_head}
</head>
<body class="site helix-ultimate hu {body_class} vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start">
<ul class="sp-contact-info"><li class="sp-contact-time"><span class="far fa-clock"></span> {HEADER_DATE}</li>
<li class="sp-contact-phone"><span class="fas fa-phone"></span> <a href="tel:02263852417">0226 3852 417</a></li>
<li class="sp-contact-email"><span class="far fa-envelope"></span> thcstranphu.phuly@hanam.edu.vn</li></ul>
</div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end">
<div class="sp-module "><div class="sp-module-content">
<form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label>
<input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm...">
</form></div></div>
<ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/thcstranphuphuly" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
<li class="social-icon-youtube"><a target="_blank" rel="noopener noreferrer" href="https://www.youtube.com/@thcstranphuphuly" aria-label="Youtube"><span class="fab fa-youtube" aria-hidden="true"></span></a></li></ul>
</div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">
<img class="logo-image" src="/images/logo/logo-thcs-tran-phu.png" alt="{esc(SITE)}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center">
<nav class="sp-megamenu-wrapper d-flex" role="navigation">{_menu(active)}</nav>
<a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon"><span></span><span></span><span></span></div></a>
</div></div></div></div></div></header>
{page_title}
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
{column}
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-12"><div class="sp-column"><span class="sp-copyright">
<p><strong>TRƯỜNG THCS TRẦN PHÚ - THÀNH PHỐ PHỦ LÝ</strong></p>
<p>Địa chỉ: Số 68 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>
<p>Điện thoại: 0226 3852 417 - Email: thcstranphu.phuly@hanam.edu.vn</p>
<p>© 2026 Trường THCS Trần Phú. Thiết kế bởi JoomShaper.</p></span></div></div>
</div></div></div></footer>
</div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>"""


# --- the SPPB Articles addon ---------------------------------------------------------------

_ADDON_SEQ = [1701800000]


def _uid() -> int:
    _ADDON_SEQ[0] += 17
    return _ADDON_SEQ[0]


def _cut(text: str, n: int = 110) -> str:
    return text[:n].rsplit(" ", 1)[0] + "..." if len(text) > n else text


def _first_text(s: Story) -> str:
    return next(b.text for b in s.blocks if isinstance(b, P))


def _thumb(s: Story) -> str:
    if s.images:
        return s.images[0].src.split("#", 1)[0].replace("/images/", "/images/thumbs/", 1)
    return "/images/thumbs/no-image.jpg"


def _articles_addon(title: str, stories: list[Story], *, cols: int = 2, link=route, intro: bool = True) -> str:
    uid = _uid()
    items = []
    for s in stories:
        name = CATS[s.cat][0]
        date = _vi_short(_pub(s))
        intro_html = f'<div class="sppb-article-introtext">{esc(_cut(_first_text(s)))}</div>' if intro else ""
        items.append(
            f'<div class="sppb-col-sm-{12 // cols}"><div class="sppb-addon-article">'
            f'<a href="{esc(link(s))}" itemprop="url"><img class="sppb-img-responsive" src="{_thumb(s)}" '
            f'alt="{esc(s.title)}" itemprop="thumbnailUrl" loading="lazy"></a>'
            f'<div class="sppb-article-info-wrap"><h3><a href="{esc(link(s))}" itemprop="url">{esc(s.title)}</a></h3>'
            f'<div class="sppb-article-meta"><span class="sppb-meta-date" itemprop="datePublished">{date}</span>'
            f'<span class="sppb-meta-category"><a href="/tin-tuc/{s.cat}" itemprop="genre">{esc(name)}</a></span></div>'
            f'{intro_html}<a href="{esc(link(s))}" itemprop="url" class="sppb-readmore">Xem thêm</a></div></div></div>'
        )
    return (
        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper"><div id="sppb-addon-{uid}" class="clearfix ">'
        f'<div class="sppb-addon sppb-addon-articles "><h3 class="sppb-addon-title">{esc(title)}</h3>'
        f'<div class="sppb-addon-content"><div class="sppb-row">{"".join(items)}</div></div></div></div></div>'
    )


def _button_addon(label: str, href: str) -> str:
    uid = _uid()
    return (
        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper"><div id="sppb-addon-{uid}" class="clearfix ">'
        f'<div class="sppb-text-right"><a href="{href}" id="btn-{uid}" class="sppb-btn sppb-btn-primary '
        f'sppb-btn-rounded">{esc(label)} <span class="fas fa-angle-double-right" aria-hidden="true"></span></a>'
        "</div></div></div>"
    )


def _section(columns: list[tuple[int, str]]) -> str:
    sid = _uid()
    cols = "".join(
        f'<div class="sppb-col-md-{w}" id="column-wrap-id-{sid}{i}"><div id="column-id-{sid}{i}" class="sppb-column">'
        f'<div class="sppb-column-addons">{inner}</div></div></div>'
        for i, (w, inner) in enumerate(columns)
    )
    return (
        f'<section id="section-id-{sid}" class="sppb-section"><div class="sppb-row-overlay"></div>'
        f'<div class="sppb-container-inner"><div class="sppb-row-container"><div class="sppb-row">{cols}</div></div></div></section>'
    )


def _builder_page(sections: list[str], page_no: int) -> str:
    return (
        f'<div id="sp-page-builder" class="sp-page-builder  page-{page_no}"><div class="page-content">'
        + "".join(sections)
        + "</div></div>"
    )


def home_page() -> str:
    newest = _by_date(STORIES)[:4]
    featured = [s for s in _by_date(STORIES) if s.opts.get("featured")]
    slides = "".join(
        f'<div class="sppb-carousel-item{" active" if i == 0 else ""}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}"><div class="sppb-carousel-pro-text">'
        f'<h2><a href="{esc(component_path(s))}">{esc(s.title)}</a></h2></div></div>'
        for i, s in enumerate(featured)
    )
    uid = _uid()
    carousel = (
        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper"><div id="sppb-addon-{uid}" class="clearfix ">'
        f'<div class="sppb-addon sppb-carousel-extended"><h3 class="sppb-addon-title">Tin nổi bật</h3>'
        f'<div class="sppb-carousel-inner">{slides}</div></div></div></div>'
    )
    notices = _articles_addon("Thông báo", in_cat("thong-bao"), cols=1, intro=False)
    welcome = (
        '<div class="sppb-addon sppb-addon-text-block "><h3 class="sppb-addon-title">Chào mừng</h3>'
        '<div class="sppb-addon-content"><p>Chào mừng quý phụ huynh và các em học sinh đến với cổng thông tin '
        "điện tử Trường THCS Trần Phú, thành phố Phủ Lý.</p></div></div>"
    )
    main = _builder_page(
        [
            _section([(8, carousel), (4, notices)]),
            _section([(12, _articles_addon("Tin mới", newest, cols=2))]),
            _section([(12, welcome)]),
        ],
        1,
    )
    return _layout(f"Trang chủ - {SITE}", main, body_class="com_sppagebuilder view-page itemid-101",
                   active="/", full_width=True)


def news_landing() -> str:
    sections = []
    for alias, (name, _) in CATS.items():
        sections.append(
            _section([(12, _articles_addon(name, in_cat(alias)[:2], cols=2)
                       + _button_addon("Xem tất cả", f"/tin-tuc/{alias}"))])
        )
    main = _builder_page(sections, 4)
    return _layout(
        f"Tin tức - {SITE}", main, body_class="com_sppagebuilder view-page itemid-104",
        page_title=_page_title("Tin tức", [("/", "Trang chủ"), (None, "Tin tức")]), active="/tin-tuc",
        full_width=True,
    )


# --- category blog -------------------------------------------------------------------------


def _blog_item(s: Story, leading: bool) -> str:
    d = _pub(s)
    cls = "com-content-category-blog__item blog-item" if not leading else "com-content-category-blog__item blog-item leading"
    img = (
        f'<div class="article-intro-image"><a href="{esc(route(s))}"><img src="{_thumb(s)}" alt="{esc(s.title)}" '
        'itemprop="thumbnailUrl"></a></div>'
        if s.images
        else ""
    )
    return (
        f'<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="article-body">{img}<div class="article-header"><h2 itemprop="name">'
        f'<a href="{esc(route(s))}" itemprop="url">{esc(s.title)}</a></h2></div>'
        f'<div class="article-info"><span class="published" title="Ngày đăng: {_vi_short(d)}">'
        f'<time datetime="{_utc_attr(d)}" itemprop="datePublished">{_vi_short(d)}</time></span></div>'
        f'<p>{esc(_cut(_first_text(s), 220))}</p>'
        f'<div class="readmore"><a class="btn btn-secondary" href="{esc(route(s))}" itemprop="url" '
        f'aria-label="Đọc thêm: {esc(s.title)}">Đọc thêm: {esc(s.title)}</a></div></div></div>'
    )


def category_page(alias: str, start: int) -> str | None:
    name, catid = CATS[alias]
    items = in_cat(alias)
    if start < 0 or start % PER_PAGE or (start and start >= len(items)):
        return None
    page = items[start : start + PER_PAGE]
    leading = f'<div class="com-content-category-blog__items blog-items items-leading">{_blog_item(page[0], True)}</div>'
    rest = "".join(_blog_item(s, False) for s in page[1:])
    intro = f'<div class="com-content-category-blog__items blog-items columns-1">{rest}</div>' if rest else ""
    more = ""
    if alias == "thong-bao":
        # "Thêm bài viết": the number of links option; Joomla links the menu-item post by its category route here
        lis = "".join(
            f'<li class="com-content-blog__link"><a href="{esc(cat_path(s))}">{esc(s.title)}</a></li>'
            for s in items
            if s.opts.get("menu_path")
        )
        more = f'<div class="items-more"><h3>Thêm bài viết...</h3><ol class="com-content-blog__links">{lis}</ol></div>'
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    nav = ""
    if pages > 1:
        cur = start // PER_PAGE

        def link(p: int) -> str:
            return f"/tin-tuc/{alias}" + (f"?start={p * PER_PAGE}" if p else "")

        lis = [
            f'<li class="page-item{" disabled" if cur == 0 else ""}"><a aria-label="Đến trang đầu" href="{link(0)}" class="page-link">«</a></li>',
            f'<li class="page-item{" disabled" if cur == 0 else ""}"><a aria-label="Đến trang trước" href="{link(max(cur - 1, 0))}" class="page-link">‹</a></li>',
        ]
        for p in range(pages):
            if p == cur:
                lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {p + 1}" href="#" class="page-link">{p + 1}</a></li>')
            else:
                lis.append(f'<li class="page-item"><a aria-label="Đến trang {p + 1}" href="{link(p)}" class="page-link">{p + 1}</a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đến trang tiếp" href="{link(min(cur + 1, pages - 1))}" class="page-link">›</a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đến trang cuối" href="{link(pages - 1)}" class="page-link">»</a></li>')
        nav = (
            '<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">'
            f"Trang {cur + 1} của {pages}</p><div class=\"com-content-category-blog__pagination\">"
            f'<nav class="pagination__wrapper" aria-label="Phân trang"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>'
        )
    main = (
        f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="category-desc clearfix"></div>{leading}{intro}{more}{nav}</div>'
    )
    title = f"{name} - {SITE}" if not start else f"{name} - Trang {start // PER_PAGE + 1} - {SITE}"
    return _layout(
        title, main, body_class=f"com_content view-category layout-blog itemid-{110 + catid}",
        page_title=_page_title(name, [("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (None, name)]),
        active=f"/tin-tuc/{alias}",
    )


# --- article -------------------------------------------------------------------------------


def _hidden_mail(email: str) -> str:
    user, domain = email.split("@", 1)

    def b64(x: str) -> str:
        return base64.b64encode(x.encode()).decode()

    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b64(user)}" last="{b64(domain)}" '
        f'text="{b64(email)}" base="" >Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, '
        "bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail>"
    )


def _para_html(p: P) -> str:
    t = esc(p.text)
    if p.style.startswith("mail:"):
        email = p.style[5:]
        return "<p>" + t.replace(esc(email), _hidden_mail(email)) + "</p>"
    if p.style == "lead":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "h":
        return f"<h3>{t}</h3>"
    if p.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    if p.style == "small":
        return f'<p><span style="font-size: 10pt;">{t}</span></p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _img_html(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" alt="" width="800" height="533" loading="lazy">'
    if img.style == "plain":
        return f'<p style="text-align: center;">{tag}</p>'
    line = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;">{tag}</p>{line}'


def _flow(blocks: list) -> str:
    """Blocks in TinyMCE's markup: consecutive table rows / list items grouped, <br> joins."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                rows.append("<tr>" + "".join(f'<{tag} style="border: 1px solid #999;">{esc(c)}</{tag}>' for c in cells) + "</tr>")
                i += 1
            out.append('<table class="table table-bordered" style="width: 100%;"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        if isinstance(b, P) and b.style == "li":
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                lis.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(lis) + "</ul>")
            continue
        if isinstance(b, P) and i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
            out.append(f'<p style="text-align: justify;">{esc(b.text)}<br>{esc(blocks[i + 1].text)}</p>')
            i += 2
            continue
        if isinstance(b, P):
            out.append(_para_html(b))
        elif isinstance(b, Img):
            out.append(_img_html(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _flush_text(run: list, addons: list[str]) -> None:
    """The pending text blocks as one SPPB text-block addon (with the style block SPPB prints)."""
    if not run:
        return
    uid = _uid()
    addons.append(
        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper"><div id="sppb-addon-{uid}" class="clearfix ">'
        f'<style type="text/css">#sppb-addon-{uid} {{ box-shadow: 0 0 0 0 #ffffff; margin: 0 0 20px 0; }}'
        f"#sppb-addon-{uid} .sppb-addon-content {{ text-align: justify; }}</style>"
        f'<div class="sppb-addon sppb-addon-text-block  "><div class="sppb-addon-content">{_flow(run)}</div></div></div></div>'
    )
    run.clear()


def _sppb_body(s: Story) -> str:
    rows = []
    for r, row in enumerate(s.opts["sppb"]):
        width = 12 // len(row)
        cols = []
        for c, idx in enumerate(row):
            addons = []
            run: list = []


            for k in idx:
                b = s.blocks[k]
                if isinstance(b, P) and b.style == "h":
                    _flush_text(run, addons)
                    uid = _uid()
                    addons.append(
                        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper"><div id="sppb-addon-{uid}" class="clearfix ">'
                        f'<div class="sppb-addon sppb-addon-header sppb-text-left"><h3 class="sppb-addon-title">{esc(b.text)}</h3></div></div></div>'
                    )
                elif isinstance(b, Img):
                    _flush_text(run, addons)
                    uid = _uid()
                    addons.append(
                        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper"><div id="sppb-addon-{uid}" class="clearfix ">'
                        f'<div class="sppb-addon sppb-addon-single-image sppb-text-center "><h3 class="sppb-addon-title">{esc(b.printed)}</h3>'
                        f'<div class="sppb-addon-content"><div class="sppb-addon-single-image-container">'
                        f'<img class="sppb-img-responsive" src="{esc(b.src)}" alt="Image" title="" loading="lazy" width="800" height="533">'
                        "</div></div></div></div></div>"
                    )
                else:
                    run.append(b)
            _flush_text(run, addons)
            if r == 0 and c == len(row) - 1 and s.opts.get("button"):
                addons.append(_button_addon(s.opts["button"], "/images/tai-lieu/giay-moi-hoi-nghi-cmhs.pdf"))
            cols.append((width if len(row) > 1 else 12, "".join(addons)))
        if len(row) == 2:
            cols = [(7, cols[0][1]), (5, cols[1][1])]
        rows.append(_section(cols))
    return (
        '<div id="sp-page-builder" class="sp-page-builder sppb-article-page-wrapper"><div class="article-page-wrapper">'
        + "".join(rows)
        + "</div></div>"
    )


def _related(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:2]
    items = "".join(
        '<div class="article-list related-article-list"><div class="article">'
        f'<div class="article-header"><h2><a href="{esc(cat_path(o))}">{esc(o.title)}</a></h2></div>'
        f'<div class="article-info"><span class="published"><time datetime="{_utc_attr(_pub(o))}">{_vi_short(_pub(o))}</time></span></div>'
        f'<div class="article-introtext"><p>{esc(_cut(_first_text(o), 160))}</p></div></div></div>'
        for o in others
    )
    return (
        '<div class="related-article-list-container"><h3 class="related-article-title">Bài viết liên quan</h3>'
        f"{items}</div>"
    )


def _pagenav(s: Story) -> str:
    items = in_cat(s.cat)
    i = items.index(s)
    parts = []
    if i > 0:
        parts.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{esc(route(items[i - 1]))}" rel="prev">'
            f'<span class="visually-hidden">Bài trước: {esc(items[i - 1].title)}</span>'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
        )
    if i + 1 < len(items):
        parts.append(
            f'<a class="btn btn-sm btn-secondary next" href="{esc(route(items[i + 1]))}" rel="next">'
            f'<span class="visually-hidden">Bài sau: {esc(items[i + 1].title)}</span>'
            '<span aria-hidden="true">Sau</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        )
    return f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">{"".join(parts)}</span></nav>'


def _info_block(s: Story) -> str:
    name = CATS[s.cat][0]
    who = s.opts.get("alias_author") or s.opts.get("account")
    spans = []
    if who:
        spans.append(
            f'<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Viết bởi {esc(who)}">'
            f'Viết bởi <span itemprop="name">{esc(who)}</span></span>'
        )
    spans.append(
        f'<span class="category-name" title="Danh mục: {esc(name)}">Danh mục: <a href="/tin-tuc/{s.cat}" itemprop="genre">{esc(name)}</a></span>'
    )
    if "created" in s.opts:
        c = datetime.fromisoformat(s.opts["created"])
        spans.append(
            f'<span class="create" title="Ngày tạo: {_vi_short(c)}"><time datetime="{_utc_attr(c)}" itemprop="dateCreated">'
            f"Ngày tạo: {_vi_long(c)}</time></span>"
        )
    d = _pub(s)
    spans.append(
        f'<span class="published" title="Ngày đăng: {_vi_short(d)}"><time datetime="{_utc_attr(d)}" itemprop="datePublished">'
        f"Ngày đăng: {_vi_long(d)}</time></span>"
    )
    if "modified" in s.opts:
        m = datetime.fromisoformat(s.opts["modified"])
        spans.append(
            f'<span class="modified" title="Cập nhật lần cuối: {_vi_short(m)}"><time datetime="{_utc_attr(m)}" itemprop="dateModified">'
            f"Cập nhật lần cuối: {_vi_long(m)}</time></span>"
        )
    spans.append(
        f'<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{s.opts.get("hits", s.views())}">'
        f'Lượt xem: {s.opts.get("hits", s.views())}</span>'
    )
    return '<div class="article-info">' + "".join(spans) + "</div>"


def article_page(s: Story, path: str, *, printing: bool = False) -> str:
    name = CATS[s.cat][0]
    full = [b for b in s.blocks if isinstance(b, Img) and b.style == "full"]
    rest = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "full")]
    full_html = "".join(
        f'<figure class="article-full-image float-start"><img src="{esc(b.src)}" itemprop="image" '
        f'alt="{esc(s.title)}" width="1200" height="800" loading="lazy"><figcaption class="caption">{esc(b.printed)}</figcaption></figure>'
        for b in full
    )
    body = _sppb_body(s) if "sppb" in s.opts else _flow(rest)
    attachments = ""
    if s.opts.get("attachments"):
        rows = "".join(
            f'<tr class="odd"><td class="at_filename"><a class="at_icon" href="/images/attachments/{f}" title="Tải về">'
            f'<img src="/media/com_attachments/images/file_icons/pdf.gif" alt="Tải về"></a>'
            f'<a class="at_url" href="/images/attachments/{f}" title="Tải về">{f}</a></td><td class="at_file_size">{size}</td></tr>'
            for f, size in s.opts["attachments"]
        )
        attachments = (
            f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{s.id}">'
            f'<table><caption>Tệp đính kèm:</caption><tbody>{rows}</tbody></table></div></div>'
        )
    tags = ""
    if s.opts.get("tags"):
        lis = "".join(
            f'<li class="list-inline-item tag-{i + 2} tag-list0" itemprop="keywords">'
            f'<a href="/component/tags/tag/{t}" class="btn btn-sm btn-info">{esc(TAGS[t])}</a></li>'
            for i, t in enumerate(s.opts["tags"])
        )
        tags = f'<ul class="tags list-inline">{lis}</ul>'
    tools = (
        '<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div>'
        '<div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul>'
        '<li><a class="facebook" onClick="window.open(this.href,\'Share on Facebook\',\'width=600,height=400\'); return false;" '
        'href="https://www.facebook.com/sharer.php?u=" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>'
        '<li><a class="twitter" href="https://twitter.com/share?url=" title="Twitter"><span class="fab fa-twitter"></span></a></li>'
        "</ul></div></div></div></div>"
    )
    icons = (
        '<div class="article-can-edit d-flex flex-wrap justify-content-between"><div class="icons"><div class="float-end">'
        f'<a href="{esc(print_path(s))}" title="In bài viết" rel="nofollow" '
        'onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes\'); return false;">'
        '<span class="icon-print" aria-hidden="true"></span> In</a></div></div></div>'
    )
    article = (
        '<div class="article-details " itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN">'
        f'<div class="article-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>'
        + ("" if printing else icons)
        + _info_block(s)
        + full_html
        + f'<div itemprop="articleBody" class="com-content-article__body">{body}</div>'
        + attachments
        + ("" if printing else tags + tools)
        + ("" if printing or s.cat != "thong-bao" else _pagenav(s))
        + ("" if printing else _related(s))
        + "</div>"
    )
    if printing:
        return (
            '<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8">'
            f"<title>{esc(s.title)} - {SITE}</title></head><body class=\"contentpane component\">"
            f'<div id="system-message-container"></div>{article}'
            '<script>window.print();</script></body></html>'
        )
    if s.opts.get("menu_path") and path == s.opts["menu_path"]:
        crumbs = [("/", "Trang chủ"), (None, s.opts["menu_title"])]
        heading = s.opts["menu_title"]
        active = s.opts["menu_path"]
    else:
        crumbs = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (f"/tin-tuc/{s.cat}", name), (None, s.title)]
        heading = name
        active = f"/tin-tuc/{s.cat}"
    desc = esc(_cut(_first_text(s), 150))
    head = (
        f'<meta name="description" content="{desc}">'
        f'<meta name="author" content="{esc(s.opts.get("alias_author") or s.opts.get("account") or "")}">'
    )
    return _layout(
        f"{s.title} - {SITE}", article, body_class="com_content view-article layout-default task-none",
        page_title=_page_title(heading, crumbs), active=active, extra_head=head,
    )


# --- menu pages, tags, search --------------------------------------------------------------


def _simple(title: str, inner: str, path: str, body_class: str = "com_content view-article") -> str:
    main = (
        '<div class="article-details " itemscope itemtype="https://schema.org/Article">'
        f'<div class="article-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
        f'<div itemprop="articleBody">{inner}</div></div>'
    )
    return _layout(f"{title} - {SITE}", main, body_class=body_class,
                   page_title=_page_title(title, [("/", "Trang chủ"), (None, title)]), active=path)


def _menu_pages() -> dict[str, str]:
    intro = (
        "<p>Trường THCS Trần Phú được thành lập năm 1966, là một trong những trường trung học cơ sở có "
        "bề dày truyền thống của thành phố Phủ Lý, tỉnh Hà Nam.</p>"
        "<p>Năm học 2026-2027, nhà trường có 24 lớp với 1.012 học sinh, 58 cán bộ, giáo viên, nhân viên.</p>"
        '<p><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh trường"></p>'
        "<p>Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
    )
    staff_rows = "".join(
        f"<tr><td>{i}</td><td>{n}</td><td>{r}</td></tr>"
        for i, (n, r) in enumerate(
            [("Nguyễn Văn Thành", "Hiệu trưởng"), ("Trần Thị Bích Ngọc", "Phó Hiệu trưởng"),
             ("Phạm Quang Vinh", "Phó Hiệu trưởng"), ("Hoàng Thị Thu Hà", "Tổ trưởng Tổ KHXH"),
             ("Bùi Đức Anh", "Tổ trưởng Tổ KHTN")],
            start=1,
        )
    )
    staff = f'<table class="table"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th></tr></thead><tbody>{staff_rows}</tbody></table>'
    contact = (
        '<div class="com-contact contact"><div class="com-contact__container">'
        '<h3>Trường THCS Trần Phú</h3><dl class="com-contact__address contact-address dl-horizontal">'
        "<dt>Địa chỉ:</dt><dd>Số 68 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</dd>"
        "<dt>Điện thoại:</dt><dd>0226 3852 417</dd></dl>"
        '<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal">'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" required>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" required>'
        '<textarea name="jform[contact_message]" id="jform_contact_message"></textarea>'
        '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
        '<button class="btn btn-primary validate" type="submit">Gửi</button></form></div></div>'
    )
    gallery = "".join(
        f'<div class="sppb-gallery-item"><a class="sppb-gallery-btn" href="/images/thu-vien/anh-{i:02d}.jpg">'
        f'<img class="sppb-img-responsive" src="/images/thu-vien/thumbs/anh-{i:02d}.jpg" alt="Ảnh hoạt động {i}"></a></div>'
        for i in range(1, 9)
    )
    gallery_page = _builder_page(
        [_section([(12, f'<div class="sppb-addon sppb-addon-gallery"><h3 class="sppb-addon-title">Thư viện ảnh</h3>'
                        f'<div class="sppb-addon-content"><div class="sppb-gallery clearfix">{gallery}</div></div></div>')])],
        7,
    )
    docs = "".join(
        f'<tr><td>{no}</td><td>{d}</td><td>{t}</td><td><a href="/images/van-ban/{f}">Tải về</a></td></tr>'
        for no, d, t, f in [
            ("125/TB-THCSTP", "28/11/2026", "Thông báo tổ chức Hội nghị cha mẹ học sinh học kì I", "tb-125.pdf"),
            ("98/KH-THCSTP", "15/09/2026", "Kế hoạch giáo dục nhà trường năm học 2026-2027", "kh-98.pdf"),
            ("87/QĐ-THCSTP", "05/09/2026", "Quyết định thành lập các tổ chuyên môn", "qd-87.pdf"),
        ]
    )
    vanban = (
        '<table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
        f"<th>Tệp</th></tr></thead><tbody>{docs}</tbody></table>"
    )
    return {
        "/gioi-thieu": _simple("Giới thiệu chung", intro, "/gioi-thieu"),
        "/doi-ngu": _simple("Đội ngũ giáo viên", staff, "/doi-ngu"),
        "/lien-he": _simple("Liên hệ", contact, "/lien-he", "com_contact view-contact"),
        "/thu-vien-anh": _layout(
            f"Thư viện ảnh - {SITE}", gallery_page, body_class="com_sppagebuilder view-page itemid-119",
            page_title=_page_title("Thư viện ảnh", [("/", "Trang chủ"), (None, "Thư viện ảnh")]),
            active="/thu-vien-anh", full_width=True,
        ),
        "/van-ban": _simple("Văn bản", vanban, "/van-ban", "com_content view-category layout-default"),
    }


def tag_page(tag: str) -> str:
    stories = _by_date([s for s in STORIES if tag in s.opts.get("tags", [])])
    lis = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{esc(cat_path(s))}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{esc(_cut(_first_text(s), 140))}</span></li>'
        for s in stories
    )
    main = f'<div class="com-tags-tag tag-category"><h1>{esc(TAGS[tag])}</h1><ul class="category list-group">{lis}</ul></div>'
    return _layout(f"{TAGS[tag]} - {SITE}", main, body_class="com_tags view-tag",
                   page_title=_page_title("Thẻ", [("/", "Trang chủ"), (None, TAGS[tag])]))


def search_page(q: str) -> str:
    main = (
        '<div class="com-finder finder"><form action="/tim-kiem" method="get" class="js-finder-searchform">'
        f'<input type="text" name="q" value="{esc(q)}" class="form-control"><button type="submit" class="btn btn-primary">Tìm kiếm</button></form>'
        '<div id="search-results" class="com-finder__results"><div id="search-result-empty" class="com-finder__empty">'
        "<h2>Không có kết quả nào</h2><p>Không tìm thấy kết quả nào phù hợp.</p></div></div></div>"
    )
    return _layout(f"Tìm kiếm - {SITE}", main, body_class="com_finder view-search",
                   page_title=_page_title("Tìm kiếm", [("/", "Trang chủ"), (None, "Tìm kiếm")]))


# --- the site ------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/([a-z-]+)/([a-z0-9-]+)$")
_COMPONENT = re.compile(r"^/component/content/article/([a-z0-9-]+)$")


class Site:
    def __init__(self) -> None:
        self.menu_pages = _menu_pages()
        self.by_menu = {s.opts["menu_path"]: s for s in STORIES if s.opts.get("menu_path")}

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/images/", "/media/", "/templates/", "/components/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/" and not request.query:
            return html(home_page())
        if path == "/tin-tuc" and not request.query:
            return html(news_landing())
        if path in self.menu_pages and not request.query:
            return html(self.menu_pages[path])
        if path == "/tim-kiem":
            return html(search_page(params.get("q", "")))
        if path.startswith("/component/tags/tag/") and not request.query:
            tag = path.rsplit("/", 1)[1]
            return html(tag_page(tag)) if tag in TAGS else None
        if path.startswith("/tin-tuc/") and path.count("/") == 2:
            alias = path.rsplit("/", 1)[1]
            if alias not in CATS or set(params) - {"start"}:
                return None
            try:
                start = int(params.get("start", "0"))
            except ValueError:
                return None
            if "start" in params and start == 0:
                return None
            page = category_page(alias, start)
            return html(page) if page else None
        story = None
        if path in self.by_menu:
            story = self.by_menu[path]
        elif m := _ART.match(path):
            story = BY_KEY.get((m.group(1), m.group(2)))
        elif m := _COMPONENT.match(path):
            catid = params.get("catid")
            story = next(
                (s for s in STORIES if s.slug == m.group(1) and str(CATS[s.cat][1]) == catid), None
            )
            if story is None or params.get("Itemid") != "101":
                return None
            return html(article_page(story, path)) if not set(params) - {"catid", "Itemid"} else None
        if story is None:
            return None
        if not request.query:
            return html(article_page(story, path))
        if params == {"tmpl": "component", "print": "1"} and path == route(story):
            return html(article_page(story, path, printing=True))
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [print_path(s)]
    if s.opts.get("featured"):
        alts.insert(0, component_path(s))
    if s.opts.get("menu_path"):
        alts.insert(0, cat_path(s))
    return gold_record(s, route(s), CATS[s.cat][0], alt_paths=alts)


GOLD: list[dict] = [_gold(s) for s in STORIES]

NON_ARTICLES: list[str] = ["/gioi-thieu", "/doi-ngu", "/lien-he", "/thu-vien-anh", "/van-ban"]
