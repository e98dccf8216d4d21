"""Trường Chính trị tỉnh Sóc Trăng as a subsite of the Sóc Trăng e-government portal, built on a
telecom vendor's portal product (VNPT-style ASP.NET portal with per-agency subsites).

Platform
--------
The province runs one portal for every agency; each agency (sở, ban, ngành, the political school)
is a *subsite* living under its own path prefix (``/truongchinhtri/``, ``/sonoivu/``, ``/sogddt/``
…). Every subsite page is wrapped in the province's chrome: the top bar with the header clock
("Thứ Bảy, ngày 05/12/2026", today, never a publication date), the language switch
("Tiếng Việt | English", which only adds ``?lang=en`` to the current URL), the province banner
(``<h1 class="portal-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG</h1>``), the province menu (links
to other agencies' subsites: not this school's news), then the subsite's banner and its own menu,
a right column of portlets ("Văn bản mới", banner links, "Tin xem nhiều", "Liên kết website"
``<select>``, "Thống kê truy cập": Đang online / Hôm nay / Tổng truy cập) and the province footer.

URL scheme
----------
- ``/`` the province home; ``/<agency>/gioi-thieu.html?lang=vi`` an agency's introduction page.
- ``/truongchinhtri?lang=vi`` (START_PATH) the subsite home: "Tin mới" (5 newest), one box per
  category (3 newest each, the box title links to the list).
- ``/truongchinhtri/tin-tuc/<category-id>?page=<n>``: lists, 5 per page, newest first; page 1
  is linked without ``?page``; the pager prints *relative* hrefs (``href="?page=2"``); a page past
  the end answers 200 with "Không có dữ liệu".
- ``/truongchinhtri/tin-tuc/chi-tiet/<id>/<slug>.html?lang=vi``: an article. The id alone
  routes: any slug, any ``lang`` and no query at all serve the same article.
- ``/truongchinhtri/tin-tuc/in/<id>.html?lang=vi``: the print view ("In bài viết").
- ``/truongchinhtri/van-ban?lang=vi`` and ``/truongchinhtri/van-ban/chi-tiet/<id>.html?lang=vi``
  (document register entries), ``/truongchinhtri/thu-vien-anh…`` (albums),
  ``/truongchinhtri/gioi-thieu/<slug>.html?lang=vi``, ``/truongchinhtri/lien-he.html?lang=vi``.
- Uploads under ``/Uploads/truongchinhtri/…``, portal files under ``/Portals/…``.

Page templates
--------------
- Template A (Tin hoạt động, Đào tạo - Bồi dưỡng, Nghiên cứu khoa học): breadcrumb
  ``ol.breadcrumb`` (Trang chủ › Trường Chính trị › Tin tức › <category> › <title cut to 40
  chars…>), optional ``div.sub-title`` kicker, ``h2.title-detail``, ``div.info-detail`` (date
  line, "Lượt xem", sometimes "Tác giả:" and "Người đăng:"), ``div.news-sapo``, the CKEditor
  body ``div#noidung.ArticleContent``, attachments, tool bar, "Tin cùng chuyên mục" (the 3 newest
  other articles of the category).
- Template B (Gương điển hình): ``div.guong-dien-hinh`` with ``h3.gdh-title``, ``span.gdh-date``
  (weekday form), a floated portrait with its name line, ``div.gdh-noidung``, "Các gương điển
  hình khác".
- Print view: title in ``h1``, the date line, sapo, text, no chrome.

How each gold article is reached
--------------------------------
Every article of Đào tạo - Bồi dưỡng, Nghiên cứu khoa học and Gương điển hình is on page 1 of its
list and in its home box. Tin hoạt động has 7: the 5 newest on ``/truongchinhtri/tin-tuc/1021``,
the 2 oldest (ids 5812, 5803) only on ``?page=2`` (never in boxes, "Tin xem nhiều" or related
lists). The Gương điển hình list (1024) is not in the subsite menu: only a banner image in the
right column and the home box title link to it.

Traps
-----
1. Title: ``<title>`` is the generic "Trường Chính trị tỉnh Sóc Trăng - Cổng TTĐT tỉnh Sóc
   Trăng", the only ``h1`` is the province banner, no og:title; the headline is
   ``h2.title-detail`` (template B: ``h3.gdh-title``). Article 5838 prints a kicker "CHÀO MỪNG
   44 NĂM NGÀY NHÀ GIÁO VIỆT NAM" above it: gold title is the headline only (the kicker is a
   label of the event, not the headline). Article 5829's headline is printed in capitals: kept.
2. 12-hour clock in vi-VN culture: "01/12/2026 2:30 CH" -> 14:30 ("CH" = chiều, p.m.);
   "05/11/2026 8:05 SA" -> 08:05 ("SA" = sáng, a.m.).
3. "Ngày đăng: 27/11/2026 | Cập nhật: 03/12/2026 09:12" (5849): the publication is the day
   posted, printed without a time -> "2026-11-27"; the later update time is not the publication.
4. Template B dates with a weekday and a dash: "Thứ Tư, 25/11/2026 - 15:20" ->
   "2026-11-25T15:20:00+07:00"; "Chủ Nhật, 08/11/2026" -> "2026-11-08".
5. Photos in CKEditor "image tables" (``table.image`` with the caption in ``td.image_desc``):
   a layout table, its caption cell is the photo's caption and not a body row; articles 5829
   and 5810 also hold a real data table (results, topics) whose rows are body paragraphs.
6. A "Tin liên quan" box (``table.tinlienquan``) pasted *inside* the article text (5838): links
   to other articles, not body.
7. Empty sapo element (``div.news-sapo`` holding only ``&nbsp;``) on 5838: summary null; on 5826
   the lead is a bold first paragraph inside the text: it is the summary and the first paragraph.
8. Bylines: "Tin, ảnh: Ngọc Hân" (both fields); "Tin, ảnh: Ngọc Hân, Minh Trí" (two people, both
   fields); a bare right-aligned "Minh Trí"; "Tin: Thanh Hương; Ảnh: Phòng Tổ chức - Hành chính"
   (a unit as photographer); "ThS. Trần Quốc Việt - Khoa Nhà nước và pháp luật" -> "Trần Quốc
   Việt"; "TS. Lâm Thị Hồng Nhung" with the department on the next line -> the name only; the
   meta "Tác giả: Phòng Đào tạo" next to "Người đăng: tct_quantri" (a CMS login: nobody) ->
   "Phòng Đào tạo"; a closing "BBT" -> nobody; "Ngọc Hân (tổng hợp)" -> "Ngọc Hân";
   "Ảnh: Internet" -> no photographer; "Công đoàn cơ sở" and "Chi đoàn Trường Chính trị" are
   units signing their posts -> credited as printed; a photographer credited only inside the
   captions "(Ảnh: Minh Trí)" (5803) -> photographer "Minh Trí", the captions keep the credit as
   displayed.
9. Source: "Nguồn: Đài Phát thanh và Truyền hình Sóc Trăng" (a line in the text) and "Theo Báo
   Sóc Trăng" (template B, under the text): the publication names.
10. Images: one photo hotlinked from the source site (absolute URL on another host -> ``url``);
    one article writes its photos with relative ``../../../../Uploads/…`` paths (resolve to
    ``/Uploads/…``); layout images (logos, banners, share icons, the PDF icon) are not photos.
11. Duplicates of one article: ``?lang=en`` (the language switch on every page), the print view
    ``/truongchinhtri/tin-tuc/in/<id>.html?lang=vi`` (a different path), an old slug for 5849
    in "Tin xem nhiều", the bare URL without ``?lang`` for 5855 from the province home. All are in
    gold ``alt_paths``; the article pages print ``og:url`` with the ``?lang=vi`` form.
12. Reaching: relative pager hrefs ``?page=2``; page 3 of a two-page list answers 200 "Không có
    dữ liệu"; the Gương điển hình list only through an image banner and the home box title.
13. Look-alikes (NON_ARTICLES): document entries under ``/van-ban/chi-tiet/`` (number, date of
    issue, abstract), a photo album with a title and a date, the school's "Lịch sử hình thành"
    page (title, text, "Cập nhật" date), an agency introduction page of the province, the contact
    page, list page 2. The document entry 431 (the enrolment notice as a register entry) prints the
    very title of article 5858 in the same ``h2.title-detail``: a document, not a second copy of
    the article (no text, a number, a date of issue and a PDF).

Gold decisions
--------------
- category: the breadcrumb's last section (template B: the breadcrumb "Gương điển hình").
- summary: ``div.news-sapo`` text when not empty, or a wholly bold first paragraph.
- body: the text of ``#noidung`` / ``.gdh-noidung``: paragraphs, sub-headings, list items,
  table rows (cells joined by " | "), lines split at ``<br>``; not captions, bylines, source
  lines, the pasted "Tin liên quan" box.
- images: photos of the text in order, with the caption printed under them (italic line,
  centred plain line, ``figcaption``, ``td.image_desc``, template B's name line) or None.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "tct_vnpt_sub_tct"
PLATFORM = "VNPT-style e-government portal (ASP.NET), agency subsite /truongchinhtri/"
START_PATH = "/truongchinhtri?lang=vi"
TODAY = "Thứ Bảy, ngày 05/12/2026"
SUB = "/truongchinhtri"
PER_PAGE = 5

CAT_IDS = {"tin-hoat-dong": 1021, "dao-tao": 1022, "nckh": 1023, "guong": 1024}
CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao": "Đào tạo - Bồi dưỡng",
    "nckh": "Nghiên cứu khoa học",
    "guong": "Gương điển hình",
}
AGENCIES = {
    "sonoivu": "Sở Nội vụ",
    "sogddt": "Sở Giáo dục và Đào tạo",
    "soyte": "Sở Y tế",
    "sotuphap": "Sở Tư pháp",
    "bandantoc": "Ban Dân tộc",
}


def up(name: str) -> str:
    return f"/Uploads/truongchinhtri/2026/{name}"


# --- the articles (newest first within each category) -----------------------------------------
#
# opts: date (the printed date line), tpl ("A" | "B"), kicker, meta (extra info-bar items),
# empty_sapo, related_box (pasted "Tin liên quan"), files (attachments), source_line.
# P styles: "" justify, "h" bold sub-heading, "lead" bold lead, "li" bullet, "th"/"td" table rows,
# "quote", "br" (same <p> as the previous one, after a <br />), "span" (Word nesting), "div".
# Img styles: "table" (image table), "em", "plain", "figure", "none", "portrait".

STORIES: list[Story] = [
    Story(
        5861,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-tai-thi-xa-vinh-chau",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại thị xã Vĩnh Châu",
        "tin-hoat-dong",
        "2026-12-04T08:15:00+07:00",
        [
            P(
                "Tham dự lễ khai giảng có đồng chí Lâm Hoàng Phúc, Phó Hiệu trưởng Trường Chính trị tỉnh; "
                "đại diện lãnh đạo Thị ủy, Ban Tổ chức Thị ủy, Trung tâm Chính trị thị xã Vĩnh Châu cùng "
                "98 học viên của lớp."
            ),
            Img(
                up("12/khai-giang-vinh-chau-1.jpg"),
                "Đồng chí Lâm Hoàng Phúc phát biểu khai giảng lớp học",
                "Đồng chí Lâm Hoàng Phúc phát biểu khai giảng lớp học",
                "table",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Lâm Hoàng Phúc nhấn mạnh: lớp Trung cấp lý luận chính trị - "
                "hành chính là lớp bồi dưỡng nguồn cán bộ quan trọng của thị xã, học viên phần lớn là cán "
                "bộ chủ chốt cấp xã, phường và các phòng, ban của thị xã, vừa công tác vừa học tập."
            ),
            P(
                "Chương trình học gồm 4 phần với 19 học phần, thời gian học 18 tháng, từ tháng 12/2026 đến "
                "tháng 6/2028. Học viên học tập trung mỗi tháng 10 ngày tại Trung tâm Chính trị thị xã "
                "Vĩnh Châu; các giảng viên của Trường trực tiếp giảng dạy và kết hợp đi thực tế tại địa "
                "phương."
            ),
            P(
                "Nhà trường đề nghị học viên chấp hành nghiêm quy chế đào tạo, tích cực nghiên cứu tài "
                "liệu, liên hệ thực tiễn công tác tại cơ sở; đồng thời đề nghị Thị ủy Vĩnh Châu tạo điều "
                "kiện về thời gian để học viên hoàn thành tốt khóa học."
            ),
            Img(
                up("12/khai-giang-vinh-chau-2.jpg"),
                "Các học viên tham dự lễ khai giảng",
                "Các học viên tham dự lễ khai giảng",
                "table",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ngọc Hân</strong></p>'),
        ],
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        summary=(
            "Sáng ngày 03/12/2026, Trường Chính trị tỉnh Sóc Trăng phối hợp với Thị ủy Vĩnh Châu tổ "
            "chức khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa "
            "2026-2028."
        ),
        sapo_outside=True,
        opts={"date": "04/12/2026 08:15", "tpl": "A"},
    ),
    Story(
        5855,
        "truong-chinh-tri-tinh-so-ket-cong-tac-11-thang-nam-2026",
        "Trường Chính trị tỉnh sơ kết công tác 11 tháng năm 2026, triển khai nhiệm vụ tháng cuối năm",
        "tin-hoat-dong",
        "2026-12-01T14:30:00+07:00",
        [
            P(
                "Chiều ngày 30/11/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác 11 "
                "tháng và triển khai nhiệm vụ tháng 12 năm 2026. Đồng chí Trần Văn Lâm, Bí thư Đảng ủy, "
                "Hiệu trưởng Nhà trường chủ trì hội nghị."
            ),
            P(
                "Theo báo cáo, trong 11 tháng năm 2026, Nhà trường đã mở 27 lớp đào tạo, bồi dưỡng với "
                "2.314 học viên, đạt 96% kế hoạch năm; trong đó có 4 lớp Cao cấp lý luận chính trị, 12 "
                "lớp Trung cấp lý luận chính trị - hành chính và 11 lớp bồi dưỡng các đối tượng."
            ),
            Img(
                up("12/so-ket-11-thang.jpg"),
                "Đồng chí Trần Văn Lâm, Hiệu trưởng Nhà trường phát biểu chỉ đạo hội nghị",
                "Đồng chí Trần Văn Lâm, Hiệu trưởng Nhà trường phát biểu chỉ đạo hội nghị",
                "em",
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "h"),
            P("Hoàn thành chương trình các lớp đang mở theo đúng kế hoạch.", "li"),
            P("Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 2025-2026.", "li"),
            P("Tổng kết công tác năm 2026, xây dựng kế hoạch đào tạo, bồi dưỡng năm 2027.", "li"),
            P(
                "Kết luận hội nghị, đồng chí Hiệu trưởng yêu cầu các khoa, phòng tập trung hoàn thành các "
                "chỉ tiêu còn lại, chuẩn bị tốt các điều kiện phục vụ đánh giá, xếp loại viên chức cuối năm."
            ),
            Raw('<p style="text-align: right;">Minh Trí</p>'),
        ],
        authors=["Minh Trí"],
        opts={"date": "01/12/2026 2:30 CH", "tpl": "A"},
    ),
    Story(
        5849,
        "truong-chinh-tri-tinh-dat-giai-nhat-toan-doan-hoi-thao-cong-nhan-vien-chuc-khoi-dang",
        "Trường Chính trị tỉnh đạt giải Nhất toàn đoàn Hội thao công nhân viên chức khối Đảng",
        "tin-hoat-dong",
        "2026-11-27",
        [
            P(
                "Hội thao công nhân viên chức khối các cơ quan Đảng tỉnh năm 2026 diễn ra trong 3 ngày, từ "
                "ngày 24 đến 26/11/2026, tại Nhà thi đấu đa năng tỉnh với sự tham gia của 16 đoàn, hơn 400 "
                "vận động viên."
            ),
            P(
                "Các vận động viên tranh tài ở 5 môn: cầu lông, bóng bàn, kéo co, việt dã và cờ tướng. Đoàn "
                "Trường Chính trị tỉnh giành 3 huy chương vàng, 2 huy chương bạc và 4 huy chương đồng, "
                "xếp hạng Nhất toàn đoàn."
            ),
            Img(
                "https://www.thst.vn/Uploads/images/2026/11/26/hoi-thao-khoi-dang.jpg",
                "Lãnh đạo Đảng ủy Khối trao cờ giải Nhất toàn đoàn cho Trường Chính trị tỉnh",
                "Lãnh đạo Đảng ủy Khối trao cờ giải Nhất toàn đoàn cho Trường Chính trị tỉnh",
                "plain",
            ),
            P(
                "Hội thao là dịp để cán bộ, công chức, viên chức rèn luyện sức khỏe, giao lưu, học hỏi, "
                "góp phần thực hiện tốt cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Lan</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Đài Phát thanh và Truyền hình Sóc Trăng</em></p>'),
        ],
        authors=["Hoàng Lan"],
        source="Đài Phát thanh và Truyền hình Sóc Trăng",
        opts={"date": "Ngày đăng: 27/11/2026 | Cập nhật: 03/12/2026 09:12", "tpl": "A"},
    ),
    Story(
        5838,
        "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-hoat-dong",
        "2026-11-19",
        [
            P(
                "Sáng ngày 18/11/2026, Công đoàn cơ sở Trường Chính trị tỉnh Sóc Trăng tổ chức buổi gặp mặt "
                "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, với sự tham dự của đông đảo cán bộ, giảng viên "
                "đương nhiệm và nguyên là cán bộ, giảng viên của Nhà trường qua các thời kỳ.",
                "span",
            ),
            P(
                "Tại buổi gặp mặt, các đại biểu ôn lại truyền thống vẻ vang của ngành giáo dục Việt Nam và "
                "chặng đường hơn 60 năm xây dựng, phát triển của Trường Chính trị tỉnh.",
                "span",
            ),
            Img(up("11/gap-mat-20-11.jpg"), None, None, "none"),
            P(
                "Dịp này, Nhà trường biểu dương 12 giảng viên có thành tích xuất sắc trong giảng dạy, nghiên "
                "cứu khoa học năm học 2025-2026 và tặng quà các nhà giáo lão thành.",
                "span",
            ),
            P(
                "Buổi gặp mặt diễn ra trong không khí ấm cúng, thân tình với các tiết mục văn nghệ chào mừng "
                "do cán bộ, giảng viên trẻ của Trường biểu diễn.",
                "span",
            ),
            Raw('<p style="text-align: right;"><strong>Công đoàn cơ sở</strong></p>'),
        ],
        authors=["Công đoàn cơ sở"],
        opts={
            "date": "19/11/2026",
            "tpl": "A",
            "kicker": "CHÀO MỪNG 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM",
            "empty_sapo": True,
            "related_box": True,
        },
    ),
    Story(
        5829,
        "be-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2024-2026",
        "BẾ GIẢNG LỚP CAO CẤP LÝ LUẬN CHÍNH TRỊ HỆ KHÔNG TẬP TRUNG KHÓA 2024-2026",
        "tin-hoat-dong",
        "2026-11-16T10:40:00+07:00",
        [
            P(
                "Ngày 14/11/2026, Học viện Chính trị khu vực IV phối hợp với Trường Chính trị tỉnh Sóc "
                "Trăng tổ chức lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không "
                "tập trung khóa 2024-2026 cho 112 học viên."
            ),
            P(
                "Qua 2 năm học tập, 100% học viên đủ điều kiện tốt nghiệp; trong đó có 21 học viên đạt loại "
                "giỏi (18,75%), 91 học viên đạt loại khá (81,25%). Lớp có 9 học viên được tặng Giấy khen vì "
                "có thành tích xuất sắc trong học tập."
            ),
            P("Các học viên có kết quả học tập cao nhất:"),
            P("STT | Họ và tên | Đơn vị công tác | Điểm TB", "th"),
            P("1 | Nguyễn Thị Kim Thoa | Huyện ủy Mỹ Tú | 8,92", "td"),
            P("2 | Lý Thanh Sang | Sở Tài chính | 8,87", "td"),
            P("3 | Trần Quốc Khánh | Thành ủy Sóc Trăng | 8,81", "td"),
            Img(
                up("11/be-giang-cao-cap.jpg"),
                "Trao bằng tốt nghiệp cho các học viên",
                "Trao bằng tốt nghiệp cho các học viên",
                "figure",
            ),
            P(
                "Thay mặt lớp, học viên Nguyễn Thị Kim Thoa cảm ơn sự tận tình của quý thầy cô và hứa sẽ "
                "vận dụng kiến thức đã học vào thực tiễn công tác tại địa phương, đơn vị."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Thanh Hương; Ảnh: Phòng Tổ chức - Hành chính'
                "</strong></p>"
            ),
        ],
        authors=["Thanh Hương"],
        photographers=["Phòng Tổ chức - Hành chính"],
        opts={"date": "16/11/2026 10:40", "tpl": "A"},
    ),
    Story(
        5812,
        "dang-bo-truong-chinh-tri-tinh-hoc-tap-quan-triet-nghi-quyet-hoi-nghi-trung-uong",
        "Đảng bộ Trường Chính trị tỉnh học tập, quán triệt Nghị quyết Hội nghị Trung ương",
        "tin-hoat-dong",
        "2026-11-07T16:05:00+07:00",
        [
            P(
                "Ngày 06/11/2026, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị học tập, quán triệt và "
                "triển khai thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa "
                "XIV cho toàn thể đảng viên, viên chức Nhà trường."
            ),
            P("Hội nghị được nghe báo cáo viên trình bày các chuyên đề:"),
            P("Chuyên đề 1: Những nội dung cơ bản của Nghị quyết Hội nghị Trung ương 4 khóa XIV;"),
            P("Chuyên đề 2: Kế hoạch thực hiện Nghị quyết của Tỉnh ủy Sóc Trăng;", "br"),
            P("Chuyên đề 3: Trách nhiệm của đội ngũ giảng viên lý luận chính trị.", "br"),
            P(
                "Sau hội nghị, mỗi đảng viên xây dựng kế hoạch cá nhân thực hiện Nghị quyết, gắn với nhiệm "
                "vụ chuyên môn được giao; các chi bộ tổ chức thảo luận trong kỳ sinh hoạt tháng 11/2026."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"date": "07/11/2026 16:05", "tpl": "A"},
    ),
    Story(
        5803,
        "hoc-tap-kinh-nghiem-tai-truong-chinh-tri-tinh-ben-tre",
        "Chi đoàn Trường Chính trị học tập kinh nghiệm tại Trường Chính trị tỉnh Bến Tre",
        "tin-hoat-dong",
        "2026-10-28",
        [
            P(
                "Từ ngày 24 đến 25/10/2026, Chi đoàn Trường Chính trị tỉnh Sóc Trăng tổ chức đoàn công tác "
                "gồm 18 đoàn viên đi học tập kinh nghiệm tại Trường Chính trị tỉnh Bến Tre."
            ),
            Img(
                "../../../../Uploads/truongchinhtri/2026/10/ben-tre-1.jpg",
                "Đoàn công tác làm việc với Trường Chính trị tỉnh Bến Tre (Ảnh: Minh Trí)",
                "Đoàn công tác làm việc với Trường Chính trị tỉnh Bến Tre (Ảnh: Minh Trí)",
                "em",
            ),
            P(
                "Tại buổi làm việc, hai bên trao đổi kinh nghiệm về đổi mới phương pháp giảng dạy, ứng dụng "
                "công nghệ thông tin trong quản lý đào tạo và hoạt động của tổ chức Đoàn trong nhà trường."
            ),
            P(
                "Đoàn viên hai trường cùng tham quan Khu di tích Đồng Khởi Bến Tre, dâng hương tưởng niệm "
                "các anh hùng liệt sĩ và giao lưu văn nghệ, thể thao."
            ),
            Img(
                "../../../../Uploads/truongchinhtri/2026/10/ben-tre-2.jpg",
                "Đoàn viên dâng hương tại Khu di tích Đồng Khởi (Ảnh: Minh Trí)",
                "Đoàn viên dâng hương tại Khu di tích Đồng Khởi (Ảnh: Minh Trí)",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Chi đoàn Trường Chính trị</strong></p>'),
        ],
        authors=["Chi đoàn Trường Chính trị"],
        photographers=["Minh Trí"],
        opts={"date": "28/10/2026", "tpl": "A"},
    ),
    Story(
        5858,
        "thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-tap-trung-nam-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027",
        "dao-tao",
        "2026-12-02T09:00:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường "
                "Chính trị tỉnh Sóc Trăng thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành "
                "chính hệ tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng", "h"),
            P("Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng.", "li"),
            P("Cán bộ chủ chốt cấp xã, phường, thị trấn chưa qua đào tạo trung cấp lý luận chính trị.", "li"),
            P("2. Hồ sơ đăng ký", "h"),
            P("Quyết định cử đi học của cơ quan có thẩm quyền;"),
            P("Bản sao văn bằng chuyên môn cao nhất (có chứng thực);", "br"),
            P("Phiếu đảng viên hoặc lý lịch trích ngang có xác nhận của cơ quan.", "br"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 15/12/2026 đến hết ngày 15/01/2027 tại Phòng Đào tạo, Trường "
                "Chính trị tỉnh Sóc Trăng. Dự kiến khai giảng vào tháng 02/2027."
            ),
        ],
        authors=["Phòng Đào tạo"],
        opts={
            "date": "02/12/2026 09:00",
            "tpl": "A",
            "meta": ["Tác giả: Phòng Đào tạo", "Người đăng: tct_quantri"],
            "files": [("TB-tuyen-sinh-TC-2027.pdf", "Thông báo số 215/TB-TCT")],
        },
    ),
    Story(
        5826,
        "boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "dao-tao",
        "2026-11-13",
        [
            P(
                "Từ ngày 09 đến 13/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ "
                "chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 156 học viên là cán bộ đối tượng 4.",
                "lead",
            ),
            P(
                "Các học viên được nghiên cứu các chuyên đề về quan điểm của Đảng về xây dựng nền quốc phòng "
                "toàn dân, thế trận an ninh nhân dân; phòng, chống chiến lược “diễn biến hòa bình”; công tác "
                "bảo vệ an ninh chính trị nội bộ; xây dựng khu vực phòng thủ cấp tỉnh, huyện."
            ),
            Img(
                up("11/qpan-doi-tuong-4.jpg"),
                "Học viên lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
                "Học viên lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
                "em",
            ),
            P(
                "Kết thúc khóa học, 100% học viên viết thu hoạch đạt yêu cầu, trong đó 68% đạt loại giỏi, "
                "được cấp giấy chứng nhận hoàn thành chương trình bồi dưỡng."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Trần Quốc Việt - Khoa Nhà nước và pháp luật'
                "</strong></p>"
            ),
        ],
        authors=["Trần Quốc Việt"],
        summary=(
            "Từ ngày 09 đến 13/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ "
            "chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 156 học viên là cán bộ đối tượng 4."
        ),
        opts={"date": "13/11/2026", "tpl": "A"},
    ),
    Story(
        5852,
        "hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri",
        "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị trong giai đoạn mới”",
        "nckh",
        "2026-11-30T07:50:00+07:00",
        [
            P(
                "Hội thảo nhận được 32 bài tham luận của các nhà khoa học, giảng viên Trường Chính trị tỉnh, "
                "Trường Đại học Cần Thơ, Học viện Chính trị khu vực IV và báo cáo viên Ban Tuyên giáo Tỉnh ủy."
            ),
            P(
                "Phát biểu đề dẫn, TS. Trần Văn Lâm, Hiệu trưởng Nhà trường cho rằng: đổi mới nội dung, "
                "phương pháp giảng dạy lý luận chính trị là yêu cầu cấp thiết trong bối cảnh chuyển đổi số "
                "và yêu cầu xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực."
            ),
            P(
                "“Giảng viên không chỉ truyền đạt lý luận mà phải giúp học viên giải quyết những vấn đề thực "
                "tiễn đặt ra ở cơ sở”, TS. Trần Văn Lâm nhấn mạnh.",
                "quote",
            ),
            Img(
                up("11/hoi-thao-khoa-hoc-1.jpg"),
                "Các đại biểu tham dự hội thảo",
                "Các đại biểu tham dự hội thảo",
                "figure",
            ),
            P(
                "Các tham luận tập trung vào 3 nhóm vấn đề: đổi mới chương trình, nội dung giảng dạy; ứng "
                "dụng công nghệ số trong dạy và học; gắn lý luận với thực tiễn thông qua đi thực tế, viết "
                "tiểu luận, khóa luận."
            ),
            Img(up("11/hoi-thao-khoa-hoc-2.jpg"), None, None, "none"),
            P(
                "Kết quả hội thảo là cơ sở để Nhà trường đề xuất các giải pháp nâng cao chất lượng đào tạo, "
                "bồi dưỡng cán bộ giai đoạn 2026-2030."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ngọc Hân, Minh Trí</strong></p>'),
        ],
        authors=["Ngọc Hân", "Minh Trí"],
        photographers=["Ngọc Hân", "Minh Trí"],
        summary=(
            "Ngày 28/11/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức Hội thảo khoa học cấp trường với "
            "chủ đề “Nâng cao chất lượng giảng dạy lý luận chính trị trong giai đoạn mới”."
        ),
        sapo_outside=True,
        opts={"date": "30/11/2026 07:50", "tpl": "A"},
    ),
    Story(
        5810,
        "nghiem-thu-de-tai-khoa-hoc-cap-co-so-nam-2026",
        "Nghiệm thu đề tài khoa học cấp cơ sở năm 2026",
        "nckh",
        "2026-11-05T08:05:00+07:00",
        [
            P(
                "Ngày 04/11/2026, Hội đồng khoa học Trường Chính trị tỉnh Sóc Trăng tổ chức nghiệm thu 4 đề "
                "tài khoa học cấp cơ sở năm 2026 do giảng viên các khoa chủ nhiệm."
            ),
            P("Kết quả nghiệm thu cụ thể như sau:"),
            P("STT | Tên đề tài | Chủ nhiệm | Xếp loại", "th"),
            P(
                "1 | Nâng cao hiệu quả đi thực tế của học viên Trung cấp lý luận chính trị - hành chính | "
                "ThS. Trần Quốc Việt | Xuất sắc",
                "td",
            ),
            P("2 | Ứng dụng bài giảng điện tử trong giảng dạy phần Kỹ năng lãnh đạo, quản lý | ThS. Lý Thị Mai | Khá", "td"),
            P(
                "3 | Văn hóa Khmer trong giảng dạy lý luận chính trị ở Sóc Trăng | ThS. Thạch Sô Phên | Xuất sắc",
                "td",
            ),
            P("4 | Đánh giá kết quả học tập theo năng lực | CN. Võ Thị Thu | Đạt", "td"),
            P(
                "Hội đồng đánh giá các đề tài có tính thực tiễn cao, có thể ứng dụng ngay vào hoạt động giảng "
                "dạy, quản lý đào tạo của Nhà trường; đề nghị các chủ nhiệm đề tài hoàn chỉnh báo cáo, nộp "
                "về Phòng Đào tạo - Nghiên cứu khoa học trước ngày 30/11/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>TS. Lâm Thị Hồng Nhung</strong><br />'
                "<em>Phòng Đào tạo - Nghiên cứu khoa học</em></p>"
            ),
        ],
        authors=["Lâm Thị Hồng Nhung"],
        opts={"date": "05/11/2026 8:05 SA", "tpl": "A"},
    ),
    Story(
        5846,
        "thay-thach-so-phen-nguoi-giang-vien-khmer-tan-tuy-voi-nghe",
        "Thầy Thạch Sô Phên - người giảng viên Khmer tận tụy với nghề",
        "guong",
        "2026-11-25T15:20:00+07:00",
        [
            Img(up("11/thay-thach-so-phen.jpg"), "ThS. Thạch Sô Phên", "ThS. Thạch Sô Phên", "portrait"),
            P(
                "Gần 20 năm đứng trên bục giảng Trường Chính trị tỉnh Sóc Trăng, ThS. Thạch Sô Phên, giảng "
                "viên Khoa Lý luận cơ sở, luôn được đồng nghiệp và học viên quý mến bởi sự tận tụy và những "
                "bài giảng gần gũi với thực tiễn vùng đồng bào Khmer.",
                "div",
            ),
            P(
                "Sinh ra ở xã Lâm Tân, huyện Thạnh Trị, thầy Phên hiểu rõ phong tục, tập quán của đồng bào. "
                "Thầy thường lấy ví dụ từ đời sống phum, sóc để giải thích những vấn đề lý luận khó, giúp "
                "học viên người Khmer tiếp thu bài tốt hơn.",
                "div",
            ),
            P(
                "Ngoài giảng dạy, thầy tham gia biên soạn tài liệu song ngữ Việt - Khmer phục vụ bồi dưỡng "
                "cán bộ cơ sở, chủ nhiệm 2 đề tài khoa học cấp cơ sở và nhiều năm liền đạt danh hiệu Chiến "
                "sĩ thi đua cơ sở.",
                "div",
            ),
            P(
                "Năm 2026, thầy vinh dự được Ủy ban nhân dân tỉnh tặng Bằng khen vì có thành tích xuất sắc "
                "trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                "div",
            ),
        ],
        authors=["Lý Bích"],
        source="Báo Sóc Trăng",
        opts={"date": "Thứ Tư, 25/11/2026 - 15:20", "tpl": "B", "credit": "Lý Bích", "theo": "Báo Sóc Trăng"},
    ),
    Story(
        5814,
        "co-tran-thi-my-xuyen-20-nam-gan-bo-voi-giang-duong",
        "Cô Trần Thị Mỹ Xuyên: 20 năm gắn bó với giảng đường lý luận chính trị",
        "guong",
        "2026-11-08",
        [
            Img(up("11/co-my-xuyen.jpg"), "Cô Trần Thị Mỹ Xuyên", "Cô Trần Thị Mỹ Xuyên", "portrait"),
            P(
                "Tốt nghiệp Học viện Chính trị quốc gia Hồ Chí Minh năm 2006, cô Trần Thị Mỹ Xuyên về công "
                "tác tại Trường Chính trị tỉnh và gắn bó với Khoa Xây dựng Đảng từ đó đến nay.",
                "div",
            ),
            P(
                "Cô luôn trăn trở làm sao để bài giảng về công tác xây dựng Đảng không khô cứng. Mỗi bài "
                "giảng của cô đều có tình huống thực tế do chính học viên đưa ra từ nơi công tác.",
                "div",
            ),
            P(
                "Nhiều năm liền cô đạt giảng viên dạy giỏi cấp trường, hai lần đạt giải Nhì Hội thi giảng "
                "viên dạy giỏi các trường chính trị khu vực Tây Nam Bộ.",
                "div",
            ),
        ],
        authors=["Ngọc Hân"],
        opts={"date": "Chủ Nhật, 08/11/2026", "tpl": "B", "credit": "Ngọc Hân (tổng hợp)", "photo": "Internet"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def by_cat(key: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == key), key=lambda s: s.published_at or "", reverse=True)


def art_path(story: Story, lang: str = "vi") -> str:
    return f"{SUB}/tin-tuc/chi-tiet/{story.id}/{story.slug}.html?lang={lang}"


def print_path(story: Story) -> str:
    return f"{SUB}/tin-tuc/in/{story.id}.html?lang=vi"


def list_path(key: str, page: int = 1) -> str:
    return f"{SUB}/tin-tuc/{CAT_IDS[key]}" + (f"?page={page}" if page > 1 else "")


OLD_SLUG_5849 = f"{SUB}/tin-tuc/chi-tiet/5849/tham-gia-hoi-thao-khoi-dang.html?lang=vi"
BARE_5855 = art_path(BY_ID[5855]).split("?")[0]


def _alts(story: Story) -> list[str]:
    alts = [art_path(story, "en"), print_path(story)]
    if story.id == 5849:
        alts += [OLD_SLUG_5849, OLD_SLUG_5849.replace("lang=vi", "lang=en")]
    if story.id == 5855:
        alts.append(BARE_5855)
    return alts


GOLD = [
    gold_record(s, art_path(s), CATEGORIES[s.cat], alt_paths=_alts(s))
    for s in sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)
]

DOCS = {
    431: ("215/TB-TCT", "01/12/2026", "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027"),
    428: ("1893/KH-TCT", "20/11/2026", "Kế hoạch tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 2025-2026"),
    425: ("87/QĐ-TCT", "10/11/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2027"),
}
INTRO = {
    "lich-su-hinh-thanh": "Lịch sử hình thành và phát triển",
    "chuc-nang-nhiem-vu": "Chức năng, nhiệm vụ",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
}
NON_ARTICLES = [
    list_path("tin-hoat-dong", 2),
    f"{SUB}/gioi-thieu/lich-su-hinh-thanh.html?lang=vi",
    "/sonoivu/gioi-thieu.html?lang=vi",
    f"{SUB}/lien-he.html?lang=vi",
    f"{SUB}/van-ban/chi-tiet/431.html?lang=vi",
    f"{SUB}/thu-vien-anh/chi-tiet/77/hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11.html?lang=vi",
]


# --- chrome -------------------------------------------------------------------------------


def _lang_switch(request: Request) -> str:
    cur = esc(request.path)
    return (
        f'<a href="{cur}?lang=vi" class="lang-vi"><img src="/Portals/0/Images/flag-vn.png" alt=""> Tiếng Việt</a> | '
        f'<a href="{cur}?lang=en" class="lang-en"><img src="/Portals/0/Images/flag-en.png" alt=""> English</a>'
    )


def province_header(request: Request) -> str:
    agencies = "".join(
        f'<li><a href="/{code}/gioi-thieu.html?lang=vi">{esc(name)}</a></li>' for code, name in AGENCIES.items()
    )
    return f"""<div id="top-bar" class="container">
