"""Phòng GD&ĐT huyện Yên Thành (Nghệ An) on a Java/JSP vendor portal of the provincial
e-government program, the kind a provincial Sở TT&TT contractor builds for every district unit:
SEO paths ending in ``.html``, heavy Bootstrap 3 chrome, portlets in three columns.

Half of what this portal publishes is not news: legal documents, the weekly work schedule,
public-service procedures and a citizens' Q&A. Those pages print titles, dates and tables as
prominently as the news does.

Platform
--------
A JSP portal (portlets on a Bootstrap 3 grid). Every page: the header with the national emblem
(``quoc-huy.png``), "UBND HUYỆN YÊN THÀNH / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" and the clock line
"Thứ tư, 25/11/2026 | 09:14" (today, never a publication date); a mega menu; a left column with
"Văn bản mới" (links to ``/van-ban/<id>.html``), the "Lịch công tác" link, the
"Thủ tục hành chính" box, a portlet slot that prints only "Bạn chưa có đủ quyền truy nhập portlet
này.", a poll, "Liên kết website" and "Thống kê truy cập" (Đang truy cập / Hôm nay / Tổng lượt);
a footer with address, phone and "Cơ quan chủ quản: UBND huyện Yên Thành".

URL scheme
----------
- ``/`` answers 302 to ``/yenthanh/`` (the home, START_PATH).
- News: ``/yenthanh/tin-tuc/<cat-slug>/<slug>-<id>.html``; the same article also answers at
  ``/yenthanh/tin-tuc/<slug>-<id>.html`` (no category segment). rel=canonical is never printed.
- Lists: ``/yenthanh/tin-tuc.html`` (all news) and ``/yenthanh/tin-tuc/<cat-slug>.html``,
  10 per page, ``?page=N``, pager "« 1 2 »" (first / numbers / last).
- Documents: ``/yenthanh/van-ban.html?page=N`` (3 pages) and ``/yenthanh/van-ban/<id>.html``: a
  table "Số ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu | Người ký | Tệp đính kèm" and a
  download link ``/yenthanh/van-ban/tai-ve/<id>/<file>.pdf`` (a PDF).
- Weekly work schedule: ``/yenthanh/lich-cong-tac/tuan-<w>-2026.html`` for weeks 44–48 only (the
  others 404); a table of days × sessions titled "Lịch công tác tuần 48 (từ 23/11 đến 29/11/2026)",
  "« Tuần trước" / "Tuần sau »" links (none before week 44, none after week 48).
- Procedures: ``/yenthanh/thu-tuc-hanh-chinh.html`` and ``/thu-tuc-hanh-chinh/<id>.html`` (a
  definition table: "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", …).
- Q&A: ``/yenthanh/hoi-dap.html`` and ``/hoi-dap/<id>.html`` ("Câu hỏi: …" by a citizen with
  the day it was sent, "Trả lời: …").
- Static: ``/yenthanh/gioi-thieu.html``, ``/yenthanh/lien-he.html`` (contact form).
- Uploads: ``/upload/yenthanh/2026/<mm>/<file>.jpg``; theme files under ``/yenthanh/themes/``.

Categories
----------
Tin hoạt động ngành, Chỉ đạo – Điều hành, Thông báo are in the mega menu and have a block on the
home page (3 newest + "Xem thêm" to the list). "Gương người tốt việc tốt" was added later and never
put in the menu or on the home page.

How each gold article is reached
--------------------------------
- The home page's "Tin nổi bật" slider links 4 articles at their category-less twin URL; the
  "Tin mới" block and the three category blocks link the category paths.
- The menu's "Tin tức" opens ``/yenthanh/tin-tuc.html``: 10 newest on page 1; the three oldest
  articles (all "Gương người tốt việc tốt") only on ``?page=2``; from there the breadcrumb and
  "Tin cùng chuyên mục" lead to their category list.

Article template
----------------
``<div class="news-detail">`` with breadcrumb, ``h1.news-title``, ``div.news-info`` (calendar icon,
"20/11/2026 08:30", "Lượt xem: 315"), ``div.news-sapo`` (the sapo, not bold; empty when the editor
wrote none), ``div.news-content``, ``div.news-author`` (right-aligned lines: a bare name,
"Tác giả: …", "Nguồn: …", "Tin, ảnh: …", "Tin: …; Ảnh: …"; empty on some), ``div.news-tools``
("In | Gửi email | Chia sẻ"), ``div.news-other`` ("Tin cùng chuyên mục").

Traps
-----
- Document / schedule / procedure / Q&A pages: structured pages with a title and dates that are
  not news (NON_ARTICLES); the week chain of schedules is finite (44–48).
- Category-less twins of every article (alt_paths), linked from the home slider.
- Short announcement articles (1–3 sentences and "Xem chi tiết văn bản tại đây" to a document):
  articles all the same; the link line is not body.
- The author inside news-content as a last right-aligned paragraph
  ("Thanh Hương – THCS Bạch Liêu": the school after the dash is not part of the name).
- One old migrated article prints "Ngày 06 tháng 7 năm 2026" instead of numbers (no time).
- Captions: centred ``<span style="font-size:12px">`` paragraphs under a centred photo, or the
  caption cell of ``table.tblImage``; one "Ảnh minh họa"; some photos have no line.
- An exam-results table (one row per school, 4 columns) inside the content.
- The "Bạn chưa có đủ quyền truy nhập portlet này." notice in a sidebar slot of every page.

Gold decisions
--------------
- title: ``h1.news-title``; published_at: the date of ``news-info`` (with its time when printed).
- authors/photographers/source: from ``news-author`` or the last right-aligned paragraph of the
  content; "BBT" is nobody; "Nguồn: X" gives the source.
- summary: ``news-sapo`` when not empty (also the first body paragraph).
- body: the paragraphs of ``news-content``: sub-headings, list items, table rows (cells " | ");
  not the captions, the author line or "Xem chi tiết văn bản tại đây".
- images: the photos of news-content in order; caption the printed line (None without one).
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "vanban_pgd_portal"
PLATFORM = "Java/JSP provincial e-government vendor portal (Bootstrap 3, .html SEO paths)"
START_PATH = "/yenthanh/"

ROOT = "/yenthanh"
SITE_TITLE = "Phòng GD&ĐT Yên Thành"
CLOCK = "Thứ tư, 25/11/2026 | 09:14"
PER_PAGE = 10

CATEGORIES = {
    "tin-hoat-dong-nganh": "Tin hoạt động ngành",
    "chi-dao-dieu-hanh": "Chỉ đạo – Điều hành",
    "thong-bao": "Thông báo",
    "guong-nguoi-tot-viec-tot": "Gương người tốt việc tốt",
}
#: the categories of the mega menu and the home blocks (the fourth was never added)
MENU_CATS = ["tin-hoat-dong-nganh", "chi-dao-dieu-hanh", "thong-bao"]


def up(month: str, name: str) -> str:
    return f"/upload/yenthanh/2026/{month}/{name}"


# --- the news (newest first) ------------------------------------------------------------------
#
# opts: when ("dd/mm/yyyy HH:MM" as printed, or the migrated long form), byline (lines of
# news-author), doc (document id of an announcement), featured (in the home slider).
# P styles: "" plain, "h" sub-heading (bold paragraph), "li" bullet, "th"/"td" table rows,
# "q" italic quote. Img styles: "center" (centred photo + centred 12px line), "tbl"
# (table.tblImage with a caption cell), "bare" (no line).

STORIES: list[Story] = [
    Story(
        2481,
        "yen-thanh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Yên Thành long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong-nganh",
        "2026-11-24T16:45:00+07:00",
        [
            P(
                "Tại buổi lễ, đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT, ôn lại truyền thống "
                "vẻ vang của ngành giáo dục huyện nhà và đánh giá kết quả năm học 2025-2026: toàn "
                "huyện có 98 trường học với gần 52.000 học sinh; 100% trường tiểu học và THCS đạt "
                "chuẩn quốc gia mức độ 1, trong đó 41 trường đạt mức độ 2."
            ),
            Img(
                up("11", "le-ky-niem-20-11-1.jpg"),
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "center",
            ),
            P(
                "Chất lượng giáo dục mũi nhọn tiếp tục giữ vững: 87 học sinh đạt giải học sinh giỏi "
                "cấp tỉnh, 6 học sinh đạt giải quốc gia; điểm bình quân thi tuyển sinh vào lớp 10 "
                "của huyện xếp thứ 5/21 huyện, thành, thị trong tỉnh."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện ghi nhận sự tận tụy của đội ngũ "
                "nhà giáo, đề nghị ngành tiếp tục đổi mới phương pháp dạy học, đẩy mạnh chuyển đổi "
                "số và quan tâm hơn nữa đến học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                up("11", "le-ky-niem-20-11-2.jpg"),
                "Lãnh đạo huyện trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc",
                "Lãnh đạo huyện trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc",
                "center",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể và 9 cá nhân; Chủ tịch "
                "UBND huyện tặng Giấy khen cho 26 tập thể và 112 cá nhân có thành tích xuất sắc "
                "trong năm học 2025-2026."
            ),
        ],
        authors=["Phan Văn Đức"],
        photographers=["Phan Văn Đức"],
        summary=(
            "Sáng 19/11, Phòng GD&ĐT huyện Yên Thành tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam (20/11/1982 - 20/11/2026) và tôn vinh các nhà giáo tiêu biểu năm học 2025-2026."
        ),
        sapo_outside=True,
        opts={"when": "24/11/2026 16:45", "byline": ["Tin, ảnh: Phan Văn Đức"], "featured": True},
    ),
    Story(
        2478,
        "ket-qua-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9",
        "Thông báo kết quả kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027",
        "thong-bao",
        "2026-11-23T10:15:00+07:00",
        [
            P(
                "Căn cứ kết quả chấm thi của Hội đồng chấm thi, Phòng GD&ĐT thông báo kết quả kỳ thi "
                "chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027 (thi ngày 14/11/2026) của 8 "
                "đơn vị dẫn đầu như sau:"
            ),
            P("Trường | Số học sinh dự thi | Số học sinh đạt giải | Xếp thứ", "th"),
            P("THCS Lý Nhật Quang | 48 | 41 | 1", "td"),
            P("THCS Bạch Liêu | 45 | 37 | 2", "td"),
            P("THCS Phan Đăng Lưu | 40 | 29 | 3", "td"),
            P("THCS Hồ Tông Thốc | 36 | 24 | 4", "td"),
            P("THCS Đồng Thành | 30 | 19 | 5", "td"),
            P("THCS Thị trấn Yên Thành | 32 | 18 | 6", "td"),
            P("THCS Phúc Thành | 28 | 15 | 7", "td"),
            P("THCS Tăng Thành | 25 | 13 | 8", "td"),
            P(
                "Danh sách học sinh đạt giải và điểm từng môn được gửi qua hệ thống quản lý văn bản "
                "điều hành. Học sinh có nhu cầu phúc khảo nộp đơn tại trường trước ngày 30/11/2026."
            ),
            P(
                "Các trường căn cứ kết quả để lựa chọn học sinh tham gia đội tuyển dự thi học sinh "
                "giỏi cấp tỉnh; lịch bồi dưỡng đội tuyển bắt đầu từ ngày 07/12/2026."
            ),
        ],
        opts={"when": "23/11/2026 10:15", "byline": ["BBT"]},
    ),
    Story(
        2475,
        "trien-khai-ke-hoach-kiem-tra-chuyen-nganh-nam-hoc-2026-2027",
        "Triển khai Kế hoạch kiểm tra chuyên ngành năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-11-20T08:30:00+07:00",
        [
            P(
                "Ngày 18/11/2026, Phòng GD&ĐT ban hành Kế hoạch số 412/KH-PGDĐT về kiểm tra chuyên "
                "ngành năm học 2026-2027 đối với các cơ sở giáo dục mầm non, tiểu học và THCS trên "
                "địa bàn huyện."
            ),
            P(
                "Đề nghị thủ trưởng các đơn vị nghiên cứu, triển khai thực hiện và chuẩn bị hồ sơ "
                "theo đúng thời gian quy định."
            ),
        ],
        opts={"when": "20/11/2026 08:30", "byline": [], "doc": 1523, "featured": True},
    ),
    Story(
        2470,
        "thcs-bach-lieu-chuyen-de-day-hoc-stem",
        "Trường THCS Bạch Liêu tổ chức chuyên đề dạy học theo định hướng giáo dục STEM",
        "tin-hoat-dong-nganh",
        "2026-11-18T14:20:00+07:00",
        [
            P(
                "Chuyên đề được thực hiện qua bài học STEM “Thiết kế hệ thống tưới cây tự động” của "
                "môn Khoa học tự nhiên lớp 8 do cô giáo Nguyễn Thị Quỳnh Anh giảng dạy. Học sinh "
                "làm việc theo nhóm, vận dụng kiến thức về mạch điện, cảm biến độ ẩm và lập trình "
                "đơn giản để chế tạo sản phẩm."
            ),
            Img(
                up("11", "stem-bach-lieu-1.jpg"),
                "Học sinh lớp 8A lắp ráp mô hình hệ thống tưới cây tự động",
                "Học sinh lớp 8A lắp ráp mô hình hệ thống tưới cây tự động",
                "tbl",
            ),
            P(
                "Sau tiết dạy, các đại biểu thảo luận về quy trình thiết kế bài học STEM, cách tổ "
                "chức hoạt động nhóm và đánh giá sản phẩm của học sinh. Nhiều ý kiến cho rằng bài "
                "học đã phát huy tốt tính chủ động, sáng tạo và kỹ năng hợp tác của học sinh."
            ),
            P(
                "Phát biểu kết luận, đại diện Phòng GD&ĐT đề nghị các trường tiếp tục xây dựng kế "
                "hoạch giáo dục STEM theo Công văn 3089/BGDĐT-GDTrH, mỗi học kỳ tổ chức ít nhất một "
                "chủ đề STEM ở mỗi khối lớp."
            ),
            Img(
                up("11", "stem-bach-lieu-2.jpg"),
                "Các nhóm trình bày sản phẩm trước đại biểu",
                "Các nhóm trình bày sản phẩm trước đại biểu",
                "tbl",
            ),
            Raw('<p style="text-align:right"><strong>Thanh Hương – THCS Bạch Liêu</strong></p>'),
        ],
        authors=["Thanh Hương"],
        summary=(
            "Ngày 16/11, Trường THCS Bạch Liêu tổ chức chuyên đề cấp huyện “Dạy học theo định "
            "hướng giáo dục STEM” với sự tham gia của cán bộ quản lý và giáo viên Khoa học tự "
            "nhiên các trường THCS trong huyện."
        ),
        sapo_outside=True,
        opts={"when": "18/11/2026 14:20", "byline": [], "featured": True},
    ),
    Story(
        2466,
        "thong-bao-lich-tiep-cong-dan-thang-12-2026",
        "Thông báo lịch tiếp công dân định kỳ tháng 12/2026",
        "thong-bao",
        "2026-11-16T09:00:00+07:00",
        [
            P(
                "Phòng GD&ĐT huyện Yên Thành thông báo lịch tiếp công dân định kỳ tháng 12/2026 của "
                "Trưởng phòng vào các ngày 05/12 và 19/12/2026 tại Phòng tiếp công dân, trụ sở Phòng "
                "GD&ĐT."
            ),
            P(
                "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội "
                "dung kiến nghị, phản ánh."
            ),
            P("Thời gian tiếp: buổi sáng từ 7 giờ 30 phút đến 11 giờ."),
        ],
        opts={"when": "16/11/2026 09:00", "byline": [], "doc": 1519},
    ),
    Story(
        2461,
        "tang-cuong-phong-chong-dich-benh-mua-dong-xuan-trong-truong-hoc",
        "Tăng cường công tác phòng, chống dịch bệnh mùa đông xuân trong trường học",
        "chi-dao-dieu-hanh",
        "2026-11-12T15:05:00+07:00",
        [
            P(
                "Thời tiết chuyển lạnh, độ ẩm cao là điều kiện thuận lợi để các bệnh cúm, tay chân "
                "miệng, sởi, viêm đường hô hấp phát sinh và lây lan trong trường học. Thực hiện chỉ "
                "đạo của Sở GD&ĐT Nghệ An, Phòng GD&ĐT yêu cầu các đơn vị thực hiện tốt các nội dung "
                "sau:"
            ),
            Img(up("11", "phong-dich-truong-hoc.jpg"), "Ảnh minh họa", "Ảnh minh họa", "center"),
            P(
                "Tuyên truyền cho học sinh, cha mẹ học sinh về các biện pháp phòng bệnh: rửa tay "
                "bằng xà phòng, giữ ấm cơ thể, đeo khẩu trang khi có triệu chứng ho, sốt.",
                "li",
            ),
            P(
                "Tổ chức vệ sinh, khử khuẩn lớp học, đồ dùng, đồ chơi ít nhất một lần mỗi tuần; "
                "bảo đảm đủ nước sạch và xà phòng tại các điểm rửa tay.",
                "li",
            ),
            P(
                "Theo dõi sức khỏe học sinh hằng ngày; khi phát hiện trường hợp nghi mắc bệnh phải "
                "thông báo ngay cho gia đình và trạm y tế xã.",
                "li",
            ),
            P(
                "Các trường mầm non, tiểu học có bán trú bảo đảm an toàn thực phẩm, tăng cường "
                "dinh dưỡng cho trẻ.",
                "li",
            ),
            P(
                "Thủ trưởng các đơn vị chịu trách nhiệm trước Trưởng phòng nếu để dịch bệnh lây lan "
                "trong trường học do thiếu kiểm tra, đôn đốc."
            ),
        ],
        source="Sở GD&ĐT Nghệ An",
        opts={"when": "12/11/2026 15:05", "byline": ["Nguồn: Sở GD&ĐT Nghệ An"]},
    ),
    Story(
        2455,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "tin-hoat-dong-nganh",
        "2026-11-09T07:50:00+07:00",
        [
            P(
                "Từ ngày 02 đến 06/11/2026, Phòng GD&ĐT huyện Yên Thành tổ chức Hội thi giáo viên "
                "dạy giỏi cấp huyện bậc Tiểu học tại Trường Tiểu học Thị trấn và Trường Tiểu học Hợp "
                "Thành. Tham gia hội thi có 126 giáo viên đến từ 38 trường tiểu học trong huyện."
            ),
            P("Nội dung và hình thức thi", "h"),
            P(
                "Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giáo dục học sinh và dạy "
                "hai tiết thực hành, trong đó một tiết môn Tiếng Việt hoặc Toán, một tiết do giáo "
                "viên tự chọn. Các tiết dạy được bốc thăm trước 24 giờ."
            ),
            Img(
                up("11", "gvdg-tieu-hoc-1.jpg"),
                "Cô giáo Trần Thị Mai (TH Hợp Thành) trong tiết dạy Tiếng Việt lớp 3",
                "Cô giáo Trần Thị Mai (TH Hợp Thành) trong tiết dạy Tiếng Việt lớp 3",
                "center",
            ),
            P(
                "Ban giám khảo gồm 27 thành viên là cán bộ quản lý, chuyên viên và giáo viên cốt cán "
                "có nhiều kinh nghiệm. Việc đánh giá tiết dạy thực hiện theo Công văn 2345/BGDĐT-GDTH "
                "với trọng tâm là hoạt động học của học sinh."
            ),
            P("Kết quả", "h"),
            P(
                "Kết thúc hội thi, 104/126 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, "
                "đạt tỷ lệ 82,5%. Nhiều tiết dạy được đánh giá cao về việc tổ chức các hoạt động "
                "trải nghiệm, sử dụng học liệu số và trò chơi học tập phù hợp lứa tuổi."
            ),
            P(
                "Bên cạnh đó, một số giáo viên còn lúng túng khi xử lý tình huống sư phạm, phân bố "
                "thời gian giữa các hoạt động chưa hợp lý; việc đánh giá thường xuyên bằng nhận xét "
                "còn chung chung."
            ),
            Img(up("11", "gvdg-tieu-hoc-2.jpg"), None, None, "bare"),
            P(
                "“Hội thi là dịp để giáo viên giao lưu, học hỏi, lan tỏa những cách làm hay; quan "
                "trọng hơn cả là sau hội thi mỗi thầy cô áp dụng được vào từng tiết dạy hằng ngày”, "
                "bà Nguyễn Thị Hà, Phó Trưởng phòng GD&ĐT, chia sẻ.",
                "q",
            ),
            P(
                "Phòng GD&ĐT sẽ tổng kết, trao giấy chứng nhận cho các giáo viên đạt danh hiệu trong "
                "tháng 12/2026."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={
            "when": "09/11/2026 07:50",
            "byline": ["Tác giả: ThS. Nguyễn Thị Hằng"],
            "featured": True,
        },
    ),
    Story(
        2449,
        "huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i",
        "Hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-11-04T10:30:00+07:00",
        [
            P(
                "Phòng GD&ĐT hướng dẫn các trường tiểu học, THCS tổ chức kiểm tra, đánh giá giữa học "
                "kỳ I năm học 2026-2027 bảo đảm nghiêm túc, khách quan, đúng quy định tại Thông tư "
                "27/2020/TT-BGDĐT và Thông tư 22/2021/TT-BGDĐT."
            ),
        ],
        opts={"when": "04/11/2026 10:30", "byline": [], "doc": 1511},
    ),
    Story(
        2442,
        "tap-huan-chuyen-doi-so-va-hoc-ba-so",
        "Tập huấn chuyển đổi số và triển khai học bạ số cho cán bộ quản lý các trường học",
        "tin-hoat-dong-nganh",
        "2026-10-30T16:10:00+07:00",
        [
            P(
                "Tại lớp tập huấn, các học viên được hướng dẫn quy trình lập, ký số và lưu trữ học "
                "bạ số trên hệ thống cơ sở dữ liệu ngành; cách cấp chứng thư số cho hiệu trưởng và "
                "giáo viên chủ nhiệm; các yêu cầu về bảo mật dữ liệu cá nhân của học sinh."
            ),
            P(
                "Năm học 2026-2027, toàn huyện triển khai học bạ số cho học sinh lớp 1, lớp 2, lớp 6 "
                "và lớp 7; từ năm học sau sẽ mở rộng cho tất cả các khối lớp."
            ),
            Img(
                up("10", "tap-huan-hoc-ba-so.jpg"),
                "Cán bộ quản lý thực hành ký số học bạ trên máy tính",
                "Cán bộ quản lý thực hành ký số học bạ trên máy tính",
                "center",
            ),
            P(
                "Đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT, yêu cầu hiệu trưởng các trường chịu "
                "trách nhiệm hoàn thành việc cấp chữ ký số cho giáo viên trước ngày 30/11/2026 và "
                "báo cáo tiến độ hằng tháng."
            ),
        ],
        authors=["Hồ Minh Tâm"],
        photographers=["Trần Văn Lực"],
        summary=(
            "Ngày 29/10, Phòng GD&ĐT phối hợp với Viễn thông Nghệ An tổ chức tập huấn chuyển đổi "
            "số và triển khai học bạ số cho 140 cán bộ quản lý các trường tiểu học, THCS."
        ),
        sapo_outside=True,
        opts={"when": "30/10/2026 16:10", "byline": ["Tin: Hồ Minh Tâm; Ảnh: Trần Văn Lực"]},
    ),
    Story(
        2437,
        "ke-hoach-hoi-khoe-phu-dong-cap-huyen-lan-thu-xi",
        "Thông báo kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI",
        "thong-bao",
        "2026-10-26T08:00:00+07:00",
        [
            P(
                "Hội khỏe Phù Đổng huyện Yên Thành lần thứ XI năm 2026 được tổ chức từ ngày 14 đến "
                "20/12/2026 tại Sân vận động huyện và Nhà thi đấu đa năng Trung tâm Văn hóa - Thể "
                "thao huyện."
            ),
            P("Các môn thi đấu", "h"),
            P("Điền kinh: chạy 60m, 100m, 400m, nhảy xa, nhảy cao.", "li"),
            P("Bóng đá nam THCS, bóng đá nam nữ tiểu học.", "li"),
            P("Cầu lông, bóng bàn, cờ vua.", "li"),
            P("Đá cầu, kéo co, nhảy dây đồng đội.", "li"),
            P("Đối tượng tham gia", "h"),
            P(
                "Học sinh đang học tại các trường tiểu học, THCS trên địa bàn huyện, có đủ sức khỏe "
                "và được nhà trường lựa chọn. Mỗi đơn vị đăng ký tối đa 30 vận động viên."
            ),
            P(
                "Hồ sơ đăng ký gửi về Phòng GD&ĐT (bộ phận Công tác học sinh) trước ngày 25/11/2026."
            ),
        ],
        authors=["Đặng Văn Hùng"],
        opts={"when": "26/10/2026 08:00", "byline": ["Đặng Văn Hùng"]},
    ),
    Story(
        2420,
        "hoc-sinh-nhat-duoc-cua-roi-tra-lai-nguoi-danh-mat",
        "Học sinh lớp 7 nhặt được ví tiền, trả lại người đánh mất",
        "guong-nguoi-tot-viec-tot",
        "2026-10-02T09:40:00+07:00",
        [
            P(
                "Trên đường đi học về chiều 28/9, em Nguyễn Văn An, học sinh lớp 7B Trường THCS Hồ "
                "Tông Thốc, nhặt được một chiếc ví bên đường liên xã, trong đó có 8,5 triệu đồng và "
                "nhiều giấy tờ tùy thân."
            ),
            P(
                "An đã mang chiếc ví đến nộp cho cô giáo chủ nhiệm để tìm người đánh mất. Qua giấy tờ "
                "trong ví, nhà trường liên hệ được với chị Hoàng Thị Sen ở xã Phúc Thành và trao trả "
                "lại toàn bộ tài sản."
            ),
            Img(
                up("10", "hs-nhat-duoc-cua-roi.jpg"),
                "Em Nguyễn Văn An (bên phải) trao trả chiếc ví cho chị Hoàng Thị Sen",
                "Em Nguyễn Văn An (bên phải) trao trả chiếc ví cho chị Hoàng Thị Sen",
                "center",
            ),
            P(
                "Chị Sen xúc động cho biết số tiền là tiền bán lứa lợn để đóng học phí cho con. Nhà "
                "trường đã tuyên dương em An trước toàn trường trong buổi chào cờ đầu tuần."
            ),
        ],
        authors=["Hồ Thị Lan"],
        source="Báo Nghệ An",
        opts={"when": "02/10/2026 09:40", "byline": ["Tác giả: Hồ Thị Lan", "Nguồn: Báo Nghệ An"]},
    ),
    Story(
        2398,
        "co-giao-20-nam-gieo-chu-o-vung-kho",
        "Cô giáo Lê Thị Hoa – hơn 20 năm gieo chữ ở vùng khó",
        "guong-nguoi-tot-viec-tot",
        "2026-09-15T15:30:00+07:00",
        [
            P(
                "Năm 2004, tốt nghiệp Trường Cao đẳng Sư phạm Nghệ An, cô Lê Thị Hoa tình nguyện về "
                "dạy học tại điểm trường lẻ của Trường Tiểu học Tân Thành, nơi khi ấy chưa có đường "
                "nhựa, mùa mưa học sinh phải lội suối đến lớp."
            ),
            P(
                "Hơn 20 năm qua, cô đã dạy chữ cho hàng trăm học sinh, nhiều em nay đã là kỹ sư, bác "
                "sĩ, giáo viên trở về phục vụ quê hương. Những năm đầu, ngoài giờ lên lớp, cô đến "
                "từng nhà vận động phụ huynh cho con đi học đều."
            ),
            Img(
                up("09", "co-giao-le-thi-hoa.jpg"),
                "Cô Lê Thị Hoa trong giờ học với học sinh lớp 2",
                "Cô Lê Thị Hoa trong giờ học với học sinh lớp 2",
                "tbl",
            ),
            P(
                "“Ngày mưa lũ, có em đến lớp người ướt sũng, tôi lấy áo của mình thay cho các em. Nhìn "
                "các em lớn lên, đi học xa rồi quay về thăm cô, đó là niềm hạnh phúc lớn nhất”, cô "
                "Hoa tâm sự.",
                "q",
            ),
            P(
                "Không chỉ tận tụy với học trò, cô Hoa còn là giáo viên dạy giỏi cấp tỉnh hai chu kỳ, "
                "có nhiều sáng kiến kinh nghiệm về dạy đọc cho học sinh lớp 1 được áp dụng rộng rãi "
                "trong huyện."
            ),
            P(
                "Năm 2026, cô vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc "
                "trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            Raw(
                '<p style="text-align:right"><strong><em>Minh Châu – TH Tân Thành</em></strong></p>'
            ),
        ],
        authors=["Minh Châu"],
        opts={"when": "15/09/2026 15:30", "byline": []},
    ),
    Story(
        2251,
        "hoc-sinh-ngheo-vuot-kho-dat-diem-cao-ky-thi-vao-lop-10",
        "Nữ sinh nghèo vượt khó đạt điểm cao kỳ thi tuyển sinh vào lớp 10",
        "guong-nguoi-tot-viec-tot",
        "2026-07-06",
        [
            P(
                "Với tổng điểm 27,75, em Phạm Thị Thu Trang, học sinh Trường THCS Đồng Thành, là một "
                "trong những thí sinh có điểm cao nhất huyện Yên Thành tại kỳ thi tuyển sinh vào lớp "
                "10 THPT năm học 2026-2027."
            ),
            P(
                "Bố mất sớm, mẹ làm thuê, Trang vừa học vừa phụ mẹ chăm hai em nhỏ. Không có tiền "
                "học thêm, em tự học qua sách cũ và các bài giảng trên truyền hình."
            ),
            Img(up("07", "thu-trang-dong-thanh.jpg"), None, None, "bare"),
            P(
                "Thầy cô Trường THCS Đồng Thành đã hỗ trợ em sách vở, đồ dùng học tập; Hội Khuyến học "
                "xã trao học bổng “Vượt khó học giỏi” cho em trong ba năm liền."
            ),
            P("Trang mơ ước trở thành bác sĩ để chữa bệnh cho người nghèo ở quê hương."),
        ],
        authors=["Phan Văn Đức"],
        opts={"when": "Ngày 06 tháng 7 năm 2026", "byline": ["Phan Văn Đức"]},
    ),
]
BY_ID = {s.id: s for s in STORIES}


def cat_path(story: Story) -> str:
    return f"{ROOT}/tin-tuc/{story.cat}/{story.slug}-{story.id}.html"


def twin_path(story: Story) -> str:
    return f"{ROOT}/tin-tuc/{story.slug}-{story.id}.html"


GOLD = [gold_record(s, cat_path(s), CATEGORIES[s.cat], alt_paths=[twin_path(s)]) for s in STORIES]

NON_ARTICLES = [
    f"{ROOT}/van-ban/1523.html",
    f"{ROOT}/van-ban.html?page=2",
    f"{ROOT}/lich-cong-tac/tuan-48-2026.html",
    f"{ROOT}/lich-cong-tac/tuan-45-2026.html",
    f"{ROOT}/thu-tuc-hanh-chinh/112.html",
    f"{ROOT}/hoi-dap/87.html",
    f"{ROOT}/gioi-thieu.html",
    f"{ROOT}/lien-he.html",
]


# --- documents, procedures, Q&A, schedules ----------------------------------------------------

#: id | số ký hiệu | ngày ban hành | cơ quan | trích yếu | người ký | loại (newest first)
_DOCS_TABLE = """
1523 | 412/KH-PGDĐT | 18/11/2026 | Phòng GD&ĐT Yên Thành | Kế hoạch kiểm tra chuyên ngành năm học 2026-2027 | Nguyễn Văn Thắng | Kế hoạch
1521 | 2187/SGDĐT-GDTrH | 17/11/2026 | Sở GD&ĐT Nghệ An | V/v tổ chức thi chọn học sinh giỏi tỉnh lớp 9 năm học 2026-2027 | Nguyễn Hồng Sơn | Công văn
1519 | 56/TB-PGDĐT | 13/11/2026 | Phòng GD&ĐT Yên Thành | Thông báo lịch tiếp công dân định kỳ tháng 12/2026 | Nguyễn Văn Thắng | Thông báo
1516 | 405/PGDĐT-TH | 10/11/2026 | Phòng GD&ĐT Yên Thành | V/v triển khai Tuần lễ học tập suốt đời cấp tiểu học | Nguyễn Thị Hà | Công văn
1514 | 3518/QĐ-UBND | 06/11/2026 | UBND huyện Yên Thành | Quyết định công nhận trường đạt chuẩn quốc gia mức độ 2 | Trần Quốc Bảo | Quyết định
1511 | 398/PGDĐT-CM | 03/11/2026 | Phòng GD&ĐT Yên Thành | Hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027 | Nguyễn Thị Hà | Hướng dẫn
1508 | 390/KH-PGDĐT | 28/10/2026 | Phòng GD&ĐT Yên Thành | Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI | Nguyễn Văn Thắng | Kế hoạch
1505 | 2034/SGDĐT-VP | 23/10/2026 | Sở GD&ĐT Nghệ An | V/v tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11 | Nguyễn Hồng Sơn | Công văn
1502 | 381/PGDĐT-TCCB | 20/10/2026 | Phòng GD&ĐT Yên Thành | V/v rà soát, báo cáo số lượng giáo viên năm học 2026-2027 | Nguyễn Văn Thắng | Công văn
1498 | 377/KH-PGDĐT | 15/10/2026 | Phòng GD&ĐT Yên Thành | Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học | Nguyễn Thị Hà | Kế hoạch
1495 | 3290/UBND-VX | 09/10/2026 | UBND huyện Yên Thành | V/v tăng cường công tác bảo đảm an toàn giao thông cho học sinh | Trần Quốc Bảo | Công văn
1491 | 365/PGDĐT-CSVC | 02/10/2026 | Phòng GD&ĐT Yên Thành | V/v kiểm tra, sửa chữa cơ sở vật chất sau mưa bão | Nguyễn Văn Thắng | Công văn
1487 | 358/PGDĐT-CM | 25/09/2026 | Phòng GD&ĐT Yên Thành | Hướng dẫn thực hiện nhiệm vụ giáo dục THCS năm học 2026-2027 | Nguyễn Thị Hà | Hướng dẫn
1483 | 351/PGDĐT-CM | 22/09/2026 | Phòng GD&ĐT Yên Thành | Hướng dẫn thực hiện nhiệm vụ giáo dục tiểu học năm học 2026-2027 | Nguyễn Thị Hà | Hướng dẫn
1480 | 1822/SGDĐT-KHTC | 18/09/2026 | Sở GD&ĐT Nghệ An | V/v hướng dẫn thu, sử dụng các khoản thu năm học 2026-2027 | Thái Văn Thành | Công văn
1476 | 340/KH-PGDĐT | 12/09/2026 | Phòng GD&ĐT Yên Thành | Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 | Nguyễn Văn Thắng | Kế hoạch
1472 | 2980/QĐ-UBND | 08/09/2026 | UBND huyện Yên Thành | Quyết định giao chỉ tiêu biên chế sự nghiệp giáo dục năm học 2026-2027 | Trần Quốc Bảo | Quyết định
1468 | 325/PGDĐT-VP | 28/08/2026 | Phòng GD&ĐT Yên Thành | V/v tổ chức Lễ khai giảng năm học 2026-2027 | Nguyễn Văn Thắng | Công văn
1463 | 318/PGDĐT-TH | 20/08/2026 | Phòng GD&ĐT Yên Thành | V/v tuyển sinh lớp 1 bổ sung năm học 2026-2027 | Nguyễn Thị Hà | Công văn
1459 | 2711/QĐ-UBND | 12/08/2026 | UBND huyện Yên Thành | Quyết định điều động, bổ nhiệm cán bộ quản lý trường học | Trần Quốc Bảo | Quyết định
1455 | 302/TB-PGDĐT | 05/08/2026 | Phòng GD&ĐT Yên Thành | Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 | Nguyễn Văn Thắng | Thông báo
1450 | 291/PGDĐT-CM | 25/07/2026 | Phòng GD&ĐT Yên Thành | V/v bồi dưỡng thường xuyên giáo viên hè 2026 | Nguyễn Thị Hà | Công văn
1446 | 280/KH-PGDĐT | 15/07/2026 | Phòng GD&ĐT Yên Thành | Kế hoạch tổ chức hoạt động hè an toàn cho học sinh năm 2026 | Nguyễn Văn Thắng | Kế hoạch
"""
DOCS: list[tuple[int, str, str, str, str, str, str]] = [
    (int(f[0]), *f[1:]) for f in (line.split(" | ") for line in _DOCS_TABLE.strip().splitlines())
]
DOC_BY_ID = {d[0]: d for d in DOCS}

PROCEDURES: dict[int, tuple[str, list[tuple[str, str]]]] = {
    112: (
        "Chuyển trường đối với học sinh trung học cơ sở",
        [
            ("Lĩnh vực", "Giáo dục trung học"),
            ("Cơ quan thực hiện", "Phòng Giáo dục và Đào tạo"),
            (
                "Trình tự thực hiện",
                "Bước 1: Cha mẹ học sinh nộp hồ sơ xin chuyển trường cho nhà "
                "trường nơi con chuyển đến. Bước 2: Trong thời hạn 01 ngày làm việc, hiệu trưởng nhà "
                "trường nơi chuyển đến tiếp nhận hồ sơ. Bước 3: Trường nơi chuyển đi trả hồ sơ.",
            ),
            ("Cách thức thực hiện", "Trực tiếp tại trường hoặc qua dịch vụ bưu chính công ích"),
            (
                "Thành phần hồ sơ",
                "Đơn xin chuyển trường; Học bạ (bản chính); Giấy xác nhận kết "
                "quả rèn luyện và học tập; Giấy giới thiệu chuyển trường",
            ),
            ("Số lượng hồ sơ", "01 (bộ)"),
            ("Thời hạn giải quyết", "03 ngày làm việc"),
            ("Lệ phí", "Không"),
        ],
    ),
    115: (
        "Công nhận trường tiểu học đạt chuẩn quốc gia",
        [
            ("Lĩnh vực", "Giáo dục tiểu học"),
            ("Cơ quan thực hiện", "Sở Giáo dục và Đào tạo; Phòng Giáo dục và Đào tạo"),
            (
                "Trình tự thực hiện",
                "Bước 1: Nhà trường tự đánh giá, gửi hồ sơ đề nghị về Phòng "
                "GD&ĐT. Bước 2: Phòng GD&ĐT thẩm định, trình Sở GD&ĐT. Bước 3: Sở tổ chức đánh giá "
                "ngoài và ra quyết định công nhận.",
            ),
            ("Cách thức thực hiện", "Nộp trực tiếp hoặc qua hệ thống dịch vụ công trực tuyến"),
            ("Thành phần hồ sơ", "Tờ trình đề nghị; Báo cáo tự đánh giá; Báo cáo đánh giá ngoài"),
            ("Thời hạn giải quyết", "30 ngày làm việc"),
            ("Lệ phí", "Không"),
        ],
    ),
    118: (
        "Xét, cấp học bổng chính sách",
        [
            ("Lĩnh vực", "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân"),
            ("Cơ quan thực hiện", "Phòng Giáo dục và Đào tạo"),
            (
                "Trình tự thực hiện",
                "Bước 1: Người học nộp đơn đề nghị. Bước 2: Nhà trường lập danh "
                "sách, gửi Phòng GD&ĐT. Bước 3: Phòng GD&ĐT thẩm định, trình UBND huyện phê duyệt.",
            ),
            ("Cách thức thực hiện", "Trực tiếp tại cơ sở giáo dục"),
            ("Thành phần hồ sơ", "Đơn đề nghị cấp học bổng; Bản sao giấy xác nhận khuyết tật"),
            ("Thời hạn giải quyết", "15 ngày làm việc"),
            ("Lệ phí", "Không"),
        ],
    ),
}

QA: dict[int, tuple[str, str, str, str, str]] = {
    87: (
        "Về việc chuyển trường cho con giữa học kỳ I",
        "Trần Văn Nam (xã Công Thành)",
        "10/11/2026",
        "Con tôi đang học lớp 7 tại Hà Nội, nay gia đình chuyển về quê ở Yên Thành. Xin hỏi thủ "
        "tục chuyển trường giữa học kỳ I cần những giấy tờ gì và nộp ở đâu?",
        "Theo Thông tư 50/2021/TT-BGDĐT, học sinh THCS được chuyển trường trong năm học. Gia đình "
        "nộp hồ sơ gồm đơn xin chuyển trường, học bạ bản chính, giấy giới thiệu chuyển trường tại "
        "trường THCS nơi con chuyển đến; thời hạn giải quyết là 03 ngày làm việc. Trả lời ngày "
        "13/11/2026.",
    ),
    91: (
        "Về chế độ phụ cấp thâm niên nhà giáo",
        "Nguyễn Thị Loan (giáo viên)",
        "15/11/2026",
        "Tôi có thời gian hợp đồng 3 năm trước khi vào biên chế. Thời gian này có được tính hưởng "
        "phụ cấp thâm niên nhà giáo không?",
        "Thời gian hợp đồng làm công việc giảng dạy có đóng bảo hiểm xã hội bắt buộc được tính "
        "để hưởng phụ cấp thâm niên theo Nghị định 77/2021/NĐ-CP. Đề nghị cô liên hệ bộ phận "
        "Tổ chức cán bộ của Phòng để được hướng dẫn hồ sơ. Trả lời ngày 19/11/2026.",
    ),
}

WEEKS = range(44, 49)
_WEEK_START = {44: (26, 10), 45: (2, 11), 46: (9, 11), 47: (16, 11), 48: (23, 11)}
_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_ACTIVITIES = [
    "Trưởng phòng họp giao ban lãnh đạo Phòng",
    "Phó Trưởng phòng Nguyễn Thị Hà kiểm tra chuyên môn tại TH Hợp Thành",
    "Làm việc tại cơ quan",
    "Trưởng phòng dự họp UBND huyện",
    "Kiểm tra công tác bán trú tại MN Hoa Sen",
    "Dự chuyên đề STEM tại THCS Bạch Liêu",
    "Tiếp công dân định kỳ",
    "Kiểm tra cơ sở vật chất các trường vùng bị ảnh hưởng mưa lũ",
    "Họp Hội đồng thi đua khen thưởng ngành",
]


def _week_days(week: int) -> list[str]:
    day, month = _WEEK_START[week]
    out = []
    for i in range(7):
        d, m = day + i, month
        if m == 10 and d > 31:
            d, m = d - 31, 11
        out.append(f"{d:02d}/{m:02d}")
    return out


def week_title(week: int) -> str:
    days = _week_days(week)
    return f"Lịch công tác tuần {week} (từ {days[0]} đến {days[-1]}/2026)"


# --- printing ---------------------------------------------------------------------------------


def _para(p: P) -> str:
    if p.style == "h":
        return f'<p style="text-align:justify"><strong>{esc(p.text)}</strong></p>'
    if p.style == "q":
        return f'<p style="text-align:justify"><em>{esc(p.text)}</em></p>'
    return f'<p style="text-align:justify">{esc(p.text)}</p>'


def _image(img: Img, alt: str) -> str:
    if img.style == "tbl":
        return (
            '<table class="tblImage" align="center" border="0" cellpadding="3" cellspacing="0" '
            'style="width:500px"><tbody>'
            f'<tr><td><img alt="{esc(alt)}" src="{img.src}" style="width:500px"></td></tr>'
            f'<tr><td class="caption" style="text-align:center">{esc(img.printed or "")}</td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align:center"><img alt="" src="{img.src}" style="width:600px"></p>'
    if img.printed:
        out += (
            '<p style="text-align:center"><span style="font-size:12px">'
            f"<em>{esc(img.printed)}</em></span></p>"
            if img.printed.startswith("Ảnh minh họa")
            else f'<p style="text-align:center"><span style="font-size:12px">{esc(img.printed)}</span></p>'
        )
    return out


def render_content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" border="1" cellpadding="4" '
                'style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            out.append(_image(b, story.title))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    if doc := story.opts.get("doc"):
        out.append(
            f'<p><a href="{ROOT}/van-ban/{doc}.html"><strong>Xem chi tiết văn bản tại đây'
            "</strong></a></p>"
        )
    return "\n".join(out)


def date_short(story: Story) -> str:
    """The listings print the day only (dd/mm/yyyy)."""
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def sorted_news(stories: list[Story] | None = None) -> list[Story]:
    return sorted(stories or STORIES, key=lambda s: s.published_at, reverse=True)


def sidebar() -> str:
    docs = "".join(
        f'<li><a href="{ROOT}/van-ban/{d[0]}.html">{esc(d[1])}</a><br>'
        f'<span class="small">{esc(d[4])}</span></li>'
        for d in DOCS[:5]
    )
    procs = "".join(
        f'<li><a href="{ROOT}/thu-tuc-hanh-chinh/{pid}.html">{esc(p[0])}</a></li>'
        for pid, p in PROCEDURES.items()
    )
    return f"""<div class="col-md-3 col-sm-12 left-column">
