"""Phòng Giáo dục và Đào tạo huyện Hải Hậu (Nam Định): an ASP.NET 3.5/4.0 WebForms portal.

Platform
--------
The product of a district IT contractor ("Thiết kế: Công ty TNHH Tin học Thiên Trường"), built
on ASP.NET WebForms 3.5 and moved to 4.0 with ``ClientIDMode=AutoID`` (ids such as
``ctl00_ContentPlaceHolder1_lblTieuDe``). One master page (``form#aspnetForm`` with
``__VIEWSTATE``/``__EVENTVALIDATION``, ``__doPostBack``), a SiteMapPath breadcrumb bound to a
static ``Web.sitemap``, URL routing with ``MapPageRoute``; news lists are a ListView with a
DataPager whose ``QueryStringField`` is ``trang`` (``Đầu « 1 2 » Cuối``, disabled buttons as
``<a disabled="disabled">`` without href); articles are ``ChiTietTin.aspx`` with the title in an
``asp:Label``, "Ngày đăng:" and "Lượt xem:" labels, a bold sapo label, the FCKeditor HTML in an
``asp:Panel``, "Người viết:" at its end, reader comments, "Các tin cùng chuyên mục" (hyperlinks)
and "Các tin đã đăng" (LinkButtons); an RSS handler and a print page.

URL scheme
----------
- ``/`` (also ``/Default.aspx``): home (slider "Tin nổi bật", "Tin mới", one block per category).
- ``/tin-tuc/<cat-slug>.aspx?trang=<n>``: a category list (route to ``DanhSachTin.aspx?cid=<n>``,
  which is linked too, from the home page's "Xem tiếp" of one block: its pager then links
  ``/DanhSachTin.aspx?cid=2&trang=2``). Page size 4.
- ``/tin-tuc/<id>/<slug>.aspx``: an article (route ``tin-tuc/{id}/{slug}.aspx``: the slug is
  ignored); also ``/ChiTietTin.aspx?id=<id>``; print view ``/InTin.aspx?id=<id>``.
- ``/van-ban.aspx`` and ``/van-ban/<id>.aspx``: documents; ``/gioi-thieu.aspx``,
  ``/co-cau-to-chuc.aspx``, ``/lien-he.aspx``; ``/rss.aspx?cid=<n>``.
- Images under ``/UserFiles/Image/…`` (FCKeditor), list thumbnails from ``/ImageHandler.ashx``.

How each gold article is reached
--------------------------------
Categories: "Tin hoạt động" (6 articles: page 1 = 2187, 2176, 2168, 2159; page 2 = 2147, 2141),
"Chuyên môn - Nghiệp vụ" (5: page 1 = 2189, 2183, 2172, 2163; page 2 = 2150), "Thông báo"
(2191, the document entry /van-ban/140.aspx, 2155). The home page links the three newest of
each category, the slider links 2176 under a stale slug (see traps) and 2187/2189 as
``ChiTietTin.aspx``; the "Tin đọc nhiều" sidebar links 2176, 2168, 2172, 2155.
2159 and 2163 are reached from page 1 of their lists only; 2147, 2141 and 2150 only from page 2
(``?trang=2``): the article pages link newer articles of the category only ("Các tin cùng
chuyên mục"); older ones ("Các tin đã đăng") are postback LinkButtons.

Traps
-----
1. Headline only in an ``asp:Label`` (``span#ctl00_ContentPlaceHolder1_lblTieuDe``). The master
   page sets the same ``<title>`` on every page ("Phòng GD&ĐT Hải Hậu - Cổng thông tin điện
   tử"), the only ``<h1>`` is the office's name in the header, no og:title. Gold title = the
   label's text.
2. Breadcrumb that does not name the category: the SiteMapPath of an article is the static
   sitemap node "Trang chủ > Tin tức > Chi tiết tin"; the category is only the content box's
   heading link (``a#ctl00_ContentPlaceHolder1_hplChuyenMuc``) and the menu. Gold category =
   that heading ("Tin hoạt động"), never "Chi tiết tin" or "Tin tức".
3. vi-VN ``DateTime.ToString()``: "Ngày đăng: 03/12/2026 2:30:15 CH" is 14:30:15 (SA = a.m.,
   CH = p.m.), "21/11/2026 12:15:00 CH" is 12:15 (noon), "04/11/2026 12:00:00 SA" is midnight =
   the day alone "2026-11-04"; dates are dd/MM (several have a day <= 12: "07/11/2026" is 7 Nov,
   not 11 Jul). Comments print "Gửi lúc: 8:41:07 CH 03/12/2026" (not the article's date).
4. Relative link under a route: the article tool bar's RSS link is written ``href="rss.aspx?cid=1"``
   (a hand-written anchor in a user control). Under ``/tin-tuc/2187/<slug>.aspx`` it resolves to
   ``/tin-tuc/2187/rss.aspx?cid=1``, which the route ``tin-tuc/{id}/{slug}.aspx`` answers with the
   article again (200, same page). Gold: those URLs are alt_paths of the article, not new ones.
5. Stale slug and title: 2176 was renamed after publishing; the home slider (cached) links
   ``/tin-tuc/2176/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11.aspx`` with the old title; the route
   serves the article under any slug (no redirect, no canonical). Gold: path = the current slug
   the lists use, old-slug URL in alt_paths; title = the label's current headline. List titles
   are cut at ~80 characters with "..." (the page's label is the full headline).
6. Older articles behind postbacks: "Các tin đã đăng" are ``javascript:__doPostBack(...)``
   LinkButtons (a POST with ``__EVENTTARGET`` answers 302 to the article); the DataPager's
   ``?trang=2`` hyperlinks are the only plain links to 2147, 2141 and 2150.
7. Reader comments ("Ý kiến bạn đọc") between the text and the related lists: names, "Gửi lúc"
   dates and comment paragraphs; then a comment form. Not body, not authors, not the date.
8. Word paste in FCKeditor (2159): a ``<style>`` block with ``@font-face``/MsoNormal CSS and a
   ``<!--[if gte mso 9]><xml>`` comment inside the text container, ``<o:p>`` tags, MsoNormal
   spacer paragraphs (``<o:p>&nbsp;</o:p>``). Gold: none of the CSS is text; spacers are nothing.
9. Flash clip (2168): an ``<object>/<embed>`` FLV player whose fallback text "Trình duyệt của bạn
   chưa cài đặt Adobe Flash Player…" sits inside the text. Not body, not an image.
10. Widgets in the text's container: the ``asp:Panel`` holding the FCKeditor HTML also holds the
   "Người viết:" paragraph, a "Nguồn tin:" line (2141), the star rating "Đánh giá bài viết" and the
   share bar. None is body; "Người viết: ThS. Nguyễn Văn Khánh - Phó Trưởng phòng" -> author
   "Nguyễn Văn Khánh"; "Người viết: Đỗ Thị Mai, Vũ Văn Hùng" -> two authors; "Người viết:
   Nguyễn Thị Lan Phương (Bộ phận THCS)" -> the name only; "Admin", "BBT", "quantri" -> nobody
   (2183: the right-aligned bold unit "Bộ phận chuyên môn Tiểu học" closing the text is then the
   author); a unit as "Người viết" ("Trường MN Hải Bắc", "Tổ Văn phòng") is the author as printed.
11. FCKeditor text forms: 2183 with every non-ASCII character as an entity (``&agrave;``,
   ``&#7897;``); 2141 typed with Unikey in composite Unicode (NFD, title too); 2147 written with
   ``EnterMode=br``: one ``<div>`` whose lines are split by ``<br /><br />`` (and once by a single
   ``<br />``): each line is a paragraph.
12. Photo lines as this editor prints them: a two-row FCK table (photo, then the caption cell,
   2187/2189/2183); a centred italic paragraph in parentheses (2176: caption without them); a
   Word-style italic line (2159); a right-aligned "Ảnh: Trần Đức Long" (2168, 2150: credit only ->
   caption None, the name is a photographer); 2150's src is relative ``../../UserFiles/…``
   (gold path ``/UserFiles/Image/2026/10/hoi-thao-tieng-anh-th.jpg``); 2176's file name has
   ``%20`` in it and an upper-case ``.JPG``. List thumbnails (``/ImageHandler.ashx?…``) are not
   the article's images.
13. The "Thông báo" list mixes a document entry (``/van-ban/140.aspx``: a non-article) with
   articles; 2191 is an official notice with a letterhead table (README convention: date = the
   letterhead's day 2026-11-30, not "Ngày đăng 01/12/2026 3:05:40 CH"; signer = author).
14. Print view only via ``onclick="window.open('/InTin.aspx?id=…')"`` (href ``javascript:void(0)``);
   its URL is an alt_path. The first DataPager link of page 2 is ``?trang=1`` (page 1 again).

Gold decisions on ambiguous points
----------------------------------
- The bold sapo label (``lblTomTat``) is the summary and the body's first paragraph; 2141's sapo
  is the bold first paragraph inside the text. Articles without either have summary null.
- "Theo kế hoạch, …" (2187) and "Căn cứ …" lines (2191) are text, not sources. 2163's closing
  italic "Nguồn: Sở GD&ĐT Nam Định" and 2141's "Nguồn tin: Trung tâm Văn hóa, Thông tin và Thể
  thao huyện Hải Hậu" label are sources.
- List items (2189) and table rows (2189, 2172, cells joined " | ", header row included) are
  paragraphs; "Xem thêm:" and "File đính kèm:" lines are not.
- The typed "👉 " at the start of 2155's lines is text, kept.
- 2191: the letterhead table, "THÔNG BÁO" and its subject line, "Nơi nhận" and the signature
  block are not body; the "Căn cứ…" lines and numbered points are.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
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
    text,
)

NAME = "aspnet_webforms_routing_datapager_pgd"
PLATFORM = "ASP.NET 3.5/4.0 WebForms (MapPageRoute, master page, SiteMapPath, ListView + DataPager, FCKeditor)"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng GD&ĐT Hải Hậu - Cổng thông tin điện tử"
PAGE_SIZE = 4

#: cid -> (route slug, name as the menu prints it)
CATS: dict[int, tuple[str, str]] = {
    1: ("tin-hoat-dong", "Tin hoạt động"),
    2: ("chuyen-mon-nghiep-vu", "Chuyên môn - Nghiệp vụ"),
    3: ("thong-bao", "Thông báo"),
}
SLUG_CID = {slug: cid for cid, (slug, _name) in CATS.items()}

U = "/UserFiles/Image/2026"

# --- the articles --------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2187,
        slug="hai-hau-khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hải Hậu: Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-12-03T14:30:15+07:00",
        summary=(
            "Sáng ngày 03/12, Phòng GD&ĐT Hải Hậu tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp "
            "huyện bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 112 giáo viên đến từ 35 "
            "trường tiểu học trong toàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai mạc có đồng chí Trần Văn Thịnh, Trưởng phòng GD&ĐT huyện; các đồng chí "
                "trong Ban Tổ chức, Ban Giám khảo cùng đại diện Ban giám hiệu các trường tiểu học."
            ),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "có nhiều sáng tạo trong đổi mới phương pháp dạy học và kiểm tra, đánh giá học sinh "
                "theo Chương trình giáo dục phổ thông 2018; đồng thời tạo cơ hội để giáo viên giao "
                "lưu, học hỏi kinh nghiệm lẫn nhau."
            ),
            Img(
                f"{U}/12/hoi-thi-gvdg-th-01.jpg",
                printed="Cô giáo Vũ Thị Thanh Hoa, Trường Tiểu học Hải Minh A thể hiện tiết dạy môn Tiếng Việt lớp 3",
                caption="Cô giáo Vũ Thị Thanh Hoa, Trường Tiểu học Hải Minh A thể hiện tiết dạy môn Tiếng Việt lớp 3",
                style="table",
            ),
            P(
                "Theo kế hoạch, mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp "
                "nâng cao chất lượng giảng dạy và giáo dục học sinh, và thực hành hai tiết dạy, "
                "trong đó một tiết môn Tiếng Việt hoặc Toán và một tiết do giáo viên tự chọn. Các "
                "tiết dạy được bốc thăm trước 01 ngày và tổ chức tại 6 điểm trường."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Trưởng phòng GD&ĐT đề nghị Ban Giám khảo làm việc "
                "khách quan, công tâm, đánh giá đúng năng lực của từng giáo viên; các thầy cô dự "
                "thi phát huy tinh thần trách nhiệm, mạnh dạn ứng dụng công nghệ thông tin và các "
                "kỹ thuật dạy học tích cực trong mỗi tiết dạy."
            ),
            Img(
                f"{U}/12/hoi-thi-gvdg-th-02.jpg",
                printed="Ban Giám khảo dự giờ tại Trường Tiểu học Thị trấn Yên Định",
                caption="Ban Giám khảo dự giờ tại Trường Tiểu học Thị trấn Yên Định",
                style="table",
            ),
            P(
                "Hội thi diễn ra từ ngày 03/12 đến ngày 12/12/2026. Kết quả Hội thi là căn cứ để "
                "Phòng GD&ĐT lựa chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp tỉnh và xét "
                "công nhận danh hiệu giáo viên dạy giỏi cấp huyện."
            ),
        ],
        authors=["Nguyễn Văn Khánh"],
        opts={
            "cid": 1,
            "ngay": "03/12/2026 2:30:15 CH",
            "nguoiviet": "ThS. Nguyễn Văn Khánh - Phó Trưởng phòng",
            "comments": [
                (
                    "Nguyễn Thị Hằng - GV Trường TH Hải Anh",
                    "8:41:07 CH 03/12/2026",
                    "Chúc các thầy cô dự thi bình tĩnh, tự tin và đạt kết quả cao!",
                ),
                (
                    "Phụ huynh lớp 3A",
                    "6:12:55 SA 04/12/2026",
                    "Mong Phòng đăng tải thêm video các tiết dạy hay để phụ huynh cùng xem và học tập.",
                ),
            ],
        },
    ),
    Story(
        id=2176,
        slug="nganh-giao-duc-hai-hau-long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title=(
            "Ngành Giáo dục Hải Hậu long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026)"
        ),
        cat="Tin hoạt động",
        published_at="2026-11-21T12:15:00+07:00",
        summary=(
            "Ngày 20/11, Phòng Giáo dục và Đào tạo huyện Hải Hậu tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong "
            "năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có đồng chí Phó Bí thư Thường trực Huyện ủy, đồng chí Phó Chủ tịch "
                "UBND huyện, lãnh đạo các ban, ngành, đoàn thể của huyện cùng hơn 300 đại biểu là "
                "cán bộ quản lý, giáo viên tiêu biểu và các thầy cô giáo đã nghỉ hưu."
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục Hải Hậu tiếp tục giữ vững vị trí tốp đầu của "
                "tỉnh Nam Định về chất lượng giáo dục toàn diện. Toàn huyện có 48 học sinh đạt giải "
                "trong kỳ thi chọn học sinh giỏi cấp tỉnh, 5 học sinh đạt giải quốc gia; tỷ lệ học "
                "sinh lớp 9 tốt nghiệp đạt 99,8%."
            ),
            Img(
                f"{U}/11/Le%20ky%20niem%2020-11%20(3).JPG",
                printed=(
                    "(Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể có thành tích "
                    "xuất sắc trong năm học 2025 - 2026)"
                ),
                caption=(
                    "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể có thành tích "
                    "xuất sắc trong năm học 2025 - 2026"
                ),
                style="para",
            ),
            P(
                "Công tác xây dựng trường chuẩn quốc gia được quan tâm đầu tư; đến nay toàn huyện "
                "có 97/104 trường đạt chuẩn quốc gia, trong đó 41 trường đạt chuẩn mức độ 2."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Thường trực Huyện ủy ghi nhận, biểu "
                "dương những nỗ lực của đội ngũ nhà giáo và cán bộ quản lý giáo dục, đồng thời đề "
                "nghị ngành tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng đội ngũ và quan "
                "tâm hơn nữa tới giáo dục đạo đức, kỹ năng sống cho học sinh."
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 15 tập thể và 62 cá nhân; Phòng GD&ĐT tặng "
                "Giấy khen cho 128 giáo viên đạt danh hiệu giáo viên dạy giỏi các cấp."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={
            "cid": 1,
            "ngay": "21/11/2026 12:15:00 CH",
            "nguoiviet": "Lê Thị Thu Hà",
            "old_slug": "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
            "old_title": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
            "comments": [
                (
                    "Cựu giáo viên Trần Đình Lực",
                    "9:03:40 SA 22/11/2026",
                    "Xin chúc mừng các thế hệ thầy cô giáo huyện nhà. Tự hào về truyền thống hiếu học của quê hương Hải Hậu.",
                ),
            ],
        },
    ),
    Story(
        id=2168,
        slug="hoi-khoe-phu-dong-huyen-hai-hau-lan-thu-xi-hon-1200-van-dong-vien-tranh-tai",
        title="Hội khỏe Phù Đổng huyện Hải Hậu lần thứ XI: hơn 1.200 vận động viên tranh tài",
        cat="Tin hoạt động",
        published_at="2026-11-12T08:05:33+07:00",
        summary=(
            "Từ ngày 09 đến 11/11, tại Trung tâm Văn hóa - Thể thao huyện và Trường THPT A Hải "
            "Hậu đã diễn ra Hội khỏe Phù Đổng huyện Hải Hậu lần thứ XI năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe năm nay thu hút hơn 1.200 vận động viên là học sinh của 70 trường tiểu "
                "học, trung học cơ sở trên địa bàn huyện tham gia tranh tài ở 8 môn: điền kinh, "
                "bơi, cờ vua, bóng bàn, cầu lông, đá cầu, bóng đá và kéo co."
            ),
            Raw("FLASH:/UserFiles/Flash/2026/11/hkpd-lan-xi.flv"),
            P(
                "Ngay sau lễ khai mạc, các nội dung thi đấu đã diễn ra sôi nổi, quyết liệt nhưng "
                "trung thực, cao thượng. Nhiều vận động viên thể hiện kỹ thuật tốt và thành tích ổn "
                "định, đặc biệt ở các nội dung chạy 60m, nhảy xa và bơi ếch 50m."
            ),
            Img(f"{U}/11/hkpd-xi-dien-kinh.jpg", printed="Ảnh: Trần Đức Long", caption=None, style="credit"),
            P(
                "Kết thúc Hội khỏe, Ban Tổ chức đã trao 156 huy chương vàng, 160 huy chương bạc và "
                "231 huy chương đồng cho các vận động viên. Trường THCS Hải Hậu xếp thứ nhất toàn "
                "đoàn khối THCS; Trường Tiểu học Thị trấn Yên Định xếp thứ nhất toàn đoàn khối "
                "Tiểu học."
            ),
            P(
                "Qua Hội khỏe, Phòng GD&ĐT sẽ lựa chọn những vận động viên xuất sắc để thành lập "
                "đội tuyển tham dự Hội khỏe Phù Đổng tỉnh Nam Định năm 2027."
            ),
        ],
        authors=["Phạm Quang Huy"],
        photographers=["Trần Đức Long"],
        opts={"cid": 1, "ngay": "12/11/2026 8:05:33 SA", "nguoiviet": "Phạm Quang Huy"},
    ),
    Story(
        id=2159,
        slug="truong-mam-non-hai-bac-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường Mầm non Hải Bắc đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="Tin hoạt động",
        published_at="2026-11-04",
        blocks=[
            Raw("WORDSTYLE"),
            P(
                "Sáng ngày 03/11/2026, Trường Mầm non Hải Bắc long trọng tổ chức Lễ đón nhận Bằng "
                "công nhận trường đạt chuẩn quốc gia mức độ 2 và khánh thành khu phòng học 2 tầng."
            ),
            P(
                "Trường Mầm non Hải Bắc hiện có 3 điểm trường với 14 nhóm, lớp và 386 trẻ. Những năm "
                "qua, được sự quan tâm của Đảng ủy, chính quyền xã và sự chung sức của phụ huynh, cơ "
                "sở vật chất của nhà trường không ngừng được đầu tư theo hướng kiên cố, hiện đại."
            ),
            P(
                "Đội ngũ cán bộ, giáo viên của trường có 100% đạt trình độ chuẩn, trong đó 85% trên "
                "chuẩn. Nhà trường luôn chú trọng xây dựng môi trường giáo dục lấy trẻ làm trung "
                "tâm, tổ chức tốt các hoạt động trải nghiệm, giúp trẻ phát triển toàn diện."
            ),
            Img(
                f"{U}/11/mn-hai-bac-chuan-qg.jpg",
                printed="Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường Mầm non Hải Bắc",
                caption="Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường Mầm non Hải Bắc",
                style="word",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Phòng GD&ĐT huyện chúc mừng những kết quả "
                "nhà trường đã đạt được và đề nghị tập thể sư phạm nhà trường tiếp tục duy trì, nâng "
                "cao các tiêu chuẩn, phấn đấu đạt kiểm định chất lượng giáo dục cấp độ 3 trong những "
                "năm tới."
            ),
        ],
        authors=["Trường MN Hải Bắc"],
        opts={"cid": 1, "ngay": "04/11/2026 12:00:00 SA", "nguoiviet": "Trường MN Hải Bắc", "mode": "word"},
    ),
    Story(
        id=2147,
        slug="lien-doi-truong-thcs-hai-van-ra-quan-ngay-chu-nhat-xanh",
        title=(
            "Liên đội Trường THCS Hải Vân ra quân “Ngày Chủ nhật xanh” hưởng ứng phong trào bảo "
            "vệ môi trường"
        ),
        cat="Tin hoạt động",
        published_at="2026-10-10T15:45:10+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật ngày 04/10/2026, Liên đội Trường THCS Hải Vân đã tổ chức ra quân "
                "“Ngày Chủ nhật xanh” với sự tham gia của hơn 450 đội viên và 32 thầy cô giáo."
            ),
            P(
                "Các đội viên được chia thành 12 nhóm, thực hiện thu gom rác thải, làm cỏ, trồng hoa "
                "dọc tuyến đường trục xã và khu vực Đài tưởng niệm liệt sĩ xã Hải Vân."
            ),
            Img(f"{U}/10/thcs-hai-van-cn-xanh.jpg", style="br"),
            P(
                "Thông qua hoạt động, Liên đội nhằm giáo dục cho học sinh ý thức giữ gìn vệ sinh môi "
                "trường, tình yêu quê hương và tinh thần trách nhiệm với cộng đồng."
            ),
            P("Kết thúc buổi ra quân, Liên đội đã tuyên dương 3 chi đội có thành tích xuất sắc: 9A, 8B và 7C.", style="single"),
            P("Hoạt động sẽ được duy trì vào Chủ nhật đầu tiên của mỗi tháng trong năm học 2026 - 2027."),
        ],
        opts={"cid": 1, "ngay": "10/10/2026 3:45:10 CH", "nguoiviet": "Admin", "mode": "br"},
    ),
    Story(
        id=2141,
        slug="khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2026-tai-huyen-hai-hau",
        title="Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026 tại huyện Hải Hậu",
        cat="Tin hoạt động",
        published_at="2026-10-05T09:20:00+07:00",
        summary=(
            "Tối 02/10, tại Quảng trường Trung tâm huyện, UBND huyện Hải Hậu tổ chức Lễ khai mạc "
            "Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời – Chìa khóa "
            "mở ra tương lai trong kỷ nguyên số”."
        ),
        blocks=[
            P(
                "Tối 02/10, tại Quảng trường Trung tâm huyện, UBND huyện Hải Hậu tổ chức Lễ khai mạc "
                "Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời – Chìa khóa "
                "mở ra tương lai trong kỷ nguyên số”.",
                style="b",
            ),
            P(
                "Tuần lễ năm nay diễn ra từ ngày 01 đến ngày 07/10/2026 với nhiều hoạt động thiết "
                "thực như: ngày hội đọc sách, thi tìm hiểu kiến thức về chuyển đổi số, tập huấn kỹ "
                "năng sử dụng điện thoại thông minh cho người cao tuổi, giới thiệu các mô hình học "
                "tập tại cộng đồng."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Chủ tịch UBND huyện nhấn mạnh: học tập suốt đời là "
                "nhu cầu tất yếu của mỗi người trong bối cảnh khoa học công nghệ phát triển nhanh; "
                "mỗi gia đình, dòng họ, cộng đồng cần trở thành một môi trường học tập."
            ),
            P(
                "Các Trung tâm học tập cộng đồng ở 32 xã, thị trấn được giao chủ trì tổ chức các hoạt "
                "động tại cơ sở, gắn với phong trào xây dựng “Gia đình học tập”, “Dòng họ học tập”, "
                "“Cộng đồng học tập”."
            ),
        ],
        authors=["Vũ Thị Ngọc Ánh"],
        source="Trung tâm Văn hóa, Thông tin và Thể thao huyện Hải Hậu",
        opts={
            "cid": 1,
            "ngay": "05/10/2026 9:20:00 SA",
            "nguoiviet": "Vũ Thị Ngọc Ánh",
            "nguontin": "Trung tâm Văn hóa, Thông tin và Thể thao huyện Hải Hậu",
            "enc": "nfd",
        },
    ),
    Story(
        id=2189,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-trung-hoc-co-so",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên trung học cơ sở",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-12-04T10:12:45+07:00",
        summary=(
            "Trong hai ngày 02 và 03/12/2026, Phòng GD&ĐT Hải Hậu phối hợp với Trường Đại học Sư "
            "phạm Hà Nội tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho 210 "
            "giáo viên THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn được chia thành 2 đợt, tổ chức tại phòng máy Trường THCS Hải Hậu và "
                "Trường THCS Thị trấn Yên Định. Nội dung tập huấn gồm:"
            ),
            P(
                "Tổng quan về trí tuệ nhân tạo và các nguyên tắc sử dụng AI an toàn, có trách nhiệm "
                "trong nhà trường;",
                style="li",
            ),
            P(
                "Sử dụng công cụ AI hỗ trợ thiết kế kế hoạch bài dạy, xây dựng ngân hàng câu hỏi và "
                "học liệu số;",
                style="li",
            ),
            P("Ứng dụng AI trong đánh giá thường xuyên và phản hồi kết quả học tập cho học sinh.", style="li"),
            P("Lịch tập huấn cụ thể:", style="h"),
            P("Đợt | Thời gian | Địa điểm | Đối tượng", style="th"),
            P("Đợt 1 | Sáng 02/12/2026 | THCS Hải Hậu | Giáo viên Toán, Khoa học tự nhiên, Tin học", style="tr"),
            P(
                "Đợt 2 | Sáng 03/12/2026 | THCS Thị trấn Yên Định | Giáo viên Ngữ văn, Lịch sử và Địa "
                "lí, Tiếng Anh",
                style="tr",
            ),
            Img(
                f"{U}/12/tap-huan-ai-thcs.jpg",
                printed="Giảng viên Trường ĐHSP Hà Nội hướng dẫn giáo viên sử dụng công cụ AI thiết kế bài giảng",
                caption="Giảng viên Trường ĐHSP Hà Nội hướng dẫn giáo viên sử dụng công cụ AI thiết kế bài giảng",
                style="table",
            ),
            P(
                "Theo đánh giá của giảng viên, các học viên tích cực thực hành, nhiều giáo viên đã "
                "xây dựng được sản phẩm có chất lượng ngay tại lớp học."
            ),
            P(
                "Sau tập huấn, mỗi trường THCS có trách nhiệm tổ chức sinh hoạt chuyên môn để nhân "
                "rộng nội dung đã tiếp thu, đồng thời thực hiện nghiêm các quy định về bảo vệ dữ liệu "
                "cá nhân của học sinh khi sử dụng các công cụ AI."
            ),
        ],
        authors=["Đỗ Thị Mai", "Vũ Văn Hùng"],
        opts={"cid": 2, "ngay": "04/12/2026 10:12:45 SA", "nguoiviet": "Đỗ Thị Mai, Vũ Văn Hùng"},
    ),
    Story(
        id=2183,
        slug="chuyen-de-doi-moi-sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-tai-truong-tieu-hoc-hai-phuong",
        title=(
            "Chuyên đề “Đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu bài học” tại Trường "
            "Tiểu học Hải Phương"
        ),
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-11-28T16:05:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch chỉ đạo chuyên môn năm học 2026 - 2027, ngày 26/11/2026, Phòng "
                "GD&ĐT tổ chức chuyên đề cấp huyện “Đổi mới sinh hoạt chuyên môn theo hướng nghiên "
                "cứu bài học” tại Trường Tiểu học Hải Phương."
            ),
            P(
                "Tham dự chuyên đề có đại diện Ban giám hiệu và tổ trưởng chuyên môn khối 4, khối 5 "
                "của 35 trường tiểu học trong huyện."
            ),
            P(
                "Các đại biểu đã dự tiết dạy minh họa bài “Phân số bằng nhau” (Toán lớp 4) do cô giáo "
                "Trần Thị Nhung thực hiện. Tiết học được thiết kế với nhiều hoạt động nhóm, học sinh "
                "được trải nghiệm, khám phá và tự rút ra kiến thức."
            ),
            Img(
                f"{U}/11/chuyen-de-nclbh-hai-phuong.jpg",
                printed="Tiết dạy minh họa môn Toán lớp 4 tại Trường Tiểu học Hải Phương",
                caption="Tiết dạy minh họa môn Toán lớp 4 tại Trường Tiểu học Hải Phương",
                style="table",
            ),
            P(
                "Sau tiết dạy, các đại biểu tập trung thảo luận, phân tích hoạt động học của học sinh "
                "thay vì chỉ nhận xét, xếp loại tiết dạy của giáo viên. Nhiều ý kiến đã chỉ ra những "
                "thời điểm học sinh gặp khó khăn và đề xuất cách điều chỉnh phù hợp."
            ),
            P(
                "Chuyên đề đã giúp các nhà trường có thêm kinh nghiệm trong việc tổ chức sinh hoạt "
                "chuyên môn, góp phần nâng cao chất lượng dạy và học."
            ),
            Raw("SIGN:Bộ phận chuyên môn Tiểu học"),
        ],
        authors=["Bộ phận chuyên môn Tiểu học"],
        opts={"cid": 2, "ngay": "28/11/2026 4:05:00 CH", "nguoiviet": "quantri", "enc": "ent"},
    ),
    Story(
        id=2172,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-11-17T07:30:00+07:00",
        summary=(
            "Ngày 14/11/2026, Phòng GD&ĐT Hải Hậu tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp "
            "huyện năm học 2026 - 2027 với 1.046 thí sinh dự thi ở 9 môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế tại 2 điểm thi: Trường THCS Hải Hậu và "
                "Trường THCS Thị trấn Yên Định. Kết quả có 612 thí sinh đạt giải, trong đó 41 giải "
                "Nhất, 118 giải Nhì, 196 giải Ba và 257 giải Khuyến khích."
            ),
            P("Các trường có kết quả cao nhất:", style="h"),
            P("TT | Trường | Số giải | Điểm xếp hạng", style="th"),
            P("1 | THCS Hải Hậu | 86 | 312,5", style="tr"),
            P("2 | THCS Thị trấn Yên Định | 54 | 221,0", style="tr"),
            P("3 | THCS Hải Phương | 39 | 158,5", style="tr"),
            P(
                "Căn cứ kết quả kỳ thi, Phòng GD&ĐT sẽ tuyển chọn học sinh vào đội tuyển của huyện, "
                "tổ chức bồi dưỡng tham dự kỳ thi chọn học sinh giỏi cấp tỉnh dự kiến diễn ra vào "
                "tháng 3/2027."
            ),
            Raw("ATTACH:/UserFiles/File/2026/11/KQ_HSG9_2026-2027.xls"),
        ],
        authors=["Nguyễn Thị Lan Phương"],
        opts={"cid": 2, "ngay": "17/11/2026 7:30:00 SA", "nguoiviet": "Nguyễn Thị Lan Phương (Bộ phận THCS)"},
    ),
    Story(
        id=2163,
        slug="huong-dan-thuc-hien-giao-duc-stem-cap-trung-hoc-co-so-nam-hoc-2026-2027",
        title="Hướng dẫn thực hiện giáo dục STEM cấp trung học cơ sở năm học 2026 - 2027",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-11-07T14:10:08+07:00",
        summary=(
            "Sở GD&ĐT Nam Định vừa ban hành văn bản hướng dẫn các đơn vị triển khai giáo dục STEM "
            "trong trường trung học năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo hướng dẫn, các trường THCS xây dựng kế hoạch giáo dục STEM trong kế hoạch giáo "
                "dục của nhà trường, bảo đảm mỗi khối lớp tổ chức tối thiểu 4 bài học STEM trong năm "
                "học."
            ),
            P(
                "Giáo dục STEM được thực hiện theo ba hình thức: dạy học các môn khoa học theo bài học "
                "STEM; tổ chức hoạt động trải nghiệm STEM; tổ chức hoạt động nghiên cứu khoa học, kỹ "
                "thuật."
            ),
            P(
                "Các nhà trường tăng cường phối hợp với các cơ sở giáo dục đại học, doanh nghiệp để hỗ "
                "trợ tổ chức các hoạt động STEM; khuyến khích xây dựng phòng học STEM, câu lạc bộ "
                "STEM, robotics."
            ),
            P(
                "Phòng GD&ĐT đề nghị hiệu trưởng các trường THCS nghiên cứu kỹ văn bản, chỉ đạo tổ "
                "chuyên môn triển khai thực hiện, báo cáo kết quả về Phòng (qua bộ phận THCS) trước "
                "ngày 15/01/2027."
            ),
            Raw("XEMTHEM:125"),
            Raw("NGUON:Sở GD&ĐT Nam Định"),
        ],
        source="Sở GD&ĐT Nam Định",
        opts={"cid": 2, "ngay": "07/11/2026 2:10:08 CH", "nguoiviet": "BBT"},
    ),
    Story(
        id=2150,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp Tiểu học",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-10-15T10:00:00+07:00",
        summary=(
            "Ngày 13/10/2026, tại Trường Tiểu học Hải Minh A, Phòng GD&ĐT Hải Hậu tổ chức hội thảo "
            "“Nâng cao chất lượng dạy học môn Tiếng Anh cấp Tiểu học” cho 78 giáo viên Tiếng Anh "
            "trong huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo tập trung trao đổi các giải pháp phát triển kỹ năng nghe, nói cho học sinh; "
                "kinh nghiệm khai thác học liệu điện tử và tổ chức các câu lạc bộ Tiếng Anh trong nhà "
                "trường."
            ),
            Img("../../UserFiles/Image/2026/10/hoi-thao-tieng-anh-th.jpg", printed="Ảnh: Phạm Thu Trang", style="credit"),
            P(
                "Các tham luận của Trường Tiểu học Hải Minh A, Hải Phương, Thị trấn Cồn được đánh "
                "giá cao bởi tính thực tiễn và khả năng nhân rộng."
            ),
            P(
                "Kết luận hội thảo, đại diện lãnh đạo Phòng GD&ĐT đề nghị các nhà trường tiếp tục đầu "
                "tư trang thiết bị, tạo môi trường sử dụng Tiếng Anh cho học sinh, đồng thời quan tâm "
                "bồi dưỡng năng lực cho đội ngũ giáo viên."
            ),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={"cid": 2, "ngay": "15/10/2026 10:00:00 SA", "nguoiviet": "Phạm Thu Trang"},
    ),
    Story(
        id=2191,
        slug="thong-bao-lich-thi-chon-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw("LETTERHEAD"),
            P(
                "Căn cứ Kế hoạch số 125/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT huyện Hải Hậu về thực "
                "hiện nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Căn cứ Quyết định số 140/QĐ-PGDĐT ngày 20/11/2026 về việc thành lập Ban Tổ chức Hội "
                "thi giáo viên dạy giỏi cấp huyện bậc THCS;"
            ),
            P("Phòng GD&ĐT thông báo lịch thi như sau:"),
            P("1. Thi trình bày biện pháp: ngày 09/12/2026, tại Trường THCS Hải Hậu."),
            P(
                "2. Thi thực hành dạy học: từ ngày 10/12 đến ngày 18/12/2026, tại các trường có giáo "
                "viên dự thi (lịch chi tiết gửi qua hệ thống thư điện tử)."
            ),
            P("3. Bốc thăm bài dạy: 14h00 ngày 08/12/2026, tại Phòng GD&ĐT."),
            P(
                "Phòng GD&ĐT đề nghị hiệu trưởng các trường THCS thông báo đến giáo viên dự thi và tạo "
                "điều kiện để giáo viên tham gia đầy đủ, đúng thời gian quy định./."
            ),
            Raw("SIGNATURE"),
        ],
        authors=["Trần Văn Thịnh"],
        opts={"cid": 3, "ngay": "01/12/2026 3:05:40 CH", "nguoiviet": "quantri"},
    ),
    Story(
        id=2155,
        slug="thong-bao-cho-hoc-sinh-toan-huyen-nghi-hoc-ngay-28-10-2026-de-phong-chong-bao-so-7",
        title="Thông báo cho học sinh toàn huyện nghỉ học ngày 28/10/2026 để phòng, chống bão số 7",
        cat="Thông báo",
        published_at="2026-10-27T16:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện số 07/CĐ-UBND ngày 27/10/2026 của Chủ tịch UBND huyện Hải Hậu về "
                "việc chủ động ứng phó với bão số 7, Phòng GD&ĐT thông báo:"
            ),
            P("👉 Học sinh mầm non, tiểu học, THCS trên địa bàn huyện nghỉ học ngày 28/10/2026 (thứ Tư)."),
            P(
                "👉 Cán bộ quản lý, giáo viên, nhân viên trực tại trường theo sự phân công của hiệu "
                "trưởng; chằng chống, bảo vệ phòng học, thiết bị, hồ sơ, sổ sách."
            ),
            P("👉 Các trường chủ động thông báo cho cha mẹ học sinh qua nhóm Zalo lớp, hệ thống sổ liên lạc điện tử."),
            P(
                "Sau bão, các trường kiểm tra, khắc phục thiệt hại và báo cáo nhanh về Phòng GD&ĐT "
                "trước 10h00 ngày 29/10/2026 để tổng hợp báo cáo UBND huyện."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"cid": 3, "ngay": "27/10/2026 4:30:00 CH", "nguoiviet": "Tổ Văn phòng"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: document entries (non-articles): id -> (số ký hiệu, ngày ban hành, trích yếu, người ký, file)
DOCS: dict[int, tuple[str, str, str, str, str]] = {
    140: (
        "140/QĐ-PGDĐT",
        "20/11/2026",
        "Quyết định về việc thành lập Ban Tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        "Trần Văn Thịnh",
        "/UserFiles/File/VanBan/2026/140_QD_PGDDT.pdf",
    ),
    131: (
        "131/PGDĐT-THCS",
        "12/10/2026",
        "Hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I cấp THCS năm học 2026 - 2027",
        "Nguyễn Văn Khánh",
        "/UserFiles/File/VanBan/2026/131_PGDDT_THCS.pdf",
    ),
    125: (
        "125/KH-PGDĐT",
        "15/09/2026",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 của ngành Giáo dục huyện Hải Hậu",
        "Trần Văn Thịnh",
        "/UserFiles/File/VanBan/2026/125_KH_PGDDT.pdf",
    ),
}

#: list contents per category, newest first (("doc", id) = a document entry in the list)
LISTS: dict[int, list] = {
    1: [2187, 2176, 2168, 2159, 2147, 2141],
    2: [2189, 2183, 2172, 2163, 2150],
    3: [2191, ("doc", 140), 2155],
}


def article_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{story.id}/{slug or story.slug}.aspx"


def list_path(cid: int, page: int | None = None) -> str:
    path = f"/tin-tuc/{CATS[cid][0]}.aspx"
    return f"{path}?trang={page}" if page else path


def cut(title: str, n: int = 80) -> str:
    """The ListView's title: cut at a word before ``n`` characters, "..." appended."""
    if len(title) <= n:
        return title
    return title[:n].rsplit(" ", 1)[0] + "..."