<span class="ngay-hien-tai"><i class="fa fa-clock-o"></i> {TODAY}</span>
<span class="top-links">{_lang_switch(request)} |
<a href="https://mail.soctrang.gov.vn" target="_blank">Thư điện tử</a></span>
</div>
<div id="banner"><a href="/"><img src="/Portals/0/Images/logo-soctrang.png" alt="Cổng TTĐT tỉnh Sóc Trăng"></a>
<h1 class="portal-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG</h1></div>
<nav class="province-menu"><ul class="nav-menu">
<li><a href="/">Trang chủ</a></li>
<li class="dropdown"><a href="#">Sở, ban, ngành</a><ul class="sub-menu">{agencies}</ul></li>
<li><a href="https://dichvucong.soctrang.gov.vn" target="_blank">Dịch vụ công</a></li>
<li><a href="/sonoivu/gioi-thieu.html?lang=vi">Chính quyền</a></li>
</ul></nav>"""


def subsite_header() -> str:
    cats = "".join(
        f'<li><a href="{list_path(k)}">{esc(CATEGORIES[k])}</a></li>' for k in ("tin-hoat-dong", "dao-tao", "nckh")
    )
    intro = "".join(f'<li><a href="{SUB}/gioi-thieu/{k}.html?lang=vi">{esc(v)}</a></li>' for k, v in INTRO.items())
    return f"""<div class="subsite-banner"><a href="{SUB}?lang=vi"><img src="/Uploads/truongchinhtri/banner-tct.jpg" alt=""></a>
