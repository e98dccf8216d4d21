"""Liferay DXP 7.1 portal of Sở Giáo dục và Đào tạo tỉnh Sóc Trăng (provincial vendor theme).

Platform: Liferay DXP 7.1 (site ``/web/sgddt``) with the vendor's "sgddt-theme". News lists are
Asset Publisher portlets rendered by a FreeMarker Application Display Template (ADT): cards with
a thumbnail, the display date (dd/MM/yyyy) and a summary, and under them a "Xem thêm" button
whose href is a plain GET of the same page with the portlet's ``_cur`` parameter (an onclick
handler would append the cards; without script the next page is served alone). An article is
shown on the display page: a Web Content Display (its portlet title repeats the headline) and,
below it, a second Asset Publisher "Tin cùng chuyên mục" with the same ADT cards and its own
``_cur`` "Xem thêm".

URL scheme
- ``/`` -> 302 ``/web/sgddt``; ``/web/sgddt`` and ``/web/sgddt/trang-chu`` are the home page.
- lists: ``/web/sgddt/<tin-tuc|chuyen-mon|thong-bao>`` and
  ``?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>&_<p_p_id>_cur=<P>``.
- posts: ``/web/sgddt/w/<url-title>`` (7.1 friendly display-page URL); posts from before the
  upgrade are linked by the lists at ``/web/sgddt/-/<url-title>``, which serves the same page
  (canonical ``/w/``). ``/en/web/sgddt/w/<url-title>`` (hreflang alternate in the head) serves it
  again in the en-US locale (no translation: the Vietnamese text).
- pages: ``/web/sgddt/<gioi-thieu|lanh-dao-so|co-cau-to-chuc|van-ban|thu-vien-anh|lien-he>``,
  search ``/web/sgddt/tim-kiem?q=``; files under ``/documents/…``, ``/image/journal/article``,
  ``/o/…``.

Page templates: home (three Asset Publishers, newest cards, links "Xem tất cả"), list pages
(ADT cards, 3 a page, "Xem thêm"), display page (theme banner h1 "Chi tiết tin", breadcrumb, WCD,
related AP), plain content pages (a WCD without date), Documents & Media list, photo album.

How each gold article is reached: Tin tức - Sự kiện (7 posts, 3 a page: cur=1 holds 1-3, cur=2
4-6, cur=3 the oldest); Hoạt động chuyên môn (4 posts: cur=2 holds the oldest); Thông báo (2
posts, one page). The home page shows only the three newest of each; the posts on cur=2/3 are
reached through the "Xem thêm" chain (or the related AP of a sibling post).

Traps
1. Load-more pagination: no page numbers, only a "Xem thêm" button (``<a class="btn">`` with an
   onclick that returns false) whose href, entity-escaped (``&amp;``), is the GET of the next
   ``_cur``; the older cards exist only there. Gold: those posts are ordinary gold articles.
2. Two friendly URLs: pre-upgrade posts are linked at ``/web/sgddt/-/<url-title>`` from the lists
   and at ``/web/sgddt/w/<url-title>`` from the related AP; both answer 200, the page's canonical
   says ``/w/``. Gold: path ``/w/``, the ``/-/`` URL in alt_paths.
3. The display page's own URL with the related Asset Publisher's ``p_p_id`` and ``_cur=2`` (its
   "Xem thêm") serves the same article with other related cards. Gold: alt_paths, not articles.
4. Adaptive Media: body images are ``<picture>`` with ``<source srcset>`` renditions under
   ``/o/adaptive-media/image/<id>/Thumbnail-300x300/…`` and ``Preview-1000x0``; the photo is the
   ``<img src>`` under ``/documents/20123/<id>/<file>/<uuid>?t=<ms>`` (query kept). Gold: one
   image each, the ``/documents/`` path with ``?t=``; renditions are not extra images.
5. Legacy template of the migrated posts prints ``reserved-article-display-date`` raw: RFC 822 in
   UTC ("Sun, 25 Oct 2026 23:30:00 +0000"). Gold: converted to +07:00, one of them onto the next
   day ("2026-10-26T06:30:00+07:00"); the card's dd/MM/yyyy shows the local day.
6. The news template prints 12-hour times with the vi_VN markers SA/CH: "2:30 CH" is 14:30,
   "12:15 CH" is 12:15 (noon), "12:00 SA" is midnight (the day alone); "Sửa đổi lần cuối: …" is the
   modified date, never published_at.
7. The headline is printed three times: the WCD portlet title (``h2.portlet-title-text``), the
   template's own title (an ``h1`` in the news template, a bold ``div`` in the legacy one) and the
   ``<title>`` "<headline> - Chi tiết tin - Sở …"; the theme banner prints the page's name in an
   ``h1 class="page-title"`` ("Chi tiết tin"). Gold title: the headline, not "Chi tiết tin".
8. The related AP below the article uses the very same ADT card markup as the lists (thumbnail
   ``<img>``, date, a summary ``<p>``), inside the same column. Gold: not body, not images.
9. The card summary is the structure's "Mô tả" field when there is one, else Liferay's automatic
   abstract (first ~150 characters of the text cut with "…"). Gold: summary = the "Mô tả" printed
   on the article page (``div.ttct-mota``, outside the body; it is the body's first paragraph);
   posts without it have summary null even though their card shows a summary.
10. "Người đăng: Cổng TTĐT Sở" in the info bar is the CMS account (nobody); the author is the
    structure's "Tác giả" field under the text ("Tin, ảnh: …", "Tin: … - Ảnh: …", "ThS. … - Tổ
    KHTN") or a unit typed right-aligned in the text. Gold: names as the README says.
11. Legacy posts carry the Liferay 6.2 journal image URL ``/image/journal/article?img_id=…&amp;t=…``
    (entity-escaped query) and text as ``<div>`` lines split by ``<br />``. Gold: path with ``&``;
    each ``<br />`` line a paragraph; ``<div>&nbsp;</div>`` spacers are nothing.
12. A sidebar portlet "Lịch công tác tuần" prints a FreeMarker error box (``<pre>`` with the
    template's stack lines) next to the article. Gold: chrome.
13. A notice printed as an official document (letterhead table, Số, place and date, THÔNG BÁO /
    Về việc, Nơi nhận, KT. GIÁM ĐỐC …). Gold: README convention; the date is the letterhead's day
    (30/11) although the card and info bar say 01/12/2026 7:30 SA.
14. Captions in three forms: an italic centred line after the picture, a two-row table whose
    second row holds the line in parentheses, and a line "Ảnh: Trần Khang" that only credits.

Gold decisions on ambiguous points
- path = ``/web/sgddt/w/<url-title>`` for every post; alt_paths: the ``/-/`` URL (old posts), the
  related AP's ``_cur=2`` URL (posts of a category with more than four posts) and the ``/en``
  locale URL.
- category = the section name as the breadcrumb prints it ("Tin tức - Sự kiện", "Hoạt động chuyên
  môn", "Thông báo").
- A caption line is the picture's caption; "Ảnh: X" alone gives a photographer and no caption.
- The en-US locale pages serve the same text; they are alternates, not articles.
"""

from __future__ import annotations