def day_of(story: Story) -> str:
    return story.opts["ngay"].split()[0]


# --- rendering of the FCKeditor text -------------------------------------------------------


def _t(story: Story, value: str) -> str:
    enc = story.opts.get("enc", "")
    return text(value, nfd=enc == "nfd", entities=1 if enc == "ent" else 0)


_WORD_STYLE = """<style type="text/css">
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:163;
	mso-generic-font-family:roman;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:14.0pt;
	font-family:"Times New Roman","serif";}
@page Section1
	{size:595.3pt 841.9pt;
	margin:2.0cm 2.0cm 2.0cm 3.0cm;}
div.Section1
	{page:Section1;}
-->
</style>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:Compatibility><w:BreakWrappedTables/></w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->"""

_MSO_SPAN = 'style="font-size: 14pt; line-height: 150%; font-family: &quot;Times New Roman&quot;;"'


def _raw(story: Story, key: str) -> str:
    """Markup of the ``Raw`` placeholders (kept short in the data above)."""
    if key == "WORDSTYLE":
        return _WORD_STYLE
    if key.startswith("FLASH:"):
        flv = key.split(":", 1)[1]
        swf = "/FCKeditor/editor/plugins/flvPlayer/mediaplayer.swf"
        fv = f"file={flv}&amp;autostart=false&amp;image=/UserFiles/Flash/preview.jpg"
        return (
            '<p style="text-align: center;"><object width="480" height="360" '
            'classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000" codebase="http://download.macromedia.com/'
            'pub/shockwave/cabs/flash/swflash.cab#version=9,0,28,0">'
            f'<param name="movie" value="{swf}" /><param name="flashvars" value="{fv}" />'
            '<param name="allowfullscreen" value="true" />'
            f'<embed width="480" height="360" type="application/x-shockwave-flash" src="{swf}" '
            f'flashvars="{fv}" allowfullscreen="true"></embed>'
            "Trình duyệt của bạn chưa cài đặt Adobe Flash Player. Vui lòng "
            '<a href="http://get.adobe.com/flashplayer/">tải về tại đây</a> để xem video clip.'
            "</object></p>"
        )
    if key.startswith("SIGN:"):
        return f'<p style="text-align: right;"><strong>{_t(story, key[5:])}</strong></p>'
    if key.startswith("ATTACH:"):
        href = key.split(":", 1)[1]
        return (
            '<p><img alt="" src="/FCKeditor/editor/images/icon_xls.gif" /> <strong>File đính kèm:</strong> '
            f'<a href="{href}">{esc(href.rsplit("/", 1)[1])}</a></p>'
        )
    if key.startswith("XEMTHEM:"):
        doc = DOCS[int(key[8:])]
        return (
            f'<p><em>Xem thêm: <a href="/van-ban/{key[8:]}.aspx">{esc(doc[0])} - {esc(doc[2])}</a></em></p>'
        )
    if key.startswith("NGUON:"):
        return f'<p style="text-align: right;"><em>Nguồn: {esc(key[6:])}</em></p>'
    if key == "LETTERHEAD":
        return (
            '<table width="100%" cellspacing="0" cellpadding="0" border="0"><tbody><tr>'
            '<td valign="top" style="width: 40%; text-align: center;">UBND HUYỆN HẢI HẬU<br />'
            "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />____________<br />Số: 412/TB-PGDĐT</td>"
            '<td valign="top" style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
            "<br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />______________________<br />"
            "<em>Hải Hậu, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
            "<strong>Lịch thi chọn giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027</strong></p>"
        )
    if key == "SIGNATURE":
        return (
            '<table width="100%" cellspacing="0" cellpadding="0" border="0"><tbody><tr>'
            '<td valign="top" style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
            "- Các trường THCS;<br />- Lãnh đạo Phòng;<br />- Lưu: VT.</td>"
            '<td valign="top" style="text-align: center;"><strong>TRƯỞNG PHÒNG</strong><br /><br />'
            "<em>(Đã ký)</em><br /><br /><strong>Trần Văn Thịnh</strong></td></tr></tbody></table>"
        )
    raise KeyError(key)


