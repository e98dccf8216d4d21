"""Trường Chính trị Nguyễn Văn Linh, tỉnh Hưng Yên: a home-made PHP/MySQL portal of 2012.

Platform
--------
A site written in 2012 by a local company ("Thiết kế bởi Công ty TNHH Tin học Phố Hiến"): one
``index.php`` that switches on ``?act=``, XHTML 1.0 Transitional, a layout of nested tables and
divs with Vietnamese-abbreviation class names (``tde_ct`` = tiêu đề chi tiết, ``ngay_cn`` = ngày
cập nhật, ``ttat_ct`` = tóm tắt, ``nd_chitiet`` = nội dung), a jQuery 1.7 + Nivo slider of
"tin nổi bật" on the home page, a ddsmoothmenu drop-down menu, a ``<marquee>`` of notices, a
poll, a visitor counter. Article texts were typed in FCKeditor or pasted from Word and from the
school's public site. The HTTP header says only ``text/html`` (no charset); the pages carry
``<meta http-equiv="Content-Type" content="text/html; charset=utf-8">``.

URL scheme
----------
- start URL ``/index.php`` (``/`` serves the same home page, Apache's DirectoryIndex)
- category lists ``/index.php?act=list&cat=<n>&p=<n>`` (3 items a page; the menu links the
  list without ``&p``, the pager with it); categories 2 "Hoạt động của Trường" and 3 "Đào tạo -
  Bồi dưỡng" under the menu parent 1 "Tin tức - Sự kiện" (not linked as a list), and
  5 "Nghiên cứu - Trao đổi"
- month archives ``/index.php?act=archive&m=<mm>&y=<yyyy>``
- articles ``/index.php?act=detail&id=<n>``; lists and "Các tin khác" link
  ``…&id=<n>&cat=<n>``, the archive ``…&cat=<n>&id=<n>``, the slider ``…&id=<n>&cat=1``
- print view ``/print.php?id=<n>`` (opened by ``window.open`` only)
- static pages ``/index.php?act=page&id=<n>`` (intro, history, organisation, contact, leaders)
- search ``/index.php?act=search&key=…`` (GET form), poll results ``/binhchon.php``

Page templates
--------------
- home: slider (4 featured articles), one box per category (newest with picture and intro, then
  two titles, "Xem tiếp »"), left column (category menu, "Lưu trữ", poll), right column ("Tin
  mới", "Tin đọc nhiều", website links ``<select>``, counter).
- list: breadcrumb, items as one-row tables (thumbnail, title, "(dd/mm/yyyy)", intro cut to 200
  bytes + "..."), pager "Trang: 1 2 3 … Tiếp »".
- archive: "Lưu trữ tháng mm/yyyy", ``<ul>`` of titles with "(dd/mm/yyyy)".
- detail: breadcrumb; ``div.tde_ct`` headline; grey ``div.ngay_cn`` "(Cập nhật: dd/mm/yyyy)";
  bold ``div.ttat_ct`` intro (when the intro field is filled); ``div#nd_chitiet`` the text with
  the writer's name at its end; then (inside the same div) "Số lần đọc" and the like/share
  widgets; a tool line "In bài này | Về đầu trang"; "Các tin khác" (the 4 newest other items of
  the category, each with "(dd/mm/yyyy)").
- print: headline, date line, intro, text, "Địa chỉ bài viết: …", ``window.print()``.

How each gold article is reached
--------------------------------
- 151, 150, 147, 146: slider (``&cat=1``), home boxes / "Tin mới", lists page 1, December or
  November archive.
- 149, 144, 139: home boxes, lists page 1, "Tin mới" / "Tin đọc nhiều", archives.
- 143, 140: cat 2 list page 2, November archive, "Các tin khác" of newer items, "Tin đọc nhiều".
- 133, 134: cat 3 / cat 5 list page 1 (and "Các tin khác"); 134 also "Tin đọc nhiều".
- 136: only cat 2 list page 2 (and the October archive, which is not linked: see trap 12).
- 131: only cat 2 list page 3 (idem).

Traps
-----
1. Headline in no heading: ``<title>`` is the school's name on every page, the only ``<h1>`` is
   the banner's "TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH", the sidebar box titles are ``<h2>``; the
   headline is a ``<div class="tde_ct">``. Gold ``title`` = that div's text.
2. The breadcrumb follows the URL's ``&cat=``, not the article: the slider links its items with
   ``&cat=1``, so those pages print "Trang chủ » Tin tức - Sự kiện" (also for 147, a "Nghiên
   cứu - Trao đổi" item). Gold ``category`` = the article's own section as its plain page and its
   list print it; the ``&cat=1`` URLs are in ``alt_paths``.
3. Soft 404: "Tin đọc nhiều" still links id 145, an article deleted from the database; the page
   answers 200 with all the chrome and "Tin này không tồn tại hoặc đã bị xóa!". Not an article,
   not in the gold.
4. The pager counts hidden drafts (``COUNT(*)`` without ``WHERE hien=1``): cat 2 prints pages
   1–4 but page 4 is empty, cat 3 prints pages 1–2 and page 2 is empty; any out-of-range ``p``
   answers 200 with "Chưa có tin nào trong mục này.". No gold effect; bounded.
5. Intros in lists are cut with byte-wise ``substr($tomtat, 0, 200)``: the cut falls inside a
   UTF-8 sequence for 133 and 139, so the cat 3 and cat 5 lists carry invalid UTF-8 bytes (the
   header names no charset, only the meta tag does). A strict decoder loses those pages and the
   links on them; gold unaffected.
6. A stray ``</div>`` pasted from Word in the middle of 139's text closes ``#nd_chitiet``
   early: the remaining paragraphs and the byline sit outside the text's container. Gold body =
   the whole text as a reader sees it, author from the byline after the break.
7. Photos pasted from the public site: several ``<img>`` carry absolute URLs on the production
   host (``http://truongchinhtri.hungyen.gov.vn/upload/…``) or the newspaper's host; they are the
   article's photos (gold ``images`` with ``url``). List thumbnails, slider images, the print
   icon and the like/share buttons are not.
8. Photos side by side in a layout table (151, 133): two images in one row, their captions in
   the cells of the row below. Not table rows of the text: the captions are the photos'
   captions, not body. A real data table (150: units and learner counts) IS body, one paragraph
   a row, cells joined by " | ".
9. The intro printed twice: 151 and 144 print the intro in ``div.ttat_ct`` and the editor pasted
   it again, bold, as the first paragraph of the text. Gold: ``summary`` = the intro, once as the
   body's first paragraph.
10. Dates: the only date of an article page is the grey "(Cập nhật: dd/mm/yyyy)" line, often
    with a day ≤ 12 ("(Cập nhật: 06/11/2026)" is 6 November, not June 11). The header's today
    "Thứ Bảy, 05/12/2026", the "Các tin khác" dates right under the text and datelines inside
    the text ("Chiều 28/11/2026, …") are not it.
11. One article, four URLs: ``&id=N``, ``&id=N&cat=C``, ``&cat=C&id=N`` (archive: same
    parameters, other order), ``&id=N&cat=1`` (slider), plus ``/print.php?id=N`` opened only by
    ``onclick="window.open(…)"``. All in ``alt_paths``; gold path ``/index.php?act=detail&id=N``.
12. The "Lưu trữ" block links only December and November; older months sit in a ``<select>``
    whose ``onchange`` builds the URL in JavaScript. The October archive exists but is not a
    link: 136 and 131 are reachable only through page 2 / 3 of the cat 2 list.
13. Widgets inside the text's container: "Số lần đọc: N", a Facebook like ``<iframe>``, an
    AddThis "Chia sẻ" link and a ``<script>`` writing "Bạn đang xem tin …" sit inside
    ``#nd_chitiet`` after the byline; 146 has an editor-inserted floated "Tin liên quan:" box in
    the middle of the text. None of it is body.
14. Static pages share the article template (``tde_ct`` headline, "(Cập nhật: 12/03/2012)" line,
    ``nd_chitiet`` text): "Lịch sử hình thành và phát triển" looks like an article. They are
    NON_ARTICLES.
15. Bylines at the end, printed five ways: a bold name alone ("Minh Hằng"); a name then its unit
    in parentheses on the next line ("Nguyễn Thị Hương" / "(Khoa Xây dựng Đảng)" -> the name); a
    degree, name and unit ("ThS. Nguyễn Thị Thu Hà" + "Khoa Lý luận cơ sở" -> "Nguyễn Thị Thu
    Hà"; "TS. Đỗ Văn Tuấn - Phó Trưởng khoa …" -> "Đỗ Văn Tuấn"); "Tin: X - Ảnh: Y" / "Bài, ảnh:
    X" / "Tin, ảnh: X"; a unit alone ("Phòng Quản lý đào tạo", "Ban Nữ công Công đoàn Trường")
    is the author as printed. "Nguồn: baohungyen.vn" -> source.
16. FCKeditor's entity option: 147's text is stored half as character references
    (``&#7889;``, ``&agrave;``) and half as raw UTF-8; gold text is the decoded text. 143's text
    is Word markup (``MsoNormal``, ``<o:p>``, ``&nbsp;`` spacers) with a ``<br />`` splitting two
    lines of verse into two paragraphs.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: this template's "(Cập nhật: …)" stamp is the record's insert date (the CMS
  has no other date field, and it is what lists, archives and "Các tin khác" print for the item);
  it is the only date an article page prints, so it is taken as the publication day, day only.
- Captions: the centred italic line under a photo, or the cell under it in a photo table;
  enclosing parentheses taken off ("(Đồng chí … trao giấy chứng nhận …)"). "Ảnh: Hoàng Long" is a
  photographer credit: caption None.
- 147's "Tài liệu tham khảo" heading and entries are the text's own (house convention); its
  "[1]" calls stay in their sentences.
- The repeated intro (trap 9) is one paragraph, not two.
- Subheadings typed as bold paragraphs and list items are body paragraphs.
"""

