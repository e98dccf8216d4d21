"""PostNuke 0.764 portal of Phòng Giáo dục và Đào tạo huyện Yên Thành, tỉnh Nghệ An (blind fixture).

Platform: PostNuke 0.764 (PHP, 2006), never upgraded. The News module with topics and PostNuke
categories, "Xem tiếp..." links, the AutoTheme layout (tables, blocks on both sides, a top menu
with drop-downs), the Pages module for static pages, Downloads and Web_Links modules.

URL scheme (all on one host):
- ``/`` the News index (5 stories a page), older pages
  ``/modules.php?op=modload&name=News&file=index&catid=&topic=0&startrow=<N>``;
- topic listings ``/modules.php?op=modload&name=News&file=index&catid=&topic=<t>`` (4 a page),
  further pages ``…&catid=&topic=<t>&startrow=<N>``; category listings ``…&catid=<c>&topic=``;
- articles ``/modules.php?op=modload&name=News&file=article&sid=<N>`` (the gold path), the same
  story at ``/index.php?name=News&file=article&sid=<N>`` (the "Tin đọc nhiều" block's links),
  ``…&sid=<N>&mode=thread&order=0&thold=0`` (the comment links, on the stories whose comments
  are open; the comment-options form POSTs to the plain URL), ``/print.php?sid=<N>`` (print
  view) and, for the one story with a page break, ``…&sid=<N>&page=2``;
- static pages ``/index.php?module=Pages&func=display&pageid=<N>``; documents
  ``/modules.php?op=modload&name=Downloads&file=index&req=viewdownload&cid=1``; links
  ``/modules.php?op=modload&name=Web_Links&file=index``; a member's page
  ``/user.php?op=userinfo&uname=<account>``.

Page templates: every page is the AutoTheme frame (header with the day "Thứ Bảy, 05/12/2026",
banner, drop-down menu, left blocks "Menu chính" / "Chủ đề" / "Đăng nhập" / "Ai đang online",
right blocks "Tin đọc nhiều" / "Bình chọn" / "Thống kê truy cập" / "Liên kết website", footer).
A story in a listing is a table: the title row ("<category link>: title", not a link itself),
the "Gửi bởi … vào lúc …" row with "Chủ đề:", the hometext beside the topic's icon, and the
link row "[ Xem tiếp... | 2345 bytes more | Ghi chú? | in ]". The article page is the same table
with the whole text (hometext, then bodytext, in one ``<font class="pn-normal">``), then the
"Các liên kết liên quan" box and, where open, the comment header.

How each gold article is reached: the newest 5 from the home page's "Xem tiếp..." links; the next
5 from the home page's "Bài cũ hơn" block and from the home page 2; the oldest three only from
home page 3 (``startrow=10``) and from topic listings (sid 544 is on page 2 of its topic only).
The hometext-only story sid 566 has no "Xem tiếp..." link anywhere (PostNuke prints it only when
there is bodytext): it is reached by the "Bài cũ hơn" block, by its "Ghi chú?" comment link (an
alt path), and by the link its print view prints ("URL của bài viết này là: …").

Traps:
1. Text without paragraphs: PostNuke glues hometext and bodytext with ``<br><br>`` and editors
   typed Enter twice: the whole text is one ``<font class="pn-normal">`` in a table cell, runs
   split by ``<br><br>`` (sometimes a single ``<br>``). Gold: each run is a paragraph.
2. Reader-submitted stories (sid 584): the theme prints ``<a>thcs_baothanh</a> viết "<i>…</i>"``
   around the whole text. Gold: the account and "viết" are not text and no author (a CMS
   account), the wrapping quotes are taken off the first and last paragraph; the school that
   signs inside the quotes ("Trường THCS Bảo Thành", right-aligned) is the author.
3. Dates from glibc's vi_VN locale with PostNuke's "@" and the zone's abbreviation: "Thứ năm, 03
   Tháng mười hai, 2026 @ 14:30:00 ICT". Gold: "2026-12-03T14:30:00+07:00". The "Bài cũ hơn"
   block prints days without a year ("Thứ sáu, 20 Tháng mười một") and the header prints today:
   neither is a publication date.
4. The "Ghi chú:" (notes) field is glued inside the same text cell after ``<br><br>``:
   "<b>Ghi chú:</b> <i>Nguồn: Báo Nghệ An</i>" (sid 571) gives source "Báo Nghệ An" and no body;
   an editor's note (sid 544, "Bài viết có sử dụng số liệu …") is neither body nor source.
5. "catandtitle": stories filed under a PostNuke category print their title as
   "<a>Thông báo</a>: Kế hoạch …" in the listing and on the article page. Gold title: the
   headline alone (as ``<title>`` prints it); the category is the topic (see decisions).
6. Page break (sid 575): ``<!--pagebreak-->`` splits the story over ``&page=2`` ("Trang 1/2 ·
   Trang sau »"), each page repeating title and date. Gold: the body and images of both pages
   in order; the page-2 URL is an alt path of the story (the print view also holds all).
7. The topic's icon (``images/topics/*.gif``, align=right, alt = the topic's name, linked to the
   topic listing) opens every text cell: not an article image.
8. The "Các liên kết liên quan" box after each story links another story ("Tin được đọc nhiều
   nhất về <topic>: <title>") and the "Chủ đề" listing; the "Tin đọc nhiều" block links stories
   in the ``/index.php?name=News&file=article&sid=N`` form: same stories, alt paths.
9. Hometext-only story (sid 566) without "Xem tiếp...": the title is never a link in listings,
   so its "Ghi chú?" comment link and print icon are its only links there (gold: the whole story
   is that one hometext paragraph, bold, so also the summary).
10. Bylines as the last run of the text: "Tin, ảnh: Hoàng Văn Minh (TH Hợp Thành)" (author and
   photographer), "Tin: Lê Quang Vinh - Ảnh: Đậu Thị Nga", "ThS. Trần Thị Hoa - Phó Trưởng
   phòng", "GV. Phạm Văn Đức", a unit alone ("Tổ Tiểu học"); "Theo Cổng TTĐT huyện Yên Thành"
   (sid 549) is a source line while "Theo báo cáo của …" (sid 571) is a body sentence.
11. Photos centred with their line after a ``<br>`` in the same ``<center>``: "(Các giáo viên …)"
   in parentheses (taken off), "Ảnh: Phan Thị Lan" (no caption, photographer). Tables of results
   are body rows (cells joined " | ").
12. Old editor output (sid 549): every second non-ASCII letter written as an entity reference.
13. Pages-module pages (Giới thiệu, Cơ cấu tổ chức, Thành tích, Liên hệ) print a title, a
   "Cập nhật:" date and "lần đọc" like a story: not articles.

Gold decisions on ambiguous points:
- ``category`` is the story's topic as the breadcrumb and "Chủ đề:" print it ("Tin tức - Sự
  kiện"); the PostNuke category ("Thông báo", "Tin vắn") printed before the title is neither
  title nor category.
- ``summary``: the hometext when the editor set it in bold (sids 587, 566, 558, 553, 540); a
  plain hometext is just the first paragraph (summary null).
- The page-2 URL of the split story is listed in ``alt_paths`` (it serves part of the same story
  under the same title); the gold body is the whole story.
- "Gửi bởi quantri" / "Gửi bởi pgdyenthanh" are CMS accounts: nobody.
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "postnuke_pgd"
PLATFORM = "PostNuke 0.764 (News module, AutoTheme)"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Yên Thành"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_HOME = 5
PER_TOPIC = 4

TOPICS = {
    1: ("Tin tức - Sự kiện", "tintuc.gif"),
    3: ("Hoạt động chuyên môn", "chuyenmon.gif"),
    5: ("Thi đua - Khen thưởng", "thidua.gif"),
    7: ("Công đoàn - Đoàn thể", "congdoan.gif"),
}
CATEGORIES = {2: "Thông báo", 4: "Tin vắn"}

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_MONTHS = [
    "", "Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy",
    "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai",
]


def _news(sid: int) -> str:
    return f"/modules.php?op=modload&name=News&file=article&sid={sid}"


def _news_idx(sid: int) -> str:
    return f"/index.php?name=News&file=article&sid={sid}"


def _news_comm(sid: int) -> str:
    return f"{_news(sid)}&mode=thread&order=0&thold=0"


def _print(sid: int) -> str:
    return f"/print.php?sid={sid}"


def _topic(tid: int, startrow: int = 0) -> str:
    base = f"/modules.php?op=modload&name=News&file=index&catid=&topic={tid}"
    return base + (f"&startrow={startrow}" if startrow else "")


def _cat(cid: int) -> str:
    return f"/modules.php?op=modload&name=News&file=index&catid={cid}&topic="


def _home(startrow: int = 0) -> str:
    return _topic(0, startrow) if startrow else "/"


def _page(pid: int) -> str:
    return f"/index.php?module=Pages&func=display&pageid={pid}"


DOWNLOADS = "/modules.php?op=modload&name=Downloads&file=index&req=viewdownload&cid=1"
WEBLINKS = "/modules.php?op=modload&name=Web_Links&file=index"


def _vi_date(iso: str, *, year: bool = True, clock: bool = True) -> str:
    """A date the way strftime prints it under setlocale(LC_TIME, "vi_VN")."""
    import datetime as _dt

    moment = _dt.datetime.fromisoformat(iso)
    day = f"{_DAYS[moment.weekday()]}, {moment.day:02d} {_MONTHS[moment.month]}"
    if year:
        day += f", {moment.year}"
    if clock:
        day += f" @ {moment:%H:%M:%S} ICT"
    return day


IMG = "/images/news/2026"

STORIES: list[Story] = [
    Story(
        587, "gvg-tieuhoc",
        "Yên Thành tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "Tin tức - Sự kiện", "2026-12-04T16:20:00+07:00",
        [
            P("Từ ngày 01 đến ngày 04/12/2026, Phòng GD&ĐT Yên Thành tổ chức Hội thi giáo viên dạy giỏi "
              "cấp huyện bậc Tiểu học với sự tham gia của 126 giáo viên đến từ 38 trường."),
            P("Hội thi nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên môn vững "
              "vàng, tâm huyết với nghề, đồng thời tạo cơ hội để giáo viên giao lưu, học hỏi kinh nghiệm."),
            Img(f"{IMG}/gvg_th_01.jpg", "(Cô giáo Nguyễn Thị Hằng, Trường Tiểu học Lăng Thành, trong tiết dạy thực hành)",
                "Cô giáo Nguyễn Thị Hằng, Trường Tiểu học Lăng Thành, trong tiết dạy thực hành"),
            P("Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy "
              "và thực hành dạy hai tiết trên lớp, trong đó có một tiết do Ban tổ chức bốc thăm."),
            P("Kết quả, có 97 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, đạt tỷ lệ 77%."),
            Img(f"{IMG}/gvg_th_02.jpg", "Ban giám khảo góp ý sau tiết dạy", "Ban giám khảo góp ý sau tiết dạy"),
            Raw('<div align="right"><b>Tổ Tiểu học</b></div>'),
        ],
        authors=["Tổ Tiểu học"],
        summary="Từ ngày 01 đến ngày 04/12/2026, Phòng GD&ĐT Yên Thành tổ chức Hội thi giáo viên dạy giỏi "
                "cấp huyện bậc Tiểu học với sự tham gia của 126 giáo viên đến từ 38 trường.",
        opts={"topic": 1, "home": 1, "bold": True, "reads": 412},
    ),
    Story(
        584, "chuyende-nguvan",
        "Chuyên đề \"Dạy học phát triển năng lực\" môn Ngữ văn THCS tại cụm Bắc Yên Thành",
        "Hoạt động chuyên môn", "2026-12-02T09:05:00+07:00",
        [
            P("Sáng ngày 01/12/2026, tại Trường THCS Bảo Thành, cụm chuyên môn Bắc Yên Thành đã tổ chức "
              "chuyên đề \"Dạy học phát triển năng lực\" môn Ngữ văn."),
            P("Tham dự có đại diện lãnh đạo Phòng GD&ĐT, tổ trưởng chuyên môn và 45 giáo viên Ngữ văn của "
              "9 trường THCS trong cụm."),
            Img(f"{IMG}/cd_nguvan_bt.jpg", "Ảnh: Phan Thị Lan", None),
            P("Hai tiết dạy minh họa bài \"Làng\" (Kim Lân) và bài \"Ánh trăng\" (Nguyễn Duy) được đánh giá "
              "cao về cách tổ chức hoạt động nhóm, giúp học sinh tự khám phá văn bản."),
            P("Chuyên đề khép lại với phần thảo luận sôi nổi về đổi mới kiểm tra, đánh giá theo hướng "
              "phát triển năng lực người học."),
            Raw('<div align="right"><b>Trường THCS Bảo Thành</b></div>'),
        ],
        authors=["Trường THCS Bảo Thành"], photographers=["Phan Thị Lan"],
        opts={"topic": 3, "home": 1, "informant": "thcs_baothanh", "reads": 268, "comments": 2},
    ),
    Story(
        581, "ke-hoach-hsg9",
        "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        "Tin tức - Sự kiện", "2026-11-30T10:00:00+07:00",
        [
            P("Căn cứ hướng dẫn nhiệm vụ năm học 2026-2027, Phòng GD&ĐT Yên Thành thông báo kế hoạch tổ "
              "chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện như sau:"),
            P("1. Môn thi: Ngữ văn, Toán, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý.", "b"),
            P("2. Thời gian và địa điểm:", "b"),
            P("Ngày | Buổi | Môn thi", "row"),
            P("15/12/2026 | Sáng | Ngữ văn, Vật lý, Lịch sử", "row"),
            P("15/12/2026 | Chiều | Toán, Hóa học, Địa lý", "row"),
            P("16/12/2026 | Sáng | Tiếng Anh, Sinh học", "row"),
            P("Địa điểm thi: Trường THCS Lý Nhật Quang, thị trấn Yên Thành."),
            P("Các trường gửi danh sách học sinh dự thi về Phòng GD&ĐT trước ngày 08/12/2026."),
            Raw('<div align="right"><b>Phòng GD&amp;ĐT Yên Thành</b></div>'),
        ],
        authors=["Phòng GD&ĐT Yên Thành"],
        opts={"topic": 1, "home": 1, "cat": 2, "reads": 903},
    ),
    Story(
        578, "chuan-qg-hopthanh",
        "Trường Tiểu học Hợp Thành đón Bằng công nhận trường chuẩn Quốc gia mức độ 2",
        "Thi đua - Khen thưởng", "2026-11-27T15:45:00+07:00",
        [
            P("Chiều 26/11/2026, Trường Tiểu học Hợp Thành long trọng tổ chức lễ đón Bằng công nhận trường "
              "đạt chuẩn Quốc gia mức độ 2."),
            P("Sau 5 năm phấn đấu, nhà trường đã xây mới dãy phòng học 2 tầng, phòng học bộ môn và thư "
              "viện thân thiện với tổng kinh phí hơn 9 tỷ đồng."),
            Img(f"{IMG}/chuanqg_hopthanh.jpg", "(Lãnh đạo huyện trao Bằng công nhận cho nhà trường)",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường"),
            P("Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận sự nỗ lực của tập thể "
              "giáo viên và sự chung tay của nhân dân địa phương."),
            Raw('<div align="right"><b><i>Tin, ảnh: Hoàng Văn Minh (TH Hợp Thành)</i></b></div>'),
        ],
        authors=["Hoàng Văn Minh"], photographers=["Hoàng Văn Minh"],
        opts={"topic": 5, "home": 1, "reads": 377},
    ),
    Story(
        575, "bongchuyen-nu",
        "Công đoàn ngành Giáo dục Yên Thành tổ chức giải bóng chuyền hơi nữ chào mừng ngày 20/11",
        "Công đoàn - Đoàn thể", "2026-11-22T08:30:00+07:00",
        [
            P("Hướng tới kỷ niệm Ngày Nhà giáo Việt Nam, Công đoàn ngành Giáo dục Yên Thành tổ chức giải "
              "bóng chuyền hơi nữ năm 2026 với 24 đội đến từ các cụm trường."),
            P("Các trận đấu diễn ra trong 3 ngày tại nhà thi đấu đa năng của huyện, thu hút đông đảo cán "
              "bộ, giáo viên đến cổ vũ."),
            P("Trận chung kết giữa đội cụm Nam và đội cụm Trung diễn ra hấp dẫn với tỷ số 2-1."),
            Img(f"{IMG}/bcn_nu_01.jpg", "(Pha bóng trong trận chung kết)", "Pha bóng trong trận chung kết"),
            P("Kết quả: giải Nhất thuộc về đội cụm Nam, giải Nhì đội cụm Trung, đồng giải Ba đội cụm Bắc "
              "và cụm Tây."),
            P("Giải đấu là dịp để nữ cán bộ, giáo viên rèn luyện sức khỏe, tăng cường đoàn kết."),
            Raw('<div align="right"><b>Nguyễn Thị Thu Hà - Chủ tịch CĐ ngành</b></div>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"topic": 7, "home": 1, "break_at": 3, "reads": 245},
    ),
    Story(
        571, "ky-niem-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "Tin tức - Sự kiện", "2026-11-20T11:10:00+07:00",
        [
            P("Sáng 19/11/2026, Phòng GD&ĐT Yên Thành long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
              "Việt Nam và tuyên dương nhà giáo tiêu biểu."),
            P("Theo báo cáo của Phòng GD&ĐT, năm học 2025-2026 toàn huyện có 68 học sinh đạt giải cấp tỉnh "
              "và 4 học sinh đạt giải quốc gia."),
            Img(f"{IMG}/20thang11_2026.jpg", "Tuyên dương 30 nhà giáo tiêu biểu", "Tuyên dương 30 nhà giáo tiêu biểu"),
            P("Dịp này, 30 nhà giáo tiêu biểu được Chủ tịch UBND huyện tặng Giấy khen."),
        ],
        source="Báo Nghệ An",
        opts={"topic": 1, "home": 2, "notes": "Nguồn: Báo Nghệ An", "reads": 1288, "comments": 3},
    ),
    Story(
        566, "taphuan-pmql",
        "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý các trường THCS",
        "Hoạt động chuyên môn", "2026-11-14T14:00:00+07:00",
        [
            P("Ngày 13/11/2026, Phòng GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý trường học cho 72 "
              "cán bộ quản lý và nhân viên văn phòng các trường THCS trong huyện."),
        ],
        summary="Ngày 13/11/2026, Phòng GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý trường học cho 72 "
                "cán bộ quản lý và nhân viên văn phòng các trường THCS trong huyện.",
        opts={"topic": 3, "home": 1, "bold": True, "cat": 4, "reads": 156, "comments": 0},
    ),
    Story(
        562, "ds-gvcn-gioi",
        "Danh sách giáo viên đạt giải Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện",
        "Thi đua - Khen thưởng", "2026-11-10T07:45:00+07:00",
        [
            P("Phòng GD&ĐT thông báo danh sách giáo viên đạt giải Hội thi Giáo viên chủ nhiệm lớp giỏi "
              "cấp huyện năm học 2026-2027:"),
            P("TT | Họ và tên | Đơn vị | Giải", "row"),
            P("1 | Trần Thị Thanh Huyền | THCS Phan Đăng Lưu | Nhất", "row"),
            P("2 | Lê Văn Sơn | THCS Lý Nhật Quang | Nhì", "row"),
            P("3 | Hồ Thị Ngọc | THCS Đô Thành | Ba", "row"),
            P("Các đơn vị hoàn thiện hồ sơ khen thưởng gửi về Phòng trước ngày 20/11/2026."),
        ],
        opts={"topic": 5, "home": 1, "cat": 2, "reads": 640},
    ),
    Story(
        558, "trienkhai-mamnon",
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027 khối Mầm non",
        "Tin tức - Sự kiện", "2026-11-05T08:00:00+07:00",
        [
            P("Ngày 04/11/2026, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 cho "
              "hiệu trưởng các trường mầm non trên địa bàn huyện."),
            P("Năm học này, bậc học mầm non tập trung nâng cao chất lượng chăm sóc, giáo dục trẻ và xây "
              "dựng trường lấy trẻ làm trung tâm."),
            P("Nhiệm vụ trọng tâm:", "b"),
            P("- Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi;"),
            P("- Tăng tỷ lệ trẻ nhà trẻ ra lớp lên 45%;"),
            P("- Bảo đảm an toàn thực phẩm trong bếp ăn bán trú."),
            Img(f"{IMG}/hn_mamnon.jpg", None, None),
            Raw('<div align="right"><b>ThS. Trần Thị Hoa - Phó Trưởng phòng</b></div>'),
        ],
        authors=["Trần Thị Hoa"],
        summary="Ngày 04/11/2026, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 cho "
                "hiệu trưởng các trường mầm non trên địa bàn huyện.",
        opts={"topic": 1, "home": 1, "bold": True, "reads": 330},
    ),
    Story(
        553, "ngayhoi-stem",
        "Ngày hội STEM cấp huyện lần thứ nhất",
        "Hoạt động chuyên môn", "2026-10-29T16:30:00+07:00",
        [
            P("Ngày hội STEM cấp huyện lần thứ nhất thu hút 40 gian trưng bày sản phẩm của học sinh tiểu "
              "học và THCS."),
            P("Nhiều sản phẩm như hệ thống tưới cây tự động, đèn học cảm biến ánh sáng, mô hình nhà chống "
              "lũ được khách tham quan đánh giá cao."),
            Img(f"{IMG}/stem_01.jpg", "(Học sinh THCS Hồ Tông Thốc giới thiệu mô hình tưới cây tự động)",
                "Học sinh THCS Hồ Tông Thốc giới thiệu mô hình tưới cây tự động"),
            Img(f"{IMG}/stem_02.jpg", "(Gian trưng bày của khối Tiểu học)", "Gian trưng bày của khối Tiểu học"),
            P("Ban tổ chức đã trao 5 giải Nhất, 8 giải Nhì và 12 giải Ba cho các sản phẩm xuất sắc."),
            Raw('<div align="right"><b>Tin: Lê Quang Vinh - Ảnh: Đậu Thị Nga</b></div>'),
        ],
        authors=["Lê Quang Vinh"], photographers=["Đậu Thị Nga"],
        summary="Ngày hội STEM cấp huyện lần thứ nhất thu hút 40 gian trưng bày sản phẩm của học sinh tiểu "
                "học và THCS.",
        opts={"topic": 3, "home": 1, "bold": True, "reads": 802, "comments": 1},
    ),
    Story(
        549, "an-toan-giao-thong",
        "Ra quân hưởng ứng Tháng hành động vì an toàn giao thông trong trường học",
        "Công đoàn - Đoàn thể", "2026-10-22T10:20:00+07:00",
        [
            P("Sáng 21/10/2026, Đoàn thanh niên và Công đoàn ngành Giáo dục phối hợp tổ chức lễ ra quân "
              "hưởng ứng Tháng hành động vì an toàn giao thông."),
            P("Hơn 500 đoàn viên, học sinh đã diễu hành qua các tuyến đường chính của thị trấn, tuyên "
              "truyền về đội mũ bảo hiểm và không sử dụng điện thoại khi lái xe."),
            P("Dịp này, Ban tổ chức trao tặng 200 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn."),
            Raw('<div align="right"><i>Theo Cổng TTĐT huyện Yên Thành</i></div>'),
        ],
        source="Cổng TTĐT huyện Yên Thành",
        opts={"topic": 7, "home": 2, "entities": True, "reads": 199},
    ),
    Story(
        544, "olympic-tieng-anh",
        "Yên Thành có 12 học sinh đạt giải kỳ thi Olympic Tiếng Anh cấp tỉnh",
        "Tin tức - Sự kiện", "2026-10-15T17:05:00+07:00",
        [
            P("Kỳ thi Olympic Tiếng Anh cấp tỉnh năm 2026 vừa khép lại, đội tuyển Yên Thành giành 12 giải, "
              "xếp thứ 3 toàn tỉnh."),
            P("Trong đó có 2 giải Nhất của em Nguyễn Minh Khôi (THCS Lý Nhật Quang) và em Võ Thảo Vy "
              "(THCS Phan Đăng Lưu)."),
            Img(f"{IMG}/olympic_ta.jpg", "(Đội tuyển Olympic Tiếng Anh của huyện)", "Đội tuyển Olympic Tiếng Anh của huyện"),
            P("Kết quả này khẳng định hiệu quả của việc bồi dưỡng học sinh năng khiếu ngoại ngữ từ bậc "
              "tiểu học."),
            Raw('<div align="right"><b>GV. Phạm Văn Đức</b></div>'),
        ],
        authors=["Phạm Văn Đức"],
        opts={"topic": 1, "home": 1, "notes": "Bài viết có sử dụng số liệu của Sở GD&ĐT Nghệ An.", "reads": 174},
    ),
    Story(
        540, "nghiencuu-baihoc",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu học Công Thành",
        "Hoạt động chuyên môn", "2026-10-08T09:30:00+07:00",
        [
            P("Thực hiện kế hoạch chuyên môn, ngày 07/10/2026 Trường Tiểu học Công Thành tổ chức sinh "
              "hoạt chuyên môn theo nghiên cứu bài học cho khối 4."),
            P("Tiết dạy minh họa môn Toán bài \"Phân số bằng nhau\" được các giáo viên dự giờ quan sát kỹ "
              "hoạt động học của từng nhóm học sinh."),
            Img(f"{IMG}/ncbh_congthanh.jpg", "(Giáo viên dự giờ quan sát học sinh thảo luận nhóm)",
                "Giáo viên dự giờ quan sát học sinh thảo luận nhóm"),
            P("Buổi sinh hoạt giúp giáo viên nhìn nhận lại cách thiết kế bài dạy, chú trọng hơn đến "
              "những khó khăn của học sinh."),
            Raw('<div align="right"><b>Nguyễn Thị Mai Anh (TH Công Thành)</b></div>'),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        summary="Thực hiện kế hoạch chuyên môn, ngày 07/10/2026 Trường Tiểu học Công Thành tổ chức sinh "
                "hoạt chuyên môn theo nghiên cứu bài học cho khối 4.",
        opts={"topic": 3, "home": 1, "bold": True, "reads": 221},
    ),
]

BY_SID = {s.id: s for s in STORIES}
#: stories whose comments are open (comment link, comment header with the options form)
COMMENTS_OPEN = {s.id for s in STORIES if "comments" in s.opts}
MOST_READ = sorted(STORIES, key=lambda s: -s.opts["reads"])[:5]

PAGES = {
    1: ("Giới thiệu Phòng GD&ĐT Yên Thành", "Phòng Giáo dục và Đào tạo huyện Yên Thành là cơ quan chuyên môn "
        "thuộc UBND huyện, tham mưu quản lý nhà nước về giáo dục trên địa bàn 39 xã, thị trấn."),
    2: ("Cơ cấu tổ chức", "Lãnh đạo Phòng gồm Trưởng phòng và 3 Phó Trưởng phòng; các tổ chuyên môn: Mầm non, "
        "Tiểu học, THCS, Tổ chức - Hành chính."),
    3: ("Liên hệ", "Địa chỉ: Khối 2, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. Điện thoại: "
        "0238.3863.xxx. Email: pgdyenthanh@nghean.edu.vn."),
    5: ("Tuyển sinh năm học 2026-2027", "Thông tin tuyển sinh vào lớp 1 và lớp 6 được các trường niêm yết "
        "công khai; hồ sơ nộp trực tiếp tại trường từ ngày 01/7 đến ngày 20/7 hằng năm."),
    4: ("Thành tích nổi bật", "Nhiều năm liền ngành Giáo dục Yên Thành được UBND tỉnh tặng Cờ thi đua "
        "xuất sắc; năm 2025 được Bộ GD&ĐT tặng Bằng khen."),
}

# ------------------------------------------------------------------------------------------------
# markup


def _title_markup(story: Story) -> str:
    cid = story.opts.get("cat")
    if cid:
        return f'<a href="{esc(_cat(cid))}">{esc(CATEGORIES[cid])}</a>: {esc(story.title)}'
    return esc(story.title)


def _render_text(story: Story, blocks: list, with_hometext: bool = True) -> str:
    """The story text: runs glued by <br><br>, as PostNuke and its editors left it."""
    runs: list[str] = []
    home_n = story.opts.get("home", 1)
    p_seen = 0
    rows: list[str] = []

    def flush_rows() -> None:
        if rows:
            trs = "".join(
                "<tr>" + "".join(f'<td style="padding:2px 6px">{esc(c)}</td>' for c in r.split(" | ")) + "</tr>"
                for r in rows
            )
            runs.append(f'<table border="1" cellspacing="0" cellpadding="0" bordercolor="#999999">{trs}</table>')
            rows.clear()

    for b in blocks:
        if isinstance(b, P):
            p_seen += 1
            if b.style == "row":
                rows.append(b.text)
                continue
            flush_rows()
            body = esc(b.text)
            if story.opts.get("entities"):
                body = entity_mix(body, 2)
            if b.style == "b" or (story.opts.get("bold") and with_hometext and p_seen <= home_n
                                  and b is _first_p(story)):
                body = f"<b>{body}</b>"
            runs.append(body)
        elif isinstance(b, Img):
            flush_rows()
            line = f"<br><i>{esc(b.printed)}</i>" if b.printed else ""
            runs.append(f'<center><img src="{esc(b.src.lstrip("/"))}" width="420" border="1" alt="">{line}</center>')
        elif isinstance(b, Raw):
            flush_rows()
            runs.append(b.html)
    flush_rows()
    # a <div>/<table>/<center> run closes its own line: PostNuke's nl2br left one <br> before it
    out = ""
    for i, run in enumerate(runs):
        if i:
            block = run.startswith(("<div", "<table", "<center"))
            out += "\n<br>\n" if block else "<br><br>\n"
        out += run
    return out


def _first_p(story: Story) -> P:
    return next(b for b in story.blocks if isinstance(b, P))


def _hometext(story: Story) -> list:
    home_n = story.opts.get("home", 1)
    out, n = [], 0
    for b in story.blocks:
        if isinstance(b, P):
            n += 1
            if n > home_n:
                break
        out.append(b)
    return out


def _bodytext_bytes(story: Story) -> int:
    rest = story.blocks[len(_hometext(story)):]
    return len(_render_text(story, rest, with_hometext=False).encode("utf-8"))


def _wrap_informant(story: Story, inner: str) -> str:
    acc = story.opts.get("informant")
    if not acc:
        return inner
    return (f'<a href="user.php?op=userinfo&amp;uname={acc}">{acc}</a> viết "<i>{inner}</i>"')


def _notes(story: Story) -> str:
    note = story.opts.get("notes")
    return f"<br><br><b>Ghi chú:</b> <i>{esc(note)}</i>" if note else ""


def _topic_icon(story: Story) -> str:
    tname, icon = TOPICS[story.opts["topic"]]
    return (f'<a href="{esc(_topic(story.opts["topic"]).lstrip("/"))}"><img src="images/topics/{icon}" '
            f'border="0" align="right" hspace="10" vspace="10" alt="{esc(tname)}" title="{esc(tname)}"></a>')


def _posted(story: Story) -> str:
    tid = story.opts["topic"]
    return (f'Gửi bởi <b>{"pgdyenthanh" if story.id % 2 else "quantri"}</b> vào lúc '
            f'{_vi_date(story.published_at)} ({story.opts["reads"]} lần đọc)<br>'
            f'Chủ đề: <a href="{esc(_topic(tid).lstrip("/"))}">{esc(TOPICS[tid][0])}</a>')


def _listing_story(story: Story) -> str:
    sid = story.id
    home = _hometext(story)
    has_body = len(home) < len(story.blocks)
    tools = []
    if has_body:
        tools.append(f'<a href="{esc(_news(sid).lstrip("/"))}">Xem tiếp...</a>')
        tools.append(f"{_bodytext_bytes(story)} bytes more")
    if sid in COMMENTS_OPEN:
        n = story.opts["comments"]
        label = f"{n} bình luận" if n else "Ghi chú?"
        tools.append(f'<a href="{esc(_news_comm(sid).lstrip("/"))}">{label}</a>')
    tools.append(f'<a href="print.php?sid={sid}"><img src="images/global/print.gif" border="0" '
                 f'alt="Bản in" width="15" height="11"></a>')
    text = _wrap_informant(story, _render_text(story, home))
    return f"""
