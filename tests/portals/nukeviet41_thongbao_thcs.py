"""NukeViet CMS 4.1 (2017), vendor school theme: Trường THCS Nguyễn Trãi, thị xã Buôn Hồ, Đắk Lắk.

Platform
--------
NukeViet 4.1 with URL rewriting on, a school theme bought from a local vendor ("thcs-nguyentrai",
Bootstrap 3 under it), the news module renamed ``tin-tuc`` and a second module ``thong-bao``
(announcements) cloned from news, with its own tables and so its own id sequence. Chrome: top bar
with today's date, the site name in an ``<h1>`` on every page, a "Tin mới" ``<marquee>`` ticker, a
menu with drop-downs, breadcrumbs, a right column (Thông báo mới, Tin xem nhiều, Liên kết website,
poll, visitor counter) and a footer with address/phone/email.

URL scheme
----------
- ``/`` home (blocks per category, "Tin nổi bật" slider, "Thông báo" box);
- ``/tin-tuc/`` (viewcat_main), ``/tin-tuc/<cat>/`` and ``/tin-tuc/<cat>/page-<n>/``;
  categories ``tin-hoat-dong`` (viewcat_page_new, 3 a page), ``hoat-dong-chuyen-mon``
  (viewcat_list_new: title list with date, 2 a page), ``doan-doi`` (viewcat_page_new, one page);
- articles ``/tin-tuc/<cat>/<alias>-<id>.html``; print view ``/tin-tuc/print/<cat>/<alias>-<id>.html``
  (opened by ``nv_open_browse`` in an onclick, as NukeViet does); tags ``/tin-tuc/tag/<tag>``;
- announcements ``/thong-bao/<alias>-<id>.html``, list ``/thong-bao/`` and ``/thong-bao/page-<n>/``
  (2 a page), print ``/thong-bao/print/<alias>-<id>.html``;
- the non-rewritten form ``/index.php?language=vi&nv=tin-tuc&op=<cat>/<alias>-<id>`` serves the
  article too; a wrong alias with a right id answers 301 to the current URL (NukeViet's check);
- non-articles: ``/gioi-thieu/<page>.html`` (page module), ``/lien-he/``, ``/van-ban/`` and
  ``/van-ban/detail/<alias>-<id>.html`` (laws module), ``/thu-vien-anh/album/<alias>-<id>.html``,
  ``/videoclips/video-<alias>``; images under ``/uploads/…`` (full) and ``/assets/…`` (thumbs).

Page templates
--------------
- news detail: ``div.news_column.panel`` > ``h1.title`` (headline; the site's ``h1`` is in the header
  too), ``span.h5`` date "Thứ năm - 03/12/2026 14:30", sometimes ``span.ngaycapnhat`` "Cập nhật: …",
  toolbar (views, font size, print/email onclick, Facebook like iframe), ``div.hometext`` (the sapo,
  its own element, with the ``homeimg`` ``<figure>`` whose ``<figcaption>`` prints homeimgalt),
  ``div#news-bodyhtml.bodytext`` (CKEditor text; the theme appends the "Đính kèm" file table inside
  it), author/source lines ``p.h5.text-right`` ("Tác giả bài viết:", "Nguồn tin:"), "Từ khóa" tags,
  rating form, "Bình luận Facebook" block, "Tin cùng chuyên mục" list with dates;
- thong-bao detail (the vendor re-templated the clone): headline in ``h2.tieude-tb`` (no article
  ``h1``), "Ngày đăng: 02/12/2026 - 02:15 CH" (12-hour clock, SA/CH), ``div.mota-tb`` hometext,
  ``div#tb-noidung`` text, "Đính kèm", "Các thông báo khác";
- print view: NukeViet's print.tpl (h1, date, hometext, text, author, "URL của bản tin này").

How each gold article is reached
--------------------------------
- tin-hoat-dong page 1: 25, 23, 22 (also home, marquee, slider); page 2 only: 17, 13;
- hoat-dong-chuyen-mon page 1: 26, 20 (also home); page 2 only: 14;
- doan-doi page 1: 23 (as ``/tin-tuc/doan-doi/…-23.html``), 19 (also home), 11 (listing only);
- thong-bao page 1: 16, 14 (also home and sidebar); page 2 only: 13.

Traps
-----
1. Two ``h1`` on a news page (the vendor header prints the site name as ``h1`` everywhere) and no
   article ``h1`` at all on announcements (headline in ``h2.tieude-tb``). Gold title: the headline.
2. Ids collide across modules: ``/thong-bao/…-13.html`` and ``/thong-bao/…-14.html`` are other
   texts than ``/tin-tuc/…/…-13.html`` and ``…-14.html`` (cloned module, own tables). Gold: four
   distinct articles; deduplicating NukeViet URLs by the trailing id loses two.
3. Article 23 is filed in two categories (``listcatid``); the doan-doi listing and the home
   "Đoàn - Đội" box link ``/tin-tuc/doan-doi/…-23.html``, which serves it with the breadcrumb
   "Đoàn - Đội" and a ``rel=canonical`` to ``/tin-tuc/tin-hoat-dong/…-23.html``. Gold: one
   record at the canonical path, category "Tin hoạt động", the doan-doi URL in ``alt_paths``.
4. The "Tin mới" marquee block is vendor code that builds non-rewritten links
   (``/index.php?language=vi&nv=tin-tuc&op=<cat>/<alias>-<id>``) for the 5 newest news; they
   answer 200 with the same article (canonical tag to the rewritten URL). Gold: in ``alt_paths``.
5. The cached "Tin xem nhiều" block still links article 22 under its old alias (the title was
   edited after posting); NukeViet answers 301 to the current alias. Gold: one record (the
   redirect serves nothing, so it is not an alt path).
6. The ``homeimg`` figure sits in the hometext, outside the text container, and is the article's
   first photo; its ``<figcaption>`` prints homeimgalt, and when the editor left that empty
   NukeViet prints the headline instead (article 22). Gold: the photo is the first image; the
   caption is homeimgalt, None where the printed line is the headline fallback.
7. The editor pasted the hometext again as the first paragraph of the text (article 23). Gold:
   the lead once (summary = first body paragraph), not twice.
8. The theme prints the "Đính kèm" file table (STT | Tên tệp | Dung lượng | Tải về) *inside*
   ``#news-bodyhtml``/``#tb-noidung`` after the text (articles 26, 16), while those same articles
   have a real data table in their text. Gold: the text's table rows are body (cells joined by
   " | "); the attachment table is not.
9. Photos with their caption in a second row of a layout table (article 22, old CKEditor habit).
   Gold: the row is the image's caption, not a body paragraph.
10. Dates: news print "Thứ năm - 03/12/2026 14:30" and may add "Cập nhật: 15/11/2026 09:30"
    (article 20; the list_new listing shows that update day); article 20 was posted at "00:00"
    (gold: the day alone); the thong-bao clone prints a 12-hour clock with Vietnamese markers
    ("02:15 CH" = 14:15; "12:00 SA" = midnight, the day alone). The header prints today.
11. Announcement 14 is an official document (letterhead table, "Số: 52/TB-THCSNT", "Buôn Hồ, ngày
    18 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer), posted on 19/11 at
    07:40 SA. Gold: date 2026-11-18 (letterhead), author the signer "Phạm Văn Hùng", letterhead,
    kind/subject lines and closing not body.
12. Announcement 13 was pasted from a "Unicode tổ hợp" (decomposed, NFD) document; article 22's
    text went through CKEditor's entity option (``&agrave;``, ``&ocirc;`` … for Latin-1 letters,
    the other Vietnamese letters raw). Gold: NFC text.
13. Bylines in three forms: NukeViet's author field with degree/post ("ThS. Nguyễn Văn Thành -
    Phó Hiệu trưởng" -> "Nguyễn Văn Thành"), a unit ("Tổ Thể - Mỹ"), and a right-aligned line the
    editor typed at the end of the text ("Tin, ảnh: Y Khoa Niê"; "Tin: Thanh Hương - Ảnh: Y Khoa
    Niê"); "Nguồn tin: X" -> source X. A caption line "Ảnh: Minh Tâm" credits a photographer only.
14. Widgets between and after the text: the toolbar (views, "Cỡ chữ", Facebook like iframe),
    the rating form ("Tổng số điểm của bài viết là: …"), the Facebook comments block with its
    "Bạn cần bật JavaScript" fallback, "Tin cùng chuyên mục" with dates. None is body.

Gold decisions on ambiguous points
----------------------------------
- ``alt_paths`` list the print views (reachable only from an onclick) and the other URLs that the
  site prints somewhere (marquee ``index.php`` links, the second category); the ``index.php``
  form of an article no page prints is served too but is not listed.
- A ``<figcaption>`` equal to the headline is NukeViet's fallback for an empty homeimgalt: None.
- A bold lead paragraph inside the text (article 13, no hometext) is the summary.
- An emoji typed as a character (article 19's "👉 ") is kept.
- Announcement 16 closes with a right-aligned unit "Ban Giám hiệu": the author as printed.
- The ``<br>``-separated lines of article 17's targets are three paragraphs.
- Category of announcements: "Thông báo" (breadcrumb and menu).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from html.entities import codepoint2name

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
    static_file,
    text,
)

NAME = "nukeviet41_thongbao_thcs"
PLATFORM = "NukeViet CMS 4.1 (news module as tin-tuc + cloned thong-bao module, vendor theme)"
START_PATH = "/"

SITE = "Trường THCS Nguyễn Trãi"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
THEME = "/themes/thcs-nguyentrai"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
}
PER_PAGE = {"tin-hoat-dong": 3, "hoat-dong-chuyen-mon": 2, "doan-doi": 5}
TB = "thong-bao"
TB_TITLE = "Thông báo"
TB_PER_PAGE = 2

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# --- the stories ------------------------------------------------------------------------------

N25 = Story(
    id=25,
    slug="truong-thcs-nguyen-trai-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Trường THCS Nguyễn Trãi tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="tin-hoat-dong",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Từ ngày 30/11 đến ngày 03/12/2026, Trường THCS Nguyễn Trãi tổ chức Hội khỏe Phù Đổng cấp "
        "trường năm học 2026 - 2027 với sự tham gia của hơn 450 vận động viên là học sinh của 28 lớp."
    ),
    sapo_outside=True,
    authors=["Tổ Thể - Mỹ"],
    photographers=["Minh Tâm"],
    blocks=[
        Img(
            "/uploads/tin-tuc/2026_12/hkpd-khai-mac.jpg",
            "Các vận động viên diễu hành tại lễ khai mạc Hội khỏe Phù Đổng",
            "Các vận động viên diễu hành tại lễ khai mạc Hội khỏe Phù Đổng",
            style="home",
        ),
        P(
            "Hội khỏe Phù Đổng năm nay gồm 6 môn thi đấu: điền kinh, bóng đá nam, bóng chuyền, cầu "
            "lông, cờ vua và kéo co. Đây là hoạt động thường niên nhằm duy trì phong trào rèn luyện "
            "thân thể theo gương Bác Hồ vĩ đại, đồng thời phát hiện, bồi dưỡng các em có năng khiếu "
            "để tham gia Hội khỏe Phù Đổng cấp thị xã."
        ),
        P(
            "Phát biểu khai mạc, thầy Phạm Văn Hùng, Hiệu trưởng nhà trường, nhấn mạnh: “Mỗi trận "
            "đấu là dịp để các em rèn luyện tinh thần đồng đội, tính kỷ luật và ý chí vượt khó; "
            "thắng thua không quan trọng bằng việc các em thi đấu trung thực, đoàn kết.”"
        ),
        Img(
            "/uploads/tin-tuc/2026_12/hkpd-chung-ket-bong-da.jpg",
            "Trận chung kết bóng đá nam giữa lớp 9A2 và lớp 9A5",
            "Trận chung kết bóng đá nam giữa lớp 9A2 và lớp 9A5",
            style="fig",
        ),
        P(
            "Sau bốn ngày tranh tài sôi nổi, Ban tổ chức đã trao 18 huy chương vàng, 18 huy chương "
            "bạc và 24 huy chương đồng cho các vận động viên đạt thành tích cao. Tập thể lớp 9A2 "
            "xuất sắc giành giải Nhất toàn đoàn, giải Nhì thuộc về lớp 8A1 và giải Ba thuộc về lớp 9A5."
        ),
        Img("/uploads/tin-tuc/2026_12/hkpd-keo-co.jpg", "Ảnh: Minh Tâm", None, style="next"),
        P(
            "Qua Hội khỏe, nhà trường đã chọn được 32 vận động viên tiêu biểu để thành lập đội tuyển "
            "tham gia Hội khỏe Phù Đổng thị xã Buôn Hồ, dự kiến tổ chức vào tháng 01/2027."
        ),
    ],
    opts={
        "pub": "2026-12-03 14:30",
        "author_field": "Tổ Thể - Mỹ",
        "tags": ["hoi-khoe-phu-dong"],
    },
)

N23_LEAD = (
    "Sáng ngày 26/11/2026, Trường THCS Nguyễn Trãi phối hợp với Đội Cảnh sát giao thông - trật tự "
    "Công an thị xã Buôn Hồ tổ chức buổi tuyên truyền pháp luật về trật tự, an toàn giao thông "
    "cho gần 1.100 học sinh toàn trường."
)
N23 = Story(
    id=23,
    slug="tuyen-truyen-phap-luat-ve-an-toan-giao-thong-cho-hoc-sinh",
    title="Tuyên truyền pháp luật về an toàn giao thông cho học sinh",
    cat="tin-hoat-dong",
    published_at="2026-11-27T09:05:00+07:00",
    summary=N23_LEAD,
    sapo_outside=True,
    authors=["Đỗ Thị Thanh Hương"],
    blocks=[
        Raw(f'<p style="text-align: justify;">{esc(N23_LEAD)}</p>'),
        P(
            "Tại buổi tuyên truyền, Thượng úy Nguyễn Đình Phúc, cán bộ Đội Cảnh sát giao thông - "
            "trật tự, đã phổ biến những quy định cơ bản của Luật Trật tự, an toàn giao thông đường "
            "bộ; phân tích các lỗi vi phạm học sinh thường mắc phải như đi xe đạp điện không đội mũ "
            "bảo hiểm, đi hàng ba, hàng bốn, lạng lách trên đường."
        ),
        P(
            "Đặc biệt, báo cáo viên đã nhắc nhở học sinh chưa đủ 16 tuổi không được điều khiển xe "
            "mô tô, xe gắn máy; phụ huynh giao xe cho con em chưa đủ tuổi điều khiển sẽ bị xử phạt "
            "theo quy định."
        ),
        Img(
            "/uploads/tin-tuc/2026_11/atgt-tuyen-truyen.jpg",
            "Thượng úy Nguyễn Đình Phúc tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh",
            "Thượng úy Nguyễn Đình Phúc tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh",
            style="next",
        ),
        P(
            "Buổi tuyên truyền còn có phần giao lưu, hỏi đáp với nhiều câu hỏi tình huống sát với "
            "thực tế. Các em học sinh trả lời đúng đã được Ban tổ chức trao tặng mũ bảo hiểm đạt chuẩn."
        ),
        P(
            "Kết thúc buổi tuyên truyền, đại diện học sinh toàn trường đã ký cam kết chấp hành nghiêm "
            "các quy định về an toàn giao thông, không vi phạm trên đường đến trường và trở về nhà."
        ),
    ],
    opts={
        "pub": "2026-11-27 09:05",
        "author_field": "Đỗ Thị Thanh Hương - TPT Đội",
        "tags": ["an-toan-giao-thong"],
        "listcat": ["doan-doi"],
    },
)

N22_TITLE = "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)"
N22 = Story(
    id=22,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title=N22_TITLE,
    cat="tin-hoat-dong",
    published_at="2026-11-20T16:45:00+07:00",
    summary=(
        "Chiều ngày 19/11/2026, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết đợt thi đua “Dạy tốt - Học tốt” "
        "chào mừng ngày lễ lớn của ngành."
    ),
    sapo_outside=True,
    authors=["Y Khoa Niê"],
    photographers=["Y Khoa Niê"],
    blocks=[
        Img("/uploads/tin-tuc/2026_11/le-20-11-toan-canh.jpg", N22_TITLE, None, style="home"),
        P(
            "Tới dự buổi lễ có bà Trần Thị Lan, Phó Trưởng phòng Giáo dục và Đào tạo thị xã Buôn Hồ; "
            "đại diện lãnh đạo Đảng ủy, UBND phường An Lạc; Ban đại diện Cha mẹ học sinh cùng đông đủ "
            "cán bộ, giáo viên, nhân viên và học sinh nhà trường."
        ),
        P(
            "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, cô Lê Thị Thu Hà, Phó Hiệu trưởng, điểm lại "
            "những kết quả nổi bật của nhà trường trong năm học vừa qua: tỉ lệ học sinh lên lớp đạt "
            "98,6%; 100% học sinh lớp 9 được xét công nhận tốt nghiệp THCS; 21 học sinh đạt giải kỳ "
            "thi học sinh giỏi cấp thị xã và 4 học sinh đạt giải cấp tỉnh."
        ),
        Img(
            "/uploads/tin-tuc/2026_11/le-20-11-on-truyen-thong.jpg",
            "Cô Lê Thị Thu Hà ôn lại truyền thống Ngày Nhà giáo Việt Nam",
            "Cô Lê Thị Thu Hà ôn lại truyền thống Ngày Nhà giáo Việt Nam",
            style="table",
        ),
        P(
            "Trong đợt thi đua, nhà trường đã tổ chức hội giảng với 36 tiết dạy, trong đó 29 tiết "
            "được xếp loại giỏi. Các hoạt động văn nghệ, thi báo tường, thi “Rung chuông vàng” được "
            "các chi đội hưởng ứng nhiệt tình."
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 giáo viên có tiết dạy xuất sắc trong hội giảng và "
            "8 chi đội đạt thành tích cao trong đợt thi đua. Ban đại diện Cha mẹ học sinh cũng trao "
            "tặng 20 suất quà cho học sinh nghèo vượt khó, học giỏi."
        ),
        Img(
            "/uploads/tin-tuc/2026_11/le-20-11-trao-qua.jpg",
            "Ban đại diện Cha mẹ học sinh trao quà cho học sinh nghèo vượt khó",
            "Ban đại diện Cha mẹ học sinh trao quà cho học sinh nghèo vượt khó",
            style="table",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ do học sinh các lớp biểu diễn, với những ca "
            "khúc, điệu múa ca ngợi công ơn thầy cô và tình yêu quê hương Đắk Lắk."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Y Khoa Niê</strong></p>'),
    ],
    opts={
        "pub": "2026-11-20 16:45",
        "entities": True,
        "old_alias": "ky-niem-ngay-nha-giao-viet-nam-20-11",
    },
)

N17 = Story(
    id=17,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-hoat-dong",
    published_at="2026-10-16T10:20:00+07:00",
    summary=(
        "Ngày 15/10/2026, Trường THCS Nguyễn Trãi tổ chức Hội nghị viên chức, người lao động năm học "
        "2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học trước và thống nhất các chỉ "
        "tiêu, giải pháp cho năm học mới."
    ),
    sapo_outside=True,
    authors=["Tổ Văn phòng"],
    blocks=[
        P("Đánh giá kết quả năm học 2025 - 2026", style="h"),
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, báo cáo công "
            "khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân. Năm học qua, nhà trường "
            "được UBND tỉnh Đắk Lắk tặng Bằng khen, Công đoàn trường được Liên đoàn Lao động tỉnh "
            "công nhận “Vững mạnh xuất sắc”."
        ),
        Img(
            "/uploads/tin-tuc/2026_10/hoi-nghi-vien-chuc.jpg",
            "Toàn cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
            "Toàn cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
            style="next",
        ),
        P("Phương hướng năm học 2026 - 2027", style="h"),
        P("Năm học 2026 - 2027, nhà trường phấn đấu đạt các chỉ tiêu chủ yếu:", style="div"),
        P("Tỉ lệ học sinh lên lớp thẳng đạt từ 97% trở lên; duy trì sĩ số đạt 99,5%;", style="br"),
        P(
            "Có ít nhất 25 giải học sinh giỏi cấp thị xã; 100% giáo viên đạt chuẩn nghề nghiệp ở mức "
            "khá trở lên.",
            style="br",
        ),
        P(
            "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về đổi mới phương pháp dạy "
            "học theo Chương trình giáo dục phổ thông 2018, công tác bồi dưỡng học sinh giỏi, phụ đạo "
            "học sinh yếu kém và chăm lo đời sống cho đội ngũ.",
            style="div",
        ),
        P(
            "Hội nghị đã thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở sửa đổi và bầu Ban "
            "Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí. 100% viên chức, người lao động "
            "đã ký cam kết thi đua thực hiện tốt nhiệm vụ năm học."
        ),
    ],
    opts={"pub": "2026-10-16 10:20", "author_field": "Tổ Văn phòng"},
)

N13_LEAD = (
    "Nhằm giúp đỡ học sinh có hoàn cảnh khó khăn có thêm phương tiện đến trường, chiều ngày "
    "07/10/2026, Trường THCS Nguyễn Trãi phối hợp với Hội Khuyến học thị xã Buôn Hồ trao tặng 15 "
    "chiếc xe đạp cho học sinh nghèo vượt khó."
)
N13 = Story(
    id=13,
    slug="trao-tang-xe-dap-cho-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao tặng xe đạp cho học sinh có hoàn cảnh khó khăn",
    cat="tin-hoat-dong",
    published_at="2026-10-08T15:00:00+07:00",
    summary=N13_LEAD,
    source="Phòng GD&ĐT thị xã Buôn Hồ",
    blocks=[
        P(N13_LEAD, style="lead"),
        P(
            "Các em được nhận xe đều là học sinh có hoàn cảnh gia đình đặc biệt khó khăn, phần lớn là "
            "con em đồng bào Ê Đê ở các buôn Ea Siên, Ea Drông, có nhà cách trường từ 4 đến 7 km. "
            "Nhiều em trước đây phải đi bộ hoặc đi nhờ xe bạn để đến lớp."
        ),
        P(
            "Mỗi chiếc xe đạp trị giá 2,2 triệu đồng, do các nhà hảo tâm, doanh nghiệp trên địa bàn và "
            "tập thể cán bộ, giáo viên nhà trường đóng góp. Kèm theo xe, mỗi em còn được tặng một mũ "
            "bảo hiểm và bộ sách giáo khoa."
        ),
        Img(
            "/uploads/tin-tuc/2026_10/trao-xe-dap.jpg",
            "Đại diện Hội Khuyến học thị xã trao xe đạp cho học sinh",
            "Đại diện Hội Khuyến học thị xã trao xe đạp cho học sinh",
            style="fig",
        ),
        P(
            "“Có xe đạp mới, em sẽ không phải dậy từ 5 giờ sáng để đi bộ đến trường nữa. Em hứa sẽ "
            "cố gắng học thật giỏi”, em H’Ngọc Êban, học sinh lớp 7A3, xúc động chia sẻ.",
            style="quote",
        ),
        P(
            "Được biết, từ đầu năm học đến nay, nhà trường đã vận động được 46 triệu đồng để hỗ trợ "
            "học sinh khó khăn mua sắm đồ dùng học tập, quần áo đồng phục và đóng bảo hiểm y tế."
        ),
    ],
    opts={"pub": "2026-10-08 15:00", "source_field": "Phòng GD&ĐT thị xã Buôn Hồ"},
)

N26 = Story(
    id=26,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thi-xa-nam-hoc-2026-2027",
    title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-04T08:00:00+07:00",
    summary=(
        "Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 - 2027 vừa kết thúc, Trường THCS "
        "Nguyễn Trãi có 19 học sinh đạt giải, xếp thứ hai toàn thị xã."
    ),
    sapo_outside=True,
    authors=["Nguyễn Văn Thành"],
    blocks=[
        Img(
            "/uploads/tin-tuc/2026_12/doi-tuyen-hsg-lop-9.jpg",
            "Đội tuyển học sinh giỏi lớp 9 của nhà trường",
            "Đội tuyển học sinh giỏi lớp 9 của nhà trường",
            style="home",
        ),
        P(
            "Kỳ thi do Phòng Giáo dục và Đào tạo thị xã Buôn Hồ tổ chức trong hai ngày 24 và "
            "25/11/2026 với 11 môn thi, thu hút 412 thí sinh của 14 trường THCS trên địa bàn tham dự. "
            "Nhà trường có 28 học sinh dự thi ở 10 môn."
        ),
        P(
            "Kết quả, nhà trường có 19 học sinh đạt giải, gồm 3 giải Nhất, 5 giải Nhì, 6 giải Ba và 5 "
            "giải Khuyến khích. Một số môn đạt kết quả nổi bật:"
        ),
        P("Môn thi | Số dự thi | Số đạt giải | Giải cao nhất", style="th"),
        P("Toán | 4 | 4 | Nhất", style="row"),
        P("Ngữ văn | 4 | 3 | Nhất", style="row"),
        P("Tiếng Anh | 3 | 3 | Nhất", style="row"),
        P("Khoa học tự nhiên | 5 | 4 | Nhì", style="row"),
        P(
            "Đây là kết quả của quá trình bồi dưỡng công phu, bền bỉ của đội ngũ giáo viên từ đầu năm "
            "học, cùng sự nỗ lực vượt bậc của các em học sinh và sự đồng hành của phụ huynh."
        ),
        P(
            "Nhà trường sẽ tiếp tục bồi dưỡng các em đạt giải cao để tham dự kỳ thi chọn học sinh giỏi "
            "cấp tỉnh, dự kiến tổ chức vào tháng 3/2027."
        ),
    ],
    opts={
        "pub": "2026-12-04 08:00",
        "author_field": "ThS. Nguyễn Văn Thành - Phó Hiệu trưởng",
        "tags": ["hoc-sinh-gioi"],
        "files": [
            (
                "Danh sach hoc sinh dat giai HSG lop 9 cap thi xa.pdf",
                "/uploads/tin-tuc/2026_12/danh-sach-hoc-sinh-dat-giai-hsg-lop-9.pdf",
                "186 KB",
            )
        ],
    },
)

N20 = Story(
    id=20,
    slug="chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-lop-8",
    title="Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 8",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12",
    summary=(
        "Nhằm triển khai hiệu quả giáo dục STEM theo Chương trình giáo dục phổ thông 2018, ngày "
        "11/11/2026, Tổ Khoa học tự nhiên tổ chức chuyên đề “Dạy học STEM bài Chế tạo bình lọc nước "
        "đơn giản” môn Khoa học tự nhiên lớp 8."
    ),
    sapo_outside=True,
    authors=["Tổ Khoa học tự nhiên"],
    blocks=[
        P(
            "Tiết dạy minh họa do cô Hoàng Thị Mai thực hiện tại lớp 8A4. Học sinh được chia thành 6 "
            "nhóm, vận dụng kiến thức về hỗn hợp, chất tan và các phương pháp tách chất để thiết kế, "
            "chế tạo bình lọc nước từ chai nhựa, cát, sỏi và than hoạt tính."
        ),
        P("Tiết học được thiết kế theo quy trình kỹ thuật gồm 4 bước:"),
        P("Xác định vấn đề và tìm hiểu kiến thức nền về các phương pháp tách chất;", style="li"),
        P("Đề xuất, lựa chọn giải pháp và vẽ bản thiết kế bình lọc;", style="li"),
        P("Chế tạo, thử nghiệm sản phẩm và điều chỉnh;", style="li"),
        P("Trình bày, chia sẻ và đánh giá sản phẩm.", style="li"),
        Img(
            "/uploads/tin-tuc/2026_11/stem-binh-loc-nuoc.jpg",
            "(Học sinh lớp 8A4 thử nghiệm bình lọc nước do nhóm tự chế tạo)",
            "Học sinh lớp 8A4 thử nghiệm bình lọc nước do nhóm tự chế tạo",
            style="next",
        ),
        P(
            "Sau tiết dạy, các thầy cô trong tổ đã thảo luận, chia sẻ về cách tổ chức hoạt động nhóm, "
            "cách đánh giá sản phẩm của học sinh và những khó khăn khi triển khai dạy học STEM trong "
            "điều kiện cơ sở vật chất còn hạn chế."
        ),
        P(
            "Theo kế hoạch, mỗi tổ chuyên môn sẽ tổ chức ít nhất hai chuyên đề STEM trong năm học, góp "
            "phần phát triển năng lực giải quyết vấn đề và sáng tạo cho học sinh."
        ),
    ],
    opts={
        "pub": "2026-11-12 00:00",
        "edit": "2026-11-15 09:30",
        "author_field": "Tổ Khoa học tự nhiên",
    },
)

N14 = Story(
    id=14,
    slug="to-ngu-van-sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc",
    title="Tổ Ngữ văn sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-14T15:40:00+07:00",
    summary=(
        "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, ngày 13/10/2026, Tổ Ngữ văn tổ "
        "chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học với bài dạy “Viết bài văn nghị "
        "luận về một vấn đề cần giải quyết”, Ngữ văn 8."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Hồng Nhung"],
    blocks=[
        P(
            "Khác với cách dự giờ truyền thống, trong sinh hoạt chuyên môn theo nghiên cứu bài học, "
            "giáo viên dự giờ không đánh giá, xếp loại tiết dạy mà tập trung quan sát hoạt động học "
            "của học sinh: học sinh học như thế nào, gặp khó khăn ở đâu và vì sao.",
            style="mso",
        ),
        P(
            "Tiết dạy minh họa do cô Trần Thị Kim Oanh thực hiện tại lớp 8A2. Trước đó, cả tổ đã cùng "
            "nhau thiết kế bài dạy, thống nhất mục tiêu và dự kiến những tình huống có thể xảy ra "
            "trong giờ học.",
            style="mso",
        ),
        P(
            "Trong phần thảo luận, các giáo viên đã chỉ ra nhiều điểm tích cực như học sinh mạnh dạn "
            "trình bày ý kiến, biết lắng nghe và phản biện ý kiến của bạn. Bên cạnh đó, một số em còn "
            "lúng túng khi tìm luận cứ, cần được giáo viên gợi mở bằng những câu hỏi phù hợp hơn.",
            style="mso",
        ),
        P(
            "Buổi sinh hoạt đã giúp các thầy cô có thêm kinh nghiệm trong việc điều chỉnh bài dạy, "
            "hướng tới mục tiêu để mọi học sinh đều được tham gia vào quá trình học tập.",
            style="mso",
        ),
    ],
    opts={
        "pub": "2026-10-14 15:40",
        "author_field": "Nguyễn Thị Hồng Nhung - TTCM Ngữ văn",
    },
)

N19 = Story(
    id=19,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
    cat="doan-doi",
    published_at="2026-11-06T10:00:00+07:00",
    summary=(
        "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, Liên đội Trường THCS Nguyễn Trãi đã "
        "phát động học sinh toàn trường thu gom giấy vụn, vỏ lon, chai nhựa để gây quỹ giúp đỡ bạn nghèo."
    ),
    sapo_outside=True,
    authors=["Thanh Hương"],
    photographers=["Y Khoa Niê"],
    blocks=[
        P(
            "Sau hai tuần triển khai, 28 chi đội đã thu gom được hơn 2,3 tấn giấy vụn và gần 400 kg vỏ "
            "lon, chai nhựa các loại. Số tiền bán phế liệu thu được hơn 11 triệu đồng được đưa vào quỹ "
            "“Vì bạn nghèo” của Liên đội."
        ),
        P(
            "Chi đội 6A3 dẫn đầu toàn trường với 186 kg giấy vụn; các chi đội 7A1, 9A4 và 8A5 cũng đạt "
            "kết quả cao."
        ),
        Img(
            "/uploads/tin-tuc/2026_11/ke-hoach-nho-tap-ket.jpg",
            "Đội viên các chi đội mang giấy vụn về tập kết tại sân trường",
            "Đội viên các chi đội mang giấy vụn về tập kết tại sân trường",
            style="fig",
        ),
        P(
            "Thông qua phong trào, các em không chỉ góp phần bảo vệ môi trường mà còn hình thành thói "
            "quen tiết kiệm, biết chia sẻ với những bạn có hoàn cảnh khó khăn hơn mình."
        ),
        P(
            "👉 Liên đội kêu gọi các bạn đội viên tiếp tục phân loại rác tại nguồn và mang giấy vụn đến "
            "trường vào sáng thứ Hai hằng tuần."
        ),
        Raw(
            '<p style="text-align: right;"><em><strong>Tin: Thanh Hương - Ảnh: Y Khoa Niê'
            "</strong></em></p>"
        ),
    ],
    opts={"pub": "2026-11-06 10:00"},
)

N11 = Story(
    id=11,
    slug="dai-hoi-lien-doi-truong-thcs-nguyen-trai-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trường THCS Nguyễn Trãi nhiệm kỳ 2026 - 2027",
    cat="doan-doi",
    published_at="2026-10-02T07:30:00+07:00",
    summary=(
        "Sáng ngày 01/10/2026, Liên đội Trường THCS Nguyễn Trãi tổ chức Đại hội Liên đội nhiệm kỳ "
        "2026 - 2027 với sự tham dự của 112 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
    ),
    sapo_outside=True,
    authors=["Liên đội THCS Nguyễn Trãi"],
    blocks=[
        Img(
            "/uploads/tin-tuc/2026_10/dai-hoi-lien-doi.jpg",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            style="home",
        ),
        P(
            "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 - 2026. "
            "Trong nhiệm kỳ qua, Liên đội được Hội đồng Đội tỉnh Đắk Lắk tặng Bằng khen vì có thành "
            "tích xuất sắc trong công tác Đội và phong trào thiếu nhi."
        ),
        P(
            "Với khẩu hiệu hành động “Vui học - Chăm ngoan - Rèn luyện - Trưởng thành”, Đại hội đề ra "
            "các chỉ tiêu: 100% đội viên tham gia phong trào “Kế hoạch nhỏ”; mỗi chi đội có ít nhất một "
            "công trình măng non; không có đội viên vi phạm an toàn giao thông."
        ),
        P(
            "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 9 em; em Nguyễn Ngọc Bảo Trâm, lớp "
            "9A1, được tín nhiệm bầu làm Liên đội trưởng."
        ),
        Img(
            "/uploads/tin-tuc/2026_10/dai-hoi-lien-doi-tang-hoa.jpg",
            "Cô Đỗ Thị Thanh Hương, Tổng phụ trách Đội, tặng hoa chúc mừng Ban Chỉ huy Liên đội mới",
            "Cô Đỗ Thị Thanh Hương, Tổng phụ trách Đội, tặng hoa chúc mừng Ban Chỉ huy Liên đội mới",
            style="next",
        ),
    ],
    opts={"pub": "2026-10-02 07:30", "author_field": "Liên đội THCS Nguyễn Trãi"},
)

T16 = Story(
    id=16,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat=TB,
    published_at="2026-12-02T14:15:00+07:00",
    summary=(
        "Thực hiện kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra, đánh giá cuối "
        "học kỳ I đối với học sinh toàn trường."
    ),
    sapo_outside=True,
    authors=["Ban Giám hiệu"],
    blocks=[
        P(
            "Thời gian kiểm tra tập trung: từ ngày 21/12/2026 đến ngày 26/12/2026. Các môn đánh giá "
            "bằng nhận xét (Giáo dục thể chất, Nghệ thuật, Hoạt động trải nghiệm, hướng nghiệp, Nội "
            "dung giáo dục địa phương) kiểm tra theo thời khóa biểu, hoàn thành trước ngày 19/12/2026."
        ),
        P("Ngày | Buổi sáng | Buổi chiều", style="th"),
        P("Thứ Hai, 21/12/2026 | Ngữ văn 9, Toán 8 | Ngữ văn 6, Toán 7", style="row"),
        P("Thứ Ba, 22/12/2026 | Toán 9, Ngữ văn 8 | Toán 6, Ngữ văn 7", style="row"),
        P("Thứ Tư, 23/12/2026 | Tiếng Anh 8, 9 | Tiếng Anh 6, 7", style="row"),
        P("Thứ Năm, 24/12/2026 | Khoa học tự nhiên 8, 9 | Khoa học tự nhiên 6, 7", style="row"),
        P("Thứ Sáu, 25/12/2026 | Lịch sử và Địa lí 8, 9 | Lịch sử và Địa lí 6, 7", style="row"),
        P(
            "Thứ Bảy, 26/12/2026 | Giáo dục công dân, Công nghệ, Tin học 8, 9 | Giáo dục công dân, "
            "Công nghệ, Tin học 6, 7",
            style="row",
        ),
        P(
            "Học sinh có mặt tại trường trước giờ kiểm tra 15 phút, mang theo đầy đủ dụng cụ học tập; "
            "không mang điện thoại, tài liệu vào phòng kiểm tra."
        ),
        P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và phụ huynh để phối hợp thực hiện."),
        Raw('<p style="text-align: right;"><strong>Ban Giám hiệu</strong></p>'),
    ],
    opts={
        "pub": "2026-12-02 14:15",
        "files": [
            (
                "Lich kiem tra cuoi HKI 2026-2027.pdf",
                "/uploads/thong-bao/2026_12/lich-kiem-tra-cuoi-hki-2026-2027.pdf",
                "94 KB",
            )
        ],
    },
)

T14_LETTERHEAD = """<table border="0" cellpadding="1" cellspacing="1" style="width:100%">
<tbody>
<tr>
<td style="text-align: center; width: 45%;">UBND THỊ XÃ BUÔN HỒ<br />
<strong>TRƯỜNG THCS NGUYỄN TRÃI</strong><br />
Số: 52/TB-THCSNT</td>
<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Buôn Hồ, ngày 18 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về việc thu Bảo hiểm y tế học sinh năm 2027</strong></p>
"""
T14_CLOSING = """<table border="0" cellpadding="1" cellspacing="1" style="width:100%">
<tbody>
<tr>
<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />
- GVCN các lớp;<br />
- Phụ huynh học sinh;<br />
- Lưu: VT.</td>
<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Phạm Văn Hùng</strong></td>
</tr>
</tbody>
</table>
"""
T14 = Story(
    id=14,
    slug="thong-bao-ve-viec-thu-bao-hiem-y-te-hoc-sinh-nam-2027",
    title="Thông báo về việc thu Bảo hiểm y tế học sinh năm 2027",
    cat=TB,
    published_at="2026-11-18",
    authors=["Phạm Văn Hùng"],
    blocks=[
        Raw(T14_LETTERHEAD),
        P(
            "Căn cứ Luật Bảo hiểm y tế và các văn bản hướng dẫn hiện hành; căn cứ Công văn số "
            "1275/BHXH-QLT ngày 10/11/2026 của Bảo hiểm xã hội thị xã Buôn Hồ về việc triển khai thu "
            "bảo hiểm y tế học sinh năm 2027, Trường THCS Nguyễn Trãi thông báo đến phụ huynh học sinh "
            "như sau:"
        ),
        P(
            "1. Đối tượng tham gia: tất cả học sinh đang học tại trường, trừ những học sinh đã có thẻ "
            "bảo hiểm y tế theo đối tượng khác (hộ nghèo, cận nghèo, người dân tộc thiểu số đang sinh "
            "sống tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn…)."
        ),
        P(
            "2. Mức đóng: 4,5% mức lương cơ sở, Nhà nước hỗ trợ 30%; số tiền học sinh phải đóng cho 12 "
            "tháng (từ 01/01/2027 đến 31/12/2027) là 884.520 đồng."
        ),
        P(
            "3. Thời gian thu: từ ngày 20/11/2026 đến hết ngày 15/12/2026. Phụ huynh nộp trực tiếp cho "
            "giáo viên chủ nhiệm hoặc chuyển khoản vào tài khoản của nhà trường."
        ),
        P(
            "Nhà trường đề nghị quý phụ huynh quan tâm, tạo điều kiện cho con em tham gia bảo hiểm y "
            "tế đầy đủ, đúng thời hạn để được hưởng quyền lợi khi ốm đau, tai nạn."
        ),
        Raw(T14_CLOSING),
    ],
    opts={"pub": "2026-11-19 07:40"},
)

T13 = Story(
    id=13,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-28-10-2026-do-mua-lon",
    title="Thông báo cho học sinh nghỉ học ngày 28/10/2026 do mưa lớn",
    cat=TB,
    published_at="2026-10-27",
    blocks=[
        P(
            "Do ảnh hưởng của hoàn lưu bão số 12, từ đêm 26/10/2026 trên địa bàn thị xã Buôn Hồ có mưa "
            "to đến rất to, nhiều tuyến đường vào các buôn bị ngập sâu, chia cắt, gây nguy hiểm cho học "
            "sinh khi đi học."
        ),
        P(
            "Thực hiện chỉ đạo của Phòng Giáo dục và Đào tạo thị xã, nhà trường thông báo cho toàn thể "
            "học sinh nghỉ học ngày Thứ Tư, 28/10/2026. Học sinh đi học lại bình thường từ ngày "
            "29/10/2026, trừ trường hợp có thông báo khác."
        ),
        P(
            "Giáo viên chủ nhiệm có trách nhiệm thông báo kịp thời đến phụ huynh qua nhóm Zalo của lớp, "
            "nắm tình hình học sinh ở vùng bị ngập và báo cáo về nhà trường trước 16 giờ ngày 27/10/2026."
        ),
        P(
            "Đề nghị phụ huynh quản lý chặt chẽ con em, không cho các em đến gần sông, suối, ao hồ và "
            "những khu vực nước chảy xiết."
        ),
    ],
    opts={"pub": "2026-10-27 00:00", "nfd": True},
)

NEWS = [N26, N25, N23, N22, N20, N19, N17, N14, N13, N11]
NOTICES = [T16, T14, T13]
STORIES = NEWS + NOTICES

# tag alias -> printed keyword
TAGS = {
    "hoi-khoe-phu-dong": "hội khỏe phù đổng",
    "an-toan-giao-thong": "an toàn giao thông",
    "hoc-sinh-gioi": "học sinh giỏi",
}


def _pub(story: Story) -> str:
    return story.opts["pub"]


def cat_items(cat: str) -> list[Story]:
    """A category's articles, newest first: those filed in it and those listing it too."""
    items = [s for s in NEWS if s.cat == cat or cat in s.opts.get("listcat", [])]
    return sorted(items, key=_pub, reverse=True)