from __future__ import annotations

import math
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "php_homemade_month_archive_tct"
PLATFORM = "Home-made PHP/MySQL CMS (2012, ?act= modules, table-and-div layout, jQuery 1.7 slider)"
START_PATH = "/index.php"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PUBLIC_HOST = "http://truongchinhtri.hungyen.gov.vn"
PER_PAGE = 3

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động của Trường",
    3: "Đào tạo - Bồi dưỡng",
    5: "Nghiên cứu - Trao đổi",
}
PARENT = {2: 1, 3: 1}
#: drafts and hidden rows the pager's COUNT(*) still sees (trap 4)
HIDDEN_ROWS = {2: 3, 3: 1, 5: 0, 1: 4}
SLIDER_IDS = (151, 150, 147, 146)
MOST_READ_IDS = (139, 145, 143, 134, 140)
DELETED_ID = 145


def _byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=151,
        slug="hoi-thi-giang-vien-day-gioi",
        title="Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        cat="2",
        published_at="2026-12-04",
        summary=(
            "Từ ngày 01 đến 03/12/2026, Trường Chính trị Nguyễn Văn Linh tổ chức Hội thi giảng "
            "viên dạy giỏi cấp Trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa "
            "chuyên môn."
        ),
        sapo_outside=True,
        opts={"sapo_again": True},
        blocks=[
            P(
                "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội "
                "ngũ giảng viên; tạo điều kiện để giảng viên trao đổi, học tập kinh nghiệm, đổi "
                "mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của học viên."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phạm Văn Khoa, Phó Hiệu trưởng Trường, Trưởng Ban tổ "
                "chức Hội thi nhấn mạnh: đây là hoạt động chuyên môn thường niên, là dịp để mỗi "
                "giảng viên tự rèn luyện, nâng cao trình độ, đáp ứng yêu cầu đào tạo, bồi dưỡng "
                "cán bộ của tỉnh trong giai đoạn mới."
            ),
            Img(
                "upload/tintuc/2026/12/hoithi_gv_1.jpg",
                "Đồng chí Phó Hiệu trưởng phát biểu khai mạc Hội thi",
                "Đồng chí Phó Hiệu trưởng phát biểu khai mạc Hội thi",
                style="pair",
            ),
            Img(
                "upload/tintuc/2026/12/hoithi_gv_2.jpg",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng",
                style="pair",
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng trong thời gian 45 phút trước Hội đồng "
                "giám khảo gồm các đồng chí trong Ban Giám hiệu, trưởng các khoa, phòng và một số "
                "giảng viên chính có nhiều kinh nghiệm. Nội dung bài giảng được lựa chọn trong "
                "chương trình Trung cấp lý luận chính trị - hành chính và các chương trình bồi "
                "dưỡng do Trường đảm nhiệm."
            ),
            P(
                "Qua ba ngày thi, các giảng viên đã thể hiện sự chuẩn bị công phu, chu đáo; nhiều "
                "bài giảng kết hợp tốt giữa lý luận và thực tiễn, sử dụng hiệu quả công nghệ thông "
                "tin và các phương pháp dạy học tích cực như thảo luận nhóm, nêu vấn đề, xử lý "
                "tình huống."
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 3 giải Nhất, 4 giải Nhì, 5 giải Ba và 2 giải Khuyến "
                "khích. Các giảng viên đạt giải Nhất sẽ được Trường lựa chọn tham dự Hội thi giảng "
                "viên dạy giỏi các trường chính trị khu vực đồng bằng sông Hồng năm 2027."
            ),
            _byline_right("<strong>Minh Hằng</strong>"),
        ],
        authors=["Minh Hằng"],
    ),
    Story(
        id=150,
        slug="khai-giang-tccl-van-giang",
        title=(
            "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại "
            "xã Văn Giang"
        ),
        cat="3",
        published_at="2026-12-03",
        summary=(
            "Ngày 02/12/2026, Trường Chính trị Nguyễn Văn Linh phối hợp với Đảng ủy xã Văn Giang "
            "tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung, "
            "khóa học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Trần Thị Thu Hương, Phó Hiệu trưởng Trường Chính trị "
                "Nguyễn Văn Linh; đồng chí Bí thư Đảng ủy xã Văn Giang cùng đại diện lãnh đạo các "
                "phòng, khoa của Trường."
            ),
            P(
                "Lớp học có 86 học viên là cán bộ, công chức, viên chức đang công tác tại các cơ "
                "quan Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của xã "
                "Văn Giang và các xã lân cận. Cơ cấu học viên như sau:"
            ),
            P("Khối | Số học viên | Tỷ lệ (%)", "tr"),
            P("Đảng, Mặt trận và đoàn thể | 38 | 44,2", "tr"),
            P("Chính quyền | 35 | 40,7", "tr"),
            P("Đơn vị sự nghiệp | 13 | 15,1", "tr"),
            Img(
                f"{PUBLIC_HOST}/upload/tintuc/2026/12/khaigiang_vangiang.jpg",
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                style="tbl",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên xác định rõ mục "
                "đích, động cơ học tập đúng đắn; chấp hành nghiêm quy chế đào tạo, nội quy lớp "
                "học; tích cực nghiên cứu, trao đổi, liên hệ với thực tiễn công tác tại địa "
                "phương, đơn vị."
            ),
            P(
                "Trong thời gian 12 tháng, học viên sẽ được trang bị những kiến thức cơ bản về chủ "
                "nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; đường lối, chủ trương của Đảng, chính "
                "sách, pháp luật của Nhà nước; kiến thức, kỹ năng về quản lý hành chính nhà nước "
                "và nghiệp vụ công tác Đảng, đoàn thể ở cơ sở."
            ),
            _byline_right("Tin: <strong>Thu Trang</strong> - Ảnh: <strong>Văn Tuấn</strong>"),
        ],
        authors=["Thu Trang"],
        photographers=["Văn Tuấn"],
    ),
    Story(
        id=149,
        slug="chi-bo-khoa-xdd-sinh-hoat-chuyen-de",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="2",
        published_at="2026-12-01",
        summary=(
            "Chiều 28/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với "
            "chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính trị "
            "của Khoa”."
        ),
        blocks=[
            P(
                "Chiều 28/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với "
                "chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính trị "
                "của Khoa”.",
                "lead",
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã trình bày báo cáo đề dẫn, đánh giá "
                "thực trạng sinh hoạt chi bộ trong thời gian qua. Bên cạnh những kết quả đạt được, "
                "nội dung sinh hoạt có lúc còn dàn trải, tính chiến đấu trong tự phê bình và phê "
                "bình chưa cao; việc gắn nhiệm vụ chuyên môn với công tác đảng viên chưa thường "
                "xuyên."
            ),
            P(
                "Các đảng viên trong Chi bộ đã thảo luận sôi nổi, tập trung vào các giải pháp như: "
                "đổi mới cách chuẩn bị nội dung sinh hoạt; mỗi kỳ sinh hoạt lựa chọn một vấn đề "
                "trọng tâm gắn với công tác giảng dạy, nghiên cứu khoa học; tăng cường trách nhiệm "
                "nêu gương của cấp ủy viên và đảng viên là trưởng, phó khoa."
            ),
            Img("upload/tintuc/2026/12/chibo_xdd.jpg", "Ảnh: Hoàng Long", None, style="next"),
            P(
                "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị các đảng viên tiếp tục "
                "nghiên cứu, quán triệt các quy định của Đảng về sinh hoạt chi bộ; mỗi đảng viên "
                "đăng ký ít nhất một việc làm cụ thể để thực hiện trong quý I năm 2027."
            ),
            _byline_right("<b><i>Nguyễn Thị Hương</i></b>"),
            _byline_right("<i>(Khoa Xây dựng Đảng)</i>"),
        ],
        authors=["Nguyễn Thị Hương"],
        photographers=["Hoàng Long"],
    ),
    Story(
        id=147,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc",
        title=(
            "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường "
            "Chính trị tỉnh"
        ),
        cat="5",
        published_at="2026-11-27",
        summary=(
            "Dạy học tích cực là xu hướng tất yếu trong đổi mới giáo dục lý luận chính trị. Bài "
            "viết trao đổi một số kinh nghiệm vận dụng phương pháp dạy học tích cực tại Trường "
            "Chính trị Nguyễn Văn Linh."
        ),
        sapo_outside=True,
        opts={"entities": 2},
        blocks=[
            P("1. Yêu cầu đổi mới phương pháp giảng dạy lý luận chính trị", "b"),
            P(
                "Nghị quyết Đại hội XIV của Đảng tiếp tục khẳng định yêu cầu đổi mới căn bản, toàn "
                "diện giáo dục và đào tạo, trong đó có đào tạo, bồi dưỡng lý luận chính trị cho "
                "đội ngũ cán bộ. Học viên của trường chính trị tỉnh là những người đã có kinh "
                "nghiệm công tác, có nhu cầu vận dụng kiến thức vào giải quyết công việc thực "
                "tiễn.[1] Vì vậy, cách giảng thuyết trình một chiều không còn phù hợp."
            ),
            P(
                "Dạy học tích cực đặt người học vào vị trí trung tâm; giảng viên giữ vai trò tổ "
                "chức, hướng dẫn, gợi mở để học viên tự phát hiện và giải quyết vấn đề. Đây không "
                "phải là phủ nhận thuyết trình, mà là kết hợp thuyết trình với các phương pháp "
                "khác một cách hợp lý.[2]"
            ),
            P("2. Một số kinh nghiệm tại Trường Chính trị Nguyễn Văn Linh", "b"),
            P(
                "Thứ nhất, thiết kế bài giảng theo hướng nêu vấn đề: mỗi bài giảng xác định từ 2 "
                "đến 3 vấn đề trọng tâm, gắn với tình hình thực tiễn của tỉnh Hưng Yên để học "
                "viên thảo luận."
            ),
            P(
                "Thứ hai, sử dụng tình huống quản lý thực tế do chính học viên cung cấp trong "
                "các buổi xemina; giảng viên tổng hợp, phân tích và rút ra bài học kinh nghiệm."
            ),
            P(
                "Thứ ba, ứng dụng công nghệ thông tin một cách hợp lý, tránh lạm dụng trình chiếu "
                "làm giảm tính tương tác giữa giảng viên và học viên."
            ),
            P("3. Kết luận", "b"),
            P(
                "Vận dụng phương pháp dạy học tích cực đòi hỏi giảng viên không ngừng nâng cao "
                "trình độ chuyên môn, am hiểu thực tiễn và có kỹ năng sư phạm tốt. Nhà trường cần "
                "tiếp tục tạo điều kiện về cơ sở vật chất, tài liệu và thời gian để giảng viên "
                "đổi mới phương pháp một cách thực chất."
            ),
            P("Tài liệu tham khảo:", "b"),
            P(
                "[1] Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Phương pháp giảng dạy lý "
                "luận chính trị, Nxb Lý luận chính trị, Hà Nội, 2021, tr.45."
            ),
            P(
                "[2] Nguyễn Văn Hòa: Đổi mới phương pháp giảng dạy ở trường chính trị tỉnh, Tạp "
                "chí Giáo dục lý luận, số 312, 2024."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Thu Hà</strong><br />'
                "<em>Khoa Lý luận cơ sở</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
    ),
    Story(
        id=146,
        slug="hoc-tap-kinh-nghiem-ninh-binh",
        title=(
            "Đoàn công tác Trường Chính trị Nguyễn Văn Linh học tập kinh nghiệm tại Trường "
            "Chính trị tỉnh Ninh Bình"
        ),
        cat="2",
        published_at="2026-11-25",
        summary=(
            "Trong hai ngày 23 và 24/11/2026, đoàn công tác Trường Chính trị Nguyễn Văn Linh do "
            "đồng chí Hiệu trưởng làm trưởng đoàn đã đến thăm, học tập kinh nghiệm tại Trường "
            "Chính trị tỉnh Ninh Bình."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh Ninh Bình đã giới thiệu khái "
                "quát về tổ chức bộ máy sau khi hợp nhất, công tác quản lý đào tạo, bồi dưỡng và "
                "việc ứng dụng phần mềm quản lý học viên, ngân hàng câu hỏi thi trắc nghiệm."
            ),
            Raw(
                '<table align="right" border="0" cellpadding="4" cellspacing="0" width="220" '
                'style="margin-left: 8px; background: #eef3f8; border: 1px solid #c5d5e5;">'
                "<tbody><tr><td><strong>Tin liên quan:</strong><br />"
                '- <a href="index.php?act=detail&id=143&cat=2">Gặp mặt kỷ niệm 44 năm Ngày Nhà '
                "giáo Việt Nam 20/11</a><br />"
                '- <a href="http://truongchinhtri.ninhbinh.gov.vn/">Trường Chính trị tỉnh Ninh '
                "Bình</a></td></tr></tbody></table>"
            ),
            P(
                "Hai bên đã trao đổi sâu về kinh nghiệm tổ chức đi nghiên cứu thực tế cho học viên, "
                "xây dựng đội ngũ giảng viên kiêm chức là lãnh đạo các sở, ngành, và công tác "
                "phối hợp với cấp ủy cơ sở trong mở lớp trung cấp lý luận chính trị - hành chính "
                "tại xã, phường."
            ),
            Img(
                f"{PUBLIC_HOST}/upload/tintuc/2026/11/ninhbinh_lamviec.jpg",
                "Quang cảnh buổi làm việc giữa hai trường",
                "Quang cảnh buổi làm việc giữa hai trường",
                style="lightbox",
            ),
            P(
                "Đoàn cũng đã đến dâng hương tại Khu di tích lịch sử - văn hóa Cố đô Hoa Lư và tham "
                "quan mô hình chuyển đổi số tại phường Hoa Lư."
            ),
            P(
                "Phát biểu cảm ơn, đồng chí Hiệu trưởng Trường Chính trị Nguyễn Văn Linh đánh giá "
                "cao những kinh nghiệm quý mà bạn chia sẻ, mong muốn hai trường tiếp tục tăng "
                "cường trao đổi giảng viên, tài liệu và phối hợp tổ chức hội thảo khoa học."
            ),
            Img(f"{PUBLIC_HOST}/upload/tintuc/2026/11/ninhbinh_hoalu.jpg", None, None, "none"),
            _byline_right("Bài, ảnh: <strong>Hoàng Long</strong>"),
        ],
        authors=["Hoàng Long"],
        photographers=["Hoàng Long"],
    ),
    Story(
        id=144,
        slug="be-giang-lop-bi-thu-chi-bo",
        title="Bế giảng lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư chi bộ năm 2026",
        cat="3",
        published_at="2026-11-21",
        summary=(
            "Sáng 20/11/2026, Trường Chính trị Nguyễn Văn Linh tổ chức bế giảng lớp bồi dưỡng "
            "nghiệp vụ công tác Đảng cho 120 đồng chí bí thư chi bộ trực thuộc các đảng bộ xã, "
            "phường trong tỉnh."
        ),
        sapo_outside=True,
        opts={"sapo_again": True},
        blocks=[
            P(
                "Trong thời gian 10 ngày, học viên đã được nghiên cứu các chuyên đề về nhiệm vụ, "
                "quyền hạn của chi bộ; nghiệp vụ công tác tổ chức, kiểm tra, giám sát, dân vận "
                "của Đảng; kỹ năng chuẩn bị và điều hành sinh hoạt chi bộ; công tác phát triển "
                "đảng viên ở cơ sở."
            ),
            P("Kết thúc khóa học:", ""),
            P("- 100% học viên đủ điều kiện được cấp giấy chứng nhận;", "li"),
            P("- 42 học viên đạt loại giỏi, chiếm 35%;", "li"),
            P("- 78 học viên đạt loại khá, chiếm 65%.", "li"),
            Img(
                "upload/tintuc/2026/11/begiang_btcb.jpg",
                "(Đồng chí Hiệu trưởng trao giấy chứng nhận cho học viên có thành tích xuất sắc)",
                "Đồng chí Hiệu trưởng trao giấy chứng nhận cho học viên có thành tích xuất sắc",
                style="tbl",
            ),
            P(
                "Phát biểu bế giảng, đồng chí Hiệu trưởng ghi nhận tinh thần học tập nghiêm túc "
                "của học viên, đề nghị các đồng chí vận dụng kiến thức đã học vào việc đổi mới "
                "nội dung, phương thức sinh hoạt chi bộ, góp phần nâng cao năng lực lãnh đạo và "
                "sức chiến đấu của tổ chức cơ sở đảng."
            ),
            _byline_right("<strong>Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Phòng Quản lý đào tạo"],
    ),
    Story(
        id=143,
        slug="gap-mat-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="2",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, Trường Chính trị Nguyễn Văn Linh tổ chức gặp mặt kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        opts={"word": True},
        blocks=[
            P(
                "Tới dự có các đồng chí nguyên là lãnh đạo Trường qua các thời kỳ, các thầy giáo, "
                "cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giảng viên, nhân viên nhà trường."
            ),
            P(
                "Tại buổi gặp mặt, đồng chí Hiệu trưởng đã ôn lại truyền thống vẻ vang của Ngày Nhà "
                "giáo Việt Nam và những chặng đường phát triển của Trường. Năm học 2025 - 2026, "
                "Trường đã mở 38 lớp đào tạo, bồi dưỡng với hơn 3.200 lượt học viên; đội ngũ giảng "
                "viên có 5 tiến sĩ, 36 thạc sĩ."
            ),
            Img(
                "upload/tintuc/2026/11/gapmat_2011.jpg",
                "Đồng chí Hiệu trưởng phát biểu tại buổi gặp mặt",
                "Đồng chí Hiệu trưởng phát biểu tại buổi gặp mặt",
                style="next",
            ),
            P(
                "Thay mặt các nhà giáo đã nghỉ hưu, thầy giáo Vũ Đình Thọ bày tỏ niềm vui khi được "
                "trở về mái trường xưa và gửi tặng các giảng viên trẻ mấy câu thơ:"
            ),
            P("“Bục giảng ba mươi năm vẫn ấm", "br"),
            P("Lời thầy xưa còn vọng mỗi trang”", "br-end"),
            P(
                "Dịp này, Công đoàn Trường đã trao phần thưởng cho 6 giảng viên có thành tích xuất "
                "sắc trong giảng dạy và nghiên cứu khoa học năm học 2025 - 2026."
            ),
            _byline_right("<strong>Thanh Hương</strong>"),
        ],
        authors=["Thanh Hương"],
    ),
    Story(
        id=140,
        slug="toa-dam-ngay-phap-luat",
        title=(
            "Tọa đàm hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026"
        ),
        cat="2",
        published_at="2026-11-06",
        summary=(
            "Chiều 05/11, Trường Chính trị Nguyễn Văn Linh tổ chức tọa đàm hưởng ứng Ngày Pháp "
            "luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) với chủ đề “Thượng tôn pháp "
            "luật trong thực thi công vụ”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tham luận tại tọa đàm tập trung làm rõ những điểm mới của Luật Cán bộ, công "
                "chức năm 2025, Luật Tổ chức chính quyền địa phương năm 2025 và yêu cầu đặt ra đối "
                "với đội ngũ cán bộ, công chức cấp xã khi vận hành chính quyền địa phương hai cấp."
            ),
            Img(
                "https://baohungyen.vn/uploads/2026/11/05/toadam-phapluat.jpg",
                "Các đại biểu dự tọa đàm",
                "Các đại biểu dự tọa đàm",
                style="next",
            ),
            P(
                "Nhiều ý kiến cho rằng, để pháp luật thực sự đi vào cuộc sống, mỗi cán bộ, đảng "
                "viên phải gương mẫu chấp hành, đồng thời đổi mới hình thức tuyên truyền, phổ biến "
                "giáo dục pháp luật theo hướng gần gũi, thiết thực với người dân."
            ),
            P(
                "Dịp này, Đoàn Thanh niên Trường đã tổ chức cuộc thi tìm hiểu pháp luật trực tuyến "
                "thu hút 215 lượt học viên, cán bộ tham gia."
            ),
            _byline_right("<strong>Quang Minh</strong>"),
            _byline_right("<em>Nguồn: baohungyen.vn</em>"),
        ],
        authors=["Quang Minh"],
        source="baohungyen.vn",
    ),
    Story(
        id=139,
        slug="tu-tuong-nguyen-van-linh-ve-cong-tac-can-bo",
        title=(
            "Tư tưởng của đồng chí Nguyễn Văn Linh về công tác cán bộ và ý nghĩa đối với tỉnh "
            "Hưng Yên hiện nay"
        ),
        cat="5",
        published_at="2026-11-05",
        blocks=[
            Img(
                "/userfiles/image/2026/11/dc_nguyenvanlinh.jpg",
                "Đồng chí Nguyễn Văn Linh, nguyên Tổng Bí thư Ban Chấp hành Trung ương Đảng",
                "Đồng chí Nguyễn Văn Linh, nguyên Tổng Bí thư Ban Chấp hành Trung ương Đảng",
                style="tbl",
            ),
            P(
                "Đồng chí Nguyễn Văn Linh (1915 - 1998), quê ở xã Giai Phạm, huyện Yên Mỹ (cũ), "
                "tỉnh Hưng Yên, là nhà lãnh đạo có nhiều đóng góp to lớn cho sự nghiệp đổi mới đất "
                "nước. Trong di sản tư tưởng của đồng chí, công tác cán bộ luôn được đặt ở vị trí "
                "đặc biệt quan trọng."
            ),
            P(
                "Theo đồng chí, cán bộ là khâu then chốt quyết định thành công hay thất bại của "
                "công cuộc đổi mới. Đồng chí nhiều lần nhấn mạnh phải đổi mới công tác cán bộ, "
                "mạnh dạn đề bạt những người có năng lực, có phẩm chất, dám nghĩ, dám làm, dám "
                "chịu trách nhiệm."
            ),
            P(
                "Đồng chí đặc biệt coi trọng việc gắn cán bộ với quần chúng, lấy sự tín nhiệm của "
                "nhân dân làm thước đo. Loạt bài “Những việc cần làm ngay” ký tên N.V.L trên báo "
                "Nhân Dân là minh chứng sinh động cho tinh thần đấu tranh chống tiêu cực, quan "
                "liêu, tham nhũng trong đội ngũ cán bộ."
            ),
            P(
                "Đối với tỉnh Hưng Yên hiện nay, sau khi hợp nhất tỉnh và tổ chức chính quyền địa "
                "phương hai cấp, yêu cầu xây dựng đội ngũ cán bộ cấp xã đủ năng lực, ngang tầm "
                "nhiệm vụ càng trở nên cấp thiết."
            ),
            Raw("</div>"),
            P(
                "Vận dụng tư tưởng của đồng chí Nguyễn Văn Linh, cần tập trung vào ba nhóm giải "
                "pháp: đánh giá cán bộ bằng kết quả, sản phẩm cụ thể; đào tạo, bồi dưỡng gắn với "
                "vị trí việc làm; kiên quyết thay thế những cán bộ yếu kém, không hoàn thành "
                "nhiệm vụ."
            ),
            P(
                "Trường Chính trị Nguyễn Văn Linh, với vinh dự mang tên đồng chí, có trách nhiệm "
                "đưa các nội dung về cuộc đời, sự nghiệp và tư tưởng của đồng chí vào chương trình "
                "bồi dưỡng, góp phần giáo dục truyền thống cho đội ngũ cán bộ của tỉnh."
            ),
            _byline_right(
                "<strong>TS. Đỗ Văn Tuấn</strong> - Phó Trưởng khoa Xây dựng Đảng"
            ),
        ],
        authors=["Đỗ Văn Tuấn"],
    ),
    Story(
        id=136,
        slug="toa-dam-20-10",
        title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        cat="2",
        published_at="2026-10-21",
        summary=(
            "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), Ban Nữ công Công đoàn Trường tổ chức buổi tọa đàm với chủ đề “Phụ nữ "
            "Trường Chính trị Nguyễn Văn Linh tự tin, tự trọng, trung hậu, đảm đang”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tọa đàm, các chị em đã cùng nhau ôn lại truyền thống của Hội Liên hiệp "
                "Phụ nữ Việt Nam, chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn và vun "
                "đắp hạnh phúc gia đình."
            ),
            P(
                "Hiện nay, nữ cán bộ, giảng viên, nhân viên chiếm gần 60% tổng số cán bộ, viên "
                "chức của Trường; nhiều chị em giữ cương vị lãnh đạo khoa, phòng và là giảng viên "
                "giỏi cấp tỉnh."
            ),
            Img(
                "upload/tintuc/2026/10/toadam_2010.jpg",
                "Các đại biểu nữ chụp ảnh lưu niệm",
                "Các đại biểu nữ chụp ảnh lưu niệm",
                style="next",
            ),
            P(
                "Dịp này, Ban Nữ công đã tặng hoa, chúc mừng các chị em và phát động phong trào "
                "thi đua “Giỏi việc trường, đảm việc nhà” năm học 2026 - 2027."
            ),
            _byline_right("<strong>Ban Nữ công Công đoàn Trường</strong>"),
        ],
        authors=["Ban Nữ công Công đoàn Trường"],
    ),
    Story(
        id=134,
        slug="nang-cao-chat-luong-nghien-cuu-thuc-te",
        title=(
            "Nâng cao chất lượng đi nghiên cứu thực tế của học viên lớp Trung cấp lý luận chính "
            "trị - hành chính"
        ),
        cat="5",
        published_at="2026-10-15",
        blocks=[
            P(
                "Đi nghiên cứu thực tế là nội dung bắt buộc trong chương trình Trung cấp lý luận "
                "chính trị - hành chính, giúp học viên gắn lý luận với thực tiễn, củng cố kiến thức "
                "đã học và tích lũy kinh nghiệm cho công tác lãnh đạo, quản lý."
            ),
            P(
                "Thời gian qua, Trường Chính trị Nguyễn Văn Linh đã tổ chức cho hàng nghìn lượt học "
                "viên đi nghiên cứu thực tế tại các địa phương, doanh nghiệp, khu di tích lịch sử "
                "trong và ngoài tỉnh. Tuy nhiên, ở một số lớp, hoạt động này còn mang tính hình "
                "thức, nội dung chưa thật sự gắn với chuyên đề đã học; báo cáo thu hoạch của học "
                "viên còn chung chung, sao chép."
            ),
            P(
                "Để nâng cao chất lượng, trước hết cần xây dựng kế hoạch nghiên cứu thực tế ngay "
                "từ đầu khóa học, xác định rõ địa điểm, nội dung và yêu cầu đối với từng nhóm học "
                "viên."
            ),
            P(
                "Thứ hai, giảng viên chủ nhiệm và giảng viên các khoa phải trực tiếp hướng dẫn học "
                "viên xây dựng đề cương thu hoạch, tránh tình trạng khoán trắng cho cán bộ địa "
                "phương."
            ),
            P(
                "Thứ ba, đổi mới cách đánh giá kết quả: kết hợp chấm báo cáo thu hoạch với tổ chức "
                "hội thảo, để học viên trình bày và bảo vệ những đề xuất của mình trước lớp."
            ),
            _byline_right("<strong>ThS. Lê Văn Bình - Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Lê Văn Bình"],
    ),
    Story(
        id=133,
        slug="k65-nghien-cuu-thuc-te",
        title=(
            "Lớp Trung cấp lý luận chính trị - hành chính K65 đi nghiên cứu thực tế tại quê "
            "hương đồng chí Nguyễn Văn Linh"
        ),
        cat="3",
        published_at="2026-10-12",
        summary=(
            "Ngày 09/10/2026, 92 học viên lớp Trung cấp lý luận chính trị - hành chính K65 đã đi "
            "nghiên cứu thực tế tại Khu lưu niệm đồng chí Nguyễn Văn Linh và một số mô hình nông "
            "thôn mới kiểu mẫu trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Khu lưu niệm, học viên đã dâng hương tưởng nhớ đồng chí Nguyễn Văn Linh, nghe "
                "giới thiệu về thân thế, sự nghiệp cách mạng của đồng chí và những đóng góp to lớn "
                "của đồng chí đối với sự nghiệp đổi mới."
            ),
            Img(
                "upload/tintuc/2026/10/k65_danghuong.jpg",
                "Học viên dâng hương tại Khu lưu niệm đồng chí Nguyễn Văn Linh",
                "Học viên dâng hương tại Khu lưu niệm đồng chí Nguyễn Văn Linh",
                style="pair",
            ),
            Img(
                "upload/tintuc/2026/10/k65_ntm.jpg",
                "Học viên trao đổi với cán bộ xã về mô hình nông thôn mới kiểu mẫu",
                "Học viên trao đổi với cán bộ xã về mô hình nông thôn mới kiểu mẫu",
                style="pair",
            ),
            P(
                "Buổi chiều, đoàn đã làm việc với lãnh đạo xã, tìm hiểu cách làm trong xây dựng "
                "nông thôn mới kiểu mẫu, phát triển kinh tế trang trại và chuyển đổi số trong giải "
                "quyết thủ tục hành chính cho người dân."
            ),
            P(
                "Kết thúc đợt nghiên cứu thực tế, mỗi học viên sẽ hoàn thành một bài thu hoạch, "
                "liên hệ với thực tiễn công tác tại cơ quan, đơn vị mình."
            ),
            _byline_right("Tin, ảnh: <strong>Văn Tuấn</strong>"),
        ],
        authors=["Văn Tuấn"],
        photographers=["Văn Tuấn"],
    ),
    Story(
        id=131,
        slug="trien-khai-nhiem-vu-nam-hoc",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027",
        cat="2",
        published_at="2026-10-08",
        summary=(
            "Ngày 07/10/2026, Trường Chính trị Nguyễn Văn Linh tổ chức Hội nghị tổng kết năm học "
            "2025 - 2026, triển khai nhiệm vụ năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, trong bối cảnh sắp xếp tổ chức bộ máy sau hợp nhất tỉnh, nhà "
                "trường đã hoàn thành toàn diện các nhiệm vụ được giao, mở 38 lớp với hơn 3.200 "
                "lượt học viên, vượt 12% kế hoạch."
            ),
            P("Năm học 2026 - 2027, nhà trường tập trung vào các nhiệm vụ trọng tâm:", ""),
            P("Đổi mới nội dung, chương trình bồi dưỡng cán bộ cấp xã theo vị trí việc làm;", "li"),
            P("Nâng cao chất lượng đội ngũ giảng viên, phấn đấu 100% đạt chuẩn;", "li"),
            P("Đẩy mạnh nghiên cứu khoa học và chuyển đổi số trong quản lý đào tạo.", "li"),
            Img(
                "upload/tintuc/2026/10/hoinghi_namhoc.jpg",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                style="next",
            ),
            P(
                "Tại Hội nghị, các khoa, phòng đã ký giao ước thi đua năm học 2026 - 2027; nhiều "
                "tập thể, cá nhân được khen thưởng vì có thành tích xuất sắc trong năm học vừa qua."
            ),
            _byline_right("<strong>Đức Anh</strong>"),
        ],
        authors=["Đức Anh"],
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat(story: Story) -> int:
    return int(story.cat)