<table width="100%" border="0" cellspacing="0" cellpadding="3" class="atNewsTbl">
 <tr><td class="pn-title" bgcolor="#dfe8f5"><font class="pn-title"><b>{_title_markup(story)}</b></font></td></tr>
 <tr><td class="pn-sub"><font class="pn-sub">{_posted(story)}</font></td></tr>
 <tr><td>{_topic_icon(story)}<font class="pn-normal">{text}</font></td></tr>
 <tr><td align="right" class="pn-sub"><font class="pn-sub">[ {" | ".join(tools)} ]</font></td></tr>
</table><br>"""


# --- frame ---------------------------------------------------------------------------------------


def _menu() -> str:
    topics = "".join(f'<li><a href="{esc(_topic(t).lstrip("/"))}">{esc(n)}</a></li>' for t, (n, _) in TOPICS.items())
    return f"""
<ul id="atMenuTop" class="atdd">
 <li><a href="/">Trang chủ</a></li>
 <li><a href="{esc(_page(1))}">Giới thiệu</a><ul>
   <li><a href="{esc(_page(2))}">Cơ cấu tổ chức</a></li><li><a href="{esc(_page(4))}">Thành tích</a></li>
   <li><a href="{esc(_page(5))}">Tuyển sinh</a></li></ul></li>
 <li><a href="javascript:void(0)">Tin tức</a><ul>{topics}</ul></li>
 <li><a href="{esc(DOWNLOADS)}">Văn bản</a></li>
 <li><a href="{esc(WEBLINKS)}">Liên kết</a></li>
 <li><a href="{esc(_page(3))}">Liên hệ</a></li>