def news_path(story: Story, cat: str | None = None, alias: str | None = None) -> str:
    return f"/tin-tuc/{cat or story.cat}/{alias or story.slug}-{story.id}.html"


def tb_path(story: Story) -> str:
    return f"/thong-bao/{story.slug}-{story.id}.html"


def path_of(story: Story) -> str:
    return tb_path(story) if story.cat == TB else news_path(story)


def print_path(story: Story) -> str:
    if story.cat == TB:
        return f"/thong-bao/print/{story.slug}-{story.id}.html"
    return f"/tin-tuc/print/{story.cat}/{story.slug}-{story.id}.html"


def index_php_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=tin-tuc&op={story.cat}/{story.slug}-{story.id}"


MARQUEE = sorted(NEWS, key=_pub, reverse=True)[:5]


# --- dates as NukeViet prints them ---------------------------------------------------------------


def _parts(stamp: str) -> tuple[int, int, int, int, int]:
    day, clock = stamp.split()
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock.split(":"))
    return y, m, d, hh, mm


def _weekday(y: int, m: int, d: int) -> str:
    return WEEKDAYS[datetime.date(y, m, d).weekday()]


def news_date(stamp: str) -> str:
    """NukeViet's ``l - d/m/Y H:i``: "Thứ năm - 03/12/2026 14:30"."""
    y, m, d, hh, mm = _parts(stamp)
    return f"{_weekday(y, m, d)} - {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"