def _dmy(iso_day: str) -> str:
    y, m, d = iso_day[:10].split("-")
    return f"{d}/{m}/{y}"


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at or "", s.id), reverse=True)


def _in_cat(cat: int) -> list[Story]:
    if cat == 1:
        return _newest([s for s in STORIES if _cat(s) in (2, 3)])
    return _newest([s for s in STORIES if _cat(s) == cat])


def _in_month(m: int, y: int) -> list[Story]:
    return _newest(
        [s for s in STORIES if s.published_at and s.published_at[:7] == f"{y:04d}-{m:02d}"]
    )


def _u_list(cat: int, p: int | None = None) -> str:
    return f"index.php?act=list&cat={cat}" + (f"&p={p}" if p else "")


def _u_detail(story: Story, cat: int | None = None) -> str:
    return f"index.php?act=detail&id={story.id}" + (f"&cat={cat}" if cat else "")


def _h(url: str) -> str:
    """An href as the 2012 PHP echoed it: ampersands raw, as the browsers forgave."""
    return url


# --- gold ------------------------------------------------------------------------------------

GOLD: list[dict] = []
for _s in STORIES:
    _alts = [
        f"/index.php?act=detail&id={_s.id}&cat={_s.cat}",
        f"/index.php?act=detail&cat={_s.cat}&id={_s.id}",
        f"/print.php?id={_s.id}",
    ]
    if _s.id in SLIDER_IDS:
        _alts.append(f"/index.php?act=detail&id={_s.id}&cat=1")
    GOLD.append(
        gold_record(
            _s,
            f"/index.php?act=detail&id={_s.id}",
            CATS[_cat(_s)],
            alt_paths=_alts,
        )
    )

