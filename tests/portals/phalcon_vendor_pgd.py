"""Phòng GD&ĐT huyện Bảo Lâm (Lâm Đồng) on a local vendor's portal product built on Phalcon.

Platform
--------
"BLSoft ePortal 3.2", a district-education-office portal a Lâm Đồng software house sells to
several Phòng GD&ĐT: Phalcon 4 (PHP) with Volt templates, jQuery 1.12 on the front-end. The
markup is the vendor's own: Vietnamese abbreviations as class names (``tde-ct`` tiêu đề chi
tiết, ``ndung-ct`` nội dung, ``tt-tomtat`` tóm tắt, ``cn`` cập nhật), numbered module ids
(``mod_17``), tables for image captions and letterheads, inline styles from CKEditor.

URL scheme
----------
- ``/`` home: slider "Tin nổi bật", a "Tin mới" box that jQuery fills from
  ``/ajax/tin-moi?trang=1`` (the URL only sits in a ``data-url`` attribute and a script), one
  block per category (two newest), sidebar;
- ``/tin-tuc/<category-slug>.html`` listing, 4 per page, pager ``?trang=N`` written as
  query-only relative hrefs (``href="?trang=2"``), page 1 also linked as ``?trang=1``;
- ``/tin-tuc/<category-slug>/<slug>-<id>.html`` article; the platform looks the article up by
  the trailing id: two older URL forms (a category the article was moved from, a slug edited
  after publication) still answer 200 with a ``rel=canonical`` to the current URL;
- ``/thong-bao.html`` notice listing (2 per page) whose pager is a link to an HTML fragment,
  ``/ajax/tin-moi?loai=thong-bao&trang=2`` (jQuery intercepts the click and swaps the list in);
- ``/thong-bao/<slug>-<id>.html`` notice;
- ``/ajax/tin-moi?trang=N`` (and ``&loai=thong-bao``): bare ``<ul>`` fragments, no ``<html>``;
- ``/van-ban.html`` and ``/van-ban/<loai>/<so-hieu-slug>-<id>.html`` document entries (with a
  PDF under ``/uploads/van-ban/``); ``/gioi-thieu.html``, ``/gioi-thieu/co-cau-to-chuc.html``,
  ``/lien-he.html``; ``/thu-vien-anh.html`` and one album page.

Page templates
--------------
Article (Volt ``tin-tuc/chi-tiet.volt``): breadcrumb ``ol.duongdan``; ``div.tt-ct#tin_<id>``
holding ``h1.tde-ct``, a meta row ``div.tt-meta`` (update time FIRST, then the publication
time, views, the posting account, on some pages a "Tác giả" span), tool bar, an optional
``div.tt-tomtat`` sapo, the text ``div.ndung-ct`` (into which the vendor's "Tin liên quan"
partial is included, ``div.lq-trong``), then "Các tin cùng chuyên mục" (three newest of the
category other than the page itself). Notices use the same template without the related
partials. Print/email tools are ``javascript:``/``mailto:`` links (no print URL exists).

How each gold article is reached
--------------------------------
- Tin hoạt động (5): 1287, 1281, 1276, 1270 on ``/tin-tuc/tin-hoat-dong.html``; 1262 only on
  ``?trang=2`` of it (never in the "tin cùng chuyên mục" boxes, never on the home page).
- Chuyên môn (3): 1284, 1274, 1266 on ``/tin-tuc/chuyen-mon.html``; 1274 and 1266 also from the
  sidebar "Đọc nhiều" box, under their OLD URLs (alt_paths).
- Công đoàn - Đoàn thể (2): 1279, 1268 on ``/tin-tuc/cong-doan-doan-the.html``.
- Thông báo (3): 1290 and 1283 on ``/thong-bao.html`` and the sidebar; 1271 only in the
  fragment ``/ajax/tin-moi?loai=thong-bao&trang=2`` linked by the notice listing's pager.

Traps
-----
1. Fragment pager: the notice listing's page 2 is an HTML fragment under ``/ajax/`` (a real
   href, but no ``<html>``/``<head>``/title). Notice 1271 is listed only there. Gold: 1271 is an
   article; the fragment is not.
2. Script-loaded home box: "Tin mới" is empty in the home HTML (``data-url`` + ``$.load``);
   every tin-tuc article is reachable through the category listings, whose pager hrefs are
   query-only (``?trang=2``); ``?trang=1`` duplicates the bare listing; 1262 is on page 2 only.
3. Old URL forms: the "Đọc nhiều" box links 1274 under the category it was moved from
   (``/tin-tuc/tin-hoat-dong/…-1274.html``) and 1266 under its first slug; both answer 200 with
   the same article and a canonical link. Gold: the canonical URL is the path, the old one is in
   ``alt_paths``; the category is the breadcrumb's ("Chuyên môn"), not the URL's segment.
4. Dates: the meta row prints "Cập nhật: …" BEFORE "Ngày đăng: …"; the header prints today
   ("Thứ Bảy, 05/12/2026"); listings print "dd/mm"; 1276 prints "20/11/2026 | 00:00" (gold: the
   day "2026-11-20"); 1266 prints only "Thứ Năm, 05/11/2026" (gold: "2026-11-05"). Gold: the
   publication ("Ngày đăng") time, never the update.
5. Official notices (1290, 1271): letterhead table, "Số: …", "Bảo Lâm, ngày … tháng … năm …",
   "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer in a closing table. Gold: the letterhead's
   day (2026-12-02, 2026-11-13), not the "Ngày đăng" of the meta row; the signer is the author;
   letterhead, kind/subject and closing are not body.
6. Bylines: the meta row's "Người đăng: pgdbaolam"/"admin" is a CMS account (nobody); on 1281
   the template leaks an unrendered Volt expression "Tác giả: {{ tin.tac_gia|e }}" (nobody from
   it; the real author signs at the bottom); "Tin, ảnh: Lê Thị Hoa - Trường TH Lộc Thắng" ->
   Lê Thị Hoa in both lists; "Tin: X - Ảnh: Y" -> [X], [Y]; a right-aligned unit
   "Bộ phận Chuyên môn" is the author as printed; "GV. Ka Huyền" -> "Ka Huyền".
7. Captions: photos sit in a two-row ``table.tbl-anh`` (caption in the second row) or in a
   centred ``<p>`` followed by an italic line; captions printed in parentheses lose them; a line
   that only credits the photographer ("Ảnh: K'Brơi") is no caption (None).
8. Chrome inside the text box: the "Tin liên quan" partial is rendered INSIDE ``div.ndung-ct``
   after the text, and 1270 has a "Xem thêm: <link>" line mid-text. Neither is body.
9. Old editor text: 1262's paragraphs are written with character references (``&#7879;``,
   ``&agrave;``) mixed with raw UTF-8. Gold: the decoded text.
10. Sapo forms: a ``div.tt-tomtat`` bold sapo outside the text (1287, 1284) is the summary and
   the body's first paragraph; 1279 opens with a bold lead paragraph inside the text (summary);
   elsewhere the meta description repeats the first sentence but is not a sapo (summary null).
11. Source lines: "Nguồn: Cổng TTĐT huyện Bảo Lâm" and "(Theo Báo Lâm Đồng)" close two
   articles (source, not body); 1274 has a body sentence starting "Theo kế hoạch…" (text).

Gold decisions on ambiguous points
----------------------------------
- Table rows in text are paragraphs with cells joined by " | " (header row included).
- A ``<br>`` inside a paragraph splits it (1266's two-line paragraph is two paragraphs).
- 1274's "[1]" footnote calls stay in their sentences; its "Tài liệu tham khảo" heading and
  entries are body (the text's own notes).
- 1268's "👉" is printed as text at the start of list lines: kept as printed.
- The photographer-only line "Ảnh: K'Brơi" under 1270's photos gives caption None; K'Brơi is the
  photographer because the byline "Tin: Ka Huyền - Ảnh: K'Brơi" says so.
- Notices' category is "Thông báo" (breadcrumb), tin-tuc articles' the breadcrumb's section.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "phalcon_vendor_pgd"
PLATFORM = "BLSoft ePortal 3.2 (Phalcon 4, Volt, jQuery)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
ORG = "Phòng Giáo dục và Đào tạo huyện Bảo Lâm"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "chuyen-mon": "Chuyên môn",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
    "thong-bao": "Thông báo",
}
PER_PAGE = 4
NOTICES_PER_PAGE = 2


def _img(name: str) -> str:
    return f"/uploads/tin-tuc/2026/{name}"


def _sign(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(line)}</strong></p>')


LETTERHEAD = (
    '<table class="tb-vb" width="100%" border="0"><tbody><tr>'
    '<td style="width:40%;text-align:center"><b>UBND HUYỆN BẢO LÂM<br />PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b>'
    '<br />Số: {so}</td>'
    '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
    "Độc lập - Tự do - Hạnh phúc</b><br /><i>Bảo Lâm, ngày {ngay}</i></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center"><b>THÔNG BÁO</b><br /><b>{vv}</b></p>'
)
CLOSING = (
    '<table class="tb-ky" width="100%" border="0"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br />{noinhan}</td>'
    '<td style="text-align:center;vertical-align:top"><b>{chucvu}</b><br /><br /><i>(Đã ký)</i>'
    "<br /><br /><b>{ten}</b></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1287,
        "bao-lam-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        "Bảo Lâm tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "tin-hoat-dong",
        "2026-12-03T14:30:00+07:00",
        [
            Img(_img("12/hoi-thi-gvdg-1.jpg"),
                "Ông Nguyễn Hữu Lộc, Trưởng ban tổ chức phát biểu khai mạc Hội thi",
                "Ông Nguyễn Hữu Lộc, Trưởng ban tổ chức phát biểu khai mạc Hội thi", "tbl"),
            P("Hội thi năm nay có 64 giáo viên đến từ 21 trường tiểu học trên địa bàn huyện tham "
              "gia. Mỗi giáo viên thực hiện hai tiết dạy thực hành và trình bày một biện pháp nâng "
              "cao chất lượng giảng dạy."),
            P("Phát biểu khai mạc, ông Nguyễn Hữu Lộc nhấn mạnh Hội thi là dịp để giáo viên học "
              "tập, chia sẻ kinh nghiệm, đồng thời phát hiện những nhân tố tích cực trong đổi mới "
              "phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."),
            Img(_img("12/hoi-thi-gvdg-2.jpg"),
                "(Cô giáo Ka Thị Sương, Trường TH Lộc Bắc trong tiết dạy thực hành môn Tiếng Việt)",
                "Cô giáo Ka Thị Sương, Trường TH Lộc Bắc trong tiết dạy thực hành môn Tiếng Việt",
                "tbl"),
            P("Ban giám khảo gồm các chuyên viên Phòng GD&ĐT và cán bộ quản lí, giáo viên cốt cán "
              "có nhiều kinh nghiệm. Kết quả Hội thi sẽ được công bố vào ngày 18/12/2026."),
            _sign("Tin, ảnh: Lê Thị Hoa - Trường TH Lộc Thắng"),
        ],
        authors=["Lê Thị Hoa"],
        photographers=["Lê Thị Hoa"],
        summary="Sáng ngày 03/12/2026, Phòng GD&ĐT huyện Bảo Lâm khai mạc Hội thi giáo viên dạy "
        "giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 tại Trường TH Lộc Thắng.",
        sapo_outside=True,
        opts={"upd": "04/12/2026 08:15", "poster": "pgdbaolam"},
    ),
    Story(
        1281,
        "truong-thcs-loc-an-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        "Trường THCS Lộc An đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        "tin-hoat-dong",
        "2026-11-28T09:15:00+07:00",
        [
            P("Ngày 27/11/2026, Trường THCS Lộc An long trọng tổ chức Lễ đón nhận Bằng công nhận "
              "trường đạt chuẩn quốc gia mức độ 1 và kỉ niệm 44 năm Ngày Nhà giáo Việt Nam."),
            P("Dự buổi lễ có lãnh đạo UBND huyện, Phòng GD&ĐT, Đảng ủy, UBND xã Lộc An cùng đông "
              "đảo phụ huynh và học sinh nhà trường."),
            Img(_img("11/thcs-loc-an-chuan-qg.jpg"), "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường", "p"),
            P("Sau 5 năm nỗ lực, nhà trường đã đầu tư xây dựng thêm 8 phòng học bộ môn, thư viện "
              "đạt chuẩn và khu giáo dục thể chất. Tỉ lệ học sinh khá, giỏi năm học vừa qua đạt "
              "trên 62%."),
            P("Thay mặt tập thể nhà trường, thầy Hiệu trưởng Phan Văn Tài cảm ơn sự quan tâm của "
              "các cấp, các ngành và hứa tiếp tục giữ vững danh hiệu đã đạt được."),
            _sign("Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"upd": "28/11/2026 16:40", "poster": "pgdbaolam", "volt_leak": True},
    ),
    Story(
        1276,
        "hoi-nghi-trien-khai-nhiem-vu-giao-duc-dan-toc-nam-hoc-2026-2027",
        "Hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học 2026 - 2027",
        "tin-hoat-dong",
        "2026-11-20",
        [
            P("Ngày 19/11/2026, Phòng GD&ĐT huyện Bảo Lâm tổ chức Hội nghị triển khai nhiệm vụ "
              "giáo dục dân tộc năm học 2026 - 2027 cho cán bộ quản lí các trường có đông học sinh "
              "dân tộc thiểu số."),
            P("Toàn huyện hiện có 9.416 học sinh dân tộc thiểu số, chiếm 38,7% tổng số học sinh. "
              "Số liệu theo từng cấp học như sau:"),
            P("Cấp học | Số học sinh DTTS | Tỉ lệ", "tr"),
            P("Mầm non | 2.105 | 41,2%", "tr"),
            P("Tiểu học | 4.380 | 40,5%", "tr"),
            P("THCS | 2.931 | 34,6%", "tr"),
            P("Hội nghị thống nhất tiếp tục tăng cường tiếng Việt cho trẻ mầm non, học sinh tiểu "
              "học người dân tộc thiểu số và duy trì dạy tiếng K'Ho tại 6 trường tiểu học."),
            Raw('<p style="text-align:right"><em>Nguồn: Cổng TTĐT huyện Bảo Lâm</em></p>'),
        ],
        source="Cổng TTĐT huyện Bảo Lâm",
        opts={"time": "00:00", "poster": "admin"},
    ),
    Story(
        1270,
        "giao-luu-tieng-viet-cua-chung-em-danh-cho-hoc-sinh-dan-toc-thieu-so",
        "Giao lưu \"Tiếng Việt của chúng em\" dành cho học sinh dân tộc thiểu số",
        "tin-hoat-dong",
        "2026-11-12T15:00:00+07:00",
        [
            P("Nhằm tạo sân chơi bổ ích giúp học sinh dân tộc thiểu số tự tin giao tiếp bằng tiếng "
              "Việt, Trường TH Lộc Bảo tổ chức giao lưu \"Tiếng Việt của chúng em\" cấp trường."),
            P("32 học sinh từ lớp 1 đến lớp 5 tham gia các phần thi: giới thiệu bản thân, kể "
              "chuyện theo tranh, đọc diễn cảm và hát về quê hương Bảo Lâm."),
            Img(_img("11/giao-luu-tv-1.jpg"), "Ảnh: K'Brơi", None, "p"),
            Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/tin-hoat-dong/'
                'hoi-nghi-trien-khai-nhiem-vu-giao-duc-dan-toc-nam-hoc-2026-2027-1276.html">'
                "Hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học 2026 - 2027</a></p>"),
            P("Em Ka Nhung, học sinh lớp 4A chia sẻ: \"Em rất vui vì được kể chuyện bằng tiếng Việt "
              "trước các bạn và thầy cô\"."),
            Img(_img("11/giao-luu-tv-2.jpg"), "Ảnh: K'Brơi", None, "p"),
            P("Kết thúc chương trình, Ban tổ chức trao 5 giải nhất, 8 giải nhì và 12 giải ba cho "
              "các em có phần thi xuất sắc."),
            _sign("Tin: GV. Ka Huyền - Ảnh: K'Brơi"),
        ],
        authors=["Ka Huyền"],
        photographers=["K'Brơi"],
        opts={"upd": "13/11/2026 07:05", "poster": "pgdbaolam"},
    ),
    Story(
        1262,
        "ngay-hoi-doc-sach-tai-truong-th-loc-thang",
        "Ngày hội đọc sách tại Trường TH Lộc Thắng",
        "tin-hoat-dong",
        "2026-10-27T08:00:00+07:00",
        [
            P("Hưởng ứng phong trào xây dựng văn hóa đọc, Trường TH Lộc Thắng tổ chức Ngày hội đọc "
              "sách với chủ đề \"Sách - người bạn đồng hành\"."),
            P("Tại ngày hội, học sinh được tham quan các gian trưng bày sách của từng khối lớp, "
              "tham gia đố vui về nhân vật trong truyện và trao đổi sách cũ."),
            Img(_img("10/ngay-hoi-doc-sach.jpg"), "Học sinh khối 3 tại gian trưng bày sách",
                "Học sinh khối 3 tại gian trưng bày sách", "tbl"),
            P("Thư viện nhà trường đã tiếp nhận hơn 1.200 cuốn sách do phụ huynh và học sinh quyên "
              "góp để bổ sung cho tủ sách lớp học."),
            _sign("Thư viện Trường TH Lộc Thắng"),
        ],
        authors=["Thư viện Trường TH Lộc Thắng"],
        opts={"upd": "27/10/2026 10:12", "poster": "pgdbaolam", "entities": True},
    ),
    Story(
        1284,
        "huong-dan-to-chuc-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        "Hướng dẫn tổ chức kiểm tra cuối học kì I năm học 2026 - 2027",
        "chuyen-mon",
        "2026-12-01T10:45:00+07:00",
        [
            P("1. Thời gian kiểm tra", "h"),
            P("Cấp tiểu học: từ ngày 28/12/2026 đến ngày 31/12/2026.", "li"),
            P("Cấp THCS: từ ngày 21/12/2026 đến ngày 31/12/2026.", "li"),
            P("2. Yêu cầu", "h"),
            P("Đề kiểm tra bảo đảm yêu cầu cần đạt của chương trình, có ma trận và bản đặc tả; "
              "tỉ lệ câu hỏi ở mức vận dụng phù hợp với đối tượng học sinh."),
            P("Các trường tổ chức kiểm tra nghiêm túc, khách quan; hoàn thành nhập điểm trên phần "
              "mềm quản lí trước ngày 08/01/2027."),
            _sign("Bộ phận Chuyên môn"),
        ],
        authors=["Bộ phận Chuyên môn"],
        summary="Phòng GD&ĐT hướng dẫn các trường tiểu học, THCS trên địa bàn huyện tổ chức kiểm "
        "tra, đánh giá cuối học kì I năm học 2026 - 2027.",
        sapo_outside=True,
        opts={"upd": "02/12/2026 09:30", "poster": "pgdbaolam"},
    ),
    Story(
        1274,
        "chuyen-de-doi-moi-sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc",
        "Chuyên đề đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học",
        "chuyen-mon",
        "2026-11-17T16:20:00+07:00",
        [
            P("Theo kế hoạch năm học, ngày 16/11/2026 Phòng GD&ĐT tổ chức chuyên đề đổi mới sinh "
              "hoạt tổ chuyên môn theo hướng nghiên cứu bài học tại Trường THCS Lộc Thành."),
            P("Nghiên cứu bài học lấy hoạt động học của học sinh làm trung tâm, giáo viên cùng quan "
              "sát, phân tích nguyên nhân khó khăn của người học thay vì đánh giá xếp loại giờ "
              "dạy.[1]"),
            P("Tiết dạy minh họa môn Toán lớp 7 của cô Đinh Thị Lan được các đại biểu đánh giá cao "
              "về cách tổ chức hoạt động nhóm và khai thác sai lầm của học sinh.[2]"),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ GD&ĐT, Tài liệu tập huấn sinh hoạt chuyên môn theo nghiên cứu bài học, 2014.",
              "li"),
            P("[2] Biên bản dự giờ chuyên đề cụm THCS, ngày 16/11/2026.", "li"),
        ],
        opts={"upd": "18/11/2026 08:00", "poster": "pgdbaolam",
              "old": ["/tin-tuc/tin-hoat-dong/"
                      "chuyen-de-doi-moi-sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-1274.html"]},
    ),
    Story(
        1266,
        "tap-huan-su-dung-hoc-lieu-so-cho-giao-vien-thcs-nam-2026",
        "Tập huấn sử dụng học liệu số cho giáo viên THCS",
        "chuyen-mon",
        "2026-11-05",
        [
            P("Trong hai ngày 04 và 05/11/2026, 146 giáo viên THCS toàn huyện tham gia tập huấn sử "
              "dụng kho học liệu số và thiết kế bài giảng điện tử.", "br"),
            P("Lớp tập huấn do chuyên viên Sở GD&ĐT Lâm Đồng trực tiếp hướng dẫn."),
            P("Học viên được thực hành khai thác học liệu trên hệ thống, xây dựng bài kiểm tra trực "
              "tuyến và chia sẻ sản phẩm theo tổ chuyên môn."),
            _sign("Phòng GD&ĐT Bảo Lâm"),
        ],
        authors=["Phòng GD&ĐT Bảo Lâm"],
        opts={"weekday": "Thứ Năm", "poster": "admin",
              "old": ["/tin-tuc/chuyen-mon/tap-huan-hoc-lieu-so-1266.html"]},
    ),
    Story(
        1279,
        "cong-doan-nganh-giao-duc-bao-lam-trao-25-mai-am-cong-doan",
        "Công đoàn ngành Giáo dục Bảo Lâm trao 25 \"Mái ấm công đoàn\" cho giáo viên khó khăn",
        "cong-doan-doan-the",
        "2026-11-25T07:30:00+07:00",
        [
            P("Năm 2026, Công đoàn ngành Giáo dục huyện Bảo Lâm đã vận động xây dựng và trao 25 "
              "\"Mái ấm công đoàn\" với tổng kinh phí hơn 1,2 tỉ đồng.", "b"),
            P("Mỗi căn nhà được hỗ trợ 50 triệu đồng từ quỹ xã hội của công đoàn, phần còn lại do "
              "gia đình đoàn viên và đồng nghiệp cùng góp sức."),
            Img(_img("11/mai-am-cong-doan.jpg"),
                "Trao quyết định hỗ trợ nhà ở cho cô giáo Ka Bích, Trường MN Lộc Phú",
                "Trao quyết định hỗ trợ nhà ở cho cô giáo Ka Bích, Trường MN Lộc Phú", "tbl"),
            P("Chủ tịch Công đoàn ngành cho biết chương trình sẽ tiếp tục được duy trì, ưu tiên giáo "
              "viên công tác tại các xã vùng sâu như Lộc Bắc, Lộc Bảo."),
            Raw('<p style="text-align:right"><em>(Theo Báo Lâm Đồng)</em></p>'),
        ],
        source="Báo Lâm Đồng",
        summary="Năm 2026, Công đoàn ngành Giáo dục huyện Bảo Lâm đã vận động xây dựng và trao 25 "
        "\"Mái ấm công đoàn\" với tổng kinh phí hơn 1,2 tỉ đồng.",
        opts={"upd": "25/11/2026 11:00", "poster": "pgdbaolam"},
    ),
    Story(
        1268,
        "lien-doi-truong-th-loc-bao-to-chuc-hoi-trai-chao-mung-ngay-nha-giao-viet-nam",
        "Liên đội Trường TH Lộc Bảo tổ chức Hội trại chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "cong-doan-doan-the",
        "2026-11-19T20:10:00+07:00",
        [
            P("Ngày 18/11/2026, Liên đội Trường TH Lộc Bảo tổ chức Hội trại với chủ đề \"Tri ân "
              "thầy cô\" cho 420 đội viên, nhi đồng."),
            P("Các hoạt động chính của Hội trại:"),
            P("👉 Dựng trại và trang trí cổng trại theo chi đội;", "li"),
            P("👉 Thi nghi thức đội, trò chơi dân gian;", "li"),
            P("👉 Đêm lửa trại với các tiết mục cồng chiêng của học sinh K'Ho.", "li"),
            Img(_img("11/hoi-trai-loc-bao.jpg"), "Cổng trại của Chi đội 5A",
                "Cổng trại của Chi đội 5A", "p"),
            P("Hội trại là dịp để các em rèn luyện kĩ năng làm việc nhóm và bày tỏ lòng biết ơn "
              "thầy cô giáo."),
            _sign("Tổng phụ trách Đội Trần Minh Khoa"),
        ],
        authors=["Trần Minh Khoa"],
        opts={"upd": "20/11/2026 06:45", "poster": "pgdbaolam"},
    ),
    Story(
        1290,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "thong-bao",
        "2026-12-02",
        [
            Raw(LETTERHEAD.format(so="1187/TB-PGDĐT", ngay="02 tháng 12 năm 2026",
                                  vv="Về việc nghỉ Tết Dương lịch năm 2027")),
            P("Căn cứ Bộ luật Lao động năm 2019 và thông báo của UBND huyện Bảo Lâm về việc nghỉ Tết "
              "Dương lịch năm 2027, Phòng GD&ĐT thông báo như sau:"),
            P("Cán bộ, giáo viên, nhân viên và học sinh các trường được nghỉ Tết Dương lịch 01 ngày "
              "vào Thứ Sáu, ngày 01/01/2027."),
            P("Các đơn vị phân công trực, bảo vệ tài sản trong thời gian nghỉ và báo cáo tình hình "
              "về Phòng GD&ĐT trước 10 giờ ngày 02/01/2027."),
            Raw(CLOSING.format(noinhan="- Các trường MN, TH, THCS;<br />- Lưu: VT.",
                               chucvu="TRƯỞNG PHÒNG", ten="Trần Văn Quang")),
        ],
        authors=["Trần Văn Quang"],
        opts={"posted": "03/12/2026 | 07:45", "poster": "pgdbaolam"},
    ),
    Story(
        1283,
        "thong-bao-tuyen-chon-giao-vien-tham-gia-hoi-dong-bo-mon-cap-huyen",
        "Thông báo tuyển chọn giáo viên tham gia Hội đồng bộ môn cấp huyện",
        "thong-bao",
        "2026-11-26T10:00:00+07:00",
        [
            P("Phòng GD&ĐT đề nghị các trường giới thiệu giáo viên có năng lực chuyên môn vững vàng "
              "tham gia Hội đồng bộ môn cấp huyện giai đoạn 2026 - 2028."),
            P("Hồ sơ gửi về bộ phận chuyên môn trước ngày 10/12/2026 qua hệ thống quản lí văn bản "
              "điều hành."),
        ],
        opts={"poster": "admin"},
    ),
    Story(
        1271,
        "thong-bao-ket-qua-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
        "Thông báo kết quả xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
        "thong-bao",
        "2026-11-13",
        [
            Raw(LETTERHEAD.format(so="1102/TB-PGDĐT", ngay="13 tháng 11 năm 2026",
                                  vv="Về kết quả xét thăng hạng chức danh nghề nghiệp giáo viên")),
            P("Thực hiện kế hoạch xét thăng hạng chức danh nghề nghiệp giáo viên mầm non, tiểu học, "
              "THCS năm 2026, Hội đồng xét thăng hạng đã hoàn thành việc thẩm định hồ sơ."),
            P("Có 87 giáo viên đủ điều kiện, tiêu chuẩn được đề nghị thăng hạng; danh sách cụ thể "
              "được niêm yết tại Phòng GD&ĐT và gửi về các trường."),
            P("Thời gian nhận phúc khảo: từ ngày 16/11/2026 đến hết ngày 20/11/2026."),
            Raw(CLOSING.format(noinhan="- Các trường trực thuộc;<br />- Lưu: VT, TCCB.",
                               chucvu="KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG",
                               ten="Phạm Thị Minh Nguyệt")),
        ],
        authors=["Phạm Thị Minh Nguyệt"],
        opts={"posted": "14/11/2026 | 14:05", "poster": "pgdbaolam"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _posted_key(s: Story) -> str:
    """Sort key: when the page says the story was posted (newest first in listings)."""
    if "posted" in s.opts:
        d, t = s.opts["posted"].split(" | ")
        return f"{d[6:10]}-{d[3:5]}-{d[0:2]}T{t}"
    return s.published_at or ""


def _in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_posted_key, reverse=True)


def _news() -> list[Story]:
    return sorted((s for s in STORIES if s.cat != "thong-bao"), key=_posted_key, reverse=True)


def story_path(s: Story) -> str:
    if s.cat == "thong-bao":
        return f"/thong-bao/{s.slug}-{s.id}.html"
    return f"/tin-tuc/{s.cat}/{s.slug}-{s.id}.html"


def _ddmm(s: Story) -> str:
    d = _posted_key(s)
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


# --- chrome ---------------------------------------------------------------------------------

DOC_ENTRIES = {
    88: ("cong-van", "so-2154-pgddt-ctht-huong-dan-kiem-tra-cuoi-hoc-ki-i", "2154/PGDĐT-CMTH",
         "Công văn", "Hướng dẫn kiểm tra, đánh giá cuối học kì I năm học 2026 - 2027",
         "30/11/2026", "cv2154-pgddt.pdf"),
    87: ("quyet-dinh", "so-356-qd-pgddt-thanh-lap-ban-to-chuc-hoi-thi-gvdg", "356/QĐ-PGDĐT",
         "Quyết định", "Về việc thành lập Ban tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc "
         "Tiểu học năm học 2026 - 2027", "10/11/2026", "qd356-pgddt.pdf"),
}


def _doc_path(doc_id: int) -> str:
    loai, slug, *_ = DOC_ENTRIES[doc_id]
    return f"/van-ban/{loai}/{slug}-{doc_id}.html"


ALBUM_PATH = "/thu-vien-anh/hoi-thi-gvdg-tieu-hoc-nam-hoc-2026-2027-15.html"


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/tin-tuc/{slug}.html">{esc(name)}</a></li>'
        for slug, name in CATS.items() if slug != "thong-bao"
    )
    return (
        '<div class="menu-ngang" id="mod_3"><ul class="mn-cap1">'
        '<li class="mn-home"><a href="/"><i class="fa fa-home"></i></a></li>'
        '<li class="co-con"><a href="/gioi-thieu.html">Giới thiệu</a><ul class="mn-cap2">'
        '<li><a href="/gioi-thieu.html">Giới thiệu chung</a></li>'
        '<li><a href="/gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="co-con"><a href="javascript:void(0)">Tin tức</a><ul class="mn-cap2">{cats}</ul></li>'
        '<li><a href="/thong-bao.html">Thông báo</a></li>'
        '<li><a href="/van-ban.html">Văn bản</a></li>'
        '<li><a href="/thu-vien-anh.html">Thư viện ảnh</a></li>'
        '<li><a href="/lien-he.html">Liên hệ</a></li>'
        "</ul></div>"
    )


def _sidebar() -> str:
    doc_nhieu = [
        ("/tin-tuc/tin-hoat-dong/chuyen-de-doi-moi-sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc"
         "-1274.html", BY_ID[1274]),
        (story_path(BY_ID[1281]), BY_ID[1281]),
        ("/tin-tuc/chuyen-mon/tap-huan-hoc-lieu-so-1266.html", BY_ID[1266]),
        (story_path(BY_ID[1287]), BY_ID[1287]),
    ]
    dn = "".join(
        f'<li><span class="so">{i}</span><a href="{href}">{esc(s.title)}</a></li>'
        for i, (href, s) in enumerate(doc_nhieu, 1)
    )
    tb = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="ng">({_ddmm(s)[:5]})</span></li>'
        for s in _in_cat("thong-bao")[:NOTICES_PER_PAGE]
    )
    return (
        '<div class="cot-phai col-md-3">'
        '<div class="kt" id="mod_21"><div class="kt-tde">Thông báo mới</div>'
        f'<div class="kt-nd"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
        f'onmouseout="this.start()"><ul class="ds-tb">{tb}</ul></marquee></div></div>'
        '<div class="kt" id="mod_22"><div class="kt-tde">Đọc nhiều</div>'
        f'<div class="kt-nd"><ul class="ds-dn">{dn}</ul></div></div>'
        '<div class="kt" id="mod_23"><div class="kt-tde">Liên kết website</div><div class="kt-nd">'
        '<select onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.lamdong.gov.vn">Sở GD&amp;ĐT Lâm Đồng</option>'
        '<option value="https://baolam.lamdong.gov.vn">Cổng TTĐT huyện Bảo Lâm</option>'
        "</select>"
        '<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/public/img/banner-csdl.png" '
        'alt="CSDL ngành" /></a></div></div>'
        '<div class="kt" id="mod_24"><div class="kt-tde">Thăm dò ý kiến</div><div class="kt-nd">'
        '<form id="frmBinhChon" method="post" action="/ajax/binh-chon">'
        "<p>Bạn đánh giá thế nào về giao diện website mới?</p>"
        '<label><input type="radio" name="pa" value="1" /> Đẹp, dễ sử dụng</label><br />'
        '<label><input type="radio" name="pa" value="2" /> Bình thường</label><br />'
        '<label><input type="radio" name="pa" value="3" /> Cần cải thiện</label><br />'
        '<button type="button" class="btn-bc">Bình chọn</button></form></div></div>'
        '<div class="kt" id="mod_25"><div class="kt-tde">Thống kê truy cập</div><div class="kt-nd">'
        '<table class="tk"><tr><td>Đang online</td><td>17</td></tr>'
        "<tr><td>Hôm nay</td><td>412</td></tr><tr><td>Tháng này</td><td>9.835</td></tr>"
        "<tr><td>Tổng truy cập</td><td>1.284.607</td></tr></table></div></div>"
        "</div>"
    )


def _page(request: Request, title: str, main: str, *, head_extra: str = "",
          description: str | None = None) -> Response:
    desc = esc(description or f"Cổng thông tin điện tử {ORG}")
    body = (
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\" />"
        f"<title>{esc(title)}</title>"
        f'<meta name="description" content="{desc}" />'
        '<meta name="generator" content="BLSoft ePortal 3.2 (Phalcon 4.1)" />'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />'
        f"{head_extra}"
        '<link rel="stylesheet" href="/public/themes/pgd02/css/style.css" />'
        '<link rel="icon" href="/public/img/favicon.ico" />'
        '<script src="/public/js/jquery-1.12.4.min.js"></script>'
        "</head><body class=\"tpl-pgd02\">\n"
        '<div class="khung"><div class="dau-trang" id="mod_1">'
        '<a href="/"><img src="/public/themes/pgd02/img/logo-pgd.png" alt="Logo" class="logo" /></a>'
        '<div class="ten-dv"><span class="dv-cha">UBND HUYỆN BẢO LÂM</span>'
        f'<span class="dv">{esc(ORG.upper())}</span></div>'
        f'<div class="ngay-ht" id="mod_2"><i class="fa fa-calendar"></i> {HEADER_TODAY}</div>'
        '<form class="tim" action="/tim-kiem.html" method="get"><input name="tu-khoa" '
        'placeholder="Nhập từ khóa..." /><button type="submit">Tìm</button></form>'
        f"</div>{_menu()}"
        '<div class="than-trang row"><div class="cot-trai col-md-9">'
        f"{main}</div>{_sidebar()}</div>"
        '<div class="chan-trang" id="mod_90"><p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LÂM</b></p>'
        "<p>Địa chỉ: Số 2 Nguyễn Tất Thành, thị trấn Lộc Thắng, huyện Bảo Lâm, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263 3877 125 - Email: pgdbaolam@lamdong.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Trưởng phòng Trần Văn Quang</p>"
        "<p>© 2019 - 2026 Bản quyền thuộc Phòng GD&amp;ĐT Bảo Lâm. Thiết kế bởi BLSoft.</p></div>"
        "</div>"
        '<script src="/public/js/pgd.main.js"></script>'
        "</body></html>"
    )
    return html(body, headers={"X-Powered-By": "PHP/7.4.33", "Set-Cookie": "PHPSESSID=q0v7r1e8lm; path=/"})


def _breadcrumb(*items: tuple[str, str | None]) -> str:
    parts = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in items:
        parts.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href
                     else f'<li class="active">{esc(label)}</li>')
    return f'<ol class="duongdan">{"".join(parts)}</ol>'


def _cat_crumbs(cat: str) -> str:
    if cat == "thong-bao":
        return _breadcrumb(("Thông báo", "/thong-bao.html"))
    return _breadcrumb(("Tin tức", None), (CATS[cat], f"/tin-tuc/{cat}.html"))


# --- article --------------------------------------------------------------------------------


def _ptext(s: Story, value: str) -> str:
    return text(value, entities=2) if s.opts.get("entities") else text(value)


def _render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "tbl":
                cap = (f'<tr><td class="cap-anh" style="text-align:center"><em>{esc(b.printed)}</em></td></tr>'
                       if b.printed else "")
                out.append('<table class="tbl-anh" align="center" style="width:600px"><tbody>'
                           f'<tr><td><img src="{b.src}" alt="" width="600" /></td></tr>{cap}</tbody></table>')
            else:
                out.append(f'<p style="text-align:center"><img alt="" src="{b.src}" '
                           'style="width:100%;max-width:640px" /></p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><span style="font-size:12px"><em>'
                               f"{esc(b.printed)}</em></span></p>")
        elif b.style in ("li", "tr"):
            run: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_ptext(s, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td>{_ptext(s, c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in run
                )
                out.append(f'<table class="bang" border="1" cellpadding="4" style="border-collapse:collapse">'
                           f"<tbody>{rows}</tbody></table>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:justify">{_ptext(s, b.text)}<br />\r\n{_ptext(s, nxt.text)}</p>')
            i += 2
            continue
        elif b.style == "h":
            out.append(f'<h4 class="tde-phu"><b>{_ptext(s, b.text)}</b></h4>')
        elif b.style == "b":
            out.append(f'<p style="text-align:justify"><strong>{_ptext(s, b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align:justify">&nbsp;&nbsp;&nbsp; {_ptext(s, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _date_line(s: Story) -> str:
    if "posted" in s.opts:
        return s.opts["posted"]
    d = s.published_at
    if "weekday" in s.opts:
        return f"{s.opts['weekday']}, {d[8:10]}/{d[5:7]}/{d[0:4]}"
    t = s.opts.get("time") or d[11:16]
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]} | {t}"


def _related_inside(s: Story) -> str:
    others = [o for o in _in_cat(s.cat) if o.id != s.id][:2] if s.cat != "thong-bao" else []
    if not others:
        return ""
    items = "".join(f'<li><a href="{story_path(o)}">{esc(o.title)}</a></li>' for o in others)
    return f'<div class="lq-trong"><p class="lq-tde"><b>Tin liên quan:</b></p><ul>{items}</ul></div>'


def _article(request: Request, s: Story) -> Response:
    canon = story_path(s)
    meta = []
    if s.opts.get("upd"):
        meta.append(f'<span class="cn"><i class="fa fa-refresh"></i> Cập nhật: {s.opts["upd"]}</span>')
    meta.append(f'<span class="nd-dang" title="Ngày đăng"><i class="fa fa-clock-o"></i> '
                f"Ngày đăng: {_date_line(s)}</span>")
    meta.append(f'<span class="lx"><i class="fa fa-eye"></i> Lượt xem: {s.views()}</span>')
    meta.append(f'<span class="ng-dang"><i class="fa fa-user"></i> Người đăng: {s.opts.get("poster", "admin")}</span>')
    if s.opts.get("volt_leak"):
        meta.append('<span class="tg">Tác giả: {{ tin.tac_gia|e }}</span>')
    sapo = (f'<div class="tt-tomtat"><b>{esc(s.summary)}</b></div>'
            if s.summary and s.sapo_outside else "")
    tools = (
        '<div class="cong-cu"><a href="javascript:;" onclick="window.print();return false;" class="in">'
        '<i class="fa fa-print"></i> In bài</a> '
        f'<a href="mailto:?subject={esc(s.slug)}" class="gui"><i class="fa fa-envelope"></i> Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request) + canon)}" '
        'target="_blank" class="fb"><img src="/public/img/icon-fb.png" alt="Chia sẻ" /></a> '
        '<a href="javascript:;" class="co-chu" data-cc="+">A+</a> <a href="javascript:;" class="co-chu" '
        'data-cc="-">A-</a></div>'
    )
    cung = ""
    if s.cat != "thong-bao":
        others = [o for o in _in_cat(s.cat) if o.id != s.id][:3]
        items = "".join(
            f'<li><a href="{story_path(o)}">{esc(o.title)}</a> <i>({_ddmm(o)})</i></li>' for o in others
        )
        cung = f'<div class="tin-cung" id="mod_31"><h3 class="kt-tde">Các tin cùng chuyên mục</h3><ul>{items}</ul></div>'
    first = next((b.text for b in s.blocks if isinstance(b, P)), s.title)
    main = (
        f"{_cat_crumbs(s.cat)}"
        f'<div class="tt-ct" id="tin_{s.id}">'
        f'<h1 class="tde-ct">{esc(s.title)}</h1>'
        f'<div class="tt-meta">{" ".join(meta)}</div>{tools}{sapo}'
        f'<div class="ndung-ct" id="noidung_{s.id}">\n{_render_blocks(s)}\n{_related_inside(s)}</div>'
        f"</div>{cung}"
    )
    head = (f'<link rel="canonical" href="{base_url(request)}{canon}" />'
            f'<meta property="og:title" content="{esc(s.title)}" />'
            f'<meta property="og:url" content="{base_url(request)}{canon}" />')
    return _page(request, f"{s.title} - {ORG}", main, head_extra=head, description=first[:150])


# --- listings -------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img)), None)
    src = img.src.replace("/uploads/tin-tuc/", "/uploads/thumbs/tin-tuc/") if img else "/public/img/no-image.jpg"
    return f'<img src="{src}" alt="" class="anh-nho" />'


def _teaser(s: Story) -> str:
    lead = s.summary or next((b.text for b in s.blocks if isinstance(b, P)), "")
    if len(lead) > 160:
        lead = lead[:157].rsplit(" ", 1)[0] + "..."
    return (
        f'<div class="ds-item"><a href="{story_path(s)}">{_thumb(s)}</a>'
        f'<h3 class="ds-tde"><a href="{story_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="ds-ngay">({_ddmm(s)[:5]})</span><p class="ds-mota">{esc(lead)}</p></div>'
    )


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = ['<a href="?trang=1">Đầu</a>']
    if page > 1:
        parts.append(f'<a href="?trang={page - 1}">&laquo;</a>')
    for n in range(1, pages + 1):
        parts.append(f'<span class="ht">{n}</span>' if n == page else f'<a href="?trang={n}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="?trang={page + 1}">&raquo;</a>')
    parts.append(f'<a href="?trang={pages}">Cuối</a>')
    return f'<div class="phan-trang">{" ".join(parts)}</div>'


def _page_no(request: Request) -> int | None:
    raw = request.params.get("trang", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def _category(request: Request, cat: str) -> Response | None:
    page = _page_no(request)
    items = _in_cat(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page is None or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    main = (
        f"{_breadcrumb(('Tin tức', None), (CATS[cat], None))}"
        f'<div class="ds-tin" id="mod_30"><h2 class="kt-tde">{esc(CATS[cat])}</h2>'
        f'{"".join(_teaser(s) for s in chunk)}{_pager(page, pages)}</div>'
    )
    return _page(request, f"{CATS[cat]} - {ORG}", main)


def _notice_items(chunk: list[Story]) -> str:
    return "".join(
        f'<li><span class="ng">{_ddmm(s)}</span> <a href="{story_path(s)}">{esc(s.title)}</a></li>'
        for s in chunk
    )


def _notices(request: Request) -> Response | None:
    if request.query:
        return None
    items = _in_cat("thong-bao")
    pages = -(-len(items) // NOTICES_PER_PAGE)
    pager = " ".join(
        '<span class="ht">1</span>' if n == 1 else
        f'<a href="/ajax/tin-moi?loai=thong-bao&amp;trang={n}" class="ajax-pg" data-trang="{n}">{n}</a>'
        for n in range(1, pages + 1)
    )
    main = (
        f"{_breadcrumb(('Thông báo', None))}"
        '<div class="ds-thongbao" id="mod_40"><h2 class="kt-tde">Thông báo</h2>'
        f'<ul id="dsTB">{_notice_items(items[:NOTICES_PER_PAGE])}</ul>'
        f'<div class="phan-trang pt-ajax">{pager}</div></div>'
        "<script>$(document).on('click','.ajax-pg',function(e){e.preventDefault();"
        "$('#dsTB').load($(this).attr('href'));});</script>"
    )
    return _page(request, f"Thông báo - {ORG}", main)


def _ajax_tin_moi(request: Request) -> Response | None:
    page = _page_no(request)
    loai = request.params.get("loai", "")
    if loai == "thong-bao":
        items, size = _in_cat("thong-bao"), NOTICES_PER_PAGE
    elif loai == "":
        items, size = _news(), PER_PAGE
    else:
        return None
    pages = -(-len(items) // size)
    if page is None or page > pages:
        return None
    chunk = items[(page - 1) * size: page * size]
    if loai:
        frag = _notice_items(chunk)
    else:
        frag = "".join(
            f'<li class="tm-item"><a href="{story_path(s)}">{esc(s.title)}</a> '
            f'<span class="ng">{_ddmm(s)}</span></li>' for s in chunk
        )
        if page < pages:
            frag += (f'<li class="tm-them"><a href="/ajax/tin-moi?trang={page + 1}" class="xem-them">'
                     "Xem thêm</a></li>")
    return html(frag)


# --- home and other pages -------------------------------------------------------------------


def _home(request: Request) -> Response | None:
    if request.query:
        return None
    featured = [BY_ID[1287], BY_ID[1281], BY_ID[1279]]
    slider = "".join(
        f'<div class="sl-item"><a href="{story_path(s)}">{_thumb(s)}<span>{esc(s.title)}</span></a></div>'
        for s in featured
    )
    blocks = "".join(
        f'<div class="kt-cm" id="mod_{10 + n}"><h2 class="kt-tde"><a href="/tin-tuc/{slug}.html">'
        f'{esc(name)}</a></h2>{"".join(_teaser(s) for s in _in_cat(slug)[:2])}'
        f'<a class="xem-tat" href="/tin-tuc/{slug}.html">Xem tất cả &raquo;</a></div>'
        for n, (slug, name) in enumerate(CATS.items()) if slug != "thong-bao"
    )
    main = (
        f'<div class="slider" id="mod_5">{slider}</div>'
        '<div class="kt-tinmoi" id="mod_6"><h2 class="kt-tde">Tin mới</h2>'
        '<ul id="tinmoi" data-url="/ajax/tin-moi?trang=1"><li class="dang-tai">Đang tải...</li></ul></div>'
        "<script>$(function(){var u=$('#tinmoi').data('url');$('#tinmoi').load(u);"
        "$(document).on('click','.xem-them',function(e){e.preventDefault();var li=$(this).parent();"
        "$.get($(this).attr('href'),function(h){li.replaceWith(h);});});});</script>"
        f"{blocks}"
    )
    return _page(request, f"Trang chủ - {ORG}", main)


def _static_page(request: Request, title: str, crumbs: str, inner: str) -> Response:
    main = (f"{crumbs}<div class=\"tt-ct trang-tinh\"><h1 class=\"tde-ct\">{esc(title)}</h1>"
            f'<div class="tt-meta"><span class="cn">Cập nhật: 15/09/2026 10:00</span></div>'
            f'<div class="ndung-ct">{inner}</div></div>')
    return _page(request, f"{title} - {ORG}", main)


def _gioi_thieu(request: Request) -> Response:
    return _static_page(
        request, "Giới thiệu chung", _breadcrumb(("Giới thiệu", None)),
        "<p>Phòng Giáo dục và Đào tạo huyện Bảo Lâm là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
        "giúp UBND huyện quản lí nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p>Toàn huyện có 63 trường mầm non, tiểu học và trung học cơ sở với hơn 24.000 học sinh, "
        "trong đó gần 39% là học sinh dân tộc thiểu số.</p>"
        '<p><img src="/uploads/gioi-thieu/tru-so-pgd.jpg" alt="Trụ sở" /></p>',
    )


def _co_cau(request: Request) -> Response:
    return _static_page(
        request, "Cơ cấu tổ chức", _breadcrumb(("Giới thiệu", "/gioi-thieu.html"), ("Cơ cấu tổ chức", None)),
        '<table class="bang" border="1"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
        "<tr><td>Trần Văn Quang</td><td>Trưởng phòng</td><td>0263 3877 125</td></tr>"
        "<tr><td>Phạm Thị Minh Nguyệt</td><td>Phó Trưởng phòng</td><td>0263 3877 126</td></tr>"
        "<tr><td>Nguyễn Hữu Lộc</td><td>Phó Trưởng phòng</td><td>0263 3877 127</td></tr></table>",
    )


def _lien_he(request: Request) -> Response:
    return _static_page(
        request, "Liên hệ", _breadcrumb(("Liên hệ", None)),
        "<p>Phòng Giáo dục và Đào tạo huyện Bảo Lâm</p>"
        "<p>Địa chỉ: Số 2 Nguyễn Tất Thành, thị trấn Lộc Thắng, huyện Bảo Lâm, tỉnh Lâm Đồng</p>"
        '<form method="post" action="/lien-he.html"><input name="hoten" placeholder="Họ và tên" />'
        '<textarea name="noidung"></textarea><button type="submit">Gửi</button></form>',
    )


def _van_ban_list(request: Request) -> Response | None:
    if request.query:
        return None
    rows = "".join(
        f'<tr><td>{so}</td><td>{d}</td><td><a href="{_doc_path(i)}">{esc(trich)}</a></td></tr>'
        for i, (_loai, _slug, so, _kind, trich, d, _f) in DOC_ENTRIES.items()
    )
    main = (f"{_breadcrumb(('Văn bản', None))}<h2 class=\"kt-tde\">Văn bản chỉ đạo điều hành</h2>"
            f'<table class="ds-vb" border="1"><tr><th>Số/Kí hiệu</th><th>Ngày ban hành</th>'
            f"<th>Trích yếu</th></tr>{rows}</table>")
    return _page(request, f"Văn bản - {ORG}", main)


def _van_ban(request: Request, doc_id: int) -> Response:
    _loai, _slug, so, kind, trich, d, fname = DOC_ENTRIES[doc_id]
    main = (
        f"{_breadcrumb(('Văn bản', '/van-ban.html'), (kind, None))}"
        f'<div class="vb-ct"><h1 class="tde-ct">{esc(kind)} số {esc(so)}</h1>'
        '<table class="vb-tt" border="1" cellpadding="5">'
        f"<tr><td>Số/Kí hiệu</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{esc(kind)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{d}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr>"
        "<tr><td>Người kí</td><td>Trần Văn Quang</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="/uploads/van-ban/2026/{fname}">'
        f'<img src="/public/img/icon-pdf.png" alt="" /> {fname}</a></td></tr></table></div>'
    )
    return _page(request, f"{kind} {so} - {ORG}", main)


def _albums(request: Request) -> Response | None:
    if request.query:
        return None
    main = (f"{_breadcrumb(('Thư viện ảnh', None))}<div class=\"ds-album\">"
            f'<div class="al-item"><a href="{ALBUM_PATH}"><img src="/uploads/album/15/bia.jpg" alt="" />'
            "<span>Hội thi GVDG Tiểu học năm học 2026 - 2027</span></a></div></div>")
    return _page(request, f"Thư viện ảnh - {ORG}", main)


def _album(request: Request) -> Response:
    pics = "".join(
        f'<a class="fancybox" rel="al15" href="/uploads/album/15/anh-{n}.jpg">'
        f'<img src="/uploads/album/15/thumb-anh-{n}.jpg" alt="Ảnh {n}" /></a>' for n in range(1, 7)
    )
    main = (f"{_breadcrumb(('Thư viện ảnh', '/thu-vien-anh.html'), ('Hội thi GVDG Tiểu học', None))}"
            '<div class="album-ct"><h1 class="tde-ct">Hội thi GVDG Tiểu học năm học 2026 - 2027</h1>'
            f'<p class="al-ngay">Ngày tạo: 04/12/2026</p><div class="al-anh">{pics}</div></div>')
    return _page(request, f"Thư viện ảnh - {ORG}", main)


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_NOTICE = re.compile(r"^/thong-bao/([a-z0-9-]+)-(\d+)\.html$")
_CATEGORY = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_DOC = re.compile(r"^/van-ban/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html$")


def _served_paths(s: Story) -> set[str]:
    return {story_path(s), *s.opts.get("old", [])}


class PhalconPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path == "/ajax/binh-chon":
                return html('<p class="bc-ok">Cảm ơn bạn đã tham gia bình chọn!</p>')
            return None
        if path.startswith("/uploads/van-ban/") and path.endswith(".pdf"):
            if any(path.endswith("/" + d[6]) for d in DOC_ENTRIES.values()):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/uploads/", "/public/")):
            return static_file(path)
        if path == "/":
            return _home(request)
        if path == "/ajax/tin-moi":
            return _ajax_tin_moi(request)
        if m := _ARTICLE.match(path):
            s = BY_ID.get(int(m.group(3)))
            if s and s.cat != "thong-bao" and path in _served_paths(s):
                return _article(request, s)
            return None
        if m := _NOTICE.match(path):
            s = BY_ID.get(int(m.group(2)))
            if s and s.cat == "thong-bao" and path == story_path(s):
                return _article(request, s)
            return None
        if m := _CATEGORY.match(path):
            return _category(request, m.group(1)) if m.group(1) in CATS and m.group(1) != "thong-bao" else None
        if m := _DOC.match(path):
            doc_id = int(m.group(3))
            if doc_id in DOC_ENTRIES and path == _doc_path(doc_id):
                return _van_ban(request, doc_id)
            return None
        pages = {
            "/thong-bao.html": _notices,
            "/van-ban.html": _van_ban_list,
            "/thu-vien-anh.html": _albums,
            "/gioi-thieu.html": _gioi_thieu,
            "/gioi-thieu/co-cau-to-chuc.html": _co_cau,
            "/lien-he.html": _lien_he,
            ALBUM_PATH: _album,
        }
        handler = pages.get(path)
        return handler(request) if handler else None


def build_site() -> PhalconPortal:
    return PhalconPortal()


GOLD = [
    gold_record(s, story_path(s), CATS[s.cat], alt_paths=list(s.opts.get("old", [])))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    _doc_path(88),
    _doc_path(87),
    ALBUM_PATH,
]