def day_only(stamp: str) -> str:
    y, m, d, _, _ = _parts(stamp)
    return f"{d:02d}/{m:02d}/{y}"


def tb_date(stamp: str) -> str:
    """The clone's ``d/m/Y - h:i A`` with the Vietnamese SA/CH markers."""
    y, m, d, hh, mm = _parts(stamp)
    marker = "SA" if hh < 12 else "CH"
    h12 = hh % 12 or 12
    return f"{d:02d}/{m:02d}/{y} - {h12:02d}:{mm:02d} {marker}"


# --- text markup ------------------------------------------------------------------------------


def ck_entities(markup: str) -> str:
    """CKEditor's ``config.entities``: Latin-1 letters as named references, the rest raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _img_tag(img: Img, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" height="480" src="{img.src}" width="720" />'


def render_img(img: Img, t) -> str:
    if img.style == "fig":
        return (
            '<figure class="image" style="display:inline-block">'
            f"{_img_tag(img)}<figcaption>{t(img.printed)}</figcaption></figure>\n"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:90%">\n<tbody>\n<tr>\n'
            f'<td style="text-align: center;">{_img_tag(img)}</td>\n</tr>\n<tr>\n'
            f'<td style="text-align: center;"><span style="font-size:12px;"><em>{t(img.printed)}'
            "</em></span></td>\n</tr>\n</tbody>\n</table>\n"
        )
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{t(img.printed)}</em></p>\n'
    return out


def render_blocks(story: Story) -> str:
    """The CKEditor text of a story (the homeimg excluded)."""
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    chunks: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            chunks.append(b.html + "\n")
        elif isinstance(b, Img):
            chunks.append(render_img(b, t))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            chunks.append("<ul>\n" + "\n".join(items) + "\n</ul>\n")
            continue
        elif b.style in ("th", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    cell_html = "".join(
                        f'<td style="text-align: center;"><strong>{t(c)}</strong></td>' for c in cells
                    )
                else:
                    cell_html = "".join(f"<td>{t(c)}</td>" for c in cells)
                rows.append(f"<tr>{cell_html}</tr>")
                i += 1
            chunks.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; '
                'border-collapse:collapse">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>\n"
            )
            continue
        elif b.style == "h":
            chunks.append(f"<h3><strong>{t(b.text)}</strong></h3>\n")
        elif b.style in ("div", "br"):
            # a <div> paragraph; following "br" paragraphs join it after a <br />
            lines = [t(b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(t(blocks[i].text))
                i += 1
            chunks.append('<div style="text-align: justify;">' + "<br />\n".join(lines) + "</div>\n")
            continue
        elif b.style == "quote":
            chunks.append(f"<blockquote>\n<p><em>{t(b.text)}</em></p>\n</blockquote>\n")
        elif b.style == "lead":
            chunks.append(f'<p style="text-align: justify;"><strong>{t(b.text)}</strong></p>\n')
        elif b.style == "mso":
            chunks.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                'text-indent:36.0pt;line-height:115%"><span lang="VI" style="font-size:13.0pt;'
                f'line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{t(b.text)}'
                "<o:p></o:p></span></p>\n"
            )
        else:
            chunks.append(f'<p style="text-align: justify;">{t(b.text)}</p>\n')
        i += 1
    body = "".join(chunks)
    if story.opts.get("entities"):
        body = ck_entities(body)
    return body


def files_box(story: Story) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    rows = "".join(
        f'<tr><td class="text-center">{n}</td><td><i class="fa fa-file-pdf-o"></i> {esc(name)}</td>'
        f'<td class="text-center">{size}</td><td class="text-center"><a href="{href}" '
        f'target="_blank" title="Tải về"><i class="fa fa-download"></i> Tải về</a></td></tr>'
        for n, (name, href, size) in enumerate(files, 1)
    )
    return (
        '\n<div class="dinhkem-tt">\n<div class="dk-tieude"><i class="fa fa-paperclip"></i> Đính kèm</div>\n'
        '<table class="table table-bordered table-dinhkem"><tbody>'
        '<tr class="dk-head"><td>STT</td><td>Tên tệp</td><td>Dung lượng</td><td>Tải về</td></tr>'
        f"{rows}</tbody></table>\n</div>\n"
    )


def homeimg_figure(story: Story) -> str:
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    if home is None:
        return ""
    alt = home.printed or story.title
    return (
        '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
        '<div id="imgpreview" style="width:460px">'
        f'<p class="text-center"><img alt="{esc(alt)}" src="{home.src}" '
        f'srcset="{home.src.replace("/uploads/", "/assets/")} 460w" class="img-thumbnail"/></p>'
        f"<figcaption>{esc(alt)}</figcaption></div></figure>"
    )


def thumb(story: Story) -> str:
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    if first is None:
        return f"{THEME}/images/no_image.gif"
    return first.src.replace("/uploads/", "/assets/")


def short_text(story: Story) -> str:
    value = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return value if len(value) <= 180 else value[:177].rsplit(" ", 1)[0] + "..."


# --- chrome -------------------------------------------------------------------------------------


def marquee() -> str:
    items = "".join(
        f'<a href="{esc(index_php_path(s))}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <span class="mq-ngay">({day_only(_pub(s))[:5]})</span>'
        f' <img src="{THEME}/images/new.gif" alt="new" /> &nbsp;&nbsp;&nbsp; '
        for s in MARQUEE
    )
    return (
        '<div class="tinmoi-wrap"><div class="container"><span class="tinmoi-lbl">Tin mới:</span>'
        '<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" '
        f'onmouseout="this.start();">{items}</marquee></div></div>'
    )


MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/lich-su-nha-truong.html",
        "Giới thiệu",
        [
            ("/gioi-thieu/lich-su-nha-truong.html", "Lịch sử nhà trường"),
            ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
        ],
    ),
    ("/tin-tuc/", "Tin tức", [(f"/tin-tuc/{a}/", n) for a, n in CATS.items()]),
    ("/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
    (
        "#",
        "Thư viện",
        [
            ("/thu-vien-anh/album/le-khai-giang-nam-hoc-2026-2027-4.html", "Thư viện ảnh"),
            ("/videoclips/video-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11", "Video clip"),
        ],
    ),
    ("/lien-he/", "Liên hệ", []),
]


def menu_html(active: str) -> str:
    out = []
    for href, label, subs in MENU:
        cls = ' class="active"' if href == active else ""
        if subs:
            sub = "".join(f'<li><a href="{h}" title="{esc(n)}">{esc(n)}</a></li>' for h, n in subs)
            out.append(
                f'<li class="dropdown"{cls}><a class="dropdown-toggle" href="{href}" title="{esc(label)}">'
                f'{esc(label)} <strong class="caret">&nbsp;</strong></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            icon = '<em class="fa fa-lg fa-home">&nbsp;</em>' if href == "/" else ""
            out.append(f'<li{cls}><a href="{href}" title="{esc(label)}">{icon}{esc(label)}</a></li>')
    return '<ul class="nav navbar-nav" id="menu-site-default">' + "".join(out) + "</ul>"


def crumbs_html(crumbs: list[tuple[str, str]]) -> str:
    if not crumbs:
        return ""
    items = ['<li itemprop="itemListElement"><a href="/" title="Trang nhất"><span>'
             '<em class="fa fa-lg fa-home pointer"></em> Trang nhất</span></a></li>']
    for href, label in crumbs:
        items.append(
            f'<li itemprop="itemListElement"><a href="{href}" itemprop="item" title="{esc(label)}">'
            f'<span itemprop="name">{esc(label)}</span></a></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" '
        'itemscope itemtype="http://schema.org/BreadcrumbList">' + "".join(items) + "</ul></div></div>"
    )


def sidebar() -> str:
    notices = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{tb_path(s)}" title="{esc(s.title)}">'
        f'{esc(s.title)}</a> <span class="ngay-tb">({day_only(_pub(s))})</span></li>'
        for s in NOTICES[:2]
    )
    most_read = [
        (news_path(N25), N25.title, N25),
        (news_path(N22, alias=N22.opts["old_alias"]), "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11", N22),
        (news_path(N26), N26.title, N26),
    ]
    mr = "".join(
        f'<li class="clearfix"><a href="{h}" title="{esc(t)}"><img src="{thumb(s)}" alt="{esc(t)}" '
        f'width="60" class="img-thumbnail pull-left" />{esc(t)}</a></li>'
        for h, t, s in most_read
    )
    return f"""