def _img_tag(story: Story, img: Img) -> str:
    return f'<img alt="" width="500" height="333" style="border: 0px solid;" src="{img.src}" />'


def _img(story: Story, img: Img) -> str:
    tag = _img_tag(story, img)
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table cellspacing="0" cellpadding="3" border="0" align="center" style="width: 500px;"><tbody>'
            f'<tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: smaller;"><em>{line}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "para":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{line}</em></p>'
    if img.style == "credit":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: right;"><em>{line}</em></p>'
    if img.style == "word":
        return (
            f'<p class="MsoNormal" align="center" style="text-align: center;"><span {_MSO_SPAN}>{tag}</span></p>\n'
            f'<p class="MsoNormal" align="center" style="text-align: center;"><i><span {_MSO_SPAN}>'
            f"{line}<o:p></o:p></span></i></p>"
        )
    return f'<div align="center">{tag}</div>'


def _p(story: Story, p: P, mode: str) -> str:
    body = _t(story, p.text)
    if mode == "word":
        return (
            f'<p class="MsoNormal" style="text-align: justify; text-indent: 36pt; line-height: 150%;">'
            f"<span {_MSO_SPAN}>{body}<o:p></o:p></span></p>\n"
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        )
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "h":
        return f'<p><strong><span style="color: rgb(0, 0, 153);">{body}</span></strong></p>'
    return f'<p style="text-align: justify;">{body}</p>'