<div class="subsite-name">TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</div></div>
<div class="subsite-menu"><ul class="menu-ngang">
<li><a href="{SUB}?lang=vi">Trang chủ</a></li>
<li class="has-sub"><a href="javascript:void(0)">Giới thiệu</a><ul>{intro}</ul></li>
<li class="has-sub"><a href="javascript:void(0)">Tin tức</a><ul>{cats}</ul></li>
<li><a href="{SUB}/van-ban?lang=vi">Văn bản</a></li>
<li><a href="{SUB}/thu-vien-anh?lang=vi">Thư viện ảnh</a></li>
<li><a href="{SUB}/lien-he.html?lang=vi">Liên hệ</a></li>
</ul></div>"""


MOST_READ = [5829, 5852, 5846, 5849, 5826]


def sidebar() -> str:
    docs = "".join(
        f'<li><a href="{SUB}/van-ban/chi-tiet/{i}.html?lang=vi">{esc(so)}</a>'
        f'<span class="ngay-bh">Ngày ban hành: {d}</span><p>{esc(t)}</p></li>'
        for i, (so, d, t) in DOCS.items()
    )
    most = "".join(
        f'<li><a href="{OLD_SLUG_5849 if i == 5849 else art_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    return f"""<div class="col-right">
<div class="portlet van-ban-moi"><div class="portlet-title">Văn bản mới</div><ul>{docs}</ul>
<a class="xem-tat-ca" href="{SUB}/van-ban?lang=vi">Xem tất cả</a></div>
<div class="portlet banner-lk">
<a href="{list_path("guong")}"><img src="/Uploads/truongchinhtri/banner-guong-dien-hinh.jpg" alt=""></a>
<a href="https://hcma.vn" target="_blank"><img src="/Uploads/truongchinhtri/banner-hvctqg.png" alt=""></a>
</div>
<div class="portlet tin-xem-nhieu"><div class="portlet-title">Tin xem nhiều</div><ol>{most}</ol></div>
<div class="portlet lien-ket"><div class="portlet-title">Liên kết website</div>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://hcma.vn">Học viện CT quốc gia Hồ Chí Minh</option>
<option value="https://soctrang.dcs.vn">Đảng bộ tỉnh Sóc Trăng</option>
<option value="https://baosoctrang.org.vn">Báo Sóc Trăng</option></select></div>
<div class="portlet thong-ke"><div class="portlet-title">Thống kê truy cập</div>
<ul><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.254</b></li><li>Tổng truy cập: <b>2.345.678</b></li></ul></div>
</div>"""


FOOTER = """<div id="footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Sóc Trăng. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh</p>
<p>Địa chỉ: Số 01 Trần Hưng Đạo, Phường 3, TP. Sóc Trăng. Điện thoại: 0299.3822.136 - Email: banbientap@soctrang.gov.vn</p>
<p>Trường Chính trị tỉnh Sóc Trăng - 356 Lê Hồng Phong, Phường 3, TP. Sóc Trăng - ĐT: 0299.3821.447</p>
<p class="copyright">Ghi rõ nguồn “Cổng TTĐT tỉnh Sóc Trăng” khi phát hành lại thông tin từ website này. Phát triển bởi VNPT Sóc Trăng</p>
</div></div>"""


def page(request: Request, main: str, title: str = "Trường Chính trị tỉnh Sóc Trăng - Cổng TTĐT tỉnh Sóc Trăng", head: str = "") -> Response:
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Portals/_default/Skins/SocTrang/skin.css">
<script src="/Portals/_default/Skins/SocTrang/js/jquery.min.js"></script>{head}
</head><body class="subsite truongchinhtri">
{province_header(request)}
{subsite_header()}
<div class="container main"><div class="row"><div class="col-left col-md-8">
{main}
</div>
{sidebar()}
</div></div>
{FOOTER}
</body></html>"""
    return html(body)