</ul>"""


def _block(title: str, content: str) -> str:
    return (f'<table width="100%" cellspacing="0" cellpadding="2" class="atBlk"><tr><td class="atBlkTtl">'
            f'<b>{esc(title)}</b></td></tr><tr><td class="pn-normal">{content}</td></tr></table><br>')


def _left() -> str:
    main = (f'<strong><big>&middot;</big></strong>&nbsp;<a href="/">Trang chủ</a><br>'
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(_page(1))}">Giới thiệu</a><br>'
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(DOWNLOADS)}">Văn bản chỉ đạo</a><br>'
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(WEBLINKS)}">Liên kết web</a><br>'
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(_page(3))}">Liên hệ</a>')
    topics = "<br>".join(
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(_topic(t))}">{esc(n)}</a>'
        for t, (n, _) in TOPICS.items())
    login = ('<form action="user.php" method="post"><font class="pn-normal">Tên truy cập<br>'
             '<input type="text" name="uname" size="12"><br>Mật khẩu<br><input type="password" name="pass" '
             'size="12"><br><input type="hidden" name="module" value="NS-User"><input type="hidden" '
             'name="op" value="login"><input type="submit" value="Đăng nhập"></font></form>')
    online = "Hiện có 14 khách và 0 thành viên đang online.<br>Bạn là khách. Hãy đăng ký!"
    return (_block("Menu chính", main) + _block("Chủ đề", topics) + _block("Đăng nhập", login)
            + _block("Ai đang online", online))


def _right() -> str:
    most = "<br>".join(
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(_news_idx(s.id))}">{esc(s.title)}</a>'
        for s in MOST_READ)
    poll = ('<form action="modules.php?op=modload&amp;name=NS-Polls&amp;file=index" method="post">'
            '<font class="pn-normal">Bạn đánh giá thế nào về Website của Phòng?</font><br>'
            '<input type="radio" name="voteID" value="1"> Rất hữu ích<br>'
            '<input type="radio" name="voteID" value="2"> Bình thường<br>'
            '<input type="radio" name="voteID" value="3"> Cần cải tiến<br>'
            '<input type="hidden" name="pollID" value="3"><input type="submit" value="Bình chọn"></form>')
    stats = "Đang online: 14<br>Hôm nay: 318<br>Tổng truy cập: 1.284.905"
    links = ('<a href="http://www.moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a><br>'
             '<a href="http://www.nghean.edu.vn" target="_blank">Sở GD&amp;ĐT Nghệ An</a><br>'
             '<a href="http://yenthanh.nghean.gov.vn" target="_blank">Cổng TTĐT huyện Yên Thành</a>')
    return (_block("Tin đọc nhiều", most) + _block("Bình chọn", poll)
            + _block("Thống kê truy cập", stats) + _block("Liên kết website", links))


def _frame(title: str, crumbs: list[tuple[str, str | None]], center: str) -> str:
    crumb = " &raquo; ".join(f'<a href="{esc(h)}">{esc(t)}</a>' if h else esc(t) for t, h in crumbs)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="KEYWORDS" content="Phòng GD&amp;ĐT Yên Thành, giáo dục, Nghệ An">
<meta name="DESCRIPTION" content="Website Phòng Giáo dục và Đào tạo huyện Yên Thành">
<meta name="GENERATOR" content="PostNuke 0.764 - http://postnuke.com">
<link rel="StyleSheet" href="themes/PGDYenThanh/style/styleNN.css" type="text/css">
<script type="text/javascript" src="javascript/showimages.php"></script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="3" id="atHeader"><a href="/"><img src="themes/PGDYenThanh/images/banner.jpg" width="980" height="120"
 border="0" alt="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THÀNH"></a>
 <div class="atDate">{HEADER_TODAY}</div>{_menu()}</td></tr>
<tr><td colspan="3" class="pn-sub" id="atCrumb">Bạn đang ở: {crumb}</td></tr>
<tr valign="top">
<td width="180" id="atLeft">{_left()}</td>
<td width="620" id="atCenter">{center}</td>
<td width="180" id="atRight">{_right()}</td>
</tr>
<tr><td colspan="3" id="atFooter" align="center"><font class="pn-sub">
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THÀNH - TỈNH NGHỆ AN<br>
Địa chỉ: Khối 2, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An - Điện thoại: 0238.3863.xxx -
Email: pgdyenthanh@nghean.edu.vn<br>
Bản quyền &copy; 2006 Phòng GD&amp;ĐT Yên Thành. Thiết kế dựa trên PostNuke và AutoTheme.<br>
Trang được tạo trong 0.214 giây</font></td></tr>
</table></body></html>"""