<div class="col-sm-8 col-md-6 col-md-push-0" id="cot-phai">
 <div class="panel panel-primary block-tb"><div class="panel-heading">Thông báo mới</div>
  <div class="panel-body"><ul class="ds-tb-moi">{notices}</ul>
  <p class="text-right"><a href="/thong-bao/">Xem tất cả »</a></p></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>
  <div class="panel-body"><ul class="block_groups list-none">{mr}</ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>
  <div class="panel-body"><ul class="lien-ket">
   <li><a href="https://moet.gov.vn" target="_blank" rel="nofollow">Bộ Giáo dục và Đào tạo</a></li>
   <li><a href="https://daklak.edu.vn" target="_blank" rel="nofollow">Sở GD&amp;ĐT Đắk Lắk</a></li>
   <li><a href="https://pgdbuonho.edu.vn" target="_blank" rel="nofollow">Phòng GD&amp;ĐT thị xã Buôn Hồ</a></li>
  </ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div>
  <div class="panel-body"><form action="" method="post">
   <p><strong>Bạn biết đến website của trường qua kênh nào?</strong></p>
   <div class="radio"><label><input type="radio" name="option" value="1" /> Giáo viên chủ nhiệm</label></div>
   <div class="radio"><label><input type="radio" name="option" value="2" /> Nhóm Zalo phụ huynh</label></div>
   <div class="radio"><label><input type="radio" name="option" value="3" /> Tìm kiếm trên Google</label></div>
   <input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', '7c1e5b', '', '1');" />
   <input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '2', 0, '7c1e5b', '', '1');" />
  </form></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>
  <div class="panel-body"><ul class="counter list-none display-table">
   <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>23</span></li>
   <li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">412</span></li>
   <li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>2.380</span></li>
   <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>684.217</span></li>
  </ul></div></div>