<div class="portlet panel panel-primary"><div class="panel-heading"><h3 class="panel-title">
<i class="glyphicon glyphicon-file"></i> Văn bản mới</h3></div>
<div class="panel-body"><ul class="list-vanban">{docs}</ul>
<a class="btn btn-default btn-xs pull-right" href="{ROOT}/van-ban.html">Xem tất cả</a></div></div>
<div class="portlet banner-link"><a href="{ROOT}/lich-cong-tac/tuan-48-2026.html">
<img src="{ROOT}/themes/pgd/images/btn-lich-cong-tac.png" alt="Lịch công tác"></a></div>
<div class="portlet panel panel-primary"><div class="panel-heading"><h3 class="panel-title">
Thủ tục hành chính</h3></div><div class="panel-body"><ul>{procs}</ul>
<a href="{ROOT}/thu-tuc-hanh-chinh.html">Tất cả thủ tục »</a></div></div>
<div class="portlet portlet-msg-error alert alert-danger">Bạn chưa có đủ quyền truy nhập portlet này.</div>
<div class="portlet panel panel-default"><div class="panel-heading"><h3 class="panel-title">
Hỏi đáp trực tuyến</h3></div><div class="panel-body"><a href="{ROOT}/hoi-dap.html">Gửi câu hỏi,
xem trả lời</a></div></div>
<div class="portlet panel panel-default poll"><div class="panel-heading"><h3 class="panel-title">
Thăm dò ý kiến</h3></div><div class="panel-body"><p>Bạn đánh giá thế nào về Cổng thông tin
điện tử Phòng GD&amp;ĐT?</p>
<div class="radio"><label><input type="radio" name="poll_41" value="1"> Rất hữu ích</label></div>
<div class="radio"><label><input type="radio" name="poll_41" value="2"> Hữu ích</label></div>
<div class="radio"><label><input type="radio" name="poll_41" value="3"> Bình thường</label></div>
<button type="button" class="btn btn-primary btn-xs" onclick="pollVote(41)">Bình chọn</button>
<button type="button" class="btn btn-default btn-xs" onclick="pollResult(41)">Kết quả</button></div></div>
<div class="portlet panel panel-default"><div class="panel-heading"><h3 class="panel-title">
Liên kết website</h3></div><div class="panel-body">
<select class="form-control" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>
<option value="https://yenthanh.nghean.gov.vn">Cổng TTĐT huyện Yên Thành</option></select></div></div>
<div class="portlet panel panel-default stats"><div class="panel-heading"><h3 class="panel-title">
Thống kê truy cập</h3></div><div class="panel-body"><ul class="list-unstyled">
<li><i class="glyphicon glyphicon-user"></i> Đang truy cập: <b>12</b></li>
<li><i class="glyphicon glyphicon-stats"></i> Hôm nay: <b>530</b></li>
<li><i class="glyphicon glyphicon-globe"></i> Tổng lượt: <b>1.204.311</b></li></ul></div></div>
</div>"""


def layout(title: str, main: str) -> str:
    cats = "".join(
        f'<li><a href="{ROOT}/tin-tuc/{key}.html">{esc(CATEGORIES[key])}</a></li>'
        for key in MENU_CATS
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<link rel="shortcut icon" href="{ROOT}/themes/pgd/images/favicon.ico">
<link rel="stylesheet" href="{ROOT}/themes/pgd/css/bootstrap.min.css">
<link rel="stylesheet" href="{ROOT}/themes/pgd/css/portal.css?v=20260815">
<script src="{ROOT}/themes/pgd/js/jquery-1.12.4.min.js"></script>
<script src="{ROOT}/themes/pgd/js/bootstrap.min.js"></script>
</head>
<body class="portal-body">
<div class="top-bar"><div class="container"><span class="pull-left today">{esc(CLOCK)}</span>
<span class="pull-right"><a href="{ROOT}/lien-he.html">Liên hệ</a> | <a href="{ROOT}/sso/login.jsp">Đăng nhập</a></span></div></div>
<header class="header"><div class="container"><div class="row">
<div class="col-md-1 col-xs-2"><a href="{ROOT}/"><img class="emblem" src="{ROOT}/themes/pgd/images/quoc-huy.png" alt="Quốc huy"></a></div>
<div class="col-md-11 col-xs-10 unit-name"><p class="parent-unit">UBND HUYỆN YÊN THÀNH</p>
<p class="unit">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p></div></div></div></header>
<nav class="navbar navbar-default mega-menu"><div class="container"><ul class="nav navbar-nav">
<li><a href="{ROOT}/"><i class="glyphicon glyphicon-home"></i></a></li>
<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">Giới thiệu <b class="caret"></b></a>
<ul class="dropdown-menu"><li><a href="{ROOT}/gioi-thieu.html">Chức năng, nhiệm vụ</a></li></ul></li>
<li class="dropdown mega-dropdown"><a href="{ROOT}/tin-tuc.html">Tin tức <b class="caret"></b></a>
<ul class="dropdown-menu mega-dropdown-menu row"><li class="col-sm-4"><ul>{cats}</ul></li></ul></li>
<li><a href="{ROOT}/van-ban.html">Văn bản</a></li>
<li><a href="{ROOT}/lich-cong-tac/tuan-48-2026.html">Lịch công tác</a></li>
<li><a href="{ROOT}/thu-tuc-hanh-chinh.html">Thủ tục hành chính</a></li>
<li><a href="{ROOT}/hoi-dap.html">Hỏi đáp</a></li>
<li><a href="{ROOT}/lien-he.html">Liên hệ</a></li>
</ul>
<form class="navbar-form navbar-right" action="{ROOT}/tim-kiem.html" method="get" onsubmit="return false">
<input type="text" class="form-control input-sm" name="q" placeholder="Tìm kiếm..."></form>
</div></nav>
<div class="container main-container"><div class="row">
{sidebar()}
<div class="col-md-9 col-sm-12 center-column">
{main}
</div>
</div></div>
<footer class="footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THÀNH</strong></p>
<p>Cơ quan chủ quản: UBND huyện Yên Thành</p>
<p>Địa chỉ: Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An</p>
<p>Điện thoại: (0238) 3863 318 - Email: pgdyenthanh@nghean.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thắng - Trưởng phòng</p>
<p class="small">Ghi rõ nguồn “Phòng GD&amp;ĐT Yên Thành” khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script>function pollVote(id){{alert("Cảm ơn bạn đã bình chọn!");}}function pollResult(id){{}}</script>
</body>
</html>"""