from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay71_adt_loadmore_sgddt"
PLATFORM = "Liferay DXP 7.1 (Asset Publisher ADT, load-more, display page)"
START_PATH = "/web/sgddt"

SITE = "/web/sgddt"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
WCD = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_"
REL_ID = AP + "tcCm7RzQ2fVb"
DELTA = 3
REL_DELTA = 4
HEADER_DAY = "Thứ Bảy, 05/12/2026"

#: (slug, printed name, AP instance)
CATS = {
    "tin-tuc": ("Tin tức - Sự kiện", "Xk9fT2bLq0Ae"),
    "chuyen-mon": ("Hoạt động chuyên môn", "Pw7mN4cRz1Hd"),
    "thong-bao": ("Thông báo", "Jd3sV8uYk6Wn"),
}


def _doc(fid: int, name: str, uuid: str, t: int) -> str:
    return f"/documents/20123/{fid}/{name}/{uuid}?t={t}"


def _legacy_img(img_id: int, t: int) -> str:
    return f"/image/journal/article?img_id={img_id}&t={t}"


# --- the stories -------------------------------------------------------------------------------
# opts: tpl ("tin" news structure / "cu" legacy / "cv" official document), date (the line printed),
# card (the card's dd/MM/yyyy), old (linked at /-/), byline (structure field "Tác giả"), nguon,
# sua (modified line), thumb (thumbnail file)