</div>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    crumbs: list[tuple[str, str]] | None = None,
    active: str = "/",
    canonical: str | None = None,
    description: str | None = None,
    og_type: str = "website",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{esc(canonical)}" />' if canonical else ""
    desc = description or f"{SITE} - thị xã Buôn Hồ, tỉnh Đắk Lắk"
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="thcs nguyễn trãi, buôn hồ, đắk lắk, giáo dục" />
<meta name="news_keywords" content="thcs nguyễn trãi, buôn hồ" />
<meta name="author" content="{SITE}" />
<meta name="copyright" content="{SITE} [thcsnguyentrai.buonho@daklak.edu.vn]" />
<meta name="generator" content="NukeViet v4.1" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:description" content="{esc(desc)}" />
<meta property="og:site_name" content="{SITE}" />
{canon}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="{THEME}/css/style.css">
<link rel="StyleSheet" href="{THEME}/css/news.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="tin-tuc",nv_func_name="main",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Q9aTv",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
 <div class="topbar"><div class="container">
  <span class="ngay-hien-tai"><em class="fa fa-calendar"></em> {HEADER_DATE}</span>
  <span class="pull-right hotline">Hotline: 0262.3872.145 | <a href="mailto:thcsnguyentrai.buonho@daklak.edu.vn">thcsnguyentrai.buonho@daklak.edu.vn</a></span>
 </div></div>
 <header id="header"><div class="container"><div id="header-logo">
  <a title="{SITE}" href="/"><img src="/uploads/logo-thcs-nguyen-trai.png" width="96" height="96" alt="{SITE}" /></a>
  <div class="site-name-wrap"><span class="dv-chuquan">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BUÔN HỒ</span>
  <h1 class="ten-truong">TRƯỜNG THCS NGUYỄN TRÃI</h1>
  <span class="slogan">Kỷ cương - Tình thương - Trách nhiệm</span></div>
 </div></div></header>
 <nav class="second-nav" id="menusite"><div class="container"><div class="row">
  <div class="navbar navbar-default navbar-static-top" role="navigation">
  {menu_html(active)}
  <form action="/seek/" method="get" class="navbar-form navbar-right" role="search">
   <input type="hidden" name="nv" value="seek" />
   <input type="text" class="form-control input-sm" name="q" maxlength="60" placeholder="Tìm kiếm..." />
   <button type="submit" class="btn btn-default btn-sm"><em class="fa fa-search"></em></button>
  </form></div>
 </div></div></nav>
 {marquee()}
 <section><div class="container" id="body">
  {crumbs_html(crumbs or [])}
  <div class="row">
   <div class="col-sm-16 col-md-18" id="cot-giua">
{main}
   </div>
   {sidebar()}
  </div>
 </div></section>
 <footer id="footer" class="wraper"><div class="container"><div class="row">
  <div class="col-xs-24 col-sm-24 col-md-16">
   <div class="company_info"><h3 class="company_name"><span>TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN TRÃI</span></h3>
   <ul class="company_info">
    <li><em class="fa fa-map-marker"></em> Địa chỉ: 120 Hùng Vương, phường An Lạc, thị xã Buôn Hồ, tỉnh Đắk Lắk</li>
    <li><em class="fa fa-phone"></em> Điện thoại: 0262.3872.145 - Fax: 0262.3872.146</li>
    <li><em class="fa fa-envelope"></em> Email: <a href="mailto:thcsnguyentrai.buonho@daklak.edu.vn">thcsnguyentrai.buonho@daklak.edu.vn</a></li>
    <li>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Văn Hùng</li>
   </ul></div>
  </div>
  <div class="col-xs-24 col-sm-24 col-md-8"><div class="copyright">
   &copy; Bản quyền thuộc về {SITE}.<br />
   Thiết kế bởi <a href="http://webtruonghoc.vn" target="_blank" rel="nofollow">Công ty TNHH Giải pháp Web Trường học Tây Nguyên</a><br />
   Sử dụng mã nguồn <a href="http://nukeviet.vn" target="_blank" rel="nofollow">NukeViet CMS</a>.
  </div></div>
 </div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="{THEME}/js/bootstrap.min.js"></script>