def breadcrumb(*items: tuple[str, str | None]) -> str:
    parts = [f'<li><a href="{ROOT}/"><i class="glyphicon glyphicon-home"></i> Trang chủ</a></li>']
    for label, href in items:
        parts.append(
            f'<li><a href="{href}">{esc(label)}</a></li>'
            if href
            else f'<li class="active">{esc(label)}</li>'
        )
    return '<ol class="breadcrumb">' + "".join(parts) + "</ol>"


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = [f'<li><a href="{base}?page=1">«</a></li>']
    for n in range(1, pages + 1):
        cls = ' class="active"' if n == page else ""
        items.append(f'<li{cls}><a href="{base}?page={n}">{n}</a></li>')
    items.append(f'<li><a href="{base}?page={pages}">»</a></li>')
    return '<nav class="text-center"><ul class="pagination">' + "".join(items) + "</ul></nav>"


def first_image(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else f"{ROOT}/themes/pgd/images/no-image.png"


def news_item(story: Story) -> str:
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    lead = lead if len(lead) < 200 else lead[:197].rsplit(" ", 1)[0] + "..."
    return f"""<div class="media news-item">
<a class="pull-left" href="{cat_path(story)}"><img class="media-object img-thumbnail" src="{first_image(story)}" width="160" alt=""></a>
<div class="media-body"><h4 class="media-heading"><a href="{cat_path(story)}">{esc(story.title)}</a></h4>
<p class="date text-muted"><i class="glyphicon glyphicon-time"></i> {date_short(story)}</p>
<p class="desc">{esc(lead)}</p></div></div>"""


def page_number(request: Request, pages: int) -> int | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= max(pages, 1):
        return None
    return int(raw)


def news_list(request: Request, key: str | None) -> Response | None:
    stories = sorted_news([s for s in STORIES if key is None or s.cat == key])
    pages = (len(stories) + PER_PAGE - 1) // PER_PAGE
    page = page_number(request, pages)
    if page is None:
        return None
    label = CATEGORIES[key] if key else "Tin tức"
    base = f"{ROOT}/tin-tuc/{key}.html" if key else f"{ROOT}/tin-tuc.html"
    crumbs = (
        breadcrumb(("Tin tức", f"{ROOT}/tin-tuc.html"), (label, None))
        if key
        else breadcrumb((label, None))
    )
    items = "\n".join(news_item(s) for s in stories[(page - 1) * PER_PAGE : page * PER_PAGE])
    main = f"""{crumbs}
<div class="portlet news-list"><h2 class="portlet-title">{esc(label)}</h2>
{items}
{pager(base, page, pages)}
</div>"""
    return html(layout(label, main))


def home(request: Request) -> Response:
    news = sorted_news()
    featured = [s for s in news if s.opts.get("featured")][:4]
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{twin_path(s)}">'
        f'<img src="{first_image(s)}" alt="{esc(s.title)}"></a>'
        f'<div class="carousel-caption"><a href="{twin_path(s)}">{esc(s.title)}</a></div></div>'
        for i, s in enumerate(featured)
    )
    latest = "".join(
        f'<li><a href="{cat_path(s)}">{esc(s.title)}</a> <span class="date">({date_short(s)})</span></li>'
        for s in [s for s in news if s.cat in MENU_CATS][:6]
    )
    blocks = []
    for key in MENU_CATS:
        top = [s for s in news if s.cat == key][:3]
        rows = "".join(f'<li><a href="{cat_path(s)}">{esc(s.title)}</a></li>' for s in top)
        blocks.append(
            f'<div class="col-md-4 home-cat"><div class="panel panel-default"><div class="panel-heading">'
            f'<a href="{ROOT}/tin-tuc/{key}.html">{esc(CATEGORIES[key])}</a></div>'
            f'<div class="panel-body"><ul>{rows}</ul>'
            f'<a class="btn btn-primary btn-xs pull-right" href="{ROOT}/tin-tuc/{key}.html">Xem thêm</a>'
            "</div></div></div>"
        )
    main = f"""<div class="row"><div class="col-md-7">
<div id="slider-noibat" class="carousel slide" data-ride="carousel"><h2 class="portlet-title">Tin nổi bật</h2>
<div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#slider-noibat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#slider-noibat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div></div>
<div class="col-md-5"><div class="portlet tin-moi"><h2 class="portlet-title">Tin mới</h2><ul>{latest}</ul>
<a class="btn btn-primary btn-sm" href="{ROOT}/tin-tuc.html">Xem thêm</a></div></div></div>
<div class="row">{"".join(blocks)}</div>"""
    return html(layout("Trang chủ", main))