# --- article rendering -----------------------------------------------------------------------


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{esc(src)}" style="width: 600px; height: 400px;" />'


def render_img(img: Img) -> str:
    cap = esc(img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width: 600px;">'
            f"<tbody><tr><td>{_img_tag(img.src)}</td></tr>"
            f'<tr><td class="image_desc" style="text-align: center;"><span style="font-size:12px;">{cap}</span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "em":
        return f'<p style="text-align: center;">{_img_tag(img.src)}</p>\n<p style="text-align: center;"><em>{cap}</em></p>'
    if img.style == "plain":
        return f'<p style="text-align: center;">{_img_tag(img.src)}</p>\n<p style="text-align: center;">{cap}</p>'
    if img.style == "figure":
        return f'<figure class="image">{_img_tag(img.src)}<figcaption>{cap}</figcaption></figure>'
    if img.style == "portrait":
        return (
            f'<div class="gdh-anh" style="float: left; margin: 0 15px 10px 0;">'
            f'<img src="{esc(img.src)}" alt="" width="220" /><p class="gdh-anh-ten">{cap}</p></div>'
        )
    return f'<p style="text-align: center;">{_img_tag(img.src)}</p>'


def render_blocks(blocks: list, absolute_images: bool = False, page_path: str = "") -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if absolute_images and not b.src.startswith(("/", "http")):
                b = Img("/" + b.src.replace("../", ""), b.printed, b.caption, b.style)
            out.append(render_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="1" cellspacing="0" style="width:100%;"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br":
            out[-1] = out[-1][: -len("</p>")] + f"<br />\n{esc(b.text)}</p>"
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "span":
            out.append(
                '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">'
                f"{esc(b.text)}</span></span></p>"
            )
        elif b.style == "div":
            out.append(f'<div style="text-align: justify;">{esc(b.text)}</div>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


RELATED_BOX = (
    '<table class="tinlienquan" border="0" style="float: right; width: 220px; margin-left: 10px;"><tbody>'
    '<tr><td><strong>Tin liên quan:</strong></td></tr>'
    '<tr><td>- <a href="{a}">{ta}</a></td></tr>'
    '<tr><td>- <a href="{b}">{tb}</a></td></tr></tbody></table>'
)


def related(story: Story) -> list[Story]:
    return [s for s in by_cat(story.cat) if s.id != story.id][:3]


def dmy(story: Story) -> str:
    d = story.published_at or ""
    return f"{d[8:10]}/{d[5:7]}/{d[:4]}"


def _short(title: str, n: int = 40) -> str:
    return title if len(title) <= n else title[:n].rstrip() + "..."


def article_a(request: Request, story: Story) -> str:
    cat = CATEGORIES[story.cat]
    o = story.opts
    kicker = f'<div class="sub-title">{esc(o["kicker"])}</div>' if o.get("kicker") else ""
    meta = "".join(f'<span class="meta-item">{esc(m)}</span>' for m in o.get("meta", []))
    if o.get("empty_sapo"):
        sapo = '<div class="news-sapo">&nbsp;</div>'
    elif story.sapo_outside:
        sapo = f'<div class="news-sapo"><strong>{esc(story.summary or "")}</strong></div>'
    else:
        sapo = ""
    content = render_blocks(story.blocks)
    if o.get("related_box"):
        a, b = BY_ID[5829], BY_ID[5855]
        box = RELATED_BOX.format(a=art_path(a), ta=esc(a.title), b=art_path(b), tb=esc(b.title))
        first_end = content.index("</p>") + 4
        content = content[:first_end] + "\n" + box + content[first_end:]
    files = ""
    if o.get("files"):
        files = '<div class="file-dinh-kem"><b>Tập tin đính kèm:</b><ul>' + "".join(
            f'<li><img src="/Portals/0/Images/icon_pdf.gif" alt=""> <a href="/Uploads/truongchinhtri/files/{f}">{esc(label)}</a></li>'
            for f, label in o["files"]
        ) + "</ul></div>"
    rel = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s)})</span></li>'
        for s in related(story)
    )
    return f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{SUB}?lang=vi">Trường Chính trị</a></li>