</body>
</html>
"""
    return html(doc)


# --- listings -----------------------------------------------------------------------------------


def pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    items = []
    if current > 1:
        items.append(f'<li><a rel="prev" title="Trang trước" href="{href(current - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, total + 1):
        if n == current:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if current < total:
        items.append(f'<li><a rel="next" title="Trang sau" href="{href(current + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return (
        f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul>'
        f'<p class="small text-muted">Trang {current}/{total}</p></div>'
    )


def item_link(story: Story, cat: str) -> str:
    """Listings build links with the listing's own category alias (the vendor's viewcat code)."""
    return news_path(story, cat=cat)


def viewcat_page_new(cat: str, items: list[Story]) -> str:
    out = []
    for s in items:
        link = item_link(s, cat)
        out.append(f"""
<div class="news_column panel panel-default"><div class="panel-body">
 <a href="{link}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb(s)}" width="140" class="img-thumbnail pull-left imghome" /></a>
 <h3><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
 <div class="text-muted"><ul class="list-unstyled list-inline">
  <li><em class="fa fa-clock-o">&nbsp;</em> {day_only(_pub(s))} {_pub(s)[-5:]}</li>
  <li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li>
 </ul></div>
 <p class="mota">{esc(short_text(s))}</p>
 <a class="xem-tiep pull-right" href="{link}">Xem tiếp <em class="fa fa-angle-double-right"></em></a>
</div></div>""")
    return "".join(out)


def viewcat_list_new(cat: str, items: list[Story]) -> str:
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="{item_link(s, cat)}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a> <em class="text-muted">'
        f"({day_only(s.opts.get('edit') or _pub(s))})</em></li>"
        for s in items
    )
    return (
        '<div class="panel panel-default"><div class="panel-body">'
        f'<ul class="related list-items">{lis}</ul></div></div>'
    )


def cat_listing(request: Request, cat: str, n: int) -> Response | None:
    items = cat_items(cat)
    per = PER_PAGE[cat]
    total = (len(items) + per - 1) // per
    if n < 1 or n > total:
        return None
    chunk = items[(n - 1) * per : n * per]
    body = viewcat_list_new(cat, chunk) if cat == "hoat-dong-chuyen-mon" else viewcat_page_new(cat, chunk)
    base = f"/tin-tuc/{cat}/"
    main = (
        f'<div class="tieude-chuyenmuc"><h2><a href="{base}" title="{esc(CATS[cat])}">{esc(CATS[cat])}</a></h2></div>'
        f"{body}{pager(base, n, total)}"
    )
    suffix = f" - Trang {n}" if n > 1 else ""
    canonical = base if n == 1 else f"{base}page-{n}/"
    return page(
        request,
        f"{CATS[cat]}{suffix} - Tin tức - {SITE}",
        main,
        crumbs=[("/tin-tuc/", "Tin tức"), (base, CATS[cat])],
        active="/tin-tuc/",
        canonical=canonical,
    )


def news_main(request: Request) -> Response:
    parts = []
    for cat, name in CATS.items():
        items = cat_items(cat)[:2]
        lis = "".join(
            f'<li><a href="{item_link(s, cat)}" title="{esc(s.title)}">{esc(s.title)}</a> '
            f'<span class="text-muted">({day_only(_pub(s))})</span></li>'
            for s in items
        )
        parts.append(
            f'<div class="panel panel-default viewcat-main"><div class="panel-heading">'
            f'<a href="/tin-tuc/{cat}/" title="{esc(name)}">{esc(name)}</a></div>'
            f'<div class="panel-body"><ul class="related">{lis}</ul></div></div>'
        )
    return page(
        request,
        f"Tin tức - {SITE}",
        "".join(parts),
        crumbs=[("/tin-tuc/", "Tin tức")],
        active="/tin-tuc/",
        canonical="/tin-tuc/",
    )


def tb_listing(request: Request, n: int) -> Response | None:
    per = TB_PER_PAGE
    total = (len(NOTICES) + per - 1) // per
    if n < 1 or n > total:
        return None
    chunk = NOTICES[(n - 1) * per : n * per]
    rows = "".join(
        f'<tr><td class="text-center ngay-tb">{day_only(_pub(s))}</td><td><a href="{tb_path(s)}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a>'
        + (f' <img src="{THEME}/images/new.gif" alt="new" />' if s is NOTICES[0] else "")
        + "</td></tr>"
        for s in chunk
    )
    main = (
        '<div class="tieude-chuyenmuc"><h2>Thông báo</h2></div>'
        '<table class="table table-striped tbl-thongbao"><thead><tr><th width="110">Ngày đăng</th>'
        f"<th>Tiêu đề</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{pager('/thong-bao/', n, total)}"
    )
    suffix = f" - Trang {n}" if n > 1 else ""
    return page(
        request,
        f"Thông báo{suffix} - {SITE}",
        main,
        crumbs=[("/thong-bao/", TB_TITLE)],
        active="/thong-bao/",
        canonical="/thong-bao/" if n == 1 else f"/thong-bao/page-{n}/",
    )


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = [s for s in NEWS if tag in s.opts.get("tags", [])]
    lis = "".join(
        f'<li><a href="{news_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="text-muted">({day_only(_pub(s))})</span></li>'
        for s in items
    )
    main = (
        f'<div class="tieude-chuyenmuc"><h2>Từ khóa: {esc(TAGS[tag])}</h2></div>'
        f'<div class="panel panel-default"><div class="panel-body"><ul class="related">{lis}</ul></div></div>'
    )
    return page(
        request,
        f"{TAGS[tag]} - Tin tức - {SITE}",
        main,
        crumbs=[("/tin-tuc/", "Tin tức"), (f"/tin-tuc/tag/{tag}", TAGS[tag])],
        active="/tin-tuc/",
    )


def home(request: Request) -> Response:
    slider = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{news_path(s)}" title="{esc(s.title)}">'
        f'<img src="{thumb(s)}" alt="{esc(s.title)}" width="620" height="350" /></a>'
        f'<div class="carousel-caption"><a href="{news_path(s)}">{esc(s.title)}</a></div></div>'
        for i, s in enumerate([N25, N22, N26])
    )
    boxes = []
    for cat, n in (("tin-hoat-dong", 3), ("hoat-dong-chuyen-mon", 2), ("doan-doi", 2)):
        items = cat_items(cat)[:n]
        first, rest = items[0], items[1:]
        link = item_link(first, cat)
        lis = "".join(
            f'<li><em class="fa fa-angle-right"></em> <a href="{item_link(s, cat)}" title="{esc(s.title)}">'
            f"{esc(s.title)}</a></li>"
            for s in rest
        )
        boxes.append(f"""
<div class="panel panel-default khoi-chuyenmuc">
 <div class="panel-heading"><a href="/tin-tuc/{cat}/" title="{esc(CATS[cat])}">{esc(CATS[cat])}</a></div>
 <div class="panel-body">
  <a href="{link}" title="{esc(first.title)}"><img src="{thumb(first)}" alt="{esc(first.title)}" width="180" class="img-thumbnail pull-left" /></a>
  <h4><a href="{link}" title="{esc(first.title)}">{esc(first.title)}</a></h4>
  <p>{esc(short_text(first))}</p>
  <ul class="list-none tin-khac">{lis}</ul>
 </div>
</div>""")
    notices = "".join(
        f'<li><span class="ngay-tb">{day_only(_pub(s))}</span> <a href="{tb_path(s)}" title="{esc(s.title)}">'
        f"{esc(s.title)}</a></li>"
        for s in NOTICES[:2]
    )
    main = f"""