def article(request: Request, story: Story) -> Response:
    label = CATEGORIES[story.cat]
    sapo = (
        f'<div class="news-sapo">{esc(story.summary)}</div>'
        if story.summary
        else '<div class="news-sapo"></div>'
    )
    byline = "".join(f"<p><strong>{esc(line)}</strong></p>" for line in story.opts["byline"])
    others = [s for s in sorted_news() if s.cat == story.cat and s.id != story.id][:5]
    other = "".join(
        f'<li><a href="{cat_path(s)}">{esc(s.title)}</a> <span class="date">({date_short(s)})</span></li>'
        for s in others
    )
    main = f"""{breadcrumb(("Tin tức", f"{ROOT}/tin-tuc.html"), (label, f"{ROOT}/tin-tuc/{story.cat}.html"))}
<div class="news-detail">
<h1 class="news-title">{esc(story.title)}</h1>
<div class="news-info"><span class="date"><i class="glyphicon glyphicon-calendar"></i> {esc(story.opts["when"])}</span>
<span class="view">Lượt xem: {story.views()}</span></div>
{sapo}
<div class="news-content">
{render_content(story)}
</div>
<div class="news-author" style="text-align:right">{byline}</div>
<div class="news-tools"><a href="javascript:window.print()"><i class="glyphicon glyphicon-print"></i> In</a> |
<a href="javascript:sendMail({story.id})"><i class="glyphicon glyphicon-envelope"></i> Gửi email</a> |
<a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fpgdyenthanh.nghean.gov.vn{cat_path(story)}" target="_blank">
<i class="glyphicon glyphicon-share"></i> Chia sẻ</a></div>
<div class="news-other"><h3>Tin cùng chuyên mục</h3><ul>{other}</ul></div>
</div>"""
    return html(layout(story.title, main))