<li><span>Tin tức</span></li><li><a href="{list_path(story.cat)}">{esc(cat)}</a></li><li class="active">{esc(_short(story.title))}</li></ol>
<div class="news-detail">
{kicker}<h2 class="title-detail">{esc(story.title)}</h2>
<div class="info-detail"><span class="date-detail"><i class="fa fa-calendar"></i> {esc(o["date"])}</span>
<span class="luot-xem">Lượt xem: {story.views()}</span>{meta}</div>
{sapo}
<div class="ArticleContent" id="noidung">
{content}
</div>
{files}
<div class="tool-detail"><a href="{print_path(story)}" target="_blank"><img src="/Portals/0/Images/print.png" alt=""> In bài viết</a>
<a href="mailto:?subject={esc(story.slug)}"><img src="/Portals/0/Images/email.png" alt=""> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fsoctrang.gov.vn{esc(art_path(story))}" target="_blank"><img src="/Portals/0/Images/facebook.png" alt=""> Chia sẻ</a>
<a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="tin-cung-chuyen-muc"><div class="title-tcm">Tin cùng chuyên mục</div><ul>{rel}</ul></div>"""


def article_b(request: Request, story: Story) -> str:
    o = story.opts
    credit = f'<p class="gdh-tacgia" style="text-align: right;"><b>{esc(o["credit"])}</b></p>'
    if o.get("photo"):
        credit += f'<p class="gdh-anh-nguon" style="text-align: right;"><i>Ảnh: {esc(o["photo"])}</i></p>'
    if o.get("theo"):
        credit += f'<p class="gdh-nguon" style="text-align: right;"><i>Theo {esc(o["theo"])}</i></p>'
    others = "".join(
        f'<div class="gdh-item"><a href="{art_path(s)}"><img src="/Uploads/truongchinhtri/thumb/{s.id}.jpg" alt=""></a>'
        f'<a href="{art_path(s)}">{esc(s.title)}</a></div>'
        for s in related(story)
    )
    return f"""<div class="duong-dan"><a href="/">Trang chủ</a> &raquo; <a href="{SUB}?lang=vi">Trường Chính trị</a>