STATIC_PAGES: dict[int, tuple[str, str]] = {
    1: (
        "Giới thiệu chung",
        "<p>Trường Chính trị Nguyễn Văn Linh là đơn vị sự nghiệp trực thuộc Tỉnh ủy Hưng Yên, "
        "chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy, sự quản lý nhà nước của "
        "Ủy ban nhân dân tỉnh và sự chỉ đạo, hướng dẫn về nội dung, chương trình của Học viện "
        "Chính trị quốc gia Hồ Chí Minh.</p>"
        "<p>Trường có chức năng tham mưu cho Tỉnh ủy về đào tạo, bồi dưỡng cán bộ lãnh đạo, quản "
        "lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị - hành chính; "
        "nghiên cứu khoa học về lý luận chính trị, lịch sử Đảng bộ địa phương.</p>",
    ),
    2: (
        "Lịch sử hình thành và phát triển",
        "<p>Tiền thân của Trường là Trường Đảng tỉnh Hưng Yên, được thành lập năm 1949 trong "
        "kháng chiến chống thực dân Pháp. Qua các thời kỳ tái lập, hợp nhất tỉnh, Trường mang "
        "các tên Trường Đảng tỉnh Hải Hưng, Trường Chính trị tỉnh Hưng Yên.</p>"
        "<p>Năm 2009, Trường vinh dự được mang tên đồng chí Nguyễn Văn Linh, nguyên Tổng Bí thư "
        "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, người con ưu tú của quê hương Hưng "
        "Yên.</p>"
        "<p>Trải qua hơn 75 năm xây dựng và trưởng thành, Trường đã đào tạo, bồi dưỡng hàng chục "
        "nghìn lượt cán bộ cho tỉnh, được tặng thưởng Huân chương Lao động hạng Nhất.</p>",
    ),
    3: (
        "Cơ cấu tổ chức",
        "<p><strong>Ban Giám hiệu:</strong> Hiệu trưởng và các Phó Hiệu trưởng.</p>"
        "<p><strong>Các phòng chức năng:</strong> Phòng Tổ chức - Hành chính; Phòng Quản lý đào "
        "tạo; Phòng Quản lý khoa học và Thông tin - Tư liệu.</p>"
        "<p><strong>Các khoa chuyên môn:</strong> Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa "
        "Nhà nước và Pháp luật; Khoa Dân vận.</p>",
    ),
    4: (
        "Liên hệ",
        "<p>TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH TỈNH HƯNG YÊN</p>"
        "<p>Địa chỉ: Đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên</p>"
        "<p>Điện thoại: 0221.3862.519 - Fax: 0221.3862.520</p>"
        "<p>Email: truongchinhtri@hungyen.gov.vn</p>",
    ),
    5: (
        "Ban Giám hiệu",
        '<table border="1" cellpadding="5" cellspacing="0" width="100%"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td></tr>"
        "<tr><td>TS. Nguyễn Quang Huy</td><td>Hiệu trưởng</td></tr>"
        "<tr><td>ThS. Phạm Văn Khoa</td><td>Phó Hiệu trưởng</td></tr>"
        "<tr><td>ThS. Trần Thị Thu Hương</td><td>Phó Hiệu trưởng</td></tr>"
        "</tbody></table>",
    ),
}