STORIES: list[Story] = [
    Story(
        41201,
        "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        "tin-tuc",
        "2026-12-04T08:00:00+07:00",
        [
            Img(
                _doc(45890, "khai-mac-hoi-thi-gvdg.jpg", "8c1f2e3a-5b7d-4e21-9a0c-7f3b2d1e6a45", 1764810000000),
                "Ông Trần Văn Chuyện, Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "Ông Trần Văn Chuyện, Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "em",
            ),
            P(
                "Hội thi năm nay có 186 giáo viên đến từ 34 trường THPT, trường phổ thông dân tộc nội "
                "trú và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trong tỉnh tham gia, "
                "tranh tài ở 13 môn học."
            ),
            P(
                "Mỗi giáo viên dự thi phải trình bày biện pháp nâng cao chất lượng giảng dạy và dạy "
                "hai tiết thực hành trên lớp theo Chương trình giáo dục phổ thông 2018; ban giám khảo "
                "gồm 78 thành viên là cán bộ quản lý và giáo viên cốt cán."
            ),
            P(
                "Phát biểu tại lễ khai mạc, ông Trần Văn Chuyện đề nghị các thí sinh phát huy tinh "
                "thần học hỏi, chia sẻ kinh nghiệm; ban giám khảo đánh giá khách quan, công bằng."
            ),
            P("Hội thi diễn ra đến hết ngày 12/12/2026 tại Trường THPT Chuyên Nguyễn Thị Minh Khai."),
        ],
        authors=["Lâm Mỹ Hạnh"],
        photographers=["Lâm Mỹ Hạnh"],
        summary=(
            "Sáng ngày 04/12, Sở Giáo dục và Đào tạo tỉnh Sóc Trăng tổ chức khai mạc Hội thi giáo viên "
            "dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "date": "04/12/2026 8:00 SA",
            "card": "04/12/2026",
            "byline": "Tin, ảnh: Lâm Mỹ Hạnh",
            "thumb": "khai-mac-hoi-thi-gvdg.jpg",
        },
    ),
    Story(
        41187,
        "trao-150-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-dan-toc-khmer",
        "Trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh dân tộc Khmer",
        "tin-tuc",
        "2026-12-02T14:30:00+07:00",
        [
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, do Quỹ Khuyến học tỉnh phối hợp với các "
                "doanh nghiệp trên địa bàn vận động, dành cho học sinh dân tộc Khmer vượt khó học tốt."
            ),
            Img(
                _doc(45877, "trao-hoc-bong-khmer.jpg", "1d2e3f40-aa11-4b22-8c33-d44e55f66a77", 1764660000000),
                "Ảnh: Trần Khang",
                None,
                "em",
            ),
            P(
                "Các em nhận học bổng đang theo học tại các trường THCS, THPT thuộc thị xã Vĩnh Châu, "
                "huyện Trần Đề và huyện Mỹ Xuyên."
            ),
            P(
                "Dịp này, Sở GD&ĐT cũng trao tặng 300 bộ sách giáo khoa song ngữ Việt - Khmer cho thư "
                "viện các trường phổ thông dân tộc nội trú."
            ),
        ],
        authors=["Sơn Thị Ngọc Bích"],
        photographers=["Trần Khang"],
        summary=(
            "Chiều 02/12, tại Trường Phổ thông Dân tộc nội trú tỉnh, Sở GD&ĐT phối hợp Quỹ Khuyến học "
            "tỉnh trao 150 suất học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó khăn."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "date": "02/12/2026 2:30 CH",
            "card": "02/12/2026",
            "byline": "Sơn Thị Ngọc Bích",
            "thumb": "trao-hoc-bong-khmer.jpg",
        },
    ),
    Story(
        41150,
        "hoi-nghi-chuyen-de-chuyen-doi-so-trong-quan-ly-truong-hoc",
        "Hội nghị chuyên đề chuyển đổi số trong quản lý trường học",
        "tin-tuc",
        "2026-11-27T12:15:00+07:00",
        [
            P(
                "Ngày 27/11/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị chuyên đề chuyển đổi số "
                "trong quản lý trường học với sự tham dự của hơn 200 cán bộ quản lý các cấp học."
            ),
            P("Hội nghị tập trung vào các nội dung chính:"),
            P("Triển khai học bạ số đối với học sinh tiểu học và THCS từ học kỳ I;", "li"),
            P("Kết nối cơ sở dữ liệu ngành với hệ thống định danh điện tử VNeID;", "li"),
            P("Thanh toán không dùng tiền mặt các khoản thu trong nhà trường.", "li"),
            P("Kết quả triển khai đến ngày 25/11/2026:", "h4"),
            P("Nội dung | Số trường | Tỷ lệ", "tr"),
            P("Học bạ số | 312 | 87,6%", "tr"),
            P("Thanh toán không dùng tiền mặt | 341 | 95,8%", "tr"),
            P(
                "Kết thúc hội nghị, các đơn vị đã ký cam kết hoàn thành việc số hóa hồ sơ trước ngày "
                "31/3/2027."
            ),
        ],
        authors=["Phòng Kế hoạch - Tài chính"],
        opts={
            "tpl": "tin",
            "date": "27/11/2026 12:15 CH",
            "card": "27/11/2026",
            "sign": "Phòng Kế hoạch - Tài chính",
            "thumb": "chuyen-doi-so-truong-hoc.jpg",
        },
    ),
    Story(
        40912,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-86-nha-giao-tieu-bieu",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11: Tuyên dương 86 nhà giáo tiêu biểu",
        "tin-tuc",
        "2026-11-19T15:00:00+07:00",
        [
            P(
                "Đến dự có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành và hơn 400 cán bộ, "
                "giáo viên, nhân viên ngành giáo dục."
            ),
            Img(
                _doc(45431, "tuyen-duong-nha-giao.jpg", "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", 1763539200000),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "em",
            ),
            P(
                "Tại buổi lễ, 86 nhà giáo có thành tích xuất sắc trong năm học 2025 - 2026 được "
                "tuyên dương, trong đó 12 nhà giáo công tác tại vùng đặc biệt khó khăn."
            ),
            P("“Mỗi thầy cô là một tấm gương sáng cho học trò noi theo”, đồng chí Phó Chủ tịch nhấn mạnh.", "quote"),
            Img(
                _doc(45432, "tiet-muc-van-nghe-2011.jpg", "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0", 1763539200000),
                "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Hoàng Diệu",
                "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Hoàng Diệu",
                "em",
            ),
            P("Buổi lễ kết thúc bằng chương trình văn nghệ tri ân thầy cô do học sinh biểu diễn."),
        ],
        authors=["Ngọc Hân"],
        summary=(
            "Chiều 19/11, Sở GD&ĐT long trọng tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "date": "19/11/2026 3:00 CH",
            "card": "19/11/2026",
            "sua": "21/11/2026 9:40 SA",
            "byline": "Ngọc Hân",
            "thumb": "tuyen-duong-nha-giao.jpg",
        },
    ),
    Story(
        40968,
        "hoi-khoe-phu-dong-tinh-soc-trang-lan-thu-xi-nam-2026-thanh-cong-tot-dep",
        "Hội khỏe Phù Đổng tỉnh Sóc Trăng lần thứ XI năm 2026 thành công tốt đẹp",
        "tin-tuc",
        "2026-11-16",
        [
            P(
                "Sau 10 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng tỉnh Sóc Trăng lần thứ XI đã bế "
                "mạc, khép lại ngày hội thể thao lớn nhất của học sinh toàn tỉnh."
            ),
            P(
                "Hội khỏe thu hút 2.350 vận động viên của 11 đơn vị huyện, thị xã, thành phố thi đấu "
                "ở 14 môn; có 36 kỷ lục của Hội khỏe được phá."
            ),
            Img(
                _doc(45502, "be-mac-hkpd-xi.jpg", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", 1763251200000),
                "(Ban tổ chức trao cờ cho các đơn vị đạt giải toàn đoàn)",
                "Ban tổ chức trao cờ cho các đơn vị đạt giải toàn đoàn",
                "table",
            ),
            P(
                "Thành phố Sóc Trăng dẫn đầu toàn đoàn, tiếp theo là huyện Mỹ Xuyên và thị xã Vĩnh "
                "Châu. Ban tổ chức sẽ chọn 120 vận động viên xuất sắc dự Hội khỏe Phù Đổng khu vực."
            ),
        ],
        authors=["Hoàng Nam"],
        source="Báo Sóc Trăng",
        summary=(
            "Tối 15/11, tại Nhà thi đấu đa năng tỉnh, Sở GD&ĐT tổ chức lễ bế mạc và trao giải Hội khỏe "
            "Phù Đổng tỉnh Sóc Trăng lần thứ XI năm 2026."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "date": "16/11/2026 12:00 SA",
            "card": "16/11/2026",
            "byline": "Hoàng Nam",
            "nguon": "Nguồn: Báo Sóc Trăng",
            "thumb": "be-mac-hkpd-xi.jpg",
        },
    ),
    Story(
        40533,
        "tap-huan-cong-tac-tu-van-tam-ly-hoc-duong-cho-giao-vien-thcs",
        "Tập huấn công tác tư vấn tâm lý học đường cho giáo viên THCS",
        "tin-tuc",
        "2026-10-26T06:30:00+07:00",
        [
            P(
                "Trong hai ngày 26 và 27/10/2026, Sở GD&ĐT tổ chức lớp tập huấn công tác tư vấn tâm "
                "lý học đường cho 145 giáo viên làm công tác tư vấn tại các trường THCS.",
                "br",
            ),
            P("Báo cáo viên là các chuyên gia của Trường Đại học Sư phạm Thành phố Hồ Chí Minh."),
            Img(_legacy_img(40540, 1761463800000), "Quang cảnh lớp tập huấn", "Quang cảnh lớp tập huấn", "legacy"),
            P(
                "Học viên được trang bị kỹ năng nhận diện sớm các dấu hiệu rối loạn lo âu, trầm cảm ở "
                "học sinh và cách phối hợp với gia đình trong hỗ trợ các em.",
                "br",
            ),
            P("Cuối khóa, mỗi học viên xây dựng một kế hoạch tư vấn cho đơn vị mình."),
        ],
        authors=["Kim Sơn"],
        opts={
            "tpl": "cu",
            "old": True,
            "date": "Sun, 25 Oct 2026 23:30:00 +0000",
            "card": "26/10/2026",
            "sign": "Kim Sơn - Trường THCS thị trấn Mỹ Xuyên",
            "thumb": "tap-huan-tam-ly.jpg",
        },
    ),
    Story(
        40488,
        "khai-giang-lop-boi-duong-can-bo-quan-ly-truong-mam-non-nam-2026",
        "Khai giảng lớp bồi dưỡng cán bộ quản lý trường mầm non năm 2026",
        "tin-tuc",
        "2026-10-13T08:15:00+07:00",
        [
            P(
                "Sáng 13/10/2026, lớp bồi dưỡng cán bộ quản lý trường mầm non năm 2026 đã khai giảng "
                "với 92 học viên là hiệu trưởng, phó hiệu trưởng các trường mầm non công lập và tư thục."
            ),
            P(
                "Lớp học kéo dài 4 tuần, gồm các chuyên đề về quản trị nhà trường, xây dựng môi trường "
                "giáo dục lấy trẻ làm trung tâm và bảo đảm an toàn cho trẻ.",
                "br",
            ),
            P("Học viên hoàn thành khóa học được cấp chứng chỉ theo quy định."),
        ],
        source="Phòng Giáo dục Mầm non",
        opts={
            "tpl": "cu",
            "old": True,
            "date": "Tue, 13 Oct 2026 01:15:00 +0000",
            "card": "13/10/2026",
            "sign": "BBT",
            "nguon": "Nguồn: Phòng Giáo dục Mầm non",
            "thumb": "khai-giang-cbql-mn.jpg",
        },
    ),
    # --- Hoạt động chuyên môn
    Story(
        41192,
        "huong-dan-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs-thpt",
        "Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS, THPT",
        "chuyen-mon",
        "2026-12-03T09:45:00+07:00",
        [
            P(
                "Sở GD&ĐT hướng dẫn các trường THCS, THPT tổ chức kiểm tra, đánh giá cuối học kỳ I năm "
                "học 2026 - 2027 như sau."
            ),
            P("1. Thời gian kiểm tra", "h3"),
            P("Từ ngày 21/12/2026 đến ngày 03/01/2027; các trường chủ động bố trí lịch cụ thể."),
            P("2. Đề kiểm tra", "h3"),
            P("Đề kiểm tra được xây dựng theo ma trận và bản đặc tả của từng môn học;", "ol"),
            P("Tỷ lệ câu hỏi ở mức vận dụng không dưới 30%;", "ol"),
            P("Đề kiểm tra các môn tổ hợp do tổ chuyên môn liên trường thống nhất.", "ol"),
            P(
                "Kết quả kiểm tra được cập nhật lên hệ thống quản lý trường học chậm nhất ngày "
                "10/01/2027."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "tpl": "tin",
            "date": "03/12/2026 9:45 SA",
            "card": "03/12/2026",
            "sign": "Phòng Giáo dục Trung học",
            "thumb": "kiem-tra-hk1.jpg",
        },
    ),
    Story(
        41033,
        "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-tai-truong-thcs-le-quy-don",
        "Chuyên đề “Dạy học STEM môn Khoa học tự nhiên” tại Trường THCS Lê Quý Đôn",
        "chuyen-mon",
        "2026-11-24T10:20:00+07:00",
        [
            P(
                "Tiết dạy minh họa bài “Lực đẩy Archimedes” của cô Đặng Thị Yến được thiết kế theo "
                "quy trình kỹ thuật: học sinh chế tạo mô hình thuyền từ vật liệu tái chế."
            ),
            Img(
                _doc(45660, "stem-khtn-lqd-1.jpg", "0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", 1763954400000),
                "Học sinh thử nghiệm mô hình thuyền trong tiết dạy STEM",
                "Học sinh thử nghiệm mô hình thuyền trong tiết dạy STEM",
                "em",
            ),
            P(
                "Các đại biểu đánh giá cao cách tổ chức hoạt động nhóm, giúp học sinh vận dụng kiến "
                "thức vật lý, toán học để giải quyết vấn đề thực tiễn."
            ),
            Img(
                _doc(45661, "stem-khtn-lqd-2.jpg", "1b2c3d4e-5f60-4172-93a4-b5c6d7e8f90a", 1763954400000),
                "Các nhóm trình bày sản phẩm",
                "Các nhóm trình bày sản phẩm",
                "em",
            ),
            P("Chuyên đề sẽ được nhân rộng tại các trường THCS trong tỉnh từ học kỳ II."),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        summary=(
            "Ngày 24/11, Sở GD&ĐT tổ chức chuyên đề “Dạy học STEM môn Khoa học tự nhiên” cấp tỉnh tại "
            "Trường THCS Lê Quý Đôn, thành phố Sóc Trăng."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "date": "24/11/2026 10:20 SA",
            "card": "24/11/2026",
            "byline": "ThS. Nguyễn Thị Thu Trang - Tổ KHTN",
            "thumb": "stem-khtn-lqd-1.jpg",
        },
    ),
    Story(
        40781,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-thi-xa-vinh-chau",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường tiểu học thị xã Vĩnh Châu",
        "chuyen-mon",
        "2026-11-05T16:05:00+07:00",
        [
            P(
                "Buổi sinh hoạt có sự tham gia của giáo viên khối 4 từ 6 trường tiểu học trong cụm, "
                "dự giờ tiết Tiếng Việt do thầy Lý Sơn Thành dạy."
            ),
            Img(
                _doc(45350, "shcm-vinh-chau.jpg", "2c3d4e5f-6071-4283-a4b5-c6d7e8f90a1b", 1762333500000),
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh",
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh",
                "em",
            ),
            P(
                "Thay vì nhận xét giáo viên, các thành viên tập trung phân tích việc học của từng "
                "nhóm học sinh và đề xuất điều chỉnh hoạt động cho phù hợp."
            ),
        ],
        authors=["Lý Hoàng Phúc"],
        photographers=["Trần Mỹ Duyên"],
        summary=(
            "Chiều 05/11, cụm trường tiểu học số 2 thị xã Vĩnh Châu tổ chức sinh hoạt chuyên môn theo "
            "nghiên cứu bài học tại Trường Tiểu học Vĩnh Phước 1."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "date": "05/11/2026 4:05 CH",
            "card": "05/11/2026",
            "byline": "Tin: Lý Hoàng Phúc - Ảnh: Trần Mỹ Duyên",
            "thumb": "shcm-vinh-chau.jpg",
        },
    ),
    Story(
        40402,
        "hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        "Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        "chuyen-mon",
        "2026-10-08T09:00:00+07:00",
        [
            P(
                "Hội thảo do Sở GD&ĐT tổ chức với 120 giáo viên Ngữ văn cấp THCS, THPT tham dự, nhằm "
                "triển khai đổi mới căn bản, toàn diện giáo dục theo tinh thần Nghị quyết 29-NQ/TW.[1]"
            ),
            P(
                "Các tham luận tập trung vào dạy đọc hiểu theo đặc trưng thể loại, dạy viết theo quy "
                "trình và đánh giá năng lực học sinh qua bài kiểm tra không dùng lại ngữ liệu "
                "sách giáo khoa.",
                "br",
            ),
            P("Hội thảo thống nhất bộ tiêu chí đánh giá tiết dạy Ngữ văn áp dụng từ năm học này."),
            P("Tài liệu tham khảo", "b"),
            P(
                "[1] Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi mới căn "
                "bản, toàn diện giáo dục và đào tạo."
            ),
        ],
        authors=["Trần Văn Lợi"],
        opts={
            "tpl": "cu",
            "old": True,
            "date": "Thu, 08 Oct 2026 02:00:00 +0000",
            "card": "08/10/2026",
            "sign": "Trần Văn Lợi",
            "thumb": "hoi-thao-ngu-van.jpg",
        },
    ),
    # --- Thông báo
    Story(
        41175,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026",
        "thong-bao",
        "2026-11-30",
        [
            Raw(
                '<table class="tb-vb" style="width:100%;border:0"><tbody>'
                '<tr><td style="text-align:center;width:40%">UBND TỈNH SÓC TRĂNG<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center">Số: 2145/TB-SGDĐT</td>'
                '<td style="text-align:right"><em>Sóc Trăng, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tuyển dụng viên chức giáo dục năm 2026</strong></p>'
            ),
            P(
                "Căn cứ Kế hoạch số 318/KH-UBND ngày 15/10/2026 của UBND tỉnh về tuyển dụng viên chức "
                "năm 2026, Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức như sau:"
            ),
            P("1. Số lượng: 64 chỉ tiêu giáo viên THPT và 9 chỉ tiêu nhân viên thư viện, thiết bị."),
            P(
                "2. Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày 30/12/2026 "
                "(trong giờ hành chính)."
            ),
            P("3. Địa điểm nhận phiếu: Văn phòng Sở, số 6 Châu Văn Tiếp, Phường 2, thành phố Sóc Trăng."),
            Raw(
                '<table style="width:100%;border:0"><tbody><tr>'
                '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- UBND tỉnh (b/c);<br />- Sở Nội vụ;<br />- Các đơn vị trực thuộc;<br />- Lưu: VT, TCCB.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
                "<br /><br /><em>(đã ký)</em><br /><br /><strong>Huỳnh Văn Tâm</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Huỳnh Văn Tâm"],
        opts={
            "tpl": "cv",
            "date": "01/12/2026 7:30 SA",
            "card": "01/12/2026",
            "thumb": "thong-bao.png",
        },
    ),
    Story(
        40850,
        "lich-tiep-cong-dan-thang-12-2026-cua-giam-doc-so",
        "Lịch tiếp công dân tháng 12/2026 của Giám đốc Sở",
        "thong-bao",
        "2026-11-28T08:30:00+07:00",
        [
            P(
                "Thực hiện quy chế tiếp công dân, Giám đốc Sở Giáo dục và Đào tạo tiếp công dân định kỳ "
                "trong tháng 12/2026 như sau:"
            ),
            P("👉 Thời gian: sáng thứ Năm, ngày 10/12/2026 và ngày 24/12/2026, từ 7 giờ 30.", "br"),
            P("👉 Địa điểm: Phòng tiếp công dân, số 6 Châu Văn Tiếp, Phường 2, thành phố Sóc Trăng."),
            P(
                "Công dân có nhu cầu được tiếp vui lòng mang theo giấy tờ tùy thân và các tài liệu liên "
                "quan đến nội dung phản ánh, kiến nghị."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "tpl": "tin",
            "date": "28/11/2026 8:30 SA",
            "card": "28/11/2026",
            "sign": "Văn phòng Sở",
            "thumb": "thong-bao.png",
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def _by_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


def post_path(story: Story) -> str:
    return f"{SITE}/w/{story.slug}"


def listed_path(story: Story) -> str:
    """The URL the lists print: the pre-upgrade /-/ form for migrated posts."""
    return f"{SITE}/-/{story.slug}" if story.opts.get("old") else post_path(story)


def list_target(cat: str, cur: int) -> str:
    pid = AP + CATS[cat][1]
    return f"{SITE}/{cat}?p_p_id={pid}&_{pid}_cur={cur}"


def related(story: Story) -> list[Story]:
    return [s for s in _by_cat(story.cat) if s is not story]


def related_cur2(story: Story) -> str | None:
    if len(related(story)) <= REL_DELTA:
        return None
    return f"{post_path(story)}?p_p_id={REL_ID}&_{REL_ID}_cur=2"


# --- chrome ---------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    (
        "Giới thiệu",
        f"{SITE}/gioi-thieu",
        [("Lãnh đạo Sở", f"{SITE}/lanh-dao-so"), ("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")],
    ),
    (
        "Tin tức",
        f"{SITE}/tin-tuc",
        [(CATS[c][0], f"{SITE}/{c}") for c in CATS],
    ),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def _icon(name: str) -> str:
    return (
        f'<svg class="lexicon-icon lexicon-icon-{name}" focusable="false" role="presentation">'
        f'<use xlink:href="/o/sgddt-theme/images/clay/icons.svg#{name}"></use></svg>'
    )


def _menu() -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        if subs:
            sub = "".join(
                f'<li class="" role="presentation"><a href="{esc(h)}" role="menuitem">'
                f'<span>{esc(lbl)}</span></a></li>'
                for lbl, h in subs
            )
            items.append(
                f'<li class="lfr-nav-item dropdown" id="layout_{i + 11}" role="presentation">'
                f'<a aria-haspopup="true" class="dropdown-toggle" href="{esc(href)}" role="menuitem">'
                f'<span>{esc(label)} {_icon("caret-bottom")}</span></a>'
                f'<ul class="child-menu dropdown-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="lfr-nav-item" id="layout_{i + 11}" role="presentation">'
                f'<a href="{esc(href)}" role="menuitem"><span>{esc(label)}</span></a></li>'
            )
    return (
        '<nav class="sort-pages modify-pages sgd-menu" id="navigation" role="navigation">'
        '<h1 class="hide-accessible">Điều hướng</h1>'
        f'<ul aria-label="Trang web" role="menubar">{"".join(items)}</ul></nav>'
    )


def _sidebar(error_box: bool = False) -> str:
    most = [BY_SLUG[s] for s in (
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-86-nha-giao-tieu-bieu",
        "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-tai-truong-thcs-le-quy-don",
        "trao-150-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-dan-toc-khmer",
    )]
    most_html = "".join(
        f'<li><a href="{esc(post_path(s))}">{esc(s.title)}</a></li>' for s in most
    )
    lich = (
        '<div class="alert alert-danger">Đã xảy ra lỗi khi xử lý mẫu.</div>'
        '<pre class="sgd-ftl-loi">The following has evaluated to null or missing:\n'
        "==&gt; lichTuan.getData()  [in template \"20116#20152#LICH_CONG_TAC\" at line 14, column 9]\n"
        "----\nTip: If the failing expression is known to legally refer to something that's "
        "sometimes null or missing, either specify a default value like myOptionalVar!myDefault, "
        "or use &lt;#if myOptionalVar??&gt;when-present&lt;#else&gt;when-missing&lt;/#if&gt;.\n"
        "----\nFTL stack trace (\"~\" means nesting-related):\n"
        "\t- Failed at: ${lichTuan.getData()}  [in template \"20116#20152#LICH_CONG_TAC\" at line 14]</pre>"
        if error_box
        else '<p class="sgd-lich">Tuần 49 (30/11 - 06/12/2026): xem tại mục Văn bản.</p>'
    )
    return f"""
<aside class="col-md-4 sgd-cot-phai">
 <section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lichTuan">
  <div class="portlet-content"><h2 class="portlet-title-text">Lịch công tác tuần</h2>
  <div class="portlet-content-container"><div class="portlet-body">{lich}</div></div></div>
 </section>
 <section class="portlet" id="portlet_{AP}xemNhieu01">
  <div class="portlet-content"><h2 class="portlet-title-text">Tin xem nhiều</h2>
  <div class="portlet-body"><ul class="sgd-xn">{most_html}</ul></div></div>
 </section>
 <section class="portlet" id="portlet_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01">
  <div class="portlet-content"><h2 class="portlet-title-text">Thăm dò ý kiến</h2>
  <form method="post" action="{SITE}/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_javax.portlet.action=%2Fpolls_display%2Fview_question">
   <p>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử của Sở?</p>
   <label><input type="radio" name="_polls_choiceId" value="1" /> Đẹp, dễ sử dụng</label>
   <label><input type="radio" name="_polls_choiceId" value="2" /> Bình thường</label>
   <label><input type="radio" name="_polls_choiceId" value="3" /> Khó tìm thông tin</label>
   <input type="hidden" name="p_auth" value="kQ3rT8vZ" />
   <button class="btn btn-primary" type="submit">Bình chọn</button>
  </form></div>
 </section>
 <section class="portlet" id="portlet_lienket">
  <div class="portlet-content"><h2 class="portlet-title-text">Liên kết website</h2>
  <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://www.soctrang.gov.vn">Cổng TTĐT tỉnh Sóc Trăng</option>
   <option value="https://baosoctrang.org.vn">Báo Sóc Trăng</option></select></div>
 </section>
 <section class="portlet" id="portlet_thongke">
  <div class="portlet-content"><h2 class="portlet-title-text">Thống kê truy cập</h2>
  <ul class="sgd-tk"><li>Đang online: 37</li><li>Hôm nay: 1.284</li><li>Tổng truy cập: 4.912.573</li></ul></div>
 </section>
</aside>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    page_name: str,
    crumbs: list[tuple[str, str]],
    canonical: str | None = None,
    alternates: str | None = None,
    error_box: bool = False,
    lang: str = "vi-VN",
    description: str = "",
) -> Response:
    base = base_url(request)
    head_links = ""
    if canonical:
        head_links += f'<link href="{esc(base + canonical)}" rel="canonical" />'
    if alternates:
        head_links += (
            f'<link href="{esc(base + alternates)}" hreflang="vi-VN" rel="alternate" />'
            f'<link href="{esc(base + "/en" + alternates)}" hreflang="en-US" rel="alternate" />'
            f'<link href="{esc(base + alternates)}" hreflang="x-default" rel="alternate" />'
        )
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(h)}" title="{esc(t)}">'
        f'<span class="breadcrumb-text-truncate">{esc(t)}</span></a></li>'
        if h
        else f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(t)}</span></li>'
        for t, h in crumbs
    )
    doc = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{lang}">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(description)}" lang="vi-VN" name="description" />
{head_links}
<link class="lfr-css-file" href="/o/sgddt-theme/css/main.css?browserId=other&amp;themeId=sgddttheme_WAR_sgddttheme&amp;languageId=vi_VN&amp;b=7110&amp;t=1764900000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var themeDisplay = Liferay.ThemeDisplay = {{
 getCompanyId: function() {{ return '20099'; }},
 getLanguageId: function() {{ return '{lang.replace("-", "_")}'; }},
 getLayoutRelativeURL: function() {{ return '{SITE}/{page_name}'; }},
 getPathThemeImages: function() {{ return '/o/sgddt-theme/images'; }},
 getScopeGroupId: function() {{ return '20123'; }}
}};
</script>
<script src="/o/sgddt-theme/js/main.js?browserId=other&amp;minifierType=js" type="text/javascript"></script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
 <div class="sgd-top"><span class="sgd-ngay">{HEADER_DAY}</span>
  <form action="{SITE}/tim-kiem" class="sgd-tim" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" />
  <button type="submit">{_icon("search")}</button></form></div>
 <div class="sgd-logo"><a href="{SITE}/trang-chu" title="Đi đến Sở Giáo dục và Đào tạo tỉnh Sóc Trăng">
  <img alt="Sở Giáo dục và Đào tạo tỉnh Sóc Trăng" src="/image/layout_set_logo?img_id=20410&amp;t=1764900000000" /></a>
  <div class="sgd-ten"><span>UBND TỈNH SÓC TRĂNG</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div></div>
 {_menu()}
</header>
<section id="content">
 <div class="sgd-tieude-trang"><h1 class="page-title"><span>{esc(page_name_label(page_name))}</span></h1>
  <nav aria-label="Breadcrumb"><ol class="breadcrumb">{crumb_html}</ol></nav></div>
 <div class="row" id="main-content" role="main">
  <div class="col-md-8 portlet-column portlet-column-first" id="column-1">{main}</div>
  {_sidebar(error_box)}
 </div>
</section>
<footer id="footer" role="contentinfo">
 <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG</strong></p>
 <p>Địa chỉ: Số 6 Châu Văn Tiếp, Phường 2, thành phố Sóc Trăng, tỉnh Sóc Trăng</p>
 <p>Điện thoại: 0299.3822.445 - Fax: 0299.3820.165 - Email: sgddt@soctrang.edu.vn</p>
 <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
 <p>© 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Sóc Trăng. Phát triển trên nền tảng Liferay DXP.</p>
</footer>
</div>
<script type="text/javascript">Liferay.Portlet.register('{REL_ID}');Liferay.Portlet.onLoad({{canEditTitle: false, portletId: '{REL_ID}', refresh: false}});</script>
</body></html>"""
    return html(doc)


_PAGE_LABELS = {
    "trang-chu": "Trang chủ",
    "chi-tiet-tin": "Chi tiết tin",
    "tin-tuc": "Tin tức - Sự kiện",
    "chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
    "gioi-thieu": "Giới thiệu",
    "lanh-dao-so": "Lãnh đạo Sở",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
    "lien-he": "Liên hệ",
    "tim-kiem": "Tìm kiếm",
}


def page_name_label(page_name: str) -> str:
    return _PAGE_LABELS.get(page_name, page_name)


def _portlet(pid: str, title: str, body: str, extra_cls: str = "") -> str:
    return (
        f'<section class="portlet {extra_cls}" id="portlet_{pid}">'
        '<div class="portlet-content"><div class="autofit-float autofit-row portlet-header">'
        f'<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div>'
        '<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>'
        f'<div class="portlet-content-container"><div class="portlet-body">{body}</div></div></div></section>'
    )


# --- ADT cards ------------------------------------------------------------------------------------


def _abstract(story: Story) -> str:
    if story.summary:
        return story.summary
    words = " ".join(b.text for b in story.blocks if isinstance(b, P))
    cut = words[:150].rsplit(" ", 1)[0]
    return cut + "…"


def _thumb(story: Story) -> str:
    return f"/o/adaptive-media/image/{story.id + 4000}/Thumbnail-300x300/{story.opts['thumb']}?t=1764000000000"


def _cards(stories: list[Story], *, related_list: bool = False) -> str:
    out = []
    for s in stories:
        href = post_path(s) if related_list else listed_path(s)
        out.append(
            '<div class="col-md-12 sgd-ds-muc">'
            f'<div class="sgd-ds-anh"><a href="{esc(href)}"><img alt="{esc(s.title)}" class="img-fluid" '
            f'src="{esc(_thumb(s))}" /></a></div>'
            '<div class="sgd-ds-nd">'
            f'<h3 class="sgd-ds-td"><a href="{esc(href)}">{esc(s.title)}</a></h3>'
            f'<div class="sgd-ds-ngay">{_icon("calendar")} {esc(s.opts["card"])}</div>'
            f'<p class="sgd-ds-mt">{esc(_abstract(s))}</p>'
            "</div></div>"
        )
    return f'<div class="row sgd-ds-tin">{"".join(out)}</div>'


def _xem_them(href: str, pid: str, cur: int) -> str:
    return (
        '<div class="text-center sgd-xemthem">'
        f'<a class="btn btn-outline-primary btn-sm" data-cur="{cur}" href="{esc(href)}" '
        f"onclick=\"_{pid}_napThem(this); return false;\">Xem thêm {_icon('angle-down')}</a></div>"
    )


def _listing(request: Request, cat: str) -> Response | None:
    name, inst = CATS[cat]
    pid = AP + inst
    params = request.params
    cur = 1
    if params.get("p_p_lifecycle") == "1":
        return None
    if params.get("p_p_id") == pid:
        raw = params.get(f"_{pid}_cur", "1")
        if not raw.isdigit():
            return None
        cur = int(raw)
    stories = _by_cat(cat)
    pages = (len(stories) + DELTA - 1) // DELTA
    if not 1 <= cur <= pages:
        return None
    chunk = stories[(cur - 1) * DELTA : cur * DELTA]
    body = _cards(chunk)
    if cur < pages:
        body += _xem_them(list_target(cat, cur + 1), pid, cur + 1)
    main = _portlet(pid, name, body, "portlet-asset-publisher")
    return _page(
        request,
        f"{name} - Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        main,
        page_name=cat,
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Tin tức", f"{SITE}/tin-tuc"), (name, "")]
        if cat != "tin-tuc"
        else [("Trang chủ", f"{SITE}/trang-chu"), (name, "")],
        canonical=f"{SITE}/{cat}",
    )


def _home(request: Request) -> Response:
    parts = []
    for cat, (name, inst) in CATS.items():
        stories = _by_cat(cat)[:3]
        body = _cards(stories) + (
            f'<div class="text-right sgd-xtc"><a href="{SITE}/{cat}">Xem tất cả »</a></div>'
        )
        parts.append(_portlet(AP + "home" + inst[:4], name, body, "portlet-asset-publisher"))
    banner = (
        '<div class="sgd-slide"><img alt="Chào mừng năm học mới" src="/o/sgddt-theme/images/banner-nam-hoc.jpg" />'
        '<img alt="Chuyển đổi số" src="/o/sgddt-theme/images/banner-cds.jpg" /></div>'
    )
    return _page(
        request,
        "Trang chủ - Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        banner + "".join(parts),
        page_name="trang-chu",
        crumbs=[("Trang chủ", "")],
        canonical=f"{SITE}/trang-chu",
    )


# --- article ----------------------------------------------------------------------------------


def _picture(img: Img) -> str:
    # /documents/20123/<fid>/<file>/<uuid>?t=...
    parts = img.src.split("/")
    fid, fname = parts[3], parts[4]
    t = img.src.rsplit("t=", 1)[1]
    return (
        f'<picture data-fileentryid="{fid}">'
        f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fid}/Thumbnail-300x300/{fname}?t={t}" />'
        f'<source media="(max-width:1000px) and (min-width:300px)" '
        f'srcset="/o/adaptive-media/image/{fid}/Preview-1000x0/{fname}?t={t}" />'
        f'<img data-fileentryid="{fid}" src="{esc(img.src)}" /></picture>'
    )


def _blocks_tin(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px">'
                    f'<tbody><tr><td>{_picture(b)}</td></tr>'
                    f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{esc(b.printed or "")}'
                    "</em></span></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align:center">{_picture(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "ol", "tr"):
            style = b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i].text)
                i += 1
            if style == "tr":
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c.strip())}</td>" for c in row.split("|")) + "</tr>"
                    for row in group
                )
                out.append(f'<table border="1" cellpadding="3" style="width:100%"><tbody>{rows}</tbody></table>')
            else:
                tag = "ul" if style == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{esc(t)}</li>" for t in group) + f"</{tag}>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:justify">{esc(b.text)}<br />\n{esc(nxt.text)}</p>')
            i += 1
        elif b.style in ("h3", "h4"):
            out.append(f"<{b.style}>{esc(b.text)}</{b.style}>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
        if i < len(blocks) and i % 3 == 0:
            out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def _blocks_cu(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(
                f'<div style="text-align:center"><img alt="" src="{esc(b.src)}" style="width:500px;height:333px" /></div>'
                f'<div style="text-align:center"><span style="font-family:Arial"><i>{esc(b.printed or "")}</i></span></div>'
            )
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<div style="text-align:justify">&nbsp;&nbsp;&nbsp; {esc(b.text)}<br />\n&nbsp;&nbsp;&nbsp; {esc(nxt.text)}</div>')
            i += 1
        elif b.style == "b":
            out.append(f'<div><b>{esc(b.text)}</b></div>')
        else:
            out.append(f'<div style="text-align:justify">&nbsp;&nbsp;&nbsp; {esc(b.text)}</div>')
        out.append("<div>&nbsp;</div>")
        i += 1
    return "\n".join(out)


def _article_content(story: Story) -> str:
    o = story.opts
    info = (
        f'<span class="ttct-ngay">{_icon("calendar")} {esc(o["date"])}</span>'
        + (f' <span class="ttct-sua">| Sửa đổi lần cuối: {esc(o["sua"])}</span>' if o.get("sua") else "")
        + ' <span class="ttct-ng">| Người đăng: Cổng TTĐT Sở</span>'
        + f' <span class="ttct-lx">| Lượt xem: {story.views()}</span>'
    )
    tail = ""
    if o.get("sign"):
        tail += f'<p style="text-align:right"><strong>{esc(o["sign"])}</strong></p>'
    if o["tpl"] == "cu":
        nd = _blocks_cu(story.blocks) + tail
        if o.get("nguon"):
            nd += f'<div style="text-align:right"><i>{esc(o["nguon"])}</i></div>'
        return (
            '<div class="tin-cu">'
            f'<div class="tin-cu-td"><strong>{esc(story.title)}</strong></div>'
            f'<div class="tin-cu-ngay">{esc(o["date"])}</div>'
            f'<div class="tin-cu-nd">{nd}</div></div>'
        )
    parts = [
        '<div class="ttct">',
        f'<h1 class="ttct-tieude">{esc(story.title)}</h1>',
        f'<div class="ttct-tt">{info}</div>',
    ]
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="ttct-mota"><strong>{esc(story.summary)}</strong></div>')
    parts.append(f'<div class="ttct-nd">{_blocks_tin(story.blocks)}{tail}</div>')
    if o.get("byline"):
        parts.append(f'<div class="ttct-tg">{esc(o["byline"])}</div>')
    if o.get("nguon"):
        parts.append(f'<div class="ttct-nguon"><em>{esc(o["nguon"])}</em></div>')
    parts.append("</div>")
    return "".join(parts)


def _article(request: Request, story: Story, lang: str = "vi-VN") -> Response | None:
    params = request.params
    rel_cur = 1
    if params.get("p_p_lifecycle") == "1":
        return None
    if params.get("p_p_id") == REL_ID:
        raw = params.get(f"_{REL_ID}_cur", "1")
        if not raw.isdigit():
            return None
        rel_cur = int(raw)
    rel = related(story)
    rel_pages = max(1, (len(rel) + REL_DELTA - 1) // REL_DELTA)
    if not 1 <= rel_cur <= rel_pages:
        return None
    name = CATS[story.cat][0]
    toolbar = (
        '<div class="text-right user-tool-asset-addon-entries sgd-cc">'
        f'<a href="javascript:;" onclick="_{WCD}ttct01_printPage();" title="In">{_icon("print")}'
        '<span class="taglib-text hide-accessible">In</span></a> '
        '<a href="https://www.facebook.com/sharer/sharer.php?u=' + quote(base_url(request) + post_path(story), safe="")
        + f'" target="_blank" title="Chia sẻ Facebook">{_icon("social-facebook")}</a></div>'
    )
    wcd = (
        toolbar
        + f'<div class="journal-content-article" data-analytics-asset-id="{story.id}" '
        f'data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">'
        + _article_content(story)
        + "</div>"
        + '<div class="sgd-danh-gia"><span>Bạn thấy bài viết này thế nào?</span> '
        '<span class="taglib-ratings">☆☆☆☆☆ (0 phiếu)</span></div>'
    )
    chunk = rel[(rel_cur - 1) * REL_DELTA : rel_cur * REL_DELTA]
    rel_body = _cards(chunk, related_list=True)
    if rel_cur < rel_pages:
        rel_body += _xem_them(f"{post_path(story)}?p_p_id={REL_ID}&_{REL_ID}_cur={rel_cur + 1}", REL_ID, rel_cur + 1)
    main = _portlet(WCD + "ttct01", story.title, wcd, "portlet-journal-content") + _portlet(
        REL_ID, "Tin cùng chuyên mục", rel_body, "portlet-asset-publisher"
    )
    return _page(
        request,
        f"{story.title} - Chi tiết tin - Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        main,
        page_name="chi-tiet-tin",
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Tin tức", f"{SITE}/tin-tuc"), (name, f"{SITE}/{story.cat}")],
        canonical=post_path(story),
        alternates=post_path(story),
        error_box=True,
        lang=lang,
        description=_abstract(story),
    )


# --- other pages ------------------------------------------------------------------------------

_WCD_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<h3>Chức năng, nhiệm vụ</h3>"
        '<p style="text-align:justify">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân '
        "tỉnh Sóc Trăng, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.</p>"
        '<p style="text-align:justify">Toàn tỉnh hiện có 438 cơ sở giáo dục mầm non và phổ thông với hơn '
        "280.000 học sinh và 15.600 cán bộ, giáo viên, nhân viên.</p>",
    ),
    "lanh-dao-so": (
        "Lãnh đạo Sở",
        '<table border="1" style="width:100%"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
        "<tr><td>Trần Văn Chuyện</td><td>Giám đốc</td><td>0299.3822.445</td></tr>"
        "<tr><td>Huỳnh Văn Tâm</td><td>Phó Giám đốc</td><td>0299.3821.290</td></tr>"
        "<tr><td>Lâm Thị Sa Rết</td><td>Phó Giám đốc</td><td>0299.3826.117</td></tr>"
        "</tbody></table>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<p>Văn phòng Sở; Thanh tra Sở; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục "
        "Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Khảo thí và Kiểm định chất lượng giáo dục.</p>"
        '<p><img alt="Sơ đồ tổ chức" src="/documents/20123/0/so-do-to-chuc.png/77aa88bb-1234-4cde-9f00-aa11bb22cc33?t=1700000000000" /></p>',
    ),
    "lien-he": (
        "Liên hệ",
        "<p><strong>Sở Giáo dục và Đào tạo tỉnh Sóc Trăng</strong></p>"
        "<p>Địa chỉ: Số 6 Châu Văn Tiếp, Phường 2, thành phố Sóc Trăng</p>"
        "<p>Điện thoại: 0299.3822.445 - Email: sgddt@soctrang.edu.vn</p>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!soctrang" width="100%" height="300"></iframe>'
        '<form method="post" action="/web/sgddt/lien-he?p_p_id=lienhe_WAR_sgddtportlet&amp;p_p_lifecycle=1">'
        '<input name="hoTen" placeholder="Họ tên" /><textarea name="noiDung"></textarea>'
        '<button type="submit">Gửi</button></form>',
    ),
}

_DOCS = [
    ("Công văn số 2150/SGDĐT-GDTrH hướng dẫn kiểm tra cuối học kỳ I", "cv-2150-sgddt-gdtrh.pdf", "03/12/2026"),
    ("Quyết định số 1874/QĐ-SGDĐT về việc công nhận kết quả Hội khỏe Phù Đổng", "qd-1874-sgddt.pdf", "17/11/2026"),
]


def _docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i + 1}</td><td><a href="/documents/20123/46{i}01/{f}/{i}f0e1d2c-3b4a-4958-8776-655443322110?download=true">'
        f"{esc(t)}</a></td><td>{d}</td></tr>"
        for i, (t, f, d) in enumerate(_DOCS)
    )
    body = (
        '<table class="table table-autofit table-list"><thead><tr><th>STT</th><th>Tiêu đề</th><th>Ngày ban hành</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page(
        request,
        "Văn bản - Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        _portlet("com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_vb01", "Văn bản", body),
        page_name="van-ban",
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Văn bản", "")],
        canonical=f"{SITE}/van-ban",
    )


def _album_page(request: Request) -> Response:
    imgs = "".join(
        f'<a class="sgd-album" href="/documents/20123/47{i}00/album-hkpd-{i}.jpg/a{i}b2c3d4-0000-4000-8000-00000000000{i}?t=1763251200000">'
        f'<img alt="Hội khỏe Phù Đổng - ảnh {i}" src="/o/adaptive-media/image/47{i}00/Thumbnail-300x300/album-hkpd-{i}.jpg" /></a>'
        for i in range(1, 5)
    )
    return _page(
        request,
        "Thư viện ảnh - Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        _portlet("com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_ta01", "Album Hội khỏe Phù Đổng lần thứ XI", imgs),
        page_name="thu-vien-anh",
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Thư viện ảnh", "")],
        canonical=f"{SITE}/thu-vien-anh",
    )


def _wcd_page(request: Request, slug: str) -> Response:
    title, content = _WCD_PAGES[slug]
    body = f'<div class="journal-content-article" data-analytics-asset-id="3{len(slug)}001">{content}</div>'
    return _page(
        request,
        f"{title} - Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        _portlet(WCD + "gt" + slug[:4], title, body, "portlet-journal-content"),
        page_name=slug,
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), (title, "")],
        canonical=f"{SITE}/{slug}",
    )