# --- pages ---------------------------------------------------------------------------------------


def _pager(base_tid: int, startrow: int, total: int, per: int, catid: int | None = None) -> str:
    if total <= per:
        return ""
    pages = (total + per - 1) // per
    cur = startrow // per

    def href(i: int) -> str:
        if catid is not None:
            return _cat(catid) + (f"&startrow={i * per}" if i else "")
        return _home(i * per) if base_tid == 0 else _topic(base_tid, i * per)

    parts = []
    if cur > 0:
        parts.append(f'<a href="{esc(href(cur - 1).lstrip("/") or "./")}">&laquo; Trang trước</a>')
    for i in range(pages):
        parts.append(f"<b>[{i + 1}]</b>" if i == cur else f'<a href="{esc(href(i).lstrip("/") or "./")}">{i + 1}</a>')
    if cur < pages - 1:
        parts.append(f'<a href="{esc(href(cur + 1).lstrip("/"))}">Trang sau &raquo;</a>')
    return f'<div align="center" class="pn-sub"><font class="pn-sub">Trang: {" ".join(parts)}</font></div>'


def _past_articles(stories: list[Story]) -> str:
    """PostNuke's "Bài cũ hơn" block: stories grouped by day, days without a year."""
    out, last = [], None
    for s in stories:
        day = _vi_date(s.published_at, year=False, clock=False)
        if day != last:
            out.append(f"<b>{esc(day)}</b><br>")
            last = day
        n = s.opts.get("comments", 0)
        out.append(f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(_news(s.id).lstrip("/"))}">'
                   f"{esc(s.title)}</a> ({n})<br>")
    out.append(f'<br><a href="{esc(_home(PER_HOME).lstrip("/"))}"><b>Các bài cũ hơn...</b></a>')
    return _block("Bài cũ hơn", "".join(out))