NON_ARTICLES: list[str] = [f"/index.php?act=page&id={n}" for n in sorted(STATIC_PAGES)]


# --- markup ----------------------------------------------------------------------------------


def _para(story: Story, value: str) -> str:
    return text(value, entities=story.opts.get("entities", 0))


def _p_html(story: Story, block: P) -> str:
    t = _para(story, block.text)
    if story.opts.get("word"):
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 36pt;">'
            '<span style="font-size: 13pt; font-family: &quot;Times New Roman&quot;;">'
            f"{t}<o:p></o:p></span></p>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        )
    if block.style in ("lead", "b"):
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>\n'
    return f'<p style="text-align: justify;">{t}</p>\n'


def _img_tag(img: Img, width: int = 450) -> str:
    return f'<img alt="" border="0" src="{esc(img.src)}" width="{width}" />'


def _caption(img: Img) -> str:
    return f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>\n' if img.printed else ""


def render_text(story: Story) -> str:
    """The article's text as FCKeditor stored it (the ``noidung`` column)."""
    out: list[str] = []
    if story.opts.get("sapo_again") and story.summary:
        out.append(f'<p style="text-align: justify;"><strong>{esc(story.summary)}</strong></p>\n')
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html + "\n")
        elif isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append(
                    "<tr>" + "".join(f"<{tag}>{_para(story, c)}</{tag}>" for c in cells) + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 90%; '
                'border-collapse: collapse;" align="center"><tbody>'
                + "".join(rows)
                + "</tbody></table>\n"
            )
            continue
        elif isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_para(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>\n")
            continue
        elif isinstance(b, P) and b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                '<p class="MsoNormal" style="text-align: center;"><i>'
                f"{_para(story, b.text)}<br />\n{_para(story, nxt.text)}</i><o:p></o:p></p>\n"
            )
            i += 2
            continue
        elif isinstance(b, P):
            out.append(_p_html(story, b))
        elif isinstance(b, Img) and b.style == "pair":
            pair = [b]
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], Img):
                pair.append(blocks[i + 1])
            out.append(
                '<table align="center" border="0" cellpadding="2" cellspacing="2" width="96%">'
                "<tbody><tr>"
                + "".join(f'<td align="center" width="50%">{_img_tag(x, 260)}</td>' for x in pair)
                + "</tr><tr>"
                + "".join(
                    f'<td align="center" valign="top"><span style="font-size: 11px;"><em>'
                    f"{esc(x.printed or '')}</em></span></td>"
                    for x in pair
                )
                + "</tr></tbody></table>\n"
            )
            i += len(pair)
            continue
        elif isinstance(b, Img) and b.style == "tbl":
            out.append(
                '<table align="center" border="0" cellpadding="3" cellspacing="0" width="450">'
                f'<tbody><tr><td>{_img_tag(b)}</td></tr><tr><td style="text-align: center;">'
                f'<span style="font-size: 11px; color: #333333;"><em>{esc(b.printed or "")}'
                "</em></span></td></tr></tbody></table>\n"
            )
        elif isinstance(b, Img) and b.style == "lightbox":
            big = b.src.replace(".jpg", "_lon.jpg")
            out.append(
                f'<p style="text-align: center;"><a href="{esc(big)}" rel="lightbox">'
                f"{_img_tag(b)}</a></p>\n" + _caption(b)
            )
        elif isinstance(b, Img):
            out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>\n' + _caption(b))
        i += 1
    return "".join(out)