def doc_list(request: Request) -> Response | None:
    pages = (len(DOCS) + PER_PAGE - 1) // PER_PAGE
    page = page_number(request, pages)
    if page is None:
        return None
    rows = "".join(
        f"<tr><td>{esc(d[1])}</td><td>{d[2]}</td>"
        f'<td><a href="{ROOT}/van-ban/{d[0]}.html">{esc(d[4])}</a></td><td>{esc(d[6])}</td></tr>'
        for d in DOCS[(page - 1) * PER_PAGE : page * PER_PAGE]
    )
    main = f"""{breadcrumb(("Văn bản", None))}
<div class="portlet vanban-list"><h2 class="portlet-title">Văn bản chỉ đạo, điều hành</h2>
<table class="table table-striped table-bordered"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>
<th>Trích yếu</th><th>Loại văn bản</th></tr></thead><tbody>{rows}</tbody></table>
{pager(f"{ROOT}/van-ban.html", page, pages)}</div>"""
    return html(layout("Văn bản", main))


def _doc_file(d: tuple) -> str:
    return (
        f"{ROOT}/van-ban/tai-ve/{d[0]}/" + re.sub(r"[^0-9A-Za-z]+", "-", d[1]).strip("-") + ".pdf"
    )


def doc_page(d: tuple) -> Response:
    doc_id, number, day, org, summary, signer, kind = d
    main = f"""{breadcrumb(("Văn bản", f"{ROOT}/van-ban.html"), (kind, None))}
<div class="vanban-detail"><h2 class="portlet-title">Chi tiết văn bản</h2>
<table class="table table-bordered vanban-info"><tbody>
<tr><th style="width:180px">Số ký hiệu</th><td>{esc(number)}</td></tr>
<tr><th>Ngày ban hành</th><td>{day}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(org)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(summary)}</td></tr>
<tr><th>Người ký</th><td>{esc(signer)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{
        _doc_file(d)
    }"><i class="glyphicon glyphicon-download-alt"></i>
Tải về</a></td></tr>
</tbody></table>
<div class="other-docs"><h3>Văn bản khác</h3><ul>{
        "".join(
            f'<li><a href="{ROOT}/van-ban/{o[0]}.html">{esc(o[1])} - {esc(o[4])}</a></li>'
            for o in DOCS
            if o[0] != doc_id and o[6] == kind
        )
    }</ul></div>
</div>"""
    return html(layout(f"{number} - {summary}", main))