&raquo; <a href="{list_path(story.cat)}">Gương điển hình</a></div>
<div class="guong-dien-hinh">
<h3 class="gdh-title">{esc(story.title)}</h3>
<span class="gdh-date">{esc(o["date"])}</span>
<div class="gdh-noidung">
{render_blocks(story.blocks)}
<div style="clear: both;"></div>
</div>
{credit}
<div class="gdh-congcu"><a href="{print_path(story)}">In trang</a> | <a href="javascript:window.scrollTo(0,0)">Về đầu trang</a></div>
</div>
<div class="gdh-khac"><h4>Các gương điển hình khác</h4>{others}</div>"""


def article_page(request: Request, story: Story) -> Response:
    head = (
        f'\n<meta property="og:url" content="{base_url(request)}{esc(art_path(story))}">'
        f'\n<meta property="og:type" content="article">'
    )
    main = article_b(request, story) if story.opts["tpl"] == "B" else article_a(request, story)
    return page(request, main, head=head)


def print_page(request: Request, story: Story) -> Response:
    sapo = f'<p class="sapo"><b>{esc(story.summary)}</b></p>' if story.sapo_outside else ""
    credit = ""
    if story.opts["tpl"] == "B":
        credit = f'<p style="text-align:right"><b>{esc(story.opts["credit"])}</b></p>'
        if story.opts.get("photo"):
            credit += f'<p style="text-align:right"><i>Ảnh: {esc(story.opts["photo"])}</i></p>'
        if story.opts.get("theo"):
            credit += f'<p style="text-align:right"><i>Theo {esc(story.opts["theo"])}</i></p>'
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>In bài viết</title></head>
<body onload="window.print()"><div class="print-wrap">
<img src="/Portals/0/Images/logo-soctrang.png" alt=""> <span>Cổng TTĐT tỉnh Sóc Trăng - Trường Chính trị tỉnh</span>
<h1>{esc(story.title)}</h1><p class="print-date">{esc(story.opts["date"])}</p>
{sapo}<div class="print-content">{render_blocks(story.blocks, absolute_images=True)}</div>{credit}
</div></body></html>"""
    return html(body)