def _listing(tid: int, startrow: int, catid: int | None = None) -> str | None:
    if catid is not None:
        pool = [s for s in STORIES if s.opts.get("cat") == catid]
        per, label = PER_TOPIC, CATEGORIES[catid]
    elif tid == 0:
        pool, per, label = STORIES, PER_HOME, None
    else:
        pool = [s for s in STORIES if s.opts["topic"] == tid]
        per, label = PER_TOPIC, TOPICS[tid][0]
    if startrow < 0 or startrow % per or (startrow and startrow >= len(pool)):
        return None
    chunk = pool[startrow:startrow + per]
    center = "".join(_listing_story(s) for s in chunk) + _pager(tid, startrow, len(pool), per, catid)
    if tid == 0 and catid is None and startrow == 0:
        center += _past_articles(pool[PER_HOME:PER_HOME * 2])
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    if label:
        crumbs.append((label, None))
        title = f"{SITE_NAME} :: {label}"
    else:
        if startrow:
            crumbs.append(("Tin tức", None))
        title = f"{SITE_NAME} :: Cổng thông tin giáo dục huyện Yên Thành"
    if startrow:
        title += f" - Trang {startrow // per + 1}"
    return _frame(title, crumbs, center)


def _related(story: Story) -> str:
    tid = story.opts["topic"]
    tname = TOPICS[tid][0]
    peers = [s for s in STORIES if s.opts["topic"] == tid]
    top = max(peers, key=lambda s: s.opts["reads"])
    return _block("Các liên kết liên quan", (
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="{esc(_topic(tid).lstrip("/"))}">Thêm về {esc(tname)}</a><br>'
        f'<strong><big>&middot;</big></strong>&nbsp;Tin được đọc nhiều nhất về {esc(tname)}:<br>'
        f'&nbsp;&nbsp;<a href="{esc(_news(top.id).lstrip("/"))}">{esc(top.title)}</a>'))