def _cut_bytes(value: str, limit: int = 200) -> str:
    """PHP's ``substr($tomtat, 0, 200) . '...'``: bytes, cut inside a character (trap 5).

    The broken tail survives as surrogate escapes and goes out as raw bytes."""
    data = value.encode("utf-8")
    if len(data) <= limit:
        return esc(value)
    return esc(data[:limit].decode("utf-8", "surrogateescape")) + "..."


def _intro_of(story: Story) -> str:
    return story.summary or next(b.text for b in story.blocks if isinstance(b, P))


# --- chrome ----------------------------------------------------------------------------------

SITE_TITLE = "TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH - TỈNH HƯNG YÊN"


def _menu() -> str:
    return f"""<div id="smoothmenu1" class="ddsmoothmenu"><ul>
<li><a href="index.php">Trang chủ</a></li>
<li><a href="index.php?act=page&id=1">Giới thiệu</a><ul>
<li><a href="index.php?act=page&id=1">Giới thiệu chung</a></li>
<li><a href="index.php?act=page&id=2">Lịch sử hình thành</a></li>
<li><a href="index.php?act=page&id=3">Cơ cấu tổ chức</a></li>
<li><a href="index.php?act=page&id=5">Ban Giám hiệu</a></li></ul></li>
<li><a href="javascript:void(0);">{CATS[1]}</a><ul>
<li><a href="{_u_list(2)}">{CATS[2]}</a></li>
<li><a href="{_u_list(3)}">{CATS[3]}</a></li></ul></li>
<li><a href="{_u_list(5)}">{CATS[5]}</a></li>
<li><a href="javascript:void(0);">Văn bản</a><ul>
<li><a href="http://vanban.hungyen.gov.vn/" target="_blank">Văn bản của tỉnh</a></li></ul></li>
<li><a href="index.php?act=page&id=4">Liên hệ</a></li>
</ul><br style="clear: left" /></div>"""


def _box(title: str, inner: str, cls: str = "khung_ben") -> str:
    return (
        f'<div class="{cls}"><h2 class="tde_khung">{title}</h2>'
        f'<div class="nd_khung">{inner}</div></div>\n'
    )


def _left_col() -> str:
    cats = "".join(
        f'<li><img src="images/muiten.gif" alt="" /> <a href="{_u_list(c)}">{CATS[c]}</a></li>'
        for c in (2, 3, 5)
    )
    months = "".join(
        f'<li><a href="index.php?act=archive&m={m}&y=2026">Tháng {m:02d}/2026</a> '
        f"({len(_in_month(m, 2026))})</li>"
        for m in (12, 11)
    )
    older = "".join(
        f'<option value="{m}|2026">Tháng {m:02d}/2026</option>' for m in range(10, 0, -1)
    ) + "".join(f'<option value="12|{y}">Năm {y}</option>' for y in range(2025, 2011, -1))
    archive = (
        f'<ul class="ds_thang">{months}</ul>'
        '<select name="thang_cu" class="chon_thang" onchange="var a=this.value.split(\'|\');'
        "if(a.length==2){window.location='index.php?act=archive&m='+a[0]+'&y='+a[1];}\">"
        '<option value="">-- Tháng trước --</option>' + older + "</select>"
    )
    poll = (
        '<form name="frmBinhChon" method="post" action="binhchon.php">'
        "<p><b>Bạn đánh giá thế nào về Website của Trường?</b></p>"
        '<input type="radio" name="ykien" value="1" /> Rất hữu ích<br />'
        '<input type="radio" name="ykien" value="2" /> Hữu ích<br />'
        '<input type="radio" name="ykien" value="3" /> Bình thường<br />'
        '<input type="submit" value="Biểu quyết" class="nut" /> '
        "<input type=\"button\" value=\"Xem kết quả\" class=\"nut\" onclick=\"window.open('"
        "binhchon.php?xem=1','','width=400,height=300')\" /></form>"
    )
    return (
        _box("DANH MỤC TIN", f'<ul class="dm_tin">{cats}</ul>')
        + _box("LƯU TRỮ", archive)
        + _box(
            "THÔNG BÁO",
            '<marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
            'onmouseout="this.start()" height="120">'
            "<p>- Lịch học lớp Trung cấp LLCT-HC K66 tuần 14 (từ 07/12 đến 12/12/2026)</p>"
            "<p>- Thông báo nghỉ Tết Dương lịch năm 2027</p></marquee>",
        )
        + _box("THĂM DÒ Ý KIẾN", poll)
    )