def _search(request: Request) -> Response:
    q = request.params.get("q", "")
    body = (
        f'<p>Kết quả tìm kiếm cho "<strong>{esc(q)}</strong>": không tìm thấy kết quả nào.</p>'
        if q
        else "<p>Vui lòng nhập từ khóa.</p>"
    )
    return _page(
        request,
        "Tìm kiếm - Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        _portlet("com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm", body),
        page_name="tim-kiem",
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Tìm kiếm", "")],
    )


# --- the site -------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /c/\nDisallow: /api/\n", {"Content-Type": "text/plain"})
        if path.startswith("/documents/"):
            if ".pdf/" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(".jpg")
        if path in ("/image/journal/article", "/image/layout_set_logo"):
            return static_file(".jpg")
        if path.startswith("/o/"):
            return static_file(path)
        lang = "vi-VN"
        if path.startswith("/en/web/sgddt/"):
            path = path[3:]
            lang = "en-US"
            if "/w/" not in path:
                return None
        if path.startswith(SITE + "/w/") or path.startswith(SITE + "/-/"):
            slug = path.split("/", 4)[4]
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if path.startswith(SITE + "/-/") and not story.opts.get("old"):
                return None
            return _article(request, story, lang)
        if path in (SITE, SITE + "/", SITE + "/trang-chu"):
            if request.params.get("p_p_lifecycle") == "1":
                return None
            return _home(request)
        page = path[len(SITE) + 1 :] if path.startswith(SITE + "/") else None
        if page in CATS:
            return _listing(request, page)
        if page in _WCD_PAGES:
            return _wcd_page(request, page)
        if page == "van-ban":
            return _docs_page(request)
        if page == "thu-vien-anh":
            return _album_page(request)
        if page == "tim-kiem":
            return _search(request)
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("old"):
        alts.append(f"{SITE}/-/{story.slug}")
    cur2 = related_cur2(story)
    if cur2:
        alts.append(cur2)
    alts.append("/en" + post_path(story))
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat][0], canonical_path=post_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lanh-dao-so",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/lien-he",
]