def _comments(story: Story) -> str:
    if story.id not in COMMENTS_OPEN:
        return ""
    n = story.opts["comments"]
    form = f"""
<form action="modules.php?op=modload&amp;name=News&amp;file=article&amp;sid={story.id}" method="post">
<table width="99%" border="0" cellspacing="1" cellpadding="2" bgcolor="#cccccc"><tr><td bgcolor="#eeeeee" align="center">
<font class="pn-normal">{n} bình luận</font> |
<select name="thold"><option value="-1">-1</option><option value="0" selected>0</option><option value="1">1</option></select>
<select name="mode"><option value="nocomments">Không bình luận</option><option value="nested">Lồng nhau</option>
<option value="flat">Phẳng</option><option value="thread" selected>Theo luồng</option></select>
<select name="order"><option value="0" selected>Cũ nhất trước</option><option value="1">Mới nhất trước</option></select>
<input type="submit" value="Làm mới"></td></tr>
<tr><td bgcolor="#ffffff" align="center"><font class="pn-sub">Các bình luận thuộc về người gửi.
Chúng tôi không chịu trách nhiệm về nội dung của họ.</font></td></tr></table></form>"""
    items = "".join(
        f'<li><b>Re: {esc(story.title[:40])}...</b> (Điểm: 1)<br><font class="pn-sub">bởi Khách vào lúc '
        f"{_vi_date(story.published_at, clock=False)}</font></li>" for _ in range(n))
    return f'<a name="comments"></a>{form}<ul>{items}</ul>'