def schedule_page(week: int) -> Response:
    days = _week_days(week)
    rows = []
    for i, (name, day) in enumerate(zip(_DAYS, days, strict=True)):
        if i >= 5:
            rows.append(
                f'<tr><td rowspan="2"><b>{name}</b><br>{day}</td><td>Sáng</td><td>Nghỉ</td></tr>'
                "<tr><td>Chiều</td><td>Nghỉ</td></tr>"
            )
            continue
        morning = _ACTIVITIES[(week * 3 + i) % len(_ACTIVITIES)]
        afternoon = _ACTIVITIES[(week * 5 + i * 2 + 1) % len(_ACTIVITIES)]
        rows.append(
            f'<tr><td rowspan="2"><b>{name}</b><br>{day}</td><td>Sáng</td><td>{esc(morning)}</td></tr>'
            f"<tr><td>Chiều</td><td>{esc(afternoon)}</td></tr>"
        )
    nav = []
    if week - 1 in WEEKS:
        nav.append(
            f'<a class="btn btn-default btn-sm" href="{ROOT}/lich-cong-tac/tuan-{week - 1}-2026.html">« Tuần trước</a>'
        )
    if week + 1 in WEEKS:
        nav.append(
            f'<a class="btn btn-default btn-sm" href="{ROOT}/lich-cong-tac/tuan-{week + 1}-2026.html">Tuần sau »</a>'
        )
    title = week_title(week)
    main = f"""{breadcrumb(("Lịch công tác", None))}
<div class="lich-cong-tac"><h2 class="portlet-title">{esc(title)}</h2>
<div class="week-nav">{" ".join(nav)}</div>
<table class="table table-bordered"><thead><tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung công việc</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p class="small text-muted">Lịch có thể thay đổi; đề nghị các đơn vị theo dõi thường xuyên.</p></div>"""
    return html(layout(title, main))