def _right_col() -> str:
    newest = "".join(
        f'<li><a href="{_u_detail(s)}">{esc(s.title)}</a></li>' for s in _newest(STORIES)[:6]
    )
    most = []
    for sid in MOST_READ_IDS:
        title = (
            BY_ID[sid].title
            if sid in BY_ID
            else "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027"
        )
        most.append(f'<li><a href="index.php?act=detail&id={sid}">{esc(title)}</a></li>')
    links = (
        '<select onchange="if(this.value!=\'\')window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="http://www.hungyen.gov.vn">Cổng TTĐT tỉnh Hưng Yên</option>'
        '<option value="http://www.baohungyen.vn">Báo Hưng Yên</option>'
        '<option value="http://www.dangcongsan.vn">Báo điện tử Đảng Cộng sản</option></select>'
    )
    counter = (
        '<table class="bang_tk" width="100%"><tr><td>Đang online:</td><td align="right">17</td>'
        '</tr><tr><td>Hôm nay:</td><td align="right">286</td></tr><tr><td>Tổng truy cập:</td>'
        '<td align="right">1.284.617</td></tr></table>'
    )
    return (
        _box("TIN MỚI", f'<ul class="tin_moi">{newest}</ul>')
        + _box("TIN ĐỌC NHIỀU", f'<ul class="tin_docnhieu">{"".join(most)}</ul>')
        + _box("LIÊN KẾT WEBSITE", links)
        + '<div class="qc"><a href="http://www.hungyen.gov.vn" target="_blank">'
        '<img src="images/banner_hungyen.jpg" width="200" border="0" alt="" /></a></div>\n'
        + _box("THỐNG KÊ TRUY CẬP", counter)
    )


def page(main: str, crumb: str = "") -> str:
    """The whole page: header, menu, date bar, three columns, footer."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{SITE_TITLE}</title>
<meta name="keywords" content="truong chinh tri, nguyen van linh, hung yen, dao tao can bo, ly luan chinh tri" />
<meta name="description" content="Website Trường Chính trị Nguyễn Văn Linh tỉnh Hưng Yên" />
<link rel="shortcut icon" href="favicon.ico" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link href="css/ddsmoothmenu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.7.1.min.js"></script>
<script type="text/javascript" src="js/ddsmoothmenu.js"></script>
<script type="text/javascript" src="js/jquery.nivo.slider.pack.js"></script>
<script type="text/javascript">
ddsmoothmenu.init({{mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup"}});
</script>
</head>
<body>
<a name="top"></a>
<div id="khung_ngoai">
<div id="dau_trang">
<table width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="130" align="center"><a href="index.php"><img src="images/logo.png" width="100" height="100" border="0" alt="Logo" /></a></td>
<td><h1 class="ten_truong">TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH</h1><div class="ten_tinh">TỈNH HƯNG YÊN</div></td>
<td width="260"><object width="260" height="120"><param name="movie" value="images/banner.swf" /><param name="wmode" value="transparent" /><embed src="images/banner.swf" width="260" height="120" wmode="transparent"></embed></object></td>
</tr></table>
</div>
<div id="thanh_menu">{_menu()}</div>
<div id="thanh_ngay"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="200" class="ngay_ht">{HEADER_TODAY}</td>
<td><marquee scrollamount="3" class="chay_chu">Chào mừng kỷ niệm 77 năm Ngày thành lập Trường (1949 - 2026)!</marquee></td>
<td width="250" align="right"><form action="index.php" method="get" name="frmTimKiem"><input type="hidden" name="act" value="search" /><input type="text" name="key" size="18" value="Tìm kiếm..." onfocus="this.value=''" /> <input type="submit" value="Tìm" class="nut" /></form></td>
</tr></table></div>
<table id="than_trang" width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td id="cot_trai" width="215" valign="top">{_left_col()}</td>
<td id="cot_giua" width="570" valign="top">{crumb}{main}</td>
<td id="cot_phai" width="215" valign="top">{_right_col()}</td>
</tr></table>
<div id="chan_trang">
<p><b>TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH TỈNH HƯNG YÊN</b></p>
<p>Địa chỉ: Đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên - Điện thoại: 0221.3862.519 - Email: truongchinhtri@hungyen.gov.vn</p>
<p>Ghi rõ nguồn "Trường Chính trị Nguyễn Văn Linh" khi phát hành lại thông tin từ website này.</p>
<p class="tk">Thiết kế bởi: <a href="http://www.phohiensoft.vn" target="_blank">Công ty TNHH Tin học Phố Hiến</a> - 2012</p>
</div>
</div>
</body>
</html>
"""


def _crumb(*parts: tuple[str, str | None]) -> str:
    items = ['<a href="index.php">Trang chủ</a>']
    for label, href in parts:
        items.append(f'<a href="{href}">{label}</a>' if href else f"<span>{label}</span>")
    return (
        '<div class="dd_link"><img src="images/home.gif" alt="" /> '
        + " &raquo; ".join(items)
        + "</div>\n"
    )


def _cat_crumb(cat: int) -> str:
    parts: list[tuple[str, str | None]] = []
    if cat in PARENT:
        parts.append((CATS[PARENT[cat]], None))
    parts.append((CATS[cat], _u_list(cat) if cat != 1 else None))
    return _crumb(*parts)


def _respond(body: str, status: int = 200) -> Response:
    """No charset in the header (PHP's default_charset was empty): only the meta tag says it."""
    return html(body.encode("utf-8", "surrogateescape"), status=status, charset=None)


# --- pages -----------------------------------------------------------------------------------


def home_page() -> str:
    slides = "".join(
        f'<a href="{_h(_u_detail(BY_ID[i], 1))}"><img src="upload/tintuc/slide/{i}.jpg" '
        f'width="560" height="280" alt="" title="#cap{i}" /></a>'
        for i in SLIDER_IDS
    )
    caps = "".join(
        f'<div id="cap{i}" class="nivo-html-caption">{esc(BY_ID[i].title)}</div>' for i in SLIDER_IDS
    )
    boxes = []
    for cat in (2, 3, 5):
        items = _in_cat(cat)
        first, rest = items[0], items[1:3]
        boxes.append(
            f'<div class="khung_dm"><div class="tde_dm"><a href="{_u_list(cat)}">'
            f"{CATS[cat].upper()}</a></div>"
            '<table width="100%" cellpadding="3" cellspacing="0"><tr>'
            f'<td width="130" valign="top"><a href="{_h(_u_detail(first, cat))}">'
            f'<img src="upload/tintuc/thumb/{first.id}.jpg" width="120" height="90" border="0" '
            'class="anh_nho" alt="" /></a></td><td valign="top">'
            f'<a class="tde_tin_dm" href="{_h(_u_detail(first, cat))}">{esc(first.title)}</a>'
            f'<div class="ttat_tin">{_cut_bytes(_intro_of(first))}</div></td></tr></table>'
            '<ul class="ds_tin_dm">'
            + "".join(
                f'<li><a href="{_h(_u_detail(s, cat))}">{esc(s.title)}</a> '
                f'<span class="ngay_tin">({_dmy(s.published_at or "")})</span></li>'
                for s in rest
            )
            + f'</ul><div class="xemtiep"><a href="{_u_list(cat)}">Xem tiếp &raquo;</a></div>'
            "</div>\n"
        )
    main = (
        '<div class="khung_slide"><div id="slider" class="nivoSlider">'
        + slides
        + "</div>"
        + caps
        + "</div>\n"
        '<script type="text/javascript">$(window).load(function(){$("#slider").nivoSlider('
        "{effect:'fade',pauseTime:4000});});</script>\n"
        + "".join(boxes)
    )
    return page(main)


def _pager(cat: int, p: int, total_pages: int) -> str:
    if total_pages <= 1:
        return ""
    parts = ['<div class="phan_trang">Trang: ']
    if p > 1:
        parts.append(f'<a href="{_h(_u_list(cat, p - 1))}">&laquo; Trước</a> ')
    lo = max(1, min(p - 1, total_pages - 2))
    hi = min(total_pages, lo + 2)
    if lo > 1:
        parts.append("&hellip; ")
    for n in range(lo, hi + 1):
        if n == p:
            parts.append(f'<b class="tr_ht">[{n}]</b> ')
        else:
            parts.append(f'<a href="{_h(_u_list(cat, n))}">{n}</a> ')
    if hi < total_pages:
        parts.append("&hellip; ")
    if p < total_pages:
        parts.append(f'<a href="{_h(_u_list(cat, p + 1))}">Tiếp &raquo;</a>')
    parts.append("</div>")
    return "".join(parts)