def _article(story: Story, page: int) -> str | None:
    brk = story.opts.get("break_at")
    if page != 1 and not (brk and page == 2):
        return None
    if brk:
        # break after the brk-th paragraph
        n, cut = 0, len(story.blocks)
        for i, b in enumerate(story.blocks):
            if isinstance(b, P):
                n += 1
                if n == brk:
                    cut = i + 1
                    break
        blocks = story.blocks[:cut] if page == 1 else story.blocks[cut:]
    else:
        blocks = story.blocks
    text = _wrap_informant(story, _render_text(story, blocks, with_hometext=page == 1))
    if not brk or page == 2:
        text += _notes(story)
    nav = ""
    if brk:
        nav = (f'<div align="center" class="pn-sub">Trang <b>1</b>/2 &nbsp; <a href="{esc(_news(story.id).lstrip("/"))}'
               f'&amp;page=2">Trang sau &raquo;</a></div>' if page == 1 else
               f'<div align="center" class="pn-sub"><a href="{esc(_news(story.id).lstrip("/"))}">&laquo; Trang trước</a>'
               f" &nbsp; Trang <b>2</b>/2</div>")
    tid = story.opts["topic"]
    center = f"""
<table width="100%" border="0" cellspacing="0" cellpadding="3" class="atNewsTbl">
 <tr><td class="pn-title" bgcolor="#dfe8f5"><font class="pn-title"><b>{_title_markup(story)}</b></font></td></tr>
 <tr><td class="pn-sub"><font class="pn-sub">{_posted(story)}</font></td></tr>
 <tr><td>{_topic_icon(story)}<font class="pn-normal">{text}</font></td></tr>
</table>
{nav}
<div align="right" class="pn-sub"><font class="pn-sub"><a href="print.php?sid={story.id}"><img src="images/global/print.gif"
 border="0" alt="Bản in" width="15" height="11"> Bản in</a></font></div><br>
{_related(story)}
{_comments(story)}"""
    crumbs = [("Trang chủ", "/"), (TOPICS[tid][0], _topic(tid)), (story.title, None)]
    return _frame(f"{SITE_NAME} :: {story.title}", crumbs, center)


def _print_view(story: Story, request: Request) -> str:
    text = _render_text(story, story.blocks)
    text = _wrap_informant(story, text) + _notes(story)
    url = base_url(request) + _news(story.id)
    return f"""<html><head><title>{esc(SITE_NAME)} :: {esc(story.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#ffffff" text="#000000"><table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td>
<center><img src="images/logo.gif" border="0" alt=""><br><br>
<font class="pn-title"><b>{esc(story.title)}</b></font><br>
<font class="pn-sub">Ngày: {_vi_date(story.published_at)}<br>Chủ đề: {esc(TOPICS[story.opts["topic"]][0])}</font></center>
<br><br><font class="pn-normal">{text}</font>
</td></tr></table></td></tr></table>
<br><br><center><font class="pn-sub">Bài viết này đến từ {esc(SITE_NAME)}<br>
<a href="{esc(base_url(request))}/">{esc(base_url(request))}</a><br><br>
URL của bài viết này là:<br><a href="{esc(url)}">{esc(url)}</a></font></center>
</body></html>"""