<div id="slider-noibat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slider}</div></div>
<div class="panel panel-default khoi-thongbao"><div class="panel-heading"><a href="/thong-bao/">Thông báo</a></div>
 <div class="panel-body"><ul class="list-none">{notices}</ul></div></div>
{"".join(boxes)}"""
    return page(request, f"{SITE} - Thị xã Buôn Hồ - Đắk Lắk", main, canonical="/")


# --- article pages -----------------------------------------------------------------------------


def related_box(story: Story, cat: str) -> str:
    items = [s for s in cat_items(cat)[: PER_PAGE[cat]] if s is not story][:3]
    if not items:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{item_link(s, cat)}" title="{esc(s.title)}">'
        f'{esc(s.title)}</a> <em class="text-muted">({day_only(_pub(s))})</em></li>'
        for s in items
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-heading">'
        '<strong>Tin cùng chuyên mục</strong></div><div class="panel-body">'
        f'<ul class="related list-items">{lis}</ul></div></div>'
    )


def fb_comments(canonical: str) -> str:
    return f"""
<div class="news_column panel panel-default binhluan-fb"><div class="panel-heading"><em class="fa fa-facebook-official"></em> Bình luận bằng Facebook</div>
 <div class="panel-body"><div id="fb-root"></div>
  <script>(function(d, s, id) {{var js, fjs = d.getElementsByTagName(s)[0];if (d.getElementById(id)) return;js = d.createElement(s); js.id = id;js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v2.8&appId=1629853447312";fjs.parentNode.insertBefore(js, fjs);}}(document, 'script', 'facebook-jssdk'));</script>
  <div class="fb-comments" data-href="{esc(canonical)}" data-numposts="5" data-width="100%" data-colorscheme="light"></div>
  <noscript><p class="text-muted">Bạn cần bật JavaScript để xem và gửi bình luận.</p></noscript>
 </div></div>"""


def rating_box(story: Story) -> str:
    votes = 2 + story.id % 5
    return f"""
<div class="news_column panel panel-default"><div class="panel-body">
 <form id="form3B" action=""><div class="h5 clearfix">
  <p>Tổng số điểm của bài viết là: {votes * 5 - 1} trong {votes} đánh giá</p>
  <div id="stringrating">Click để đánh giá bài viết</div>
  <div class="star-rating">{"".join(f'<input class="hover-star" type="radio" value="{i}" title="Bài viết đạt {i} điểm" />' for i in range(1, 6))}</div>
 </div></form>
</div></div>"""


def news_detail(request: Request, story: Story, cat: str) -> Response:
    canonical = news_path(story)
    pub = _pub(story)
    edit = story.opts.get("edit")
    edit_html = f' <span class="ngaycapnhat text-muted">(Cập nhật: {day_only(edit)} {edit[-5:]})</span>' if edit else ""
    hometext = ""
    if story.summary and story.sapo_outside:
        hometext = (
            f'<div class="hometext m-bottom" itemprop="description">{homeimg_figure(story)}'
            f"{esc(story.summary)}</div>"
        )
    author_lines = ""
    if story.opts.get("author_field"):
        author_lines += (
            f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(story.opts["author_field"])}</p>'
        )
    if story.opts.get("source_field"):
        author_lines += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_field"])}</p>'
    if author_lines:
        author_lines = f'<div class="margin-bottom-lg">{author_lines}</div>'
    tags = story.opts.get("tags") or []
    tags_html = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/tin-tuc/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
        )
        tags_html = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
        )
    base = base_url(request)
    main = f"""
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
 <div class="panel-body">
  <h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
  <div class="row margin-bottom-lg">
   <div class="col-md-12"><span class="h5" itemprop="datePublished"><em class="fa fa-clock-o"></em> {news_date(pub)}</span>{edit_html}</div>
   <div class="col-md-12"><ul class="list-inline text-right">
    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/tin-tuc/sendmail/{cat}/{story.slug}-{story.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" onclick="nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
   </ul></div>
  </div>
  <div class="congcu-tt clearfix">
   <span class="luot-xem"><em class="fa fa-eye"></em> Lượt xem: {story.views()}</span>
   <span class="co-chu">Cỡ chữ: <a href="javascript:;" onclick="nv_fontsize(-1)">A-</a> <a href="javascript:;" onclick="nv_fontsize(0)">A</a> <a href="javascript:;" onclick="nv_fontsize(1)">A+</a></span>
   <iframe src="https://www.facebook.com/plugins/like.php?href={base}{esc(canonical)}&amp;layout=button_count&amp;action=like&amp;share=true" width="150" height="20" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe>
  </div>
  <div class="clearfix">
   {hometext}
   <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_blocks(story)}{files_box(story)}
   </div>
  </div>
  {author_lines}
 </div>
</div>
{tags_html}
{rating_box(story)}
{fb_comments(base + canonical)}
{related_box(story, cat)}
"""
    return page(
        request,
        f"{story.title} - {CATS[cat]} - {SITE}",
        main,
        crumbs=[("/tin-tuc/", "Tin tức"), (f"/tin-tuc/{cat}/", CATS[cat])],
        active="/tin-tuc/",
        canonical=canonical,
        description=story.summary or short_text(story),
        og_type="article",
    )


def tb_detail(request: Request, story: Story) -> Response:
    mota = ""
    if story.summary and story.sapo_outside:
        mota = f'<div class="mota-tb"><b>{esc(story.summary)}</b></div>'
    others = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{tb_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <span class="text-muted">({day_only(_pub(s))})</span></li>'
        for s in NOTICES[:TB_PER_PAGE]
        if s is not story
    )
    main = f"""
<div class="tb-chitiet">
 <h2 class="tieude-tb">{esc(story.title)}</h2>
 <div class="tb-info">
  <span class="ngaydang"><i class="fa fa-calendar"></i> Ngày đăng: {tb_date(_pub(story))}</span> |
  <span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span> |
  <a href="javascript:void(0);" rel="nofollow" onclick="nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes');return false"><i class="fa fa-print"></i> In thông báo</a>
 </div>
 {mota}
 <div id="tb-noidung" class="noidung-tb">
{render_blocks(story)}{files_box(story)}
 </div>
</div>
<div class="news_column panel panel-default"><div class="panel-heading"><strong>Các thông báo khác</strong></div>
 <div class="panel-body"><ul class="list-none">{others}</ul></div></div>
"""
    return page(
        request,
        f"{story.title} - Thông báo - {SITE}",
        main,
        crumbs=[("/thong-bao/", TB_TITLE)],
        active="/thong-bao/",
        canonical=tb_path(story),
        description=story.summary or short_text(story),
        og_type="article",
    )


def print_view(request: Request, story: Story) -> Response:
    base = base_url(request)
    canonical = path_of(story)
    when = tb_date(_pub(story)) if story.cat == TB else news_date(_pub(story))
    hometext = ""
    if story.summary and story.sapo_outside:
        hometext = f'<div id="hometext">{esc(story.summary)}</div>{homeimg_figure(story)}'
    author = ""
    if story.opts.get("author_field"):
        author += f'<p><strong>Tác giả bài viết: </strong>{esc(story.opts["author_field"])}</p>'
    if story.opts.get("source_field"):
        author += f'<p><strong>Nguồn tin: </strong>{esc(story.opts["source_field"])}</p>'
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{canonical}" />
<link rel="StyleSheet" href="{THEME}/css/news.print.css" type="text/css" />
</head>
<body>
<div id="print">
 <div id="hd_print"><h2 class="pull-left">{SITE}</h2>
  <p class="pull-right"><a title="Trở về bài viết" href="{canonical}">Trở về bài viết</a></p></div>
 <div class="clear"></div><hr />
 <div id="content">
  <h1>{esc(story.title)}</h1>
  <ul class="list-inline">
   <li>{when}</li>
   <li class="hidden-print"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
   <li class="hidden-print"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>
  </ul>
  <div class="clear"></div>
  {hometext}
  <div class="bodytext">
{render_blocks(story)}
  </div>
  <div id="author">{author}</div>
 </div>
 <div id="footer" class="clearfix">
  <div id="url"><strong>URL của bản tin này: </strong><a href="{canonical}" title="{esc(story.title)}">{base}{canonical}</a></div>
  <div class="clear"></div>
  <div class="copyright">&copy; {SITE}</div>
  <div id="contact"><a href="mailto:thcsnguyentrai.buonho@daklak.edu.vn">thcsnguyentrai.buonho@daklak.edu.vn</a></div>
 </div>
</div>
</body>
</html>
"""
    return html(doc)


# --- the non-article pages -----------------------------------------------------------------------

NA_LICH_SU = "/gioi-thieu/lich-su-nha-truong.html"
NA_CO_CAU = "/gioi-thieu/co-cau-to-chuc.html"
NA_LIEN_HE = "/lien-he/"
NA_VAN_BAN = "/van-ban/detail/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-8.html"
NA_ALBUM = "/thu-vien-anh/album/le-khai-giang-nam-hoc-2026-2027-4.html"
NA_VIDEO = "/videoclips/video-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11"

NON_ARTICLES = [NA_LICH_SU, NA_CO_CAU, NA_LIEN_HE, NA_VAN_BAN, NA_ALBUM, NA_VIDEO]


def about_page(request: Request, path: str) -> Response:
    if path == NA_LICH_SU:
        title = "Lịch sử nhà trường"
        body = """
<p>Trường THCS Nguyễn Trãi được thành lập năm 1989 trên cơ sở tách ra từ Trường Phổ thông cơ sở An Lạc, huyện Krông Búk (nay là thị xã Buôn Hồ). Những ngày đầu, trường chỉ có 8 phòng học cấp bốn với 12 lớp và 21 cán bộ, giáo viên.</p>
<p>Trải qua hơn 35 năm xây dựng và phát triển, đến nay nhà trường có 28 lớp với gần 1.100 học sinh, trong đó hơn 20% là học sinh người đồng bào dân tộc thiểu số; đội ngũ gồm 62 cán bộ, giáo viên, nhân viên.</p>
<p>Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 1 và đạt kiểm định chất lượng giáo dục cấp độ 2.</p>"""
    else:
        title = "Cơ cấu tổ chức"
        body = """
<p><strong>Ban Giám hiệu</strong></p>
<p>Hiệu trưởng: Thầy Phạm Văn Hùng<br />Phó Hiệu trưởng: Cô Lê Thị Thu Hà<br />Phó Hiệu trưởng: Thầy Nguyễn Văn Thành</p>
<p><strong>Các tổ chuyên môn</strong></p>
<ul><li>Tổ Ngữ văn - Lịch sử và Địa lí - GDCD</li><li>Tổ Toán - Tin học</li><li>Tổ Khoa học tự nhiên - Công nghệ</li><li>Tổ Ngoại ngữ</li><li>Tổ Thể - Mỹ</li><li>Tổ Văn phòng</li></ul>"""
    main = f"""
<div class="page panel panel-default"><div class="panel-body">
 <h2 class="title margin-bottom-lg">{title}</h2>
 <div class="bodytext">{body}</div>
 <ul class="list-inline text-right"><li><a href="{NA_LICH_SU}">Lịch sử nhà trường</a></li><li><a href="{NA_CO_CAU}">Cơ cấu tổ chức</a></li></ul>
</div></div>"""
    return page(
        request,
        f"{title} - Giới thiệu - {SITE}",
        main,
        crumbs=[(NA_LICH_SU, "Giới thiệu"), (path, title)],
        active=NA_LICH_SU,
        canonical=path,
    )


def contact_page(request: Request) -> Response:
    main = """
<div class="panel panel-default"><div class="panel-body">
 <h2>Liên hệ</h2>
 <div class="contact-info"><p><strong>TRƯỜNG THCS NGUYỄN TRÃI</strong></p>
 <p>Địa chỉ: 120 Hùng Vương, phường An Lạc, thị xã Buôn Hồ, tỉnh Đắk Lắk</p>
 <p>Điện thoại: 0262.3872.145 - Email: thcsnguyentrai.buonho@daklak.edu.vn</p></div>
 <form action="/lien-he/" method="post" class="form-horizontal" id="fcontact">
  <div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control" /></div>
  <div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control" /></div>
  <div class="form-group"><label>Bộ phận cần liên hệ</label><select name="fpart" class="form-control"><option value="1">Văn phòng nhà trường</option><option value="2">Ban Giám hiệu</option></select></div>
  <div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control" /></div>
  <div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control" rows="6"></textarea></div>
  <input type="submit" value="Gửi thư" name="btsend" class="btn btn-primary" />
 </form>
</div></div>"""
    return page(request, f"Liên hệ - {SITE}", main, crumbs=[(NA_LIEN_HE, "Liên hệ")], active=NA_LIEN_HE,
                canonical=NA_LIEN_HE)


def laws_list(request: Request) -> Response:
    main = f"""
<div class="tieude-chuyenmuc"><h2>Văn bản</h2></div>
<table class="table table-bordered table-striped"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody><tr><td>125/KH-THCSNT</td><td>05/09/2026</td><td><a href="{NA_VAN_BAN}">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></td></tr></tbody></table>"""
    return page(request, f"Văn bản - {SITE}", main, crumbs=[("/van-ban/", "Văn bản")], active="/van-ban/",
                canonical="/van-ban/")


def laws_detail(request: Request) -> Response:
    main = """
<div class="panel panel-default"><div class="panel-body">
 <h1 class="title">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</h1>
 <table class="table table-bordered"><tbody>
  <tr><td width="170">Số hiệu</td><td>125/KH-THCSNT</td></tr>
  <tr><td>Trích yếu</td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>
  <tr><td>Ngày ban hành</td><td>05/09/2026</td></tr>
  <tr><td>Ngày hiệu lực</td><td>05/09/2026</td></tr>
  <tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>
  <tr><td>Cơ quan ban hành</td><td>Trường THCS Nguyễn Trãi</td></tr>
  <tr><td>Người ký</td><td>Phạm Văn Hùng</td></tr>
 </tbody></table>
 <p><strong>Tải về:</strong> KH-125-KHGD-nha-truong-2026-2027.pdf (không hỗ trợ xem trực tuyến)</p>
</div></div>"""
    return page(request, f"Kế hoạch giáo dục nhà trường năm học 2026 - 2027 - Văn bản - {SITE}", main,
                crumbs=[("/van-ban/", "Văn bản")], active="/van-ban/", canonical=NA_VAN_BAN)


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-xs-12 col-md-8"><a href="/uploads/thu-vien-anh/2026_09/khai-giang-{i}.jpg" '
        f'class="thumbnail"><img src="/assets/thu-vien-anh/2026_09/khai-giang-{i}.jpg" alt="Lễ khai giảng {i}" /></a></div>'
        for i in range(1, 7)
    )
    main = f"""
<div class="panel panel-default album-chitiet"><div class="panel-body">
 <h2 class="title">Lễ khai giảng năm học 2026 - 2027</h2>
 <p class="text-muted">Ngày đăng: 05/09/2026 | 6 ảnh | Lượt xem: 1.204</p>
 <p>Một số hình ảnh Lễ khai giảng năm học mới của thầy và trò Trường THCS Nguyễn Trãi.</p>
 <div class="row">{photos}</div>
</div></div>"""
    return page(request, f"Lễ khai giảng năm học 2026 - 2027 - Thư viện ảnh - {SITE}", main,
                crumbs=[(NA_ALBUM, "Thư viện ảnh")], canonical=NA_ALBUM)


def video_page(request: Request) -> Response:
    main = """
<div class="panel panel-default video-chitiet"><div class="panel-body">
 <h1 class="title">Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11</h1>
 <p class="text-muted">Thứ năm - 19/11/2026 17:10 | Lượt xem: 318</p>
 <div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/q8LzD3dVa1E" allowfullscreen></iframe></div>
 <p>Tiết mục múa “Bông hồng tặng cô” của học sinh lớp 7A1 biểu diễn tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam.</p>
</div></div>"""
    return page(request, f"Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11 - Video clip - {SITE}", main,
                crumbs=[(NA_VIDEO, "Video clip")], canonical=NA_VIDEO)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        f'<div class="panel panel-default"><div class="panel-body"><h2>Kết quả tìm kiếm</h2>'
        f"<p>Không tìm thấy kết quả nào phù hợp với từ khóa <strong>{esc(q)}</strong>.</p></div></div>"
    )
    return page(request, f"Tìm kiếm - {SITE}", main, crumbs=[("/seek/", "Tìm kiếm")])


def sendmail_page(story: Story) -> Response:
    """NukeViet's "Gửi bài viết qua email" popup: a form naming the article, not the article."""
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow" /></head>
<body><div id="sendmail"><div class="panel panel-default"><div class="panel-heading">Gửi bài viết qua email</div>
<div class="panel-body"><form id="sendmailForm" action="/tin-tuc/sendmail/{story.cat}/{story.slug}-{story.id}.html" method="post">
<p>Bài viết: <strong>{esc(story.title)}</strong></p>
<div class="form-group"><label>Tên của bạn</label><input type="text" name="name" class="form-control" /></div>
<div class="form-group"><label>Email của bạn</label><input type="email" name="youremail" class="form-control" /></div>
<div class="form-group"><label>Email người nhận</label><input type="email" name="email" class="form-control" /></div>
<div class="form-group"><label>Lời nhắn</label><textarea name="content" rows="4" class="form-control"></textarea></div>
<input type="hidden" name="checkss" value="{story.id * 7919:x}" />
<input type="submit" value="Gửi" class="btn btn-primary" />
</form></div></div></div></body></html>
"""
    return html(doc)


# --- the site ----------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT_RE = re.compile(r"^/tin-tuc/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_SENDMAIL_RE = re.compile(r"^/tin-tuc/sendmail/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TB_RE = re.compile(r"^/thong-bao/([a-z0-9-]+)-(\d+)\.html$")
_TB_PRINT_RE = re.compile(r"^/thong-bao/print/([a-z0-9-]+)-(\d+)\.html$")
_CAT_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(?:page-(\d+)/)?$")
_TB_LIST_RE = re.compile(r"^/thong-bao/(?:page-(\d+)/)?$")
_OP_RE = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")

NEWS_BY_ID = {s.id: s for s in NEWS}
TB_BY_ID = {s.id: s for s in NOTICES}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", request.path)
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php") and not request.query:
            return home(request)
        if path == "/index.php":
            return self._index_php(request)
        if path == "/tin-tuc":
            return redirect("/tin-tuc/", 301)
        if path == "/tin-tuc/":
            return news_main(request)
        if path.startswith("/tin-tuc/tag/"):
            return tag_page(request, path[len("/tin-tuc/tag/") :])
        if m := _PRINT_RE.match(path):
            story = NEWS_BY_ID.get(int(m.group(3)))
            if story and story.cat == m.group(1) and story.slug == m.group(2):
                return print_view(request, story)
            return None
        if m := _SENDMAIL_RE.match(path):
            story = NEWS_BY_ID.get(int(m.group(3)))
            return sendmail_page(story) if story and story.slug == m.group(2) else None
        if m := _ARTICLE_RE.match(path):
            return self._article(request, m.group(1), m.group(2), int(m.group(3)))
        if m := _CAT_RE.match(path):
            cat, n = m.group(1), m.group(2)
            if cat not in CATS:
                return None
            if n == "1":
                return redirect(f"/tin-tuc/{cat}/", 301)
            return cat_listing(request, cat, int(n or 1))
        if path.startswith("/tin-tuc/") and path.rstrip("/")[len("/tin-tuc/") :] in CATS:
            return redirect(path + "/", 301)
        if path == "/thong-bao":
            return redirect("/thong-bao/", 301)
        if m := _TB_LIST_RE.match(path):
            n = m.group(1)
            if n == "1":
                return redirect("/thong-bao/", 301)
            return tb_listing(request, int(n or 1))
        if m := _TB_PRINT_RE.match(path):
            story = TB_BY_ID.get(int(m.group(2)))
            if story and story.slug == m.group(1):
                return print_view(request, story)
            return None
        if m := _TB_RE.match(path):
            story = TB_BY_ID.get(int(m.group(2)))
            if story is None:
                return None
            if story.slug != m.group(1):
                return redirect(tb_path(story), 301)
            return tb_detail(request, story)
        if path in (NA_LICH_SU, NA_CO_CAU):
            return about_page(request, path)
        if path == NA_LIEN_HE:
            return contact_page(request)
        if path == "/van-ban/":
            return laws_list(request)
        if path == NA_VAN_BAN:
            return laws_detail(request)
        if path == NA_ALBUM:
            return album_page(request)
        if path == NA_VIDEO:
            return video_page(request)
        if path == "/seek/":
            return search_page(request)
        return None

    def _article(self, request: Request, cat: str, alias: str, sid: int) -> Response | None:
        story = NEWS_BY_ID.get(sid)
        if story is None or cat not in CATS:
            return None
        if cat != story.cat and cat not in story.opts.get("listcat", []):
            return None
        if alias != story.slug:
            # NukeViet compares the alias and sends the reader to the current URL
            return redirect(news_path(story, cat=cat), 301)
        return news_detail(request, story, cat)

    def _index_php(self, request: Request) -> Response | None:
        params = request.params
        if params.get("nv") != "tin-tuc" or params.get("language", "vi") != "vi":
            return None
        m = _OP_RE.match(params.get("op", ""))
        if not m:
            return None
        story = NEWS_BY_ID.get(int(m.group(3)))
        if story is None or story.slug != m.group(2):
            return None
        if m.group(1) != story.cat and m.group(1) not in story.opts.get("listcat", []):
            return None
        return news_detail(request, story, m.group(1))


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    if story in MARQUEE:
        alts.insert(0, index_php_path(story))
    for other in story.opts.get("listcat", []):
        alts.insert(0, news_path(story, cat=other))
    category = TB_TITLE if story.cat == TB else CATS[story.cat]
    return gold_record(story, path_of(story), category, canonical_path=path_of(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