def list_page(cat: int, p: int) -> str:
    items = _in_cat(cat)
    total_pages = max(1, math.ceil((len(items) + HIDDEN_ROWS.get(cat, 0)) / PER_PAGE))
    chunk = items[(p - 1) * PER_PAGE : p * PER_PAGE] if p >= 1 else []
    rows = []
    for s in chunk:
        u = _h(_u_detail(s, cat))
        rows.append(
            '<table class="tbl_tin" width="100%" border="0" cellpadding="3" cellspacing="0"><tr>'
            f'<td width="130" valign="top"><a href="{u}"><img src="upload/tintuc/thumb/{s.id}.jpg" '
            'width="120" height="90" border="0" class="anh_nho" alt="" /></a></td>'
            f'<td valign="top"><a class="tde_tin" href="{u}" title="{esc(s.title)}">'
            f'{esc(s.title)}</a> <span class="ngay_tin">({_dmy(s.published_at or "")})</span>'
            f'<div class="ttat_tin">{_cut_bytes(_intro_of(s))}</div>'
            f'<div class="ct_tin"><a href="{u}">Chi tiết &raquo;</a></div></td></tr></table>'
            '<div class="ngan_cach"></div>\n'
        )
    if not rows:
        rows.append('<p class="thong_bao">Chưa có tin nào trong mục này.</p>')
    main = (
        f'<div class="tde_muc">{CATS[cat].upper()}</div>\n'
        + "".join(rows)
        + _pager(cat, p, total_pages)
    )
    return page(main, _cat_crumb(cat))


def archive_page(m: int, y: int) -> str:
    items = _in_month(m, y)
    lis = "".join(
        f'<li><img src="images/muiten.gif" alt="" /> <a href="{_h(f"index.php?act=detail&cat={s.cat}&id={s.id}")}">'
        f'{esc(s.title)}</a> <i class="ngay_tin">({_dmy(s.published_at or "")})</i></li>'
        for s in items
    )
    if not lis:
        lis = "<li>Không có tin nào trong tháng này.</li>"
    main = f'<div class="tde_muc">LƯU TRỮ THÁNG {m:02d}/{y}</div>\n<ul class="ds_luutru">{lis}</ul>\n'
    return page(main, _crumb((f"Lưu trữ tháng {m:02d}/{y}", None)))


def detail_page(story: Story, url_cat: int | None) -> str:
    cat = url_cat if url_cat in CATS else _cat(story)
    intro = (
        f'<div class="ttat_ct"><b>{esc(story.summary)}</b></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    widgets = (
        f'<div class="luotxem" align="right">Số lần đọc: <b>{story.views()}</b></div>\n'
        '<div class="mxh"><iframe src="http://www.facebook.com/plugins/like.php?href='
        f"{quote_plus(PUBLIC_HOST + '/index.php?act=detail&id=' + str(story.id))}"
        '&amp;layout=button_count&amp;width=100&amp;height=21" scrolling="no" frameborder="0" '
        'style="border:none; overflow:hidden; width:100px; height:21px;"></iframe> '
        '<a class="addthis_button_compact" href="http://www.addthis.com/bookmark.php">'
        '<img src="images/share.gif" alt="" border="0" /> Chia sẻ</a></div>\n'
        '<script type="text/javascript">document.write(\'<span class="dang_xem">Bạn đang xem '
        "tin: ' + document.title + '</span>');</script>\n"
    )
    others = [s for s in _in_cat(_cat(story)) if s.id != story.id][:4]
    other_lis = "".join(
        f'<li><a href="{_h(_u_detail(s, _cat(s)))}">{esc(s.title)}</a> '
        f'<span class="ngay_tk">({_dmy(s.published_at or "")})</span></li>'
        for s in others
    )
    main = (
        '<table class="tbl_ct" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td valign="top" class="o_ct">\n'
        f'<div class="tde_ct">{esc(story.title)}</div>\n'
        f'<div class="ngay_cn" style="color: #888888; font-size: 11px;">(Cập nhật: '
        f'{_dmy(story.published_at or "")})</div>\n'
        + intro
        + '<div id="nd_chitiet">\n'
        + render_text(story)
        + widgets
        + "</div>\n"
        '<div class="cc_ct" align="right"><img src="images/icon_print.gif" alt="" /> '
        f"<a href=\"javascript:void(0);\" onclick=\"window.open('print.php?id={story.id}','In',"
        "'width=750,height=600,scrollbars=yes');\">In bài này</a> | "
        '<img src="images/icon_top.gif" alt="" /> <a href="#top">Về đầu trang</a></div>\n'
        '<div class="tinkhac"><div class="tde_tinkhac">Các tin khác</div>'
        f'<ul class="ds_tinkhac">{other_lis}</ul></div>\n'
        "</td></tr></table>\n"
    )
    return page(main, _cat_crumb(cat))


def not_found_detail() -> str:
    main = (
        '<div class="thong_bao" style="padding: 30px; text-align: center;">'
        "<b>Thông báo:</b> Tin này không tồn tại hoặc đã bị xóa!<br />"
        '<a href="javascript:history.back();">&laquo; Quay lại</a></div>'
    )
    return page(main, _crumb(("Thông báo", None)))


def static_page(pid: int) -> str:
    title, body = STATIC_PAGES[pid]
    main = (
        '<table class="tbl_ct" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td valign="top" class="o_ct">\n'
        f'<div class="tde_ct">{esc(title)}</div>\n'
        '<div class="ngay_cn" style="color: #888888; font-size: 11px;">(Cập nhật: 12/03/2012)'
        "</div>\n"
        f'<div id="nd_chitiet">\n{body}\n</div>\n'
        '<div class="cc_ct" align="right"><a href="#top">Về đầu trang</a></div>\n'
        "</td></tr></table>\n"
    )
    return page(main, _crumb((title, None)))


def search_page(key: str) -> str:
    k = key.strip().lower()
    hits = [s for s in _newest(STORIES) if k and k in s.title.lower()]
    lis = "".join(
        f'<li><a href="{_h(_u_detail(s, _cat(s)))}">{esc(s.title)}</a> '
        f'({_dmy(s.published_at or "")})</li>'
        for s in hits
    ) or "<li>Không tìm thấy kết quả nào.</li>"
    main = (
        f'<div class="tde_muc">KẾT QUẢ TÌM KIẾM: &quot;{esc(key)}&quot;</div>'
        f'<ul class="ds_luutru">{lis}</ul>'
    )
    return page(main, _crumb(("Tìm kiếm", None)))


def print_page(story: Story) -> str:
    intro = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<style>body{{font-family: "Times New Roman"; font-size: 14px; width: 680px; margin: auto}}</style>
</head>
<body onload="window.print();">
<table width="100%"><tr><td><img src="images/logo_in.gif" alt="" /></td>
<td><b>TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH TỈNH HƯNG YÊN</b></td></tr></table>
<hr />
<h3>{esc(story.title)}</h3>
<p><i>(Cập nhật: {_dmy(story.published_at or "")})</i></p>
{intro}
{render_text(story)}
<hr />
<p style="font-size: 11px;">Địa chỉ bài viết: {PUBLIC_HOST}/index.php?act=detail&amp;id={story.id}</p>
</body>
</html>
"""


def poll_page() -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        "<title>Kết quả thăm dò</title></head><body><b>Kết quả thăm dò ý kiến</b>"
        "<p>Rất hữu ích: 412 phiếu<br />Hữu ích: 230 phiếu<br />Bình thường: 57 phiếu</p>"
        '<a href="javascript:window.close();">Đóng cửa sổ</a></body></html>'
    )


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class Site:
    """``index.php`` switching on ``act``, as the 2012 code does (unknown acts fall to home)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self._index(request)
        if path == "/print.php":
            story = BY_ID.get(_int(request.params.get("id")) or 0)
            return _respond(print_page(story)) if story else None
        if path == "/binhchon.php":
            return _respond(poll_page())
        if path.startswith(("/images/", "/upload/", "/userfiles/", "/css/", "/js/")) or path in (
            "/favicon.ico",
        ):
            return static_file(path)
        if path in ("/index.html", "/default.php"):
            return redirect("/index.php", 301)
        return None

    def _index(self, request: Request) -> Response:
        q = request.params
        act = q.get("act", "")
        if act == "list":
            cat = _int(q.get("cat"), 0) or 0
            if cat not in CATS:
                return _respond(page('<p class="thong_bao">Chưa có tin nào trong mục này.</p>'))
            return _respond(list_page(cat, _int(q.get("p"), 1) or 1))
        if act == "archive":
            m, y = _int(q.get("m"), 0) or 0, _int(q.get("y"), 0) or 0
            if not (1 <= m <= 12 and 2012 <= y <= 2026):
                return _respond(not_found_detail())
            return _respond(archive_page(m, y))
        if act == "detail":
            story = BY_ID.get(_int(q.get("id"), 0) or 0)
            if story is None:
                return _respond(not_found_detail())
            return _respond(detail_page(story, _int(q.get("cat"))))
        if act == "page":
            pid = _int(q.get("id"), 0) or 0
            if pid not in STATIC_PAGES:
                return _respond(page('<p class="thong_bao">Trang không tồn tại.</p>'))
            return _respond(static_page(pid))
        if act == "search":
            return _respond(search_page(q.get("key", "")))
        return _respond(home_page())


def build_site() -> Site:
    return Site()