def _static_page(pid: int) -> str:
    title, body = PAGES[pid]
    center = f"""
<table width="100%" cellpadding="3" class="atNewsTbl"><tr><td class="pn-title"><b>{esc(title)}</b></td></tr>
<tr><td class="pn-sub">Cập nhật: Thứ hai, 14 Tháng chín, 2026 @ 08:00:00 ICT ({300 + pid * 71} lần đọc)</td></tr>
<tr><td><font class="pn-normal">{esc(body)}<br><br>Mọi thông tin xin liên hệ Văn phòng Phòng GD&amp;ĐT.</font></td></tr>
</table>"""
    return _frame(f"{SITE_NAME} :: {title}", [("Trang chủ", "/"), (title, None)], center)


def _downloads() -> str:
    docs = [
        ("Công văn 1245/PGDĐT hướng dẫn thi HSG lớp 9", "cv1245_hsg9.pdf", "28/11/2026"),
        ("Quyết định thành lập Ban tổ chức Hội thi GVG Tiểu học", "qd_btc_gvg_th.pdf", "20/11/2026"),
        ("Kế hoạch năm học 2026-2027", "kh_namhoc_2026_2027.pdf", "05/09/2026"),
    ]
    rows = "".join(
        f'<tr><td><img src="modules/Downloads/images/download.gif" alt=""> <b>{esc(t)}</b><br>'
        f'<font class="pn-sub">Ngày thêm: {d} | <a href="uploads/vanban/{f}">Tải về</a></font></td></tr>'
        for t, f, d in docs)
    center = (f'<table width="100%" cellpadding="3"><tr><td class="pn-title"><b>Văn bản chỉ đạo</b></td></tr>'
              f"{rows}</table>")
    return _frame(f"{SITE_NAME} :: Tải về :: Văn bản chỉ đạo", [("Trang chủ", "/"), ("Văn bản", None)], center)


def _weblinks() -> str:
    center = ('<table width="100%" cellpadding="3"><tr><td class="pn-title"><b>Liên kết web</b></td></tr><tr><td>'
              '<a href="http://www.moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a><br>'
              '<a href="http://www.nghean.edu.vn" target="_blank">Sở GD&amp;ĐT Nghệ An</a><br>'
              '<a href="http://violet.vn" target="_blank">Thư viện Violet</a></td></tr></table>')
    return _frame(f"{SITE_NAME} :: Liên kết web", [("Trang chủ", "/"), ("Liên kết", None)], center)


def _userinfo(uname: str) -> str | None:
    mine = [s for s in STORIES if s.opts.get("informant") == uname]
    if not mine:
        return None
    items = "".join(f"<li>{esc(s.title)}</li>" for s in mine)
    center = (f'<table width="100%" cellpadding="3"><tr><td class="pn-title"><b>Thông tin thành viên: {esc(uname)}'
              f"</b></td></tr><tr><td>Đăng ký: 12/03/2008<br>Bài gửi đã đăng:<ul>{items}</ul></td></tr></table>")
    return _frame(f"{SITE_NAME} :: Thông tin thành viên", [("Trang chủ", "/"), ("Thành viên", None)], center)


class PostNukeSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/" and not params:
            return html(_listing(0, 0))
        if path == "/print.php":
            story = BY_SID.get(_int(params.get("sid")))
            return html(_print_view(story, request)) if story and set(params) == {"sid"} else None
        if path == "/user.php" and params.get("op") == "userinfo":
            page = _userinfo(params.get("uname", ""))
            return html(page) if page else None
        if path == "/index.php" and params.get("module") == "Pages" and params.get("func") == "display":
            pid = _int(params.get("pageid"))
            return html(_static_page(pid)) if pid in PAGES else None
        if path == "/index.php" and params.get("name") == "News" and params.get("file") == "article":
            return self._article(params)
        if path == "/modules.php" and params.get("op") == "modload":
            name, file = params.get("name"), params.get("file")
            if name == "News" and file == "article":
                return self._article(params)
            if name == "News" and file == "index":
                return self._index(params)
            if name == "Downloads" and params.get("req") == "viewdownload" and params.get("cid") == "1":
                return html(_downloads())
            if name == "Web_Links" and file == "index" and set(params) == {"op", "name", "file"}:
                return html(_weblinks())
            if name == "Search" and request.method == "POST":
                return html(_frame(f"{SITE_NAME} :: Tìm kiếm", [("Trang chủ", "/"), ("Tìm kiếm", None)],
                                   "<p>Không tìm thấy kết quả nào.</p>"))
            return None
        if path.startswith("/uploads/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/themes/", "/modules/", "/javascript/")):
            if path == "/javascript/showimages.php":
                return Response(200, b"/* showimages */", {"Content-Type": "application/javascript"})
            return static_file(path)
        return None

    def _article(self, params: dict[str, str]) -> Response | None:
        story = BY_SID.get(_int(params.get("sid")))
        if not story:
            return None
        allowed = {"op", "name", "file", "sid", "mode", "order", "thold", "page"}
        if set(params) - allowed:
            return None
        page = _int(params.get("page")) if "page" in params else 1
        body = _article(story, page)
        return html(body) if body else None

    def _index(self, params: dict[str, str]) -> Response | None:
        if set(params) - {"op", "name", "file", "catid", "topic", "startrow"}:
            return None
        startrow = _int(params.get("startrow")) if "startrow" in params else 0
        catid = params.get("catid", "")
        topic = params.get("topic", "")
        if catid:
            cid = _int(catid)
            if cid not in CATEGORIES or topic:
                return None
            page = _listing(0, startrow, cid)
        else:
            tid = _int(topic)
            if tid != 0 and tid not in TOPICS:
                return None
            page = _listing(tid, startrow)
        return html(page) if page else None


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1


def build_site() -> PostNukeSite:
    return PostNukeSite()


# --- gold ----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    sid = story.id
    alts = [_news_idx(sid), _news_comm(sid), _print(sid)]
    if story.opts.get("break_at"):
        alts.append(f"{_news(sid)}&page=2")
    return gold_record(story, _news(sid), story.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [_page(1), _page(2), _page(3), _page(4), _page(5), DOWNLOADS, WEBLINKS,
                "/user.php?op=userinfo&uname=thcs_baothanh"]