# --- lists and other pages -------------------------------------------------------------------


def _snippet(story: Story) -> str:
    t = story.summary or story.paragraphs[0]
    return t if len(t) <= 160 else t[:160].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    img = story.images[0].src if story.images else "/Portals/0/Images/no-image.jpg"
    if not img.startswith(("/", "http")):
        img = "/" + img.replace("../", "")
    return img


def list_page(request: Request, key: str, page_no: int) -> Response:
    stories = by_cat(key)
    pages = max(1, -(-len(stories) // PER_PAGE))
    chunk = stories[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    if chunk:
        items = "".join(
            f'<div class="news-item row"><div class="col-4"><a href="{art_path(s)}"><img src="{esc(_thumb(s))}" alt="" class="thumb"></a></div>'
            f'<div class="col-8"><a class="news-item-title" href="{art_path(s)}">{esc(s.title)}</a>'
            f'<span class="news-item-date">({dmy(s)})</span>'
            f"<p>{esc(_snippet(s))}</p></div></div>"
            for s in chunk
        )
    else:
        items = '<div class="no-data">Không có dữ liệu</div>'
    pager = ""
    if pages > 1:
        nums = "".join(
            f'<li class="active"><span>{n}</span></li>' if n == page_no else f'<li><a href="?page={n}">{n}</a></li>'
            for n in range(1, pages + 1)
        )
        nxt = f'<li><a href="?page={page_no + 1}">Trang sau &raquo;</a></li>' if page_no < pages else ""
        pager = f'<ul class="pagination">{nums}{nxt}<li><a href="?page={pages}">Trang cuối</a></li></ul>'
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{SUB}?lang=vi">Trường Chính trị</a></li>
<li class="active">{esc(CATEGORIES[key])}</li></ol>
<div class="list-news"><div class="title-list">{esc(CATEGORIES[key])}</div>{items}</div>
{pager}"""
    return page(request, main)


def subsite_home(request: Request) -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:5]
    hot = newest[0]
    tin_moi = "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in newest[1:])
    boxes = ""
    for key in CATEGORIES:
        rows = "".join(
            f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in by_cat(key)[:3]
        )
        boxes += (
            f'<div class="box-cm"><div class="box-cm-title"><a href="{list_path(key)}">{esc(CATEGORIES[key])}</a></div>'
            f"<ul>{rows}</ul></div>"
        )
    main = f"""<div class="tin-noi-bat"><a href="{art_path(hot)}"><img src="{esc(_thumb(hot))}" alt="" class="hot-img"></a>
<h3><a href="{art_path(hot)}">{esc(hot.title)}</a></h3><p>{esc(_snippet(hot))}</p></div>
<div class="tin-moi"><div class="box-cm-title">Tin mới</div><ul>{tin_moi}</ul></div>
{boxes}"""
    return page(request, main)


def province_home(request: Request) -> Response:
    s = BY_ID[5855]
    agencies = "".join(
        f'<li><a href="/{code}/gioi-thieu.html?lang=vi">{esc(name)}</a></li>' for code, name in AGENCIES.items()
    )
    main = f"""<div class="tin-don-vi"><div class="portlet-title">Tin từ các cơ quan, đơn vị</div><ul>
<li><a href="{BARE_5855}">{esc(s.title)}</a> <span>(Trường Chính trị tỉnh)</span></li></ul></div>
<div class="co-quan"><div class="portlet-title">Cơ quan, đơn vị</div><ul>{agencies}
<li><a href="{SUB}?lang=vi">Trường Chính trị tỉnh</a></li></ul></div>"""
    return page(request, main, title="Cổng thông tin điện tử tỉnh Sóc Trăng")


def agency_page(request: Request, code: str) -> Response:
    name = AGENCIES[code]
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">{esc(name)}</li></ol>
<h2 class="title-detail">Giới thiệu {esc(name)}</h2>
<div class="info-detail"><span class="date-detail">Cập nhật: 12/03/2026</span></div>
<div class="ArticleContent"><p>{esc(name)} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Sóc Trăng, có chức năng tham mưu,
giúp Ủy ban nhân dân tỉnh quản lý nhà nước về lĩnh vực được giao.</p>
<p>Địa chỉ: Số 10 Châu Văn Tiếp, Phường 2, TP. Sóc Trăng. Điện thoại: 0299.3821.0{len(code)}2.</p></div>"""
    return page(request, main, title=f"{name} - Cổng TTĐT tỉnh Sóc Trăng")


def intro_page(request: Request, key: str) -> Response:
    title = INTRO[key]
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{SUB}?lang=vi">Trường Chính trị</a></li>
<li><span>Giới thiệu</span></li><li class="active">{esc(title)}</li></ol>
<div class="news-detail"><h2 class="title-detail">{esc(title)}</h2>
<div class="info-detail"><span class="date-detail">Cập nhật: 12/03/2026 10:20</span></div>
<div class="ArticleContent" id="noidung">
<p style="text-align: justify;">Trường Chính trị tỉnh Sóc Trăng tiền thân là Trường Đảng tỉnh Sóc Trăng, được thành lập năm 1962.
Qua các thời kỳ, Trường đã nhiều lần thay đổi tên gọi và chức năng, nhiệm vụ.</p>
<p style="text-align: justify;">Năm 1992, khi tỉnh Sóc Trăng được tái lập, Trường được thành lập lại theo Quyết định của Tỉnh ủy;
đến nay, Trường có 5 khoa, phòng với 48 cán bộ, giảng viên.</p>
<p style="text-align: justify;">Trường vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất năm 2022.</p>
</div></div>"""
    return page(request, main)


def contact_page(request: Request) -> Response:
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{SUB}?lang=vi">Trường Chính trị</a></li><li class="active">Liên hệ</li></ol>
<div class="lien-he"><h2>Liên hệ</h2>
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</b></p><p>Địa chỉ: 356 Lê Hồng Phong, Phường 3, TP. Sóc Trăng, tỉnh Sóc Trăng</p>
<p>Điện thoại: 0299.3821.447 - Fax: 0299.3821.448</p><p>Email: truongchinhtri@soctrang.gov.vn</p>
<form method="post" action="{SUB}/lien-he.html?lang=vi">
<input type="text" name="HoTen" placeholder="Họ và tên"> <input type="text" name="Email" placeholder="Email">
<input type="text" name="TieuDe" placeholder="Tiêu đề"> <textarea name="NoiDung"></textarea>
<input type="submit" value="Gửi liên hệ"></form></div>"""
    return page(request, main)


def docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="{SUB}/van-ban/chi-tiet/{i}.html?lang=vi">{esc(so)}</a></td><td>{d}</td><td>{esc(t)}</td></tr>'
        for i, (so, d, t) in DOCS.items()
    )
    main = f"""<div class="title-list">Văn bản</div><table class="table-van-ban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>
<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"""
    return page(request, main)


def doc_page(request: Request, doc_id: int) -> Response:
    so, d, t = DOCS[doc_id]
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{SUB}/van-ban?lang=vi">Văn bản</a></li></ol>
<div class="chi-tiet-van-ban"><h2 class="title-detail">{esc(t)}</h2><table class="table-vb">
<tr><td>Số ký hiệu</td><td>{esc(so)}</td></tr><tr><td>Ngày ban hành</td><td>{d}</td></tr>
<tr><td>Ngày hiệu lực</td><td>{d}</td></tr><tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Sóc Trăng</td></tr>
<tr><td>Người ký</td><td>Trần Văn Lâm</td></tr><tr><td>Trích yếu</td><td>{esc(t)}</td></tr>
<tr><td>Tập tin</td><td><a href="/Uploads/truongchinhtri/vanban/{doc_id}.pdf">Tải về</a></td></tr></table></div>"""
    return page(request, main)


ALBUM = f"{SUB}/thu-vien-anh/chi-tiet/77/hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11.html?lang=vi"


def gallery_list(request: Request) -> Response:
    main = f"""<div class="title-list">Thư viện ảnh</div><div class="album-item"><a href="{ALBUM}">
<img src="/Uploads/truongchinhtri/album/77/cover.jpg" alt=""></a><a href="{ALBUM}">Hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11</a></div>"""
    return page(request, main)


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<a class="fancybox" href="/Uploads/truongchinhtri/album/77/{n}.jpg"><img src="/Uploads/truongchinhtri/album/77/thumb_{n}.jpg" alt=""></a>'
        for n in range(1, 7)
    )
    main = f"""<div class="album-detail"><h2 class="title-detail">Hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11</h2>
<span class="date-detail">20/11/2026</span><div class="album-photos">{photos}</div>
<p>Một số hình ảnh hoạt động chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại Trường Chính trị tỉnh.</p></div>"""
    return page(request, main)


# --- routing ---------------------------------------------------------------------------------

CAT_BY_ID = {v: k for k, v in CAT_IDS.items()}


class VnptPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if path.startswith(("/Uploads/", "/Portals/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return province_home(request)
        if path in (SUB, SUB + "/"):
            return subsite_home(request)
        if m := re.fullmatch(r"/([a-z]+)/gioi-thieu\.html", path):
            if m.group(1) in AGENCIES:
                return agency_page(request, m.group(1))
            return None
        if m := re.fullmatch(SUB + r"/tin-tuc/chi-tiet/(\d+)/[a-z0-9-]+\.html", path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if m := re.fullmatch(SUB + r"/tin-tuc/in/(\d+)\.html", path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(request, story) if story else None
        if m := re.fullmatch(SUB + r"/tin-tuc/(\d+)", path):
            key = CAT_BY_ID.get(int(m.group(1)))
            page_no = params.get("page", "1")
            if key is None or not page_no.isdigit() or int(page_no) < 1:
                return None
            return list_page(request, key, int(page_no))
        if path == SUB + "/van-ban":
            return docs_list(request)
        if m := re.fullmatch(SUB + r"/van-ban/chi-tiet/(\d+)\.html", path):
            return doc_page(request, int(m.group(1))) if int(m.group(1)) in DOCS else None
        if path == SUB + "/thu-vien-anh":
            return gallery_list(request)
        if path == ALBUM.split("?")[0]:
            return album_page(request)
        if m := re.fullmatch(SUB + r"/gioi-thieu/([a-z-]+)\.html", path):
            return intro_page(request, m.group(1)) if m.group(1) in INTRO else None
        if path == SUB + "/lien-he.html":
            return contact_page(request)
        return None


def build_site() -> VnptPortal:
    return VnptPortal()