def render_text(story: Story) -> str:
    """The FCKeditor HTML of a story, as stored in the database."""
    mode = story.opts.get("mode", "p")
    if mode == "br":
        parts: list[str] = []
        for b in story.blocks:
            if isinstance(b, P):
                sep = "<br />\n" if b.style == "single" else "<br />\n<br />\n"
                parts.append((sep if parts else "") + _t(story, b.text))
            elif isinstance(b, Img):
                parts.append("<br />\n" + _img(story, b))
        return '<div style="text-align: justify;">' + "".join(parts) + "</div>"
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="text-align: justify;">' + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    row = "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells)
                else:
                    row = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                i += 1
            out.append(
                '<table width="95%" cellspacing="0" cellpadding="4" border="1" align="center" '
                'style="border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if isinstance(b, P):
            out.append(_p(story, b, mode))
        elif isinstance(b, Img):
            out.append(_img(story, b))
        else:
            out.append(_raw(story, b.html))
        i += 1
    return "\n".join(out)


# --- chrome --------------------------------------------------------------------------------

_MENU_SUB = "".join(
    f'<li><a href="{list_path(cid)}">{esc(name)}</a></li>' for cid, (_slug, name) in CATS.items()
)


def _viewstate(seed: str) -> str:
    return opaque("vs:" + seed, 1400, b"\xff\x01\x0f\x0f\x05\n-1234567")


def _older(story: Story) -> list[Story]:
    ids = [i for i in LISTS[story.opts["cid"]] if isinstance(i, int)]
    pos = ids.index(story.id)
    return [BY_ID[i] for i in ids[pos + 1 : pos + 6]]


def _newer(story: Story) -> list[Story]:
    ids = [i for i in LISTS[story.opts["cid"]] if isinstance(i, int)]
    pos = ids.index(story.id)
    return [BY_ID[i] for i in ids[max(0, pos - 3) : pos]]


def _sidebar_left() -> str:
    cats = "".join(
        f'<tr><td class="dm_item"><img src="/App_Themes/XanhDuong/images/muiten.gif" alt="" /> '
        f'<a href="{list_path(cid)}">{esc(name)}</a></td></tr>'
        for cid, (_slug, name) in CATS.items()
    )
    docs = "".join(
        f'<li><a href="/van-ban/{did}.aspx" title="{esc(d[2])}">{esc(d[0])}</a><br />'
        f'<span class="vb_ngay">{d[1]}</span></li>'
        for did, d in DOCS.items()
    )
    return f"""<td id="cot_trai" valign="top" style="width: 200px;">
<div class="khung_trai"><div class="tde_khung">CHUYÊN MỤC</div>
<table id="ctl00_ucMenuTrai_dlChuyenMuc" cellspacing="0" border="0" style="border-collapse:collapse;">{cats}
<tr><td class="dm_item"><img src="/App_Themes/XanhDuong/images/muiten.gif" alt="" /> <a href="/van-ban.aspx">Văn bản chỉ đạo</a></td></tr></table></div>
<div class="khung_trai"><div class="tde_khung">VĂN BẢN MỚI</div><ul class="ds_vb">{docs}</ul></div>
<div class="khung_trai"><div class="tde_khung">LIÊN KẾT WEBSITE</div>
<select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://namdinh.edu.vn">Sở GD&amp;ĐT Nam Định</option>
<option value="http://haihau.namdinh.gov.vn">Cổng TTĐT huyện Hải Hậu</option>
<option value="http://truonghocketnoi.edu.vn">Trường học kết nối</option>
</select></div>
<div class="khung_trai"><div class="tde_khung">THĂM DÒ Ý KIẾN</div>
<div class="bc_cauhoi">Bạn đánh giá thế nào về giao diện mới của website?</div>
<table id="ctl00_ucBinhChon_rblLuaChon" border="0"><tr><td><input id="ctl00_ucBinhChon_rblLuaChon_0" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="1" /><label for="ctl00_ucBinhChon_rblLuaChon_0">Đẹp, dễ sử dụng</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblLuaChon_1" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="2" /><label for="ctl00_ucBinhChon_rblLuaChon_1">Bình thường</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblLuaChon_2" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="3" /><label for="ctl00_ucBinhChon_rblLuaChon_2">Cần cải tiến thêm</label></td></tr></table>
<input type="submit" name="ctl00$ucBinhChon$btnBieuQuyet" value="Biểu quyết" id="ctl00_ucBinhChon_btnBieuQuyet" class="nut" />
<a id="ctl00_ucBinhChon_lnkKetQua" href="javascript:__doPostBack('ctl00$ucBinhChon$lnkKetQua','')">Xem kết quả</a></div>
</td>"""


def _sidebar_right() -> str:
    most = [BY_ID[i] for i in (2176, 2168, 2172, 2155)]
    items = "".join(
        f'<li><a href="{article_path(s)}">{esc(cut(s.title, 70))}</a> <span class="lx">({s.views()} lượt xem)</span></li>'
        for s in most
    )
    return f"""<td id="cot_phai" valign="top" style="width: 210px;">
<div class="khung_phai"><div class="tde_khung">TIN ĐỌC NHIỀU</div><ul class="ds_docnhieu">{items}</ul></div>
<div class="khung_phai"><div class="tde_khung">HỖ TRỢ TRỰC TUYẾN</div>
<p>Văn phòng: <b>0228.3877.214</b><br />Bộ phận Tiểu học: <b>0228.3877.216</b><br />Bộ phận THCS: <b>0228.3877.218</b></p></div>
<div class="khung_phai"><a href="http://truonghocketnoi.edu.vn" target="_blank"><img src="/App_Themes/XanhDuong/images/banner_thk.jpg" alt="Trường học kết nối" width="200" /></a>
<a href="http://haihau.namdinh.gov.vn" target="_blank"><img src="/App_Themes/XanhDuong/images/banner_ubnd.gif" alt="UBND huyện Hải Hậu" width="200" /></a></div>
<div class="khung_phai"><div class="tde_khung">THỐNG KÊ TRUY CẬP</div>
<table class="thongke"><tr><td><img src="/App_Themes/XanhDuong/images/online.gif" alt="" /> Đang online:</td><td><span id="ctl00_ucThongKe_lblOnline">27</span></td></tr>
<tr><td><img src="/App_Themes/XanhDuong/images/homnay.gif" alt="" /> Hôm nay:</td><td><span id="ctl00_ucThongKe_lblHomNay">1.386</span></td></tr>
<tr><td><img src="/App_Themes/XanhDuong/images/tong.gif" alt="" /> Tổng truy cập:</td><td><span id="ctl00_ucThongKe_lblTong">2.417.503</span></td></tr></table></div>
</td>"""


def _evalidation(seed: str) -> str:
    return opaque("ev:" + seed, 160, b"\xff\x01\x16")


def master(request: Request, center: str, action: str, seed: str) -> str:
    """The master page (Site.master) around a content placeholder."""
    ticker = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(
        f'<a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> ({day_of(BY_ID[i])})'
        for i in (2189, 2187, 2191)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(SITE_TITLE)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="phòng giáo dục hải hậu, pgd hải hậu, giáo dục nam định" /><meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Hải Hậu, tỉnh Nam Định" /><link href="/App_Themes/XanhDuong/style.css" type="text/css" rel="stylesheet" /><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.aspx" /><link rel="shortcut icon" href="/favicon.ico" /></head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(seed)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=634605546709717464" type="text/javascript"></script>
<div id="bao_trang">
<div id="dau_trang">
  <div class="banner"><img src="/App_Themes/XanhDuong/images/banner_pgd.jpg" alt="Phòng GD&amp;ĐT Hải Hậu" width="980" height="150" /></div>
  <h1 class="ten_dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</h1>
  <div class="thanh_menu">
    <ul id="menu_ngang" class="menungang">
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/gioi-thieu.aspx">Giới thiệu</a><ul class="sub"><li><a href="/gioi-thieu.aspx">Giới thiệu chung</a></li><li><a href="/co-cau-to-chuc.aspx">Cơ cấu tổ chức</a></li></ul></li>
      <li><a href="{list_path(1)}">Tin tức</a><ul class="sub">{_MENU_SUB}</ul></li>
      <li><a href="/van-ban.aspx">Văn bản</a></li>
      <li><a href="/lien-he.aspx">Liên hệ</a></li>
    </ul>
    <div class="tim_kiem"><input name="ctl00$ucTimKiem$txtTuKhoa" type="text" id="ctl00_ucTimKiem_txtTuKhoa" class="o_tim" value="Nhập từ khóa..." onfocus="this.value=''" />
    <input type="image" name="ctl00$ucTimKiem$btnTim" id="ctl00_ucTimKiem_btnTim" src="/App_Themes/XanhDuong/images/btn_tim.gif" alt="Tìm" /></div>
  </div>
  <div class="thanh_ngay"><span id="ctl00_lblNgayThang">{HEADER_DATE}</span>
  <marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" class="chay_chu"><b>Tin mới:</b> {ticker}</marquee></div>
</div>
<table id="than_trang" cellspacing="0" cellpadding="0" border="0" width="980"><tr>
{_sidebar_left()}
<td id="cot_giua" valign="top">
{center}
</td>
{_sidebar_right()}
</tr></table>
<div id="chan_trang">
  <div class="menu_duoi"><a href="/">Trang chủ</a> | <a href="/gioi-thieu.aspx">Giới thiệu</a> | <a href="/van-ban.aspx">Văn bản</a> | <a href="/lien-he.aspx">Liên hệ</a> | <a href="/rss.aspx">RSS</a></div>
  <p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b><br />
  Địa chỉ: Khu 4, Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định<br />
  Điện thoại: 0228.3877.214 - Fax: 0228.3877.215 - Email: pgdhaihau@namdinh.edu.vn<br />
  Người chịu trách nhiệm: Trưởng phòng Trần Văn Thịnh<br />
  Ghi rõ nguồn "Phòng GD&amp;ĐT Hải Hậu" khi phát hành lại thông tin từ website này.</p>
  <p class="ban_quyen">Bản quyền &copy; 2010 - 2026 Phòng GD&amp;ĐT Hải Hậu. Thiết kế: Công ty TNHH Tin học Thiên Trường</p>
</div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_evalidation(seed)}" />
</div></form>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-21874452-1']);_gaq.push(['_trackPageview']);</script>
</body>
</html>
"""


def sitemappath(*nodes: tuple[str, str | None]) -> str:
    """asp:SiteMapPath as ASP.NET renders it (skip link, spans, " > " separators)."""
    sid = "ctl00_ContentPlaceHolder1_SiteMapPath1"
    parts = []
    for label, href in nodes:
        if href:
            parts.append(f'<span><a title="{esc(label)}" href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f"<span>{esc(label)}</span>")
    sep = '<span> &gt; </span>'
    skip = (
        f'<a href="#{sid}_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" '
        'src="/WebResource.axd?d=wv6kUTzEz3-ZKPTKzN3m9A2&amp;t=634605546709717464" style="border-width:0px;" /></a>'
    )
    return f'<div class="duong_dan">Bạn đang ở: <span id="{sid}">{skip}{sep.join(parts)}<a id="{sid}_SkipLink"></a></span></div>'


def thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return "/App_Themes/XanhDuong/images/no_image.gif"
    src = imgs[0].src.replace("../../", "/")
    return f"/ImageHandler.ashx?src=~{src}&amp;w=140&amp;h=95"


# --- pages ---------------------------------------------------------------------------------


def home_page(request: Request) -> str:
    feat = [BY_ID[2187], BY_ID[2176], BY_ID[2189]]
    slides = []
    for s in feat:
        if s.id == 2176:
            href, title = article_path(s, s.opts["old_slug"]), s.opts["old_title"]
        else:
            href, title = f"ChiTietTin.aspx?id={s.id}", s.title
        slides.append(
            f'<div class="slide_item"><a href="{href}"><img src="{thumb(s).replace("w=140&amp;h=95", "w=420&amp;h=280")}" alt="" /></a>'
            f'<a class="slide_td" href="{href}">{esc(title)}</a></div>'
        )
    newest = sorted(STORIES, key=lambda s: s.opts["ngay"][6:10] + s.opts["ngay"][3:5] + s.opts["ngay"][0:2], reverse=True)
    tinmoi = "".join(
        f'<li><a href="{article_path(s)}">{esc(cut(s.title))}</a> <span class="ngay">({day_of(s)})</span></li>'
        for s in newest[:6]
    )
    blocks = []
    for cid, (_slug, name) in CATS.items():
        rows = []
        for item in LISTS[cid][:3]:
            if isinstance(item, tuple):
                d = DOCS[item[1]]
                rows.append(f'<li><a href="/van-ban/{item[1]}.aspx">{esc(d[0])}: {esc(d[2])}</a></li>')
            else:
                s = BY_ID[item]
                rows.append(f'<li><a href="{article_path(s)}">{esc(cut(s.title))}</a> <span class="ngay">({day_of(s)})</span></li>')
        more = "/DanhSachTin.aspx?cid=2" if cid == 2 else list_path(cid)
        blocks.append(
            f'<div class="khung_cm"><div class="tde_cm"><a href="{list_path(cid)}">{esc(name)}</a></div>'
            f'<ul class="ds_cm">{"".join(rows)}</ul><div class="xem_tiep"><a href="{more}">Xem tiếp &raquo;</a></div></div>'
        )
    center = f"""<div id="ctl00_ContentPlaceHolder1_pnlTrangChu">
<div class="khung_noibat"><div class="tde_khung">TIN NỔI BẬT</div><div id="slider">{"".join(slides)}</div></div>
<div class="khung_tinmoi"><div class="tde_khung">TIN MỚI CẬP NHẬT</div><ul>{tinmoi}</ul></div>
{"".join(blocks)}
</div>"""
    return master(request, center, "Default.aspx", "home")


def pager(base: str, page: int, pages: int) -> str:
    """The DataPager: NextPreviousPagerField + NumericPagerField + NextPreviousPagerField."""
    sep = "&amp;" if "?" in base else "?"

    def link(n: int, label: str, cls: str) -> str:
        return f'<a class="{cls}" href="{base}{sep}trang={n}">{label}</a>'

    out = []
    if page > 1:
        out += [link(1, "Đầu", "nut_trang"), link(page - 1, "&laquo;", "nut_trang")]
    else:
        out += ['<a class="nut_trang" disabled="disabled">Đầu</a>', '<a class="nut_trang" disabled="disabled">&laquo;</a>']
    for n in range(1, pages + 1):
        out.append(f'<span class="trang_ht">{n}</span>' if n == page else link(n, str(n), "so_trang"))
    if page < pages:
        out += [link(page + 1, "&raquo;", "nut_trang"), link(pages, "Cuối", "nut_trang")]
    else:
        out += ['<a class="nut_trang" disabled="disabled">&raquo;</a>', '<a class="nut_trang" disabled="disabled">Cuối</a>']
    return '<span id="ctl00_ContentPlaceHolder1_dpTinTuc">' + "&nbsp;".join(out) + "&nbsp;</span>"


def list_page(request: Request, cid: int, base: str) -> str:
    items = LISTS[cid]
    pages = max(1, -(-len(items) // PAGE_SIZE))
    try:
        page = int(request.params.get("trang", "1") or "1")
    except ValueError:
        page = 1
    page = min(max(page, 1), pages)
    rows = []
    for n, item in enumerate(items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]):
        rid = f"ctl00_ContentPlaceHolder1_lvTinTuc_ctrl{n}"
        if isinstance(item, tuple):
            d = DOCS[item[1]]
            rows.append(
                f'<div class="tin_ds"><a href="/van-ban/{item[1]}.aspx"><img class="anh_ds" src="/App_Themes/XanhDuong/images/icon_vanban.gif" alt="" /></a>'
                f'<a id="{rid}_hplTieuDe" class="td_ds" href="/van-ban/{item[1]}.aspx">{esc(d[0])}: {esc(d[2])}</a> '
                f'<span class="ngay_ds">({d[1]})</span><div class="mota_ds">Văn bản do Phòng GD&amp;ĐT ban hành.</div>'
                '<div class="clear"></div></div>'
            )
            continue
        s = BY_ID[item]
        href = article_path(s)
        mota = esc(cut(s.summary or s.paragraphs[0], 200))
        rows.append(
            f'<div class="tin_ds"><a href="{href}"><img class="anh_ds" src="{thumb(s)}" alt="" /></a>'
            f'<a id="{rid}_hplTieuDe" class="td_ds" href="{href}">{esc(cut(s.title))}</a> '
            f'<span class="ngay_ds">({day_of(s)})</span><div class="mota_ds">{mota}</div>'
            '<div class="clear"></div></div>'
        )
    name = CATS[cid][1]
    center = f"""{sitemappath(("Trang chủ", "/"), ("Tin tức", None), (name, None))}
<div class="khung_ds">
<div class="tde_cm"><span id="ctl00_ContentPlaceHolder1_lblChuyenMuc">{esc(name)}</span>
<a class="rss_cm" href="/rss.aspx?cid={cid}"><img src="/App_Themes/XanhDuong/images/rss.gif" alt="RSS" /></a></div>
{"".join(rows)}
<div class="phan_trang">{pager(base, page, pages)}</div>
</div>"""
    action = base.rsplit("/", 1)[1] + (f"{'&' if '?' in base else '?'}trang={page}" if "trang" in request.params else "")
    return master(request, center, action, f"list{cid}-{page}")


def _article_center(request: Request, s: Story) -> str:
    cid = s.opts["cid"]
    slug, name = CATS[cid]
    nfd = s.opts.get("enc") == "nfd"
    title = text(s.title, nfd=nfd)
    tomtat = f"<b>{_t(s, s.summary)}</b>" if s.summary and s.sapo_outside else ""
    nguontin = ""
    if s.opts.get("nguontin"):
        nguontin = (
            '<p class="nguon_tin" style="text-align: right;">Nguồn tin: '
            f'<span id="ctl00_ContentPlaceHolder1_lblNguonTin">{_t(s, s.opts["nguontin"])}</span></p>'
        )
    comments = ""
    if s.opts.get("comments"):
        cs = "".join(
            f'<div class="yk_item"><span class="yk_ten">{esc(who)}</span> <span class="yk_ngay">Gửi lúc: {when}</span>'
            f'<p class="yk_nd">{esc(what)}</p></div>'
            for who, when, what in s.opts["comments"]
        )
        comments = f'<div class="yk_ds"><div class="tde_yk">Ý kiến bạn đọc ({len(s.opts["comments"])})</div>{cs}</div>'
    newer = _newer(s)
    cungcm = ""
    if newer:
        cungcm = (
            '<div class="tin_khac"><div class="tde_tinkhac">Các tin cùng chuyên mục</div><ul>'
            + "".join(
                f'<li><a id="ctl00_ContentPlaceHolder1_rptTinCungCM_ctl{n:02d}_hplTin" href="{article_path(o)}">'
                f"{esc(cut(o.title))}</a> <span class=\"ngay\">({day_of(o)})</span></li>"
                for n, o in enumerate(newer)
            )
            + "</ul></div>"
        )
    older = _older(s)
    dadang = ""
    if older:
        dadang = (
            '<div class="tin_khac"><div class="tde_tinkhac">Các tin đã đăng</div><ul>'
            + "".join(
                f'<li><a id="ctl00_ContentPlaceHolder1_rptTinDaDang_ctl{n:02d}_lnkTin" '
                f"href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$rptTinDaDang$ctl{n:02d}$lnkTin','')\">"
                f"{esc(cut(o.title))}</a> <span class=\"ngay\">({day_of(o)})</span></li>"
                for n, o in enumerate(older)
            )
            + "</ul></div>"
        )
    share_url = quote(base_url(request) + article_path(s), safe=":/")
    return f"""{sitemappath(("Trang chủ", "/"), ("Tin tức", None), ("Chi tiết tin", None))}
<div class="khung_ct">
<div class="tde_cm"><a id="ctl00_ContentPlaceHolder1_hplChuyenMuc" href="/tin-tuc/{slug}.aspx">{esc(name)}</a></div>
<div class="noidung_ct">
<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude_ct">{title}</span>
<div class="tt_ngay">Ngày đăng: <span id="ctl00_ContentPlaceHolder1_lblNgayDang">{s.opts["ngay"]}</span>
&nbsp;|&nbsp; Lượt xem: <span id="ctl00_ContentPlaceHolder1_lblLuotXem">{s.views()}</span></div>
<div class="cong_cu"><a href="javascript:void(0)" onclick="window.open('/InTin.aspx?id={s.id}','InTin','width=760,height=600,scrollbars=yes');return false;"><img src="/App_Themes/XanhDuong/images/print.gif" alt="" /> In bài</a>
 | <a href="mailto:?subject={quote(s.title)}&amp;body={share_url}"><img src="/App_Themes/XanhDuong/images/email.gif" alt="" /> Gửi email</a>
 | <a href="rss.aspx?cid={cid}"><img src="/App_Themes/XanhDuong/images/rss_nho.gif" alt="" /> RSS</a>
 | Cỡ chữ: <a href="javascript:doiCoChu(1)">A+</a> <a href="javascript:doiCoChu(-1)">A-</a></div>
<span id="ctl00_ContentPlaceHolder1_lblTomTat" class="tomtat_ct">{tomtat}</span>
<div id="ctl00_ContentPlaceHolder1_pnlNoiDung" class="nd_ct">
{render_text(s)}
<p class="nguoi_viet" style="text-align: right;">Người viết: <span id="ctl00_ContentPlaceHolder1_lblNguoiViet"><b>{_t(s, s.opts["nguoiviet"])}</b></span></p>
{nguontin}
<div class="danh_gia">Đánh giá bài viết: <img src="/App_Themes/XanhDuong/images/sao_vang.gif" alt="*" /><img src="/App_Themes/XanhDuong/images/sao_vang.gif" alt="*" /><img src="/App_Themes/XanhDuong/images/sao_vang.gif" alt="*" /><img src="/App_Themes/XanhDuong/images/sao_vang.gif" alt="*" /><img src="/App_Themes/XanhDuong/images/sao_xam.gif" alt="*" /> ({3 + s.id % 17} lượt đánh giá)</div>
<div class="chia_se">Chia sẻ: <a href="http://www.facebook.com/sharer.php?u={share_url}" target="_blank"><img src="/App_Themes/XanhDuong/images/facebook.gif" alt="Facebook" /></a>
<a href="http://link.apps.zing.vn/share?url={share_url}" target="_blank"><img src="/App_Themes/XanhDuong/images/zingme.gif" alt="Zing Me" /></a>
<a href="http://twitter.com/home?status={share_url}" target="_blank"><img src="/App_Themes/XanhDuong/images/twitter.gif" alt="Twitter" /></a></div>
</div>
</div>
{comments}
<div class="gui_yk"><div class="tde_yk">Gửi ý kiến của bạn</div>
<table><tr><td>Họ tên:</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" id="ctl00_ContentPlaceHolder1_txtHoTen" /></td></tr>
<tr><td>Email:</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="4" cols="40" id="ctl00_ContentPlaceHolder1_txtNoiDung"></textarea></td></tr>
<tr><td>Mã xác nhận:</td><td><img src="/CaptchaImage.ashx?guid=3f2a6c" alt="" /> <input name="ctl00$ContentPlaceHolder1$txtMaXacNhan" type="text" id="ctl00_ContentPlaceHolder1_txtMaXacNhan" /></td></tr></table>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnGuiYKien" value="Gửi ý kiến" id="ctl00_ContentPlaceHolder1_btnGuiYKien" /></div>
{cungcm}
{dadang}
</div>"""


def article_page(request: Request, s: Story) -> str:
    action = request.path.rsplit("/", 1)[1] + (f"?{request.query}" if request.query else "")
    return master(request, _article_center(request, s), action, f"art{s.id}")


def print_page(s: Story) -> str:
    nfd = s.opts.get("enc") == "nfd"
    tomtat = f"<p><b>{_t(s, s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
    nguon = f'<p style="text-align: right;">Nguồn tin: {_t(s, s.opts["nguontin"])}</p>' if s.opts.get("nguontin") else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>In tin</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/XanhDuong/in.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<form name="form1" method="post" action="InTin.aspx?id={s.id}" id="form1">
<div class="dau_in"><img src="/App_Themes/XanhDuong/images/logo_in.gif" alt="" /> PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</div>
<div class="cm_in">Chuyên mục: {esc(CATS[s.opts["cid"]][1])}</div>
<span id="lblTieuDe" class="tieude_in">{text(s.title, nfd=nfd)}</span>
<div class="ngay_in">Ngày đăng: <span id="lblNgayDang">{s.opts["ngay"]}</span></div>
{tomtat}
<div id="pnlNoiDung">{render_text(s)}</div>
<p style="text-align: right;">Người viết: <b>{_t(s, s.opts["nguoiviet"])}</b></p>
{nguon}
<div class="cuoi_in"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a></div>
</form></body></html>"""


def doc_list_page(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{n + 1}</td><td><a href="/van-ban/{did}.aspx">{esc(d[0])}</a></td><td>{d[1]}</td><td>{esc(d[2])}</td></tr>'
        for n, (did, d) in enumerate(DOCS.items())
    )
    center = f"""{sitemappath(("Trang chủ", "/"), ("Văn bản", None))}
<div class="khung_ds"><div class="tde_cm">Văn bản chỉ đạo điều hành</div>
<table id="ctl00_ContentPlaceHolder1_gvVanBan" class="bang_vb" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
<tr><th scope="col">STT</th><th scope="col">Số ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th></tr>{rows}</table></div>"""
    return master(request, center, "van-ban.aspx", "vb")


def doc_page(request: Request, did: int) -> str:
    so, ngay, trich, ky, f = DOCS[did]
    center = f"""{sitemappath(("Trang chủ", "/"), ("Văn bản", "/van-ban.aspx"), ("Chi tiết văn bản", None))}
<div class="khung_ct"><div class="tde_cm">Chi tiết văn bản</div>
<table id="ctl00_ContentPlaceHolder1_dvVanBan" class="ct_vb" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
<tr><td class="nhan">Số ký hiệu:</td><td>{esc(so)}</td></tr>
<tr><td class="nhan">Ngày ban hành:</td><td>{ngay}</td></tr>
<tr><td class="nhan">Cơ quan ban hành:</td><td>Phòng GD&amp;ĐT Hải Hậu</td></tr>
<tr><td class="nhan">Trích yếu:</td><td>{esc(trich)}</td></tr>
<tr><td class="nhan">Người ký:</td><td>{esc(ky)}</td></tr>
<tr><td class="nhan">File đính kèm:</td><td><a href="{f}"><img src="/App_Themes/XanhDuong/images/pdf.gif" alt="" /> Tải về</a></td></tr>
</table></div>"""
    return master(request, center, f"{did}.aspx", f"doc{did}")


def static_page(request: Request, key: str) -> str:
    if key == "gioi-thieu":
        crumbs = (("Trang chủ", "/"), ("Giới thiệu", None))
        body = """<div class="tde_cm">Giới thiệu chung</div><div class="nd_ct">
<p>Phòng Giáo dục và Đào tạo huyện Hải Hậu là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Toàn huyện hiện có 35 trường mầm non, 35 trường tiểu học và 34 trường trung học cơ sở với hơn 52.000 học sinh và gần 3.100 cán bộ, giáo viên, nhân viên.</p>
<p>Nhiều năm liền, ngành Giáo dục Hải Hậu được UBND tỉnh tặng Cờ thi đua xuất sắc, là lá cờ đầu của ngành Giáo dục tỉnh Nam Định.</p></div>"""
    elif key == "co-cau-to-chuc":
        crumbs = (("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu.aspx"), ("Cơ cấu tổ chức", None))
        body = """<div class="tde_cm">Cơ cấu tổ chức</div><div class="nd_ct">
<table class="bang_cb" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;">
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Trần Văn Thịnh</td><td>Trưởng phòng</td><td>0228.3877.211</td></tr>
<tr><td>Nguyễn Văn Khánh</td><td>Phó Trưởng phòng (phụ trách THCS)</td><td>0228.3877.212</td></tr>
<tr><td>Đặng Thị Huyền</td><td>Phó Trưởng phòng (phụ trách Mầm non, Tiểu học)</td><td>0228.3877.213</td></tr>
</table><p>Các bộ phận: Văn phòng; Bộ phận Mầm non; Bộ phận Tiểu học; Bộ phận THCS; Bộ phận Kế hoạch - Tài chính.</p></div>"""
    else:
        crumbs = (("Trang chủ", "/"), ("Liên hệ", None))
        body = """<div class="tde_cm">Liên hệ</div><div class="nd_ct">
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b><br />Địa chỉ: Khu 4, Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định<br />Điện thoại: 0228.3877.214 - Email: pgdhaihau@namdinh.edu.vn</p>
<table><tr><td>Họ tên (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtTen" type="text" id="ctl00_ContentPlaceHolder1_txtTen" /></td></tr>
<tr><td>Email (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="6" cols="50" id="ctl00_ContentPlaceHolder1_txtNoiDung"></textarea></td></tr></table>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" id="ctl00_ContentPlaceHolder1_btnGui" /></div>"""
    center = f'{sitemappath(*crumbs)}<div class="khung_ct">{body}</div>'
    return master(request, center, f"{key}.aspx", key)


_RFC_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rfc822(s: Story) -> str:
    d, tm, ampm = s.opts["ngay"].split()
    day, month, year = (int(x) for x in d.split("/"))
    h, mi, se = (int(x) for x in tm.split(":"))
    h = h % 12 + (12 if ampm == "CH" else 0)
    wd = _dt.date(year, month, day).strftime("%a")
    return f"{wd}, {day:02d} {_RFC_MONTHS[month - 1]} {year} {h:02d}:{mi:02d}:{se:02d} +0700"


def rss(request: Request) -> Response:
    cid = request.params.get("cid", "")
    chosen = [s for s in STORIES if not cid or str(s.opts["cid"]) == cid]
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(s.summary or s.paragraphs[0])}</description><pubDate>{_rfc822(s)}</pubDate></item>"
        for s in chosen
    )
    title = CATS[int(cid)][1] if cid.isdigit() and int(cid) in CATS else "Tin tức"
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>PGD&amp;ĐT Hải Hậu - {esc(title)}</title><link>{base}/</link>"
        f"<description>Tin tức Phòng GD&amp;ĐT Hải Hậu</description><language>vi-VN</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "text/xml; charset=utf-8"})