def procedure_list() -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="{ROOT}/thu-tuc-hanh-chinh/{pid}.html">{esc(p[0])}</a></td>'
        f"<td>{esc(p[1][0][1])}</td></tr>"
        for i, (pid, p) in enumerate(PROCEDURES.items(), 1)
    )
    main = f"""{breadcrumb(("Thủ tục hành chính", None))}
<div class="tthc-list"><h2 class="portlet-title">Thủ tục hành chính</h2>
<table class="table table-bordered"><thead><tr><th>STT</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return html(layout("Thủ tục hành chính", main))


def procedure_page(pid: int) -> Response:
    name, fields = PROCEDURES[pid]
    rows = "".join(
        f'<tr><th style="width:200px">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in fields
    )
    main = f"""{breadcrumb(("Thủ tục hành chính", f"{ROOT}/thu-tuc-hanh-chinh.html"), (name, None))}
<div class="tthc-detail"><h2 class="portlet-title">{esc(name)}</h2>
<p class="text-muted">Mã thủ tục: 1.00{pid}8 | Cập nhật: 15/08/2026</p>
<table class="table table-bordered"><tbody>{rows}</tbody></table>
<p><a href="https://dichvucong.nghean.gov.vn">Nộp hồ sơ trực tuyến</a></p></div>"""
    return html(layout(name, main))


def qa_list() -> Response:
    items = "".join(
        f'<li><a href="{ROOT}/hoi-dap/{qid}.html">{esc(q[0])}</a> <span class="date">({q[2]})</span></li>'
        for qid, q in QA.items()
    )
    main = f"""{breadcrumb(("Hỏi đáp", None))}