# --- routing -------------------------------------------------------------------------------

_ART_ROUTE = re.compile(r"^/tin-tuc/(\d+)/([^/]+)\.aspx$")
_LIST_ROUTE = re.compile(r"^/tin-tuc/([^/]+)\.aspx$")
_DOC_ROUTE = re.compile(r"^/van-ban/(\d+)\.aspx$")
_POSTBACK = re.compile(r"^ctl00\$ContentPlaceHolder1\$rptTinDaDang\$ctl(\d\d)\$lnkTin$")


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


class Site:
    """IIS + ASP.NET: paths are matched case-insensitively, routes before physical pages."""

    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path.startswith("/userfiles/file/"):
            return Response(200, PDF, {"Content-Type": "application/octet-stream"})
        if path in ("/imagehandler.ashx", "/captchaimage.ashx"):
            return static_file("x.jpg")
        if path.endswith(".axd"):
            return static_file("x.js")
        if path.endswith((".swf", ".flv")):
            return Response(200, b"FWS\x09", {"Content-Type": "application/x-shockwave-flash"})
        found = static_file(path)
        if found is not None:
            return found
        if path in ("/", "/default.aspx"):
            return html(home_page(request))
        m = _ART_ROUTE.match(path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            return self._article(request, s) if s else None
        if path == "/chitiettin.aspx":
            s = BY_ID.get(_int(params.get("id")) or 0)
            return self._article(request, s) if s else None
        if path == "/intin.aspx":
            s = BY_ID.get(_int(params.get("id")) or 0)
            return html(print_page(s)) if s else None
        m = _LIST_ROUTE.match(path)
        if m:
            cid = SLUG_CID.get(m.group(1))
            return html(list_page(request, cid, list_path(cid))) if cid else None
        if path == "/danhsachtin.aspx":
            cid = _int(params.get("cid"))
            if cid not in CATS:
                return None
            return html(list_page(request, cid, f"/DanhSachTin.aspx?cid={cid}"))
        if path == "/van-ban.aspx":
            return html(doc_list_page(request))
        m = _DOC_ROUTE.match(path)
        if m:
            did = int(m.group(1))
            return html(doc_page(request, did)) if did in DOCS else None
        if path in ("/gioi-thieu.aspx", "/co-cau-to-chuc.aspx", "/lien-he.aspx"):
            return html(static_page(request, path[1:-5]))
        if path == "/rss.aspx":
            return rss(request)
        return None

    def _article(self, request: Request, s: Story) -> Response:
        if request.method == "POST":
            m = _POSTBACK.match(request.form.get("__EVENTTARGET", ""))
            older = _older(s)
            if m and int(m.group(1)) < len(older):
                return redirect(article_path(older[int(m.group(1))]))
        return html(article_page(request, s))


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [
        f"/ChiTietTin.aspx?id={s.id}",
        f"/InTin.aspx?id={s.id}",
        f"/tin-tuc/{s.id}/rss.aspx?cid={s.opts['cid']}",
    ]
    if s.opts.get("old_slug"):
        alts.append(article_path(s, s.opts["old_slug"]))
    return alts


GOLD = [gold_record(s, article_path(s), s.cat, alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu.aspx",
    "/co-cau-to-chuc.aspx",
    "/lien-he.aspx",
    "/van-ban/140.aspx",
    "/van-ban/131.aspx",
    "/van-ban/125.aspx",
]