<div class="hoidap-list"><h2 class="portlet-title">Hỏi đáp trực tuyến</h2><ul>{items}</ul>
<p><a class="btn btn-primary" href="{ROOT}/lien-he.html">Gửi câu hỏi</a></p></div>"""
    return html(layout("Hỏi đáp", main))


def qa_page(qid: int) -> Response:
    title, asker, day, question, answer = QA[qid]
    main = f"""{breadcrumb(("Hỏi đáp", f"{ROOT}/hoi-dap.html"), (title, None))}
<div class="hoidap-detail"><h2 class="portlet-title">{esc(title)}</h2>
<p class="asker"><i class="glyphicon glyphicon-user"></i> Người hỏi: {esc(asker)} - Ngày gửi: {day}</p>
<div class="question"><p><strong>Câu hỏi:</strong> {esc(question)}</p></div>
<div class="answer"><p><strong>Trả lời:</strong> {esc(answer)}</p></div></div>"""
    return html(layout(title, main))


STATIC_PAGES = {
    "gioi-thieu": (
        "Chức năng, nhiệm vụ",
        "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Yên Thành, tham mưu, "
        "giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn "
        "huyện.</p><p>Phòng quản lý 98 trường mầm non, tiểu học và trung học cơ sở với hơn 3.600 cán "
        "bộ, giáo viên, nhân viên.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Phòng Giáo dục và Đào tạo huyện Yên Thành</p><p>Địa chỉ: Khối 3, thị trấn Yên Thành, "
        "huyện Yên Thành, tỉnh Nghệ An</p><p>Điện thoại: (0238) 3863 318</p>"
        '<form class="form-horizontal" method="post" action="/yenthanh/lien-he.html">'
        '<input class="form-control" name="hoten" placeholder="Họ và tên">'
        '<input class="form-control" name="email" placeholder="Email">'
        '<textarea class="form-control" name="noidung" placeholder="Nội dung"></textarea>'
        '<button type="submit" class="btn btn-primary">Gửi</button></form>',
    ),
}


def static_page(slug: str) -> Response:
    title, content = STATIC_PAGES[slug]
    main = f"""{breadcrumb((title, None))}
<div class="static-page"><h2 class="portlet-title">{esc(title)}</h2>{content}</div>"""
    return html(layout(title, main))


_ART = re.compile(r"/yenthanh/tin-tuc/(?:([a-z0-9-]+)/)?[a-z0-9-]+-(\d+)\.html")
_LIST = re.compile(r"/yenthanh/tin-tuc/([a-z0-9-]+)\.html")


class VanbanPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(f"{ROOT}/", 302)
        if path == ROOT:
            return redirect(f"{ROOT}/", 301)
        if path.startswith((f"{ROOT}/themes/", "/upload/")) or path == "/favicon.ico":
            return static_file(path)
        if path == f"{ROOT}/":
            return home(request)
        if path == f"{ROOT}/tin-tuc.html":
            return news_list(request, None)
        if (m := _ART.fullmatch(path)) and int(m.group(2)) in BY_ID:
            story = BY_ID[int(m.group(2))]
            if m.group(1) not in (None, story.cat) or not path.endswith(
                f"/{story.slug}-{story.id}.html"
            ):
                return None
            return article(request, story)
        if (m := _LIST.fullmatch(path)) and m.group(1) in CATEGORIES:
            return news_list(request, m.group(1))
        if path == f"{ROOT}/van-ban.html":
            return doc_list(request)
        if (m := re.fullmatch(r"/yenthanh/van-ban/(\d+)\.html", path)) and int(
            m.group(1)
        ) in DOC_BY_ID:
            return doc_page(DOC_BY_ID[int(m.group(1))])
        if (
            (m := re.fullmatch(r"/yenthanh/van-ban/tai-ve/(\d+)/[^/]+\.pdf", path))
            and int(m.group(1)) in DOC_BY_ID
            and path == _doc_file(DOC_BY_ID[int(m.group(1))])
        ):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if (m := re.fullmatch(r"/yenthanh/lich-cong-tac/tuan-(\d+)-2026\.html", path)) and int(
            m.group(1)
        ) in WEEKS:
            return schedule_page(int(m.group(1)))
        if path == f"{ROOT}/thu-tuc-hanh-chinh.html":
            return procedure_list()
        if (m := re.fullmatch(r"/yenthanh/thu-tuc-hanh-chinh/(\d+)\.html", path)) and int(
            m.group(1)
        ) in PROCEDURES:
            return procedure_page(int(m.group(1)))
        if path == f"{ROOT}/hoi-dap.html":
            return qa_list()
        if (m := re.fullmatch(r"/yenthanh/hoi-dap/(\d+)\.html", path)) and int(m.group(1)) in QA:
            return qa_page(int(m.group(1)))
        if (m := re.fullmatch(r"/yenthanh/([a-z-]+)\.html", path)) and m.group(1) in STATIC_PAGES:
            return static_page(m.group(1))
        return None


def build_site() -> VanbanPortal:
    return VanbanPortal()
