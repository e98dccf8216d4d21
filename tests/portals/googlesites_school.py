"""Fixture portal: a primary school's website built with (new) Google Sites on the shared host.

Why: many primary schools have no CMS at all; a teacher builds the school's site with Google
Sites and keeps it up by hand. Such a site lives on one shared host under a path prefix
(``/view/<site-name>/…``), next to thousands of other sites, among them the neighbour schools of
the same commune. Nothing is generated from a database: every listing is a page a teacher typed,
every "pager" is a link she added, and the only machine-made parts are the menu, the page
header and the viewer's chrome.

Imitates a published new Google Sites site (viewer markup of 2025-2026: obfuscated generated
class names, ``jscontroller``/``jsaction`` attributes, inline ``WIZ_global_data`` and
``AF_initDataCallback`` JSON, fonts and scripts from gstatic). What it prints:

- the site ``/view/thhoaphu`` (START_PATH; the home page, also at ``/view/thhoaphu/trang-chủ``,
  the menu's "Trang chủ"); page addresses are made from page names with the Vietnamese letters
  kept (``/view/thhoaphu/tin-tức/thông-báo``), percent-encoded in the generated links; some
  links a teacher pasted print the letters raw, others are absolute and carry ``?authuser=0``
  (copied from the editor while logged in);
- news: the page "Tin tức" (a typed list of the newest posts with dates, buttons to the
  sections) and its three section pages "Hoạt động nhà trường", "Thông báo", "Hoạt động Đội -
  Sao"; each post is a sub-page of its section; section pages list their posts as typed cards
  (photo, linked title, date in brackets, a few words, a "Xem tiếp" button) and the teacher
  paged the two longer ones by hand: a hidden sub-page ``…/trang-2`` linked from "Trang: 1 | 2";
- post pages: the page header (banner with the page title as ``h1``), then text boxes and image
  blocks in the order of the page grid. The date is typed by the teacher in her own format
  ("Thứ Sáu, 20/11/2026", "Ngày đăng: 2026-11-10", "Hòa Phú, ngày 05 tháng 9 năm 2026", "Đăng
  lúc 15:30 ngày 28/08/2026", "(Cập nhật lúc 17:45 ngày 23/11/2026)", "Thứ Hai, 19/10/2026 -
  07:45", "25-09-2026", at the top or at the end) or not at all (then only the section listing
  dates the post). Photos are image blocks with Sites' own caption line, or a separate centred
  italic text box typed under the photo (sometimes in brackets), or an image carousel with a
  caption per slide; once the line under a photo is just the phone's file name. Three posts
  start with a bold italic lead (the sapo), one with a typed "Tin tức » <section>" trail line;
  about half end with a typed "Các tin khác:" list (with dates), every post with a "« Quay
  lại" button, two with a "Chia sẻ lên Facebook" button. Notices with an attachment embed a
  Google Drive PDF viewer and a "Tải về" link (Drive, another host); the test timetable is
  typed as a list and also embedded from Google Sheets;
- chrome on every page: Sites' announcement banner (the teacher keeps today's date in it: "Thứ
  Tư, ngày 25/11/2026 — …"), the top menu with nested sub-menus (sections under "Tin tức"; the
  two newest notices and an empty "Lịch kiểm tra cuối học kỳ I" page under "Thông báo"; posts
  are otherwise hidden from the menu), the site footer typed by the school (address, phone,
  "Liên kết website" with the neighbour schools' sites on the same host, the Sở GD&ĐT, a
  visitor counter image under "Số lượt truy cập:"), and the viewer's bar ("Google Sites",
  "Báo cáo hành vi sai trái", "Chi tiết về trang" with a hidden "Trang đã cập nhật" date);
- other pages: "Giới thiệu" and its sub-page "Cơ cấu tổ chức", "Văn bản" (a typed register of
  documents linking to Drive), "Thư viện ảnh" (photos and Google Photos album links), "Lịch công
  tác" (an embedded Google Calendar), "Liên hệ" (an embedded Google Form and map); the home page
  (welcome text, typed "Tin mới" and "Thông báo" lists, a carousel, a YouTube video, a survey
  form "Khảo sát ý kiến cha mẹ học sinh");
- the host also serves the neighbour sites ``/view/thhoaphuoc`` (a different school whose name
  starts with the same letters: a plain string-prefix test takes it for ours), ``/view/thcshoaphu``
  and ``/view/mnhoaphu``, each with its own news posts. They are other portals: not in GOLD.

Traps: ``?authuser=N`` (any N) serves every page again; the viewer then writes the same
``authuser`` into every generated link (menu, logo, home link), so one pasted ``?authuser=0``
link doubles the menu-reachable site. The neighbour prefix ``/view/thhoaphuoc``. A "Thông báo"
sub-page that is a placeholder ("Nội dung đang được cập nhật.", 200). One post still listed on
a section's page 2 was deleted: its link answers 404 (Sites' own not-found page). Unknown paths
under the site answer 404; ``/view/thhoaphu/`` redirects to ``/view/thhoaphu``. No sitemap, no
feed, no robots.txt on the shared host (404).

Text: one post was pasted from a "Unicode tổ hợp" editor and is stored decomposed (NFD); the
page ``<title>`` is "<site> - <page name>" where the page name (menu name, address) is short
and the page header shows the full title; the ``og:url`` is the clean address (no query).

Gold (by hand, see GOLD). Articles are the posts under the three sections of "Tin tức". Title:
the page header's ``h1`` (the full title as printed; not the page name of ``<title>``/menu).
Date: the date the teacher typed on the post (with its time when she typed one; her "Cập
nhật: 29/5/2026" and "(Cập nhật lúc …)" lines are the posting date, not an edit); if she typed
none, the date printed beside the post in its section listing; never the banner's today, nor
the hidden "Trang đã cập nhật" date or the publish time in the inline JSON (page edits, not
publication). Authors/photographers/source from the typed byline ("Tin, ảnh: X" and "Bài, ảnh:
X" give both; "Tin: X" author, "Ảnh: Y" photographer, also when Y is an organisation as printed
("Liên đội TH Hòa Phú"); a bare right-aligned name at the end is the author; "Nguồn: Báo Đà
Nẵng" is the source). The summary is the bold italic lead where a post starts with one (it is
the body's first paragraph), else null. Body: the typed paragraphs, bold sub-heading lines and
list items in order, without the header title, the date line, the trail line, bylines,
captions, "Các tin khác", buttons and embeds. Images: the post's photos in page order (carousel
slides included) with the caption line (brackets removed), null when there is none or when the
line is a file name. Category: the section page the post belongs to (its parent in the menu and
the section listing it), as the menu names it.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "googlesites_school"
PLATFORM = "googlesites"

SITE_NAME = "thhoaphu"
PREFIX = f"/view/{SITE_NAME}"
START_PATH = PREFIX
SCHOOL = "Trường Tiểu học Hòa Phú"

#: the three news sections (sub-pages of "Tin tức"), by key: page name as the menu shows it
SECTIONS: dict[str, str] = {
    "hd": "Hoạt động nhà trường",
    "tb": "Thông báo",
    "doi": "Hoạt động Đội - Sao",
}
#: posts per typed listing page of each section (the teacher paged by hand)
PER_PAGE = {"hd": 4, "tb": 3, "doi": 4}


def urlize(name: str) -> str:
    """A Sites page address from its name: lower case, letters kept, other marks dropped."""
    s = unicodedata.normalize("NFC", name).lower()
    s = re.sub(r"[^\w\s-]", "", s)
    s = re.sub(r"[\s_]+", "-", s.strip())
    return re.sub(r"-{2,}", "-", s)


def enc(path: str) -> str:
    """A path as the viewer writes it in generated links: percent-encoded UTF-8."""
    return quote(path, safe="/-_.~")


def _h(seed: str, n: int = 10) -> str:
    """A deterministic generated-looking token (ids, image keys)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    digest = hashlib.sha256(seed.encode()).digest()
    while len(digest) < n:
        digest += hashlib.sha256(digest).digest()
    return "".join(alphabet[b % 64] for b in digest[:n])


def img(seed: str) -> str:
    """An image uploaded to a Sites page: served from googleusercontent (another host)."""
    return f"https://lh3.googleusercontent.com/sitesv/AICyYd{_h(seed, 96)}=w1280"


def drive_id(seed: str) -> str:
    return "1" + _h("drive" + seed, 32)


# Story.opts: name (page name: menu, <title>, address), sec (section key), date_line (typed,
# or None), date_at ("top", "top-right", "end"), list_date (dd/mm/yyyy printed in listings),
# byline (list of typed lines, right-aligned at the end), crumb (typed trail line), nfd,
# share (Facebook button), drive (an embedded PDF: file name), sheet (an embedded Sheet),
# updated (the hidden "Trang đã cập nhật" date), others (related posts linked at the end;
# "raw" prints their addresses unencoded, "auth" absolute with ?authuser=0).
# P styles: "" paragraph, "sapo" bold italic lead, "h" bold sub-heading line, "li" list item.
# Img styles: "cap" (Sites' image caption), "box" (centred italic text box under the photo),
# "paren" (centred text box "(…)"), "file" (a text box with the file name), "slide" (a
# carousel slide; consecutive slides form one carousel), "pair" (two photos side by side, each
# with its box under it), "none" (no line).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="hd",
        published_at="2026-11-20",
        blocks=[
            P(
                "Sáng 20/11, Trường Tiểu học Hòa Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo Đảng ủy, UBND xã Bà Nà,"
                " Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn"
                " 600 học sinh của trường.",
                "sapo",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các em học sinh khối 4, khối"
                " 5 biểu diễn với những tiết mục ca ngợi mái trường, thầy cô. Tiết mục múa “Bụi"
                " phấn” của lớp 5/2 đã để lại nhiều cảm xúc cho người xem."
            ),
            Img(
                img("nhagiao-1"),
                "Tiết mục múa “Bụi phấn” của học sinh lớp 5/2",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 5/2",
                "slide",
            ),
            Img(
                img("nhagiao-2"),
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng thầy cô",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng thầy cô",
                "slide",
            ),
            Img(
                img("nhagiao-3"),
                "Thầy cô giáo chụp ảnh lưu niệm cùng học sinh",
                "Thầy cô giáo chụp ảnh lưu niệm cùng học sinh",
                "slide",
            ),
            P(
                "Ôn lại truyền thống ngày 20/11, cô Hiệu trưởng Nguyễn Thị Mai Lan điểm lại những"
                " kết quả nổi bật của nhà trường trong năm học 2025 - 2026: 100% học sinh hoàn"
                " thành chương trình lớp học; 42 học sinh đạt giải trong các cuộc thi cấp thành"
                " phố; trường được công nhận đạt chuẩn quốc gia mức độ 2."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong"
                " đợt thi đua chào mừng ngày 20/11 và trao 15 suất học bổng “Thắp sáng ước mơ” cho"
                " học sinh có hoàn cảnh khó khăn vượt khó học tốt."
            ),
            Img(
                img("nhagiao-4"),
                "Cô Hiệu trưởng trao học bổng “Thắp sáng ước mơ” cho học sinh",
                "Cô Hiệu trưởng trao học bổng “Thắp sáng ước mơ” cho học sinh",
                "box",
            ),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        photographers=["Nguyễn Thị Thanh Hương"],
        summary=(
            "Sáng 20/11, Trường Tiểu học Hòa Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo Đảng ủy, UBND xã Bà Nà,"
            " Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn"
            " 600 học sinh của trường."
        ),
        opts={
            "name": "Kỷ niệm 20-11-2026",
            "date_line": "Thứ Sáu, 20/11/2026",
            "date_at": "top",
            "list_date": "20/11/2026",
            "byline": ["Tin, ảnh: Nguyễn Thị Thanh Hương"],
            "share": True,
            "updated": "21 thg 11, 2026",
            "others": "auth",
        },
    ),
    Story(
        id=2,
        slug="",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hd",
        published_at="2026-11-10",
        blocks=[
            P(
                "Hội thi giáo viên dạy giỏi cấp trường là dịp để giáo viên trao đổi kinh nghiệm,"
                " đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, đồng"
                " thời chọn giáo viên tham gia hội thi cấp thành phố.",
                "sapo",
            ),
            P(
                "Từ ngày 02/11 đến ngày 07/11/2026, Trường Tiểu học Hòa Phú tổ chức Hội thi giáo"
                " viên dạy giỏi cấp trường năm học 2026 - 2027. Tham gia hội thi có 18 giáo viên"
                " chủ nhiệm và 4 giáo viên bộ môn."
            ),
            P("1. Phần thi năng lực", "h"),
            P(
                "Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giảng dạy và giáo dục"
                " học sinh đã áp dụng tại lớp mình phụ trách. Nhiều biện pháp có tính thực tiễn"
                " cao như: sử dụng phiếu đọc sách theo tuần, tổ chức “Góc toán học” trong lớp,"
                " ứng dụng bảng tương tác trong môn Tự nhiên và Xã hội."
            ),
            P("2. Phần thi thực hành giảng dạy", "h"),
            P(
                "Giáo viên dạy hai tiết: một tiết môn Tiếng Việt hoặc Toán và một tiết tự chọn."
                " Các tiết dạy được chuẩn bị công phu, tổ chức nhiều hoạt động học tập theo nhóm,"
                " phát huy tính tích cực, chủ động của học sinh."
            ),
            Img(
                img("gvdg-1"),
                "Cô Trần Thị Bích Ngọc trong tiết dạy môn Tiếng Việt lớp 3/1",
                "Cô Trần Thị Bích Ngọc trong tiết dạy môn Tiếng Việt lớp 3/1",
                "cap",
            ),
            P(
                "Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn đã dự giờ, góp ý"
                " từng tiết dạy, chỉ ra ưu điểm và những điểm cần điều chỉnh để giáo viên hoàn"
                " thiện bài dạy."
            ),
            Img(
                img("gvdg-2"),
                "Học sinh lớp 4/3 thảo luận nhóm trong tiết Toán",
                "Học sinh lớp 4/3 thảo luận nhóm trong tiết Toán",
                "pair",
            ),
            Img(
                img("gvdg-3"),
                "Ban giám khảo góp ý sau tiết dạy",
                "Ban giám khảo góp ý sau tiết dạy",
                "pair",
            ),
            P("3. Kết quả", "h"),
            P(
                "Kết thúc hội thi, có 16 giáo viên được công nhận giáo viên dạy giỏi cấp trường,"
                " trong đó 5 giáo viên được chọn tham gia hội thi cấp thành phố vào tháng"
                " 12/2026."
            ),
        ],
        authors=["Lê Thị Ngọc Ánh"],
        summary=(
            "Hội thi giáo viên dạy giỏi cấp trường là dịp để giáo viên trao đổi kinh nghiệm,"
            " đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, đồng"
            " thời chọn giáo viên tham gia hội thi cấp thành phố."
        ),
        opts={
            "name": "Hội thi GVDG cấp trường",
            "date_line": "Ngày đăng: 2026-11-10",
            "date_at": "top",
            "list_date": "10/11/2026",
            "byline": ["Lê Thị Ngọc Ánh"],
            "crumb": True,
            "updated": "12 thg 11, 2026",
            "others": "rel",
        },
    ),
    Story(
        id=3,
        slug="",
        title="Chuyên đề “Đọc sách cùng con” tại lớp 2/1 và lớp 2/3",
        cat="hd",
        published_at="2026-10-16",
        blocks=[
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong nhà trường, chiều 15/10, tổ"
                " chuyên môn khối 2 tổ chức chuyên đề “Đọc sách cùng con” với sự tham gia của"
                " gần 70 phụ huynh và học sinh hai lớp 2/1 và 2/3."
            ),
            P(
                "Tại buổi sinh hoạt, các cô giáo hướng dẫn phụ huynh cách chọn sách phù hợp lứa"
                " tuổi, cách đặt câu hỏi để con kể lại câu chuyện và cách duy trì thói quen đọc 15"
                " phút mỗi tối trước khi đi ngủ."
            ),
            Img(
                img("docsach-1"),
                "(Phụ huynh và học sinh lớp 2/1 cùng đọc truyện tại thư viện xanh)",
                "Phụ huynh và học sinh lớp 2/1 cùng đọc truyện tại thư viện xanh",
                "paren",
            ),
            P(
                "Các gia đình đã cùng con đọc và đóng vai các nhân vật trong truyện “Dế Mèn phiêu"
                " lưu ký”, “Cây khế”, “Sự tích cây vú sữa”. Nhiều em mạnh dạn kể chuyện trước lớp"
                " bằng lời văn của mình."
            ),
            Img(
                img("docsach-2"),
                "(Em Lê Bảo Ngọc, lớp 2/3, kể lại câu chuyện “Cây khế”)",
                "Em Lê Bảo Ngọc, lớp 2/3, kể lại câu chuyện “Cây khế”",
                "paren",
            ),
            P(
                "Kết thúc chuyên đề, thư viện nhà trường tặng mỗi lớp 30 đầu sách thiếu nhi để bổ"
                " sung cho tủ sách lớp học."
            ),
        ],
        photographers=["Phạm Minh Tuấn"],
        opts={
            "name": "Chuyên đề Đọc sách cùng con",
            "date_line": None,
            "list_date": "16/10/2026",
            "byline": ["Ảnh: Phạm Minh Tuấn"],
            "updated": "03 thg 11, 2026",
            "others": "rel",
        },
    ),
    Story(
        id=4,
        slug="",
        title="Tưng bừng Lễ khai giảng năm học 2026 - 2027",
        cat="hd",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, trong không khí vui tươi của ngày hội đến trường, Trường Tiểu"
                " học Hòa Phú long trọng tổ chức Lễ khai giảng năm học 2026 - 2027. Năm học này,"
                " trường có 21 lớp với 614 học sinh, trong đó có 128 học sinh lớp 1."
            ),
            Img(
                img("khaigiang-1"),
                "Các em học sinh lớp 1 được anh chị lớp 5 dắt tay vào trường",
                "Các em học sinh lớp 1 được anh chị lớp 5 dắt tay vào trường",
                "cap",
            ),
            P(
                "Trong diễn văn khai giảng, cô Hiệu trưởng Nguyễn Thị Mai Lan nhắc lại những thành"
                " tích của thầy và trò trong năm học vừa qua và phát động phong trào thi đua “Mỗi"
                " ngày đến trường là một ngày vui”."
            ),
            P(
                "Thay mặt học sinh toàn trường, em Phan Gia Huy, lớp 5/1, hứa sẽ chăm ngoan, học"
                " tốt, thực hiện tốt Năm điều Bác Hồ dạy thiếu niên, nhi đồng."
            ),
            Img(
                img("khaigiang-2"),
                "Đồng chí Bí thư Đảng ủy xã đánh trống khai giảng năm học mới",
                "Đồng chí Bí thư Đảng ủy xã đánh trống khai giảng năm học mới",
                "cap",
            ),
            P(
                "Nhân dịp năm học mới, các nhà hảo tâm và Hội Khuyến học xã đã trao tặng 60 bộ"
                " sách giáo khoa, 200 cuốn vở và 20 chiếc cặp sách cho học sinh có hoàn cảnh khó"
                " khăn."
            ),
            Img(
                img("khaigiang-3"),
                "Trao quà cho học sinh có hoàn cảnh khó khăn",
                "Trao quà cho học sinh có hoàn cảnh khó khăn",
                "cap",
            ),
            P(
                "Buổi lễ khép lại với những tràng vỗ tay và những chùm bóng bay sắc màu, mở đầu"
                " cho một năm học mới nhiều niềm vui và thành công."
            ),
        ],
        authors=["Trần Văn Bình"],
        photographers=["Trần Văn Bình"],
        opts={
            "name": "Khai giảng năm học 2026-2027",
            "date_line": "Hòa Phú, ngày 05 tháng 9 năm 2026",
            "date_at": "top-right",
            "list_date": "05/9/2026",
            "byline": ["Bài, ảnh: Trần Văn Bình"],
            "nfd": True,
            "updated": "06 thg 9, 2026",
            "others": "rel",
        },
    ),
    Story(
        id=5,
        slug="",
        title="Bồi dưỡng chuyên môn hè: triển khai sách giáo khoa lớp 5 mới",
        cat="hd",
        published_at="2026-08-28T15:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 26 và 27/8/2026, giáo viên khối 5 của trường tham gia lớp bồi"
                " dưỡng sử dụng sách giáo khoa lớp 5 bộ “Kết nối tri thức với cuộc sống” do nhà"
                " xuất bản tổ chức theo hình thức trực tuyến kết hợp thực hành tại trường."
            ),
            Img(img("boiduong-1"), None, None, "none"),
            P(
                "Sau lớp bồi dưỡng, tổ khối 5 đã xây dựng kế hoạch dạy học các môn học cho cả năm"
                " học và thống nhất cách đánh giá thường xuyên theo Thông tư 27/2020/TT-BGDĐT."
            ),
        ],
        opts={
            "name": "Bồi dưỡng chuyên môn hè 2026",
            "date_line": "Đăng lúc 15:30 ngày 28/08/2026",
            "date_at": "end",
            "list_date": "28/8/2026",
            "byline": [],
            "updated": "28 thg 8, 2026",
        },
    ),
    Story(
        id=6,
        slug="",
        title="Tổng kết năm học 2025 - 2026 và lễ tri ân học sinh lớp 5",
        cat="hd",
        published_at="2026-05-29",
        blocks=[
            P(
                "Ngày 28/5/2026, Trường Tiểu học Hòa Phú tổ chức Lễ tổng kết năm học 2025 - 2026"
                " và lễ tri ân, trưởng thành cho 118 học sinh lớp 5."
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 587 học sinh hoàn thành chương trình lớp học,"
                " đạt tỉ lệ 100%; 118/118 học sinh lớp 5 hoàn thành chương trình tiểu học. Có 214"
                " học sinh được khen thưởng danh hiệu “Học sinh Xuất sắc” và 197 học sinh được"
                " khen thưởng danh hiệu “Học sinh Tiêu biểu”."
            ),
            Img(img("tongket-1"), "IMG_20260528_081244.jpg", None, "file"),
            P(
                "Trong phút chia tay, các em học sinh lớp 5 đã gửi lời tri ân đến thầy cô và"
                " trao lại lá cờ truyền thống của Liên đội cho các em khối 4."
            ),
            Img(
                img("tongket-2"),
                "Học sinh lớp 5 tri ân thầy cô giáo",
                "Học sinh lớp 5 tri ân thầy cô giáo",
                "box",
            ),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        photographers=["Lê Văn Hùng"],
        opts={
            "name": "Tổng kết năm học 2025-2026",
            "date_line": "Cập nhật: 29/5/2026",
            "date_at": "end",
            "list_date": "29/5/2026",
            "byline": ["Tin: Nguyễn Thị Thanh Hương - Ảnh: Lê Văn Hùng"],
            "updated": "02 thg 6, 2026",
        },
    ),
    Story(
        id=7,
        slug="",
        title="Thông báo cho học sinh nghỉ học ngày 24/11/2026 do mưa lũ",
        cat="tb",
        published_at="2026-11-23T17:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn khẩn của UBND xã Bà Nà về việc ứng phó với mưa lớn, ngập lụt,"
                " Trường Tiểu học Hòa Phú thông báo cho toàn bộ học sinh nghỉ học ngày Thứ Ba,"
                " 24/11/2026. Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo lớp;"
                " thời gian đi học trở lại nhà trường sẽ thông báo sau."
            ),
        ],
        opts={
            "name": "Nghỉ học do mưa lũ",
            "date_line": "(Cập nhật lúc 17:45 ngày 23/11/2026)",
            "date_at": "end",
            "list_date": "23/11/2026",
            "byline": [],
            "updated": "24 thg 11, 2026",
            "in_menu": True,
        },
    ),
    Story(
        id=8,
        slug="",
        title="Lịch kiểm tra định kỳ giữa học kỳ I năm học 2026 - 2027",
        cat="tb",
        published_at="2026-11-02",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra định kỳ giữa học kỳ I đối với môn Toán và"
                " Tiếng Việt của học sinh lớp 4 và lớp 5 như sau:"
            ),
            P("Thứ Tư (04/11): Tiếng Việt (đọc hiểu, viết) – khối 4, khối 5; buổi sáng.", "li"),
            P("Thứ Năm (05/11): Toán – khối 4, khối 5; buổi sáng.", "li"),
            P("Thứ Sáu (06/11): Kiểm tra đọc thành tiếng – khối 4, khối 5; trong giờ học.", "li"),
            P(
                "Học sinh có mặt tại lớp lúc 7 giờ 00. Đề nghị cha mẹ học sinh nhắc nhở các em ôn"
                " tập và chuẩn bị đầy đủ đồ dùng học tập."
            ),
        ],
        opts={
            "name": "Lịch kiểm tra giữa học kỳ I",
            "date_line": "Ngày 02/11/2026",
            "date_at": "top",
            "list_date": "02/11/2026",
            "byline": [],
            "sheet": True,
            "updated": "02 thg 11, 2026",
            "in_menu": True,
        },
    ),
    Story(
        id=9,
        slug="",
        title="Thông báo các khoản thu, chi năm học 2026 - 2027",
        cat="tb",
        published_at="2026-09-21",
        blocks=[
            P(
                "Căn cứ Nghị quyết của HĐND thành phố về các khoản thu dịch vụ phục vụ, hỗ trợ"
                " hoạt động giáo dục, nhà trường thông báo các khoản thu, chi năm học 2026 - 2027."
                " Chi tiết xem trong tệp đính kèm dưới đây."
            ),
        ],
        opts={
            "name": "Các khoản thu năm học 2026-2027",
            "date_line": "Ngày đăng: 21/09/2026",
            "date_at": "top",
            "list_date": "21/9/2026",
            "byline": [],
            "drive": "TB-cac-khoan-thu-2026-2027.pdf",
            "updated": "21 thg 9, 2026",
        },
    ),
    Story(
        id=10,
        slug="",
        title="Kết quả tuyển sinh lớp 1 năm học 2026 - 2027",
        cat="tb",
        published_at="2026-07-10",
        blocks=[
            P(
                "Nhà trường công bố danh sách học sinh trúng tuyển vào lớp 1 năm học 2026 - 2027"
                " (tệp đính kèm). Cha mẹ học sinh xem danh sách và nộp hồ sơ nhập học tại văn"
                " phòng nhà trường từ ngày 15/7 đến ngày 25/7/2026, trong giờ hành chính."
            ),
        ],
        opts={
            "name": "Kết quả tuyển sinh lớp 1",
            "date_line": None,
            "list_date": "10/7/2026",
            "byline": [],
            "drive": "DS-trung-tuyen-lop-1-2026.pdf",
            "updated": "14 thg 7, 2026",
        },
    ),
    Story(
        id=11,
        slug="",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="doi",
        published_at="2026-11-15",
        blocks=[
            P(
                "Chào mừng ngày Nhà giáo Việt Nam 20/11, trong tiết chào cờ đầu tuần, Liên đội"
                " Trường Tiểu học Hòa Phú phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn,"
                " vỏ chai nhựa năm học 2026 - 2027."
            ),
            Img(
                img("kehoachnho-1"),
                "Các chi đội mang giấy vụn về nộp cho Liên đội",
                "Các chi đội mang giấy vụn về nộp cho Liên đội",
                "box",
            ),
            P(
                "Chỉ sau một tuần, các chi đội đã thu gom được hơn 1,2 tấn giấy vụn và 300 kg vỏ"
                " chai nhựa. Chi đội 5/2 dẫn đầu với 156 kg giấy vụn."
            ),
            P(
                "Toàn bộ số tiền thu được sẽ dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh"
                " khó khăn và bổ sung sách cho “Thư viện xanh” của nhà trường."
            ),
            Img(
                img("kehoachnho-2"),
                "Liên đội trao thưởng cho các chi đội dẫn đầu",
                "Liên đội trao thưởng cho các chi đội dẫn đầu",
                "box",
            ),
        ],
        authors=["Võ Thị Kim Oanh"],
        photographers=["Liên đội TH Hòa Phú"],
        opts={
            "name": "Kế hoạch nhỏ 2026",
            "date_line": "Ngày 15 tháng 11 năm 2026",
            "date_at": "top",
            "list_date": "15/11/2026",
            "byline": ["Tin: Võ Thị Kim Oanh", "Ảnh: Liên đội TH Hòa Phú"],
            "updated": "16 thg 11, 2026",
            "others": "raw",
        },
    ),
    Story(
        id=12,
        slug="",
        title="Đà Nẵng: Hơn 120 nghìn học sinh tiểu học học kỹ năng an toàn giao thông",
        cat="doi",
        published_at="2026-10-19T07:45:00+07:00",
        blocks=[
            P(
                "Từ đầu năm học, các trường tiểu học trên địa bàn thành phố đồng loạt tổ chức"
                " chương trình “An toàn giao thông cho nụ cười trẻ thơ”, giúp học sinh hình thành"
                " thói quen tham gia giao thông an toàn.",
                "sapo",
            ),
            P(
                "Theo Sở Giáo dục và Đào tạo, chương trình được lồng ghép vào tiết sinh hoạt dưới"
                " cờ, hoạt động trải nghiệm và các buổi ngoại khóa. Học sinh được thực hành đội mũ"
                " bảo hiểm đúng cách, đi bộ qua đường an toàn và nhận biết các biển báo thường gặp."
            ),
            Img(
                img("atgt-1"),
                "Học sinh thực hành đội mũ bảo hiểm đúng cách",
                "Học sinh thực hành đội mũ bảo hiểm đúng cách",
                "cap",
            ),
            P(
                "Nhiều trường đã phối hợp với lực lượng cảnh sát giao thông tổ chức “Cổng trường"
                " an toàn giao thông”, bố trí điểm đón trả học sinh, hạn chế ùn tắc giờ tan học."
            ),
            P(
                "Tại Trường Tiểu học Hòa Phú, Liên đội đã tổ chức tiết sinh hoạt dưới cờ với chủ"
                " đề an toàn giao thông và cuộc thi vẽ tranh “Em đi học an toàn” cho học sinh khối"
                " 3, khối 4."
            ),
        ],
        source="Báo Đà Nẵng",
        summary=(
            "Từ đầu năm học, các trường tiểu học trên địa bàn thành phố đồng loạt tổ chức"
            " chương trình “An toàn giao thông cho nụ cười trẻ thơ”, giúp học sinh hình thành"
            " thói quen tham gia giao thông an toàn."
        ),
        opts={
            "name": "An toàn giao thông cho nụ cười trẻ thơ",
            "date_line": "Thứ Hai, 19/10/2026 - 07:45",
            "date_at": "top",
            "list_date": "19/10/2026",
            "byline": ["Nguồn: Báo Đà Nẵng"],
            "share": True,
            "updated": "19 thg 10, 2026",
        },
    ),
    Story(
        id=13,
        slug="",
        title="Đêm hội trăng rằm “Vui Tết Trung thu” năm 2026",
        cat="doi",
        published_at="2026-09-25",
        blocks=[
            P(
                "Tối 24/9, Liên đội Trường Tiểu học Hòa Phú phối hợp với Ban đại diện cha mẹ học"
                " sinh tổ chức Đêm hội trăng rằm “Vui Tết Trung thu” cho hơn 600 học sinh toàn"
                " trường."
            ),
            P(
                "Đêm hội có nhiều hoạt động hấp dẫn: thi bày mâm ngũ quả, rước đèn ông sao quanh"
                " sân trường, múa lân và phá cỗ trông trăng. Mỗi em học sinh đều được nhận một"
                " phần quà Trung thu do nhà trường và các nhà hảo tâm trao tặng."
            ),
            Img(
                img("trungthu-1"),
                "Mâm ngũ quả của Chi đội 4/2 đạt giải Nhất",
                "Mâm ngũ quả của Chi đội 4/2 đạt giải Nhất",
                "slide",
            ),
            Img(img("trungthu-2"), None, None, "slide"),
            Img(
                img("trungthu-3"),
                "Các em học sinh rước đèn quanh sân trường",
                "Các em học sinh rước đèn quanh sân trường",
                "slide",
            ),
        ],
        authors=["Võ Thị Kim Oanh"],
        photographers=["Võ Thị Kim Oanh"],
        opts={
            "name": "Trung thu 2026",
            "date_line": "25-09-2026",
            "date_at": "top",
            "list_date": "25/9/2026",
            "byline": ["Bài, ảnh: Võ Thị Kim Oanh"],
            "updated": "25 thg 9, 2026",
            "others": "rel",
        },
    ),
]

#: a post the teacher deleted; section page 2 still links it (Sites answers 404)
DELETED = ("hd", "Tập huấn phòng cháy chữa cháy", "15/4/2026")


def section_path(sec: str) -> str:
    return f"{PREFIX}/tin-tức/{urlize(SECTIONS[sec])}"


def listing_path(sec: str, page: int) -> str:
    return section_path(sec) + ("" if page == 1 else f"/trang-{page}")


def post_upath(s: Story) -> str:
    """The post's address, Vietnamese letters raw (as Sites keeps the page name)."""
    return f"{section_path(s.cat)}/{urlize(s.opts['name'])}"


def post_path(s: Story) -> str:
    """The post's address as a browser sends it: percent-encoded."""
    return enc(post_upath(s))


def in_section(sec: str) -> list[Story]:
    return [s for s in STORIES if s.cat == sec]


def section_pages(sec: str) -> list[list[Story]]:
    items = in_section(sec)
    n = PER_PAGE[sec]
    return [items[i : i + n] for i in range(0, len(items), n)]


def newest(n: int) -> list[Story]:
    def key(s: Story) -> str:
        return s.published_at or ""

    return sorted(STORIES, key=key, reverse=True)[:n]


# ------------------------------------------------------------------------- the other sites


NEIGHBOURS: dict[str, dict] = {
    "thhoaphuoc": {
        "school": "Trường Tiểu học Hòa Phước",
        "address": "Thôn Quá Giáng, xã Hòa Tiến, thành phố Đà Nẵng",
        "posts": [
            (
                "Hội khỏe Phù Đổng cấp trường",
                "Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
                "18/11/2026",
                [
                    "Sáng 17/11, Trường Tiểu học Hòa Phước tổ chức Hội khỏe Phù Đổng cấp trường"
                    " với các môn chạy, nhảy dây, cờ vua và đá cầu cho gần 300 học sinh.",
                    "Kết thúc hội khỏe, Ban tổ chức trao 36 giải cá nhân và 6 giải đồng đội.",
                ],
            ),
            (
                "Khai giảng 2026",
                "Trường Tiểu học Hòa Phước khai giảng năm học mới",
                "05/9/2026",
                [
                    "Sáng 05/9, thầy và trò Trường Tiểu học Hòa Phước nô nức đón chào năm học mới"
                    " 2026 - 2027 với 412 học sinh, trong đó có 86 học sinh lớp 1.",
                ],
            ),
        ],
    },
    "thcshoaphu": {
        "school": "Trường THCS Hòa Phú",
        "address": "Thôn Hòa Khê, xã Bà Nà, thành phố Đà Nẵng",
        "posts": [
            (
                "Ngày hội STEM 2026",
                "Ngày hội STEM của học sinh Trường THCS Hòa Phú",
                "12/11/2026",
                [
                    "Ngày 11/11, Trường THCS Hòa Phú tổ chức Ngày hội STEM với 24 gian trưng bày"
                    " sản phẩm của học sinh các khối lớp.",
                ],
            ),
        ],
    },
    "mnhoaphu": {
        "school": "Trường Mầm non Hòa Phú",
        "address": "Thôn Hòa Khê, xã Bà Nà, thành phố Đà Nẵng",
        "posts": [
            (
                "Bé vui Trung thu",
                "Bé vui hội trăng rằm",
                "24/9/2026",
                [
                    "Chiều 24/9, các bé Trường Mầm non Hòa Phú hào hứng tham gia chương trình “Bé"
                    " vui hội trăng rằm” cùng cô giáo và cha mẹ.",
                ],
            ),
        ],
    },
}


# ------------------------------------------------------------------------- markup pieces


@dataclass
class Ctx:
    """One request's view: absolute base, the site's prefix, the viewer's authuser value."""

    base: str
    prefix: str
    school: str
    authuser: str | None = None

    def nav(self, upath: str) -> str:
        """A generated link (menu, logo): encoded, with the viewer's authuser carried along."""
        return enc(upath) + (f"?authuser={self.authuser}" if self.authuser is not None else "")


def _id(seed: str) -> str:
    return "h." + _h("id" + seed, 12).lower().replace("-", "").replace("_", "")[:10]


def _span(inner: str, style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return f'<span class="C9DxTc "{st}>{inner}</span>'


def _p(inner: str, align: str = "", span_style: str = "", extra: str = "") -> str:
    pstyle = f' style="text-align: {align};"' if align else ""
    cls = "zfr3Q CDt4Ke " + extra
    return f'<p dir="ltr" class="{cls}"{pstyle}>{_span(inner, span_style)}</p>'


def _a(href: str, label: str, target: bool = False) -> str:
    tgt = ' target="_blank"' if target else ""
    return f'<a class="XqQF9c" href="{href}"{tgt}><span class="C9DxTc aw5Odc ">{label}</span></a>'


def _ext(url: str) -> str:
    """An external link typed in a text box: Sites wraps it in google.com/url."""
    return (
        f"https://www.google.com/url?q={quote(url, safe='')}&amp;sa=D&amp;sntz=1&amp;"
        f"usg=AOvVaw{_h(url, 24)}"
    )


def _tile(seed: str, inner: str, kind: str = "text") -> str:
    """One block of the page grid: a text box, an image, an embed, a button."""
    if kind == "text":
        wrap = f'<div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div>'
        cls = "hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb JYTMs"
    elif kind == "image":
        wrap = inner
        cls = "hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"
    else:
        wrap = inner
        cls = "hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb L6cTce-OWXEXe"
    return (
        f'<div class="oKdM2c ZZyype Kzv0Me"><div id="{_id(seed)}" class="{cls}">'
        f'<div class="jXK9ad-SmKAyb">{wrap}</div></div></div>'
    )


def _column(tiles: str, half: bool = False) -> str:
    width = "Ft7HRd-AhqUyc-Qhnyfe" if half else "Ft7HRd-AhqUyc-uQSCkd"
    return (
        f'<div class="hJDwNd-AhqUyc-uQSCkd {width} purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb '
        'pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">'
        '<div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" '
        f'jsname="F57UId">{tiles}</div></div></div>'
    )


def _section(seed: str, columns: str, cls: str = "") -> str:
    return (
        f'<section id="{_id("sec" + seed)}" class="yaqOZd {cls}"><div class="IFuOkc"></div>'
        '<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
        '<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc L6cTce-purZT L6cTce-pSzOP">'
        f'<div class="JNdkSc-SmKAyb LkDMRd">{columns}</div></div></div></div></section>'
    )


def _image(src: str, caption_html: str = "") -> str:
    cap = (
        f'<div class="XKnsYe" jsname="VBpXPd"><p class="pYPJyc" dir="ltr">{caption_html}</p></div>'
        if caption_html
        else ""
    )
    return (
        f'<div class="WIdY2d M1aSXe"><div jsname="WXxXjd" style="width: 100%;"><div class="t3iYD">'
        f'<img src="{esc(src)}" class="CENy8b" role="img" style="width: 100%; margin: 0%">'
        f"</div></div></div>{cap}"
    )


def _carousel(seed: str, slides: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<div class="fy4ZP" data-index="{i}" aria-hidden="{"false" if i == 0 else "true"}">'
        f'<img class="TbYa3b" src="{esc(src)}" alt="" role="img">'
        + (f'<div class="vaHNWb"><div class="BHw8Wd">{cap}</div></div>' if cap else "")
        + "</div>"
        for i, (src, cap) in enumerate(slides)
    )
    dots = "".join(
        f'<div role="button" class="Qd2Dzf" aria-label="Trang trình bày {i + 1}" tabindex="0"></div>'
        for i in range(len(slides))
    )
    inner = (
        f'<div jscontroller="SGWD4d" class="P1R3lb" data-interval="5000" data-autoplay="true" '
        f'jsaction="rcuQ6b:WYd;"><div class="Kc8Cbf" jsname="gG0Tbd">{items}</div>'
        '<div role="button" class="EVKKMb" aria-label="Trang trình bày trước" tabindex="0"></div>'
        '<div role="button" class="EVKKMb F9xUGb" aria-label="Trang trình bày tiếp theo" '
        f'tabindex="0"></div><div class="Z2Lrpf">{dots}</div></div>'
    )
    return _tile(seed, inner, "embed")


def _button(seed: str, href: str, label: str) -> str:
    inner = (
        '<div class="U26fgb L7IXhc htnAL QmpIrf M9Bg4d" jscontroller="VXdfxd" '
        'jsaction="click:cOuCgd; mousedown:UX7yZ;" role="presentation">'
        f'<a class="FKF6mc TpQm9d" href="{href}" aria-label="{esc(label)}">'
        f'<div class="NsaAfc"><p>{esc(label)}</p></div></a></div>'
    )
    return _tile(seed, inner, "embed")


def _embed(seed: str, src: str, title: str, height: int = 480) -> str:
    inner = (
        f'<div class="YMEQtf" style="width: 100%; height: {height}px;">'
        f'<iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms '
        f'allow-same-origin allow-popups-to-escape-sandbox allow-downloads" frameborder="0" '
        f'aria-label="{esc(title)}" src="{esc(src)}" allowfullscreen></iframe></div>'
    )
    return _tile(seed, inner, "embed")


# ------------------------------------------------------------------------- the page frame


def _menu() -> list[tuple[str, str, list]]:
    """Our site's menu: (page name, raw path, children)."""
    notices = [s for s in in_section("tb") if s.opts.get("in_menu")]
    return [
        ("Trang chủ", f"{PREFIX}/trang-chủ", []),
        (
            "Giới thiệu",
            f"{PREFIX}/giới-thiệu",
            [("Cơ cấu tổ chức", f"{PREFIX}/giới-thiệu/cơ-cấu-tổ-chức", [])],
        ),
        (
            "Tin tức",
            f"{PREFIX}/tin-tức",
            [
                (SECTIONS["hd"], section_path("hd"), []),
                (
                    SECTIONS["tb"],
                    section_path("tb"),
                    [(s.opts["name"], post_upath(s), []) for s in notices]
                    + [("Lịch kiểm tra cuối học kỳ I", PLACEHOLDER, [])],
                ),
                (SECTIONS["doi"], section_path("doi"), []),
            ],
        ),
        ("Văn bản", f"{PREFIX}/văn-bản", []),
        ("Thư viện ảnh", f"{PREFIX}/thư-viện-ảnh", []),
        ("Lịch công tác", f"{PREFIX}/lịch-công-tác", []),
        ("Liên hệ", f"{PREFIX}/liên-hệ", []),
    ]


PLACEHOLDER = f"{section_path('tb')}/lịch-kiểm-tra-cuối-học-kỳ-i"


def _nav_html(ctx: Ctx, menu: list, current: str, level: int = 1) -> str:
    items = []
    for name, upath, children in menu:
        on_path = current == upath or current.startswith(upath + "/")
        selected = ' aria-selected="true" aria-current="true"' if current == upath else ""
        sub = ""
        toggle = ""
        if children:
            expanded = "true" if on_path else "false"
            toggle = (
                f'<div role="button" class="mBHtvb u5fiyc" aria-expanded="{expanded}" '
                f'aria-label="Mở rộng/Thu gọn" tabindex="0" jsname="ix0Hvc"><div class="ovnfwe Bb3lOb"></div></div>'
            )
            sub = (
                f'<div class="oGuwee eWDljc RPRy1e Mkt3Tc" jsname="QXE97" '
                f'aria-hidden="{"false" if on_path else "true"}"><ul class="VcS63b">'
                + _nav_html(ctx, children, current, level + 1)
                + "</ul></div>"
            )
        items.append(
            f'<li jsname="ibnC6b" data-nav-level="{level}" class="VsJjtf{" ZmrVpf" if on_path else ""}">'
            f'<div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib{" lhZOrc" if on_path else ""}" data-level="{level}">'
            f'<div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);">'
            f'<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QTKDff" href="{ctx.nav(upath)}" '
            f'data-url="{enc(upath)}" data-type="1" data-level="{level}"{selected}>{esc(name)}</a>'
            f"</div>{toggle}</div>{sub}</li>"
        )
    return "".join(items)


def _site_json(ctx: Ctx, site: str, page_id: str, page_name: str, updated_ms: int) -> str:
    """The viewer's inline data: site and page ids, names, publish time (of the last edit)."""
    data = [
        [
            f"1{_h('site' + site, 20)}",
            site,
            ctx.school,
            [page_id, page_name, 1, None, updated_ms],
            "vi",
            None,
            [1, 1, 0],
            updated_ms,
        ]
    ]
    return (
        "AF_initDataCallback({key: 'ds:0', hash: '1', data:"
        + json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        + ", sideChannel: {}});"
    )


def _updated_ms(label: str) -> int:
    """'21 thg 11, 2026' -> epoch milliseconds of that day, 09:12 local (a later edit)."""
    m = re.match(r"(\d+) thg (\d+), (\d{4})", label)
    assert m, label
    day = datetime(
        int(m.group(3)),
        int(m.group(2)),
        int(m.group(1)),
        9,
        12,
        tzinfo=timezone(timedelta(hours=7)),
    )
    return int(day.timestamp() * 1000)


FOOTER_LINKS = [
    ("Sở GD&ĐT thành phố Đà Nẵng", "https://danang.edu.vn/"),
    ("Trường Tiểu học Hòa Phước", "/view/thhoaphuoc"),
    ("Trường THCS Hòa Phú", "/view/thcshoaphu"),
    ("Trường Mầm non Hòa Phú", "/view/mnhoaphu"),
    ("Thư viện học liệu số", "https://hoclieu.vn/"),
]


def _footer(ctx: Ctx, own: bool) -> str:
    if own:
        links = "".join(
            '<li class="zfr3Q TYR86d eD0Rn " style="list-style-type: disc;">'
            '<p dir="ltr" class="zfr3Q CDt4Ke ">'
            + (
                _a(ctx.base + href, esc(name), True)
                if href.startswith("/")
                else _a(_ext(href), esc(name), True)
            )
            + "</p></li>"
            for name, href in FOOTER_LINKS
        )
        left = _tile(
            "foot-l",
            _p(esc(SCHOOL.upper()), span_style="font-weight: 700;")
            + _p("Địa chỉ: Thôn Hòa Khê, xã Bà Nà, thành phố Đà Nẵng")
            + _p("Điện thoại: 0236 3846 215 – Email: c1hoaphu.danang@gmail.com")
            + _p("Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Mai Lan"),
        )
        mid = _tile(
            "foot-m",
            _p("Liên kết website", span_style="font-weight: 700;")
            + f'<ul class="n8H08c UVNKR ">{links}</ul>',
        )
        counter = _tile(
            "foot-r",
            _p("Số lượt truy cập:", span_style="font-weight: 700;")
            + '<p dir="ltr" class="zfr3Q CDt4Ke "><img src="https://counter11.optistats.ovh/private/'
            'freecounterstat.php?c=k8q2m4x7w3hz9d5t1n6b" border="0" alt="bộ đếm truy cập" '
            'title="bộ đếm truy cập"></p>',
        )
        body = _section(
            "footer", _column(left, True) + _column(mid, True) + _column(counter, True), "KMKpnc"
        )
    else:
        body = _section("footer", _column(_tile("foot", _p(esc(ctx.school)))), "KMKpnc")
    return f'<footer jsname="yePe5c" class="WrSmCd">{body}</footer>'


def _viewer_bar(updated: str, updated_ms: int) -> str:
    return (
        '<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" '
        f'class="dZA9kd ynRLnc" data-last-updated-at-time="{updated_ms}" data-is-preview="false">'
        '<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" '
        'jscontroller="iSvg6e" aria-label="Thông tin về trang web" aria-disabled="false" '
        'tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start">'
        '<div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot="" class="MhXXcc oJeWuf">'
        '<span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" '
        'class=" NMm5M"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 '
        '2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zM11 9h2V7h-2v2z"></path></svg>'
        '</span></span><div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" '
        'jscontroller="uY3Nvd" role="menu" tabindex="-1"><div jsname="SDSjce" class="XvhY1d"><div class="JAPqpe K0NPx">'
        '<span jsslot="" class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true);" role="menuitem" '
        'tabindex="-1" data-disabled="false" aria-label="Google Sites"><div class="aBBjbd MbhUzd"></div>'
        '<div class="uyYuVb oJeWuf" jsaction="JIbuQc:Toy3n;"><div class="jO7h3c">Google Sites</div></div></span>'
        '<span jsslot="" class="z80M1 FeRvI" role="menuitem" tabindex="-1" aria-label="Báo cáo hành vi sai trái">'
        '<div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Báo cáo hành vi sai trái'
        '</div></div></span><span jsslot="" class="z80M1 FeRvI" role="menuitem" tabindex="-1" '
        'aria-label="Chi tiết về trang"><div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf">'
        '<div class="jO7h3c">Chi tiết về trang</div></div></span></div></div></div></div></div>'
        '<div class="dFDLzc" role="dialog" aria-hidden="true" style="display:none" aria-label="Chi tiết về trang">'
        f'<div class="hqqKBd">Trang đã cập nhật</div><div class="CBgGuc">{esc(updated)}</div></div>'
        '<a class="JYrHV" href="https://www.google.com/url?q=https%3A%2F%2Fsites.google.com%2Fnew&amp;sa=D" '
        'aria-label="Google Sites">Google Sites</a></div>'
    )


def _frame(
    ctx: Ctx,
    *,
    upath: str,
    page_name: str,
    header_title: str,
    content: str,
    updated: str = "19 thg 11, 2026",
    own: bool = True,
    banner_image: str | None = None,
    description: str = "",
) -> str:
    """A whole Sites page: head with inline data, banner, header with menu, page header, content."""
    nonce = _h("nonce" + upath, 22)
    title = f"{ctx.school} - {page_name}"
    page_id = _h("page" + upath, 12)
    updated_ms = _updated_ms(updated)
    menu = (
        _menu()
        if own
        else [
            ("Trang chủ", f"{ctx.prefix}/trang-chủ", []),
            ("Tin tức", f"{ctx.prefix}/tin-tức", []),
        ]
    )
    current = upath if upath != ctx.prefix else f"{ctx.prefix}/trang-chủ"
    nav = f'<nav jsname="ihoMLd" class="plFg0c"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">{_nav_html(ctx, menu, current)}</ul></nav>'
    banner = ""
    if own:
        banner = (
            '<div jscontroller="qXSLwc" class="Z4bRrd kXxVzc" role="region" aria-label="Biểu ngữ thông báo">'
            f'<div class="AwTJXe"><p class="zfr3Q">{esc(TODAY)} — Học sinh đi học trở lại bình thường từ ngày'
            " 26/11/2026 sau đợt nghỉ mưa lũ.</p></div>"
            f'<a class="rTMnCf" href="{ctx.base}{enc(post_upath(STORIES[6]))}">Xem chi tiết</a>'
            '<div role="button" class="U26fgb" aria-label="Đóng biểu ngữ"></div></div>'
        )
    bg = banner_image or img("banner" + ctx.prefix)
    header = _section(
        "hdr" + upath,
        _column(
            _tile(
                "title" + upath,
                f'<h1 id="{_id("h1" + upath)}" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: center;">'
                f"{_span(esc(header_title))}</h1>",
            )
        ),
        f'LB7kq cJgDec nyKByd O13XJf KEFykf" style="background-image: url({esc(bg)});',
    )
    og_url = ctx.base + enc(upath)
    return f"""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="website"><meta property="og:url" content="{og_url}"><meta property="og:description" content="{esc(description)}"><meta itemprop="name" content="{esc(title)}"><meta itemprop="description" content="{esc(description)}"><meta itemprop="url" content="{og_url}"><meta itemprop="thumbnailUrl" content="{esc(bg)}"><meta itemprop="image" content="{esc(bg)}"><meta property="og:image" content="{esc(bg)}"><link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&amp;display=swap" rel="stylesheet" nonce="{nonce}"><link href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7R57rYYVGiA.L.X.O/am=MBiA/d=1/rs=AGEqA5nH97dOwqY0iGblvGlWiaR59owncA" data-id="_cl" rel="stylesheet" nonce="{nonce}"><script nonce="{nonce}">window.WIZ_global_data = {{"Im6cmf":"/_/atari/","EP1ykd":["/_/*"],"Yllh3e":"%.@.{updated_ms},83214,1907342]","QrtxK":"0","S06Grb":"","Y2q1Lb":"vi","cfb2h":"atari_20261117.04_p0","eptZe":"/_/atari/","gGcLoe":false,"qwAQke":"AtariViewUi","qymVe":"{_h("q" + upath, 27)}","rtQCxc":-420,"w2btAe":"%.@.null,null,\\"\\",false,null,null,true,false]"}};</script><script nonce="{nonce}">var DOCS_timing={{}}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="{nonce}">{_site_json(ctx, ctx.prefix.rsplit("/", 1)[1], page_id, page_name, updated_ms)}</script><title>{esc(title)}</title><style jsname="ptDGoc" nonce="{nonce}">.M63kCb{{background-color: rgba(255,255,255,1);}}.OUGEr{{color: rgba(33,33,33,1);}}.duRjpb .OUGEr{{color: rgba(34,110,147,1);}}.zfr3Q{{font-family: Lato, sans-serif; font-size: 12pt;}}.KJJ6Fb{{font-family: Lato, sans-serif;}}</style><script nonce="{nonce}" src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.vi.8XnF4c5Zk4M.O/am=MBiA/d=1/rs=AGEqA5m8Q0x7oJ-2dj0J7y4nGQk1o4uRcA/m=view" async></script></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jscontroller="o1L5Wb" data-sitename="{ctx.prefix.rsplit("/", 1)[1]}" data-search-scope="1" data-universe="1" jsmodel="fNFZH" jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;zuqEgd:HI9w0;tr6QDd:Y8aXB;MxH79b:JdcaS;rcuQ6b:WYd;" jsname="G0jgYd"><div jsname="gYwusb" class="p9b27"></div><div jscontroller="RrXLpc" jsname="XeeWQc" role="banner" jsaction="keydown:uiKYid(OH0EC);rcuQ6b:WYd;zuqEgd:ufqpf;JxcWFf:VtC3bc;">
<a class="FLAf8b" href="#h.INITIAL_GRID">Bỏ qua để tới nội dung chính</a><a class="FLAf8b" href="#yuynLe">Bỏ qua điều hướng</a>{banner}
<div jscontroller="i3vUod" class="BbxBP HP6J1d K5Zlne"><div class="VLoccc K5Zlne QDWEj U8eYrb"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="{ctx.nav(ctx.prefix + "/trang-chủ")}"><img src="{img("logo" + ctx.prefix)}" class="lzy1Td" role="img" aria-label="Trang chủ của {esc(ctx.school)}"><span class="QTKDff">{esc(ctx.school)}</span></a></div><div jsname="mADGA" class="zDUgLc"></div></div>
<div role="search" class="RBEWZc"><div class="xaaaMc" aria-label="Tìm kiếm trên trang web này" role="button" tabindex="0"><div class="Ox0B1"></div></div><input class="whsOnd zHQkBf" jsname="YPqjbf" type="text" aria-label="Tìm kiếm trên trang web này" placeholder="Tìm kiếm"></div>
{nav}</div></div></div>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr" id="yuynLe">{header}<div id="h.INITIAL_GRID"></div>{content}</div>
{_footer(ctx, own)}
</div>{_viewer_bar(updated, updated_ms)}</div></div></body></html>"""


# ------------------------------------------------------------------------- post pages


def _story_text(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _story_content(ctx: Ctx, s: Story) -> str:
    """The post's grid: date/trail boxes, text boxes and images in order, bylines, extras."""
    rows: list[str] = []
    n = 0

    def seed() -> str:
        nonlocal n
        n += 1
        return f"{s.id}-{n}"

    top: list[str] = []
    if s.opts.get("crumb"):
        top.append(
            _p(
                _a(enc(f"{PREFIX}/tin-tức"), "Tin tức")
                + " » "
                + _a(enc(section_path(s.cat)), esc(SECTIONS[s.cat]))
            )
        )
    line = s.opts.get("date_line")
    if line and s.opts.get("date_at") == "top":
        top.append(_p(esc(line), span_style="font-style: italic; color: #757575;"))
    if line and s.opts.get("date_at") == "top-right":
        top.append(_p(esc(line), "right", "font-style: italic;"))
    if top:
        rows.append(_column(_tile(seed(), "".join(top))))

    texts: list[str] = []
    items: list[str] = []

    def flush_items() -> None:
        if items:
            texts.append(f'<ul class="n8H08c UVNKR ">{"".join(items)}</ul>')
            items.clear()

    def flush() -> None:
        flush_items()
        if texts:
            rows.append(_column(_tile(seed(), "".join(texts))))
            texts.clear()

    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            t = _story_text(s, b.text)
            if b.style == "li":
                items.append(
                    '<li dir="ltr" class="zfr3Q TYR86d eD0Rn " style="list-style-type: disc;">'
                    f'<p dir="ltr" class="zfr3Q CDt4Ke ">{_span(t)}</p></li>'
                )
            else:
                flush_items()
                if b.style == "sapo":
                    texts.append(_p(t, "justify", "font-weight: 700; font-style: italic;"))
                elif b.style == "h":
                    texts.append(_p(t, "", "font-weight: 700;"))
                else:
                    texts.append(_p(t, "justify"))
        elif isinstance(b, Raw):
            flush_items()
            texts.append(b.html)
        elif isinstance(b, Img):
            flush()
            if b.style == "slide":
                slides = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "slide":
                    im = blocks[i]
                    slides.append((im.src, _story_text(s, im.printed) if im.printed else ""))
                    i += 1
                rows.append(_column(_carousel(seed(), slides)))
                continue
            if b.style == "pair":
                pair = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "pair":
                    pair.append(blocks[i])
                    i += 1
                rows.append(
                    "".join(
                        _column(
                            _tile(seed(), _image(im.src), "image")
                            + _tile(
                                seed(),
                                _p(_story_text(s, im.printed), "center", "font-style: italic;"),
                            ),
                            half=True,
                        )
                        for im in pair
                    )
                )
                continue
            if b.style == "cap":
                tiles = _tile(seed(), _image(b.src, _story_text(s, b.printed)), "image")
            else:
                tiles = _tile(seed(), _image(b.src), "image")
                if b.style == "box":
                    tiles += _tile(
                        seed(), _p(_story_text(s, b.printed), "center", "font-style: italic;")
                    )
                elif b.style == "paren":
                    tiles += _tile(seed(), _p(_story_text(s, b.printed), "center"))
                elif b.style == "file":
                    tiles += _tile(
                        seed(), _p(esc(b.printed), "center", "font-size: 9pt; color: #9e9e9e;")
                    )
            rows.append(_column(tiles))
        i += 1
    flush()

    tail: list[str] = []
    if line and s.opts.get("date_at") == "end":
        tail.append(_p(esc(line), "right", "font-style: italic;"))
    for by in s.opts.get("byline", []):
        tail.append(_p(_story_text(s, by), "right", "font-weight: 700;"))
    if tail:
        rows.append(_column(_tile(seed(), "".join(tail))))

    if s.opts.get("sheet"):
        rows.append(
            _column(
                _embed(
                    seed(),
                    "https://docs.google.com/spreadsheets/d/e/2PACX-1v"
                    + _h("sheet", 80)
                    + "/pubhtml?widget=true&amp;headers=false",
                    "Lịch kiểm tra giữa học kỳ I",
                    360,
                )
            )
        )
    if s.opts.get("drive"):
        fid = drive_id(s.opts["drive"])
        rows.append(
            _column(
                _embed(
                    seed(), f"https://drive.google.com/file/d/{fid}/preview", s.opts["drive"], 640
                )
                + _tile(
                    seed(),
                    _p(
                        "Tệp đính kèm: "
                        + _a(
                            _ext(f"https://drive.google.com/file/d/{fid}/view?usp=sharing"),
                            esc(s.opts["drive"]),
                            True,
                        )
                        + " – "
                        + _a(
                            _ext(f"https://drive.google.com/uc?export=download&id={fid}"),
                            "Tải về",
                            True,
                        )
                    ),
                )
            )
        )
    others = s.opts.get("others")
    if others:
        same = [o for o in in_section(s.cat) if o is not s][:3]
        lis = []
        for o in same:
            if others == "raw":
                href = esc(post_upath(o))
            elif others == "auth":
                href = f"{ctx.base}{post_path(o)}?authuser=0"
            else:
                href = post_path(o)
            lis.append(
                '<li dir="ltr" class="zfr3Q TYR86d eD0Rn " style="list-style-type: circle;">'
                f'<p dir="ltr" class="zfr3Q CDt4Ke ">{_a(href, esc(o.title))}'
                f" {_span('(' + o.opts['list_date'] + ')', 'color: #757575;')}</p></li>"
            )
        rows.append(
            _column(
                _tile(
                    seed(),
                    _p("Các tin khác:", "", "font-weight: 700; text-decoration: underline;")
                    + f'<ul class="n8H08c BKnRcf">{"".join(lis)}</ul>',
                )
            )
        )
    buttons = _button(seed(), enc(section_path(s.cat)), "« Quay lại")
    if s.opts.get("share"):
        share = "https://www.facebook.com/sharer/sharer.php?u=" + quote(
            ctx.base + post_path(s), safe=""
        )
        buttons += _button(seed(), share, "Chia sẻ lên Facebook")
    rows.append(_column(buttons))
    return _section(f"post{s.id}", "".join(rows))


def _post_page(ctx: Ctx, s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return _frame(
        ctx,
        upath=post_upath(s),
        page_name=s.opts["name"],
        header_title=s.title,
        content=_story_content(ctx, s),
        updated=s.opts["updated"],
        banner_image=next((b.src for b in s.blocks if isinstance(b, Img)), None),
        description=first[:150],
    )


# ------------------------------------------------------------------------- listings


def _excerpt(s: Story, words: int = 28) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _card(ctx: Ctx, s: Story) -> str:
    thumb = next((b.src for b in s.blocks if isinstance(b, Img)), img("no-photo-" + s.cat))
    link = post_path(s)
    pic = _tile(f"card-img{s.id}", f'<a href="{link}">{_image(thumb)}</a>', "image")
    words = _tile(
        f"card-txt{s.id}",
        _p(_a(link, esc(s.title)), "", "font-weight: 700; font-size: 13pt;")
        + _p(f"({s.opts['list_date']})", "", "font-style: italic; color: #757575;")
        + _p(esc(_excerpt(s)), "justify"),
    )
    more = _button(f"card-btn{s.id}", link, "Xem tiếp")
    return _column(pic, half=True) + _column(words + more, half=True)


def _section_page(ctx: Ctx, sec: str, page: int) -> str | None:
    pages = section_pages(sec)
    if not 1 <= page <= len(pages):
        return None
    rows = [_card(ctx, s) for s in pages[page - 1]]
    if sec == DELETED[0] and page == len(pages):
        gone = f"{section_path(sec)}/{urlize(DELETED[1])}"
        rows.append(
            _column(
                _tile(
                    "card-deleted",
                    _p(_a(enc(gone), esc(DELETED[1])), "", "font-weight: 700; font-size: 13pt;")
                    + _p(f"({DELETED[2]})", "", "font-style: italic; color: #757575;"),
                )
            )
        )
    if len(pages) > 1:
        links = []
        for n in range(1, len(pages) + 1):
            if n == page:
                links.append(_span(str(n), "font-weight: 700;"))
            else:
                links.append(_a(enc(listing_path(sec, n)), str(n)))
        nav = "Trang: " + " | ".join(links)
        if page < len(pages):
            nav += " &nbsp; " + _a(enc(listing_path(sec, page + 1)), "Xem tin cũ hơn »")
        rows.append(_column(_tile(f"pager{sec}{page}", _p(nav, "center"))))
    intro = {
        "hd": "Tin bài về các hoạt động dạy và học, phong trào thi đua của nhà trường.",
        "tb": "Các thông báo của nhà trường gửi tới cha mẹ học sinh và học sinh.",
        "doi": "Hoạt động của Liên đội và Sao Nhi đồng Trường Tiểu học Hòa Phú.",
    }[sec]
    content = _section(
        f"list{sec}{page}", _column(_tile(f"intro{sec}", _p(esc(intro), "center"))) + "".join(rows)
    )
    upath = listing_path(sec, page)
    name = SECTIONS[sec] if page == 1 else f"Trang {page}"
    return _frame(ctx, upath=upath, page_name=name, header_title=SECTIONS[sec], content=content)


def _news_page(ctx: Ctx) -> str:
    latest = newest(6)
    lines = []
    for k, s in enumerate(latest):
        href = f"{ctx.base}{post_path(s)}?authuser=0" if k in (2, 4) else post_path(s)
        lines.append(
            '<li dir="ltr" class="zfr3Q TYR86d eD0Rn " style="list-style-type: disc;">'
            f'<p dir="ltr" class="zfr3Q CDt4Ke ">{_a(href, esc(s.title))}'
            f" {_span('(' + s.opts['list_date'] + ')', 'font-style: italic;')}</p></li>"
        )
    box = _tile(
        "news-latest",
        _p("TIN MỚI", "", "font-weight: 700; color: #c62828;")
        + f'<ul class="n8H08c UVNKR ">{"".join(lines)}</ul>',
    )
    buttons = "".join(_button(f"news-btn{k}", enc(section_path(k)), v) for k, v in SECTIONS.items())
    content = _section(
        "news",
        _column(
            _tile(
                "news-intro",
                _p(
                    "Chào mừng quý phụ huynh và các em học sinh đến với trang tin của nhà trường.",
                    "center",
                ),
            )
        )
        + _column(box)
        + _column(buttons),
    )
    return _frame(
        ctx, upath=f"{PREFIX}/tin-tức", page_name="Tin tức", header_title="Tin tức", content=content
    )


def _home(ctx: Ctx) -> str:
    latest = "".join(
        _p(
            _a(post_path(s), esc(s.title))
            + " "
            + _span(f"({s.opts['list_date']})", "font-style: italic;")
        )
        for s in newest(4)
    )
    notices = "".join(_p("» " + _a(post_path(s), esc(s.title))) for s in in_section("tb")[:2])
    slides = [
        (img("home-1"), "Toàn cảnh Trường Tiểu học Hòa Phú"),
        (img("home-2"), "Thư viện xanh của nhà trường"),
        (img("home-3"), "Giờ ra chơi của học sinh"),
    ]
    content = (
        _section(
            "home-welcome",
            _column(
                _tile(
                    "welcome",
                    _p(
                        "CHÀO MỪNG QUÝ VỊ ĐẾN VỚI WEBSITE TRƯỜNG TIỂU HỌC HÒA PHÚ",
                        "center",
                        "font-weight: 700;",
                    )
                    + _p(
                        "Trường Tiểu học Hòa Phú được thành lập năm 1976, hiện có 21 lớp với hơn 600"
                        " học sinh. Nhà trường luôn phấn đấu xây dựng môi trường học tập thân thiện,"
                        " an toàn, chất lượng.",
                        "center",
                    ),
                )
            )
            + _column(_carousel("home-car", slides)),
        )
        + _section(
            "home-news",
            _column(
                _tile("home-latest", _p("TIN MỚI", "", "font-weight: 700;") + latest), half=True
            )
            + _column(
                _tile("home-notice", _p("THÔNG BÁO", "", "font-weight: 700;") + notices), half=True
            ),
        )
        + _section(
            "home-media",
            _column(
                _embed(
                    "yt",
                    "https://www.youtube.com/embed/Xq3vT8kLm2A?embed_config=%7B%22enc%22:true%7D",
                    "Video giới thiệu nhà trường",
                    320,
                ),
                half=True,
            )
            + _column(
                _tile("poll-t", _p("Khảo sát ý kiến cha mẹ học sinh", "", "font-weight: 700;"))
                + _embed(
                    "poll",
                    "https://docs.google.com/forms/d/e/1FAIpQLS"
                    + _h("poll", 44)
                    + "/viewform?embedded=true",
                    "Khảo sát ý kiến cha mẹ học sinh về bữa ăn bán trú",
                    520,
                ),
                half=True,
            ),
        )
    )
    return _frame(
        ctx,
        upath=PREFIX,
        page_name="Trang chủ",
        header_title="TRƯỜNG TIỂU HỌC HÒA PHÚ",
        content=content,
        description="Website Trường Tiểu học Hòa Phú, xã Bà Nà, thành phố Đà Nẵng",
    )


# ------------------------------------------------------------------------- static pages


def _static(ctx: Ctx, upath: str, name: str, paragraphs: list[str], extra: str = "") -> str:
    body = "".join(_p(esc(t), "justify") for t in paragraphs)
    content = _section("static" + upath, _column(_tile("st" + upath, body)) + extra)
    return _frame(ctx, upath=upath, page_name=name, header_title=name, content=content)


def _docs_page(ctx: Ctx) -> str:
    docs = [
        (
            "125/KH-THHP",
            "05/11/2026",
            "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        ),
        (
            "98/QĐ-THHP",
            "15/9/2026",
            "Quyết định thành lập Ban đại diện cha mẹ học sinh năm học 2026 - 2027",
        ),
        ("87/KH-THHP", "05/9/2026", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027"),
        ("52/TB-THHP", "01/7/2026", "Thông báo tuyển sinh lớp 1 năm học 2026 - 2027"),
    ]
    lines = "".join(
        _p(
            f"{esc(no)} ngày {d}: "
            + _a(_ext(f"https://drive.google.com/file/d/{drive_id(no)}/view"), esc(t), True)
        )
        for no, d, t in docs
    )
    content = _section(
        "docs",
        _column(_tile("docs-h", _p("VĂN BẢN CỦA NHÀ TRƯỜNG", "", "font-weight: 700;") + lines)),
    )
    return _frame(
        ctx, upath=f"{PREFIX}/văn-bản", page_name="Văn bản", header_title="Văn bản", content=content
    )


def _gallery(ctx: Ctx) -> str:
    albums = [
        ("Khai giảng năm học 2026 - 2027", "khaigiang"),
        ("Trung thu 2026", "trungthu"),
        ("Ngày Nhà giáo Việt Nam 20/11", "nhagiao"),
    ]
    cols = "".join(
        _column(
            _tile(f"gal-img{k}", _image(img(f"{k}-1")), "image")
            + _tile(
                f"gal-t{k}",
                _p(_a(_ext(f"https://photos.app.goo.gl/{_h(k, 17)}"), esc(t), True), "center"),
            ),
            half=True,
        )
        for t, k in albums
    )
    content = _section("gallery", cols)
    return _frame(
        ctx,
        upath=f"{PREFIX}/thư-viện-ảnh",
        page_name="Thư viện ảnh",
        header_title="Thư viện ảnh",
        content=content,
    )


def _calendar(ctx: Ctx) -> str:
    content = _section(
        "cal",
        _column(
            _tile(
                "cal-t",
                _p(
                    "Lịch công tác tuần của nhà trường được cập nhật trên Google Calendar.",
                    "center",
                ),
            )
            + _embed(
                "cal",
                "https://calendar.google.com/calendar/embed?height=600&amp;wkst=2&amp;ctz=Asia%2FHo_Chi_Minh&amp;"
                "showPrint=0&amp;mode=WEEK&amp;src=Yzk4aG9hcGh1QGdyb3VwLmNhbGVuZGFyLmdvb2dsZS5jb20&amp;color=%23039BE5",
                "Lịch công tác",
                600,
            )
        ),
    )
    return _frame(
        ctx,
        upath=f"{PREFIX}/lịch-công-tác",
        page_name="Lịch công tác",
        header_title="Lịch công tác",
        content=content,
    )


def _contact(ctx: Ctx) -> str:
    extra = _column(
        _embed(
            "contact-form",
            "https://docs.google.com/forms/d/e/1FAIpQLS"
            + _h("contact", 44)
            + "/viewform?embedded=true",
            "Gửi ý kiến",
            600,
        ),
        half=True,
    ) + _column(
        _embed(
            "map",
            "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3835.9!2d108.05!3d15.99!2m3!1f0!2f0!3f0",
            "Bản đồ",
            400,
        ),
        half=True,
    )
    return _static(
        ctx,
        f"{PREFIX}/liên-hệ",
        "Liên hệ",
        [
            "Trường Tiểu học Hòa Phú",
            "Địa chỉ: Thôn Hòa Khê, xã Bà Nà, thành phố Đà Nẵng",
            "Điện thoại: 0236 3846 215",
            "Email: c1hoaphu.danang@gmail.com",
            "Quý phụ huynh có ý kiến đóng góp xin gửi qua biểu mẫu dưới đây.",
        ],
        extra,
    )


def _placeholder(ctx: Ctx) -> str:
    content = _section(
        "ph",
        _column(_tile("ph", _p("Nội dung đang được cập nhật.", "center", "font-style: italic;"))),
    )
    return _frame(
        ctx,
        upath=PLACEHOLDER,
        page_name="Lịch kiểm tra cuối học kỳ I",
        header_title="Lịch kiểm tra cuối học kỳ I",
        content=content,
    )


def _not_found(ctx: Ctx) -> Response:
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head>'
        '<body><div class="tmEGbe"><img src="https://www.gstatic.com/atari/images/sad-face.png" alt="">'
        "<p>Không tìm thấy URL được yêu cầu trên trang web này.</p>"
        f'<a href="{ctx.nav(ctx.prefix)}">Chuyển đến Trang chủ</a></div></body></html>'
    )
    return html(body, status=404)


STATIC: dict[str, tuple[str, list[str]]] = {
    f"{PREFIX}/giới-thiệu": (
        "Giới thiệu",
        [
            "Trường Tiểu học Hòa Phú được thành lập năm 1976, tiền thân là trường cấp I Hòa Phú.",
            "Trải qua gần 50 năm xây dựng và phát triển, nhà trường nhiều năm liền đạt danh hiệu"
            " Tập thể lao động xuất sắc; năm 2025 được công nhận đạt chuẩn quốc gia mức độ 2.",
            "Năm học 2026 - 2027, trường có 21 lớp, 614 học sinh, 38 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    f"{PREFIX}/giới-thiệu/cơ-cấu-tổ-chức": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Nguyễn Thị Mai Lan",
            "Phó Hiệu trưởng: Huỳnh Văn Tâm",
            "Tổng phụ trách Đội: Võ Thị Kim Oanh",
            "Tổ trưởng tổ khối 1: Đặng Thị Thu",
            "Tổ trưởng tổ khối 2-3: Lê Thị Ngọc Ánh",
            "Tổ trưởng tổ khối 4-5: Nguyễn Thị Thanh Hương",
            "Tổ trưởng tổ Văn phòng: Trần Văn Bình",
        ],
    ),
}


# ------------------------------------------------------------------------- neighbour sites


def _neighbour(ctx: Ctx, rest: str) -> str | None:
    conf = NEIGHBOURS[ctx.prefix.rsplit("/", 1)[1]]
    posts = conf["posts"]
    if rest in ("", "/trang-chủ", "/tin-tức"):
        lines = "".join(
            _p(_a(enc(f"{ctx.prefix}/tin-tức/{urlize(name)}"), esc(title)) + f" ({d})")
            for name, title, d, _ in posts
        )
        content = _section(
            "n-home",
            _column(
                _tile(
                    "n-home",
                    _p(esc(conf["address"]), "center")
                    + _p("TIN TỨC", "", "font-weight: 700;")
                    + lines,
                )
            ),
        )
        name = "Tin tức" if rest == "/tin-tức" else "Trang chủ"
        upath = ctx.prefix + rest
        return _frame(
            ctx,
            upath=upath,
            page_name=name,
            header_title=name if rest == "/tin-tức" else ctx.school.upper(),
            content=content,
            own=False,
        )
    for name, title, d, paras in posts:
        if rest == f"/tin-tức/{urlize(name)}":
            body = _p(f"Ngày {d}", "", "font-style: italic;") + "".join(
                _p(esc(t), "justify") for t in paras
            )
            content = _section("n-post", _column(_tile("n-post" + name, body)))
            return _frame(
                ctx,
                upath=ctx.prefix + rest,
                page_name=name,
                header_title=title,
                content=content,
                own=False,
            )
    return None


# ------------------------------------------------------------------------- routing

_POSTS: dict[str, Story] = {post_upath(s): s for s in STORIES}


class GoogleSitesHost:
    """The shared host: ``/view/<site>/…`` for our school and three neighbour sites."""

    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", unquote(request.path))
        static = static_file(path) if not path.startswith("/view/") else None
        if static:
            return static
        m = re.fullmatch(r"/view/([a-z0-9-]+)(/.*)?", path)
        if not m:
            if path == "/":
                return redirect("https://www.google.com/url?q=https://sites.google.com/new")
            return None
        site, rest = m.group(1), m.group(2) or ""
        if site != SITE_NAME and site not in NEIGHBOURS:
            return None
        school = SCHOOL if site == SITE_NAME else NEIGHBOURS[site]["school"]
        auth = request.params.get("authuser")
        ctx = Ctx(
            base_url(request), f"/view/{site}", school, auth if auth and auth.isdigit() else None
        )
        if rest == "/":
            return redirect(enc(ctx.prefix), 301)
        if rest.endswith("/") and rest != "/":
            return _not_found(ctx)
        if site != SITE_NAME:
            page = _neighbour(ctx, rest)
            return html(page) if page else _not_found(ctx)
        upath = ctx.prefix + rest
        page = self._own(ctx, upath)
        return html(page, headers={"X-Frame-Options": "SAMEORIGIN"}) if page else _not_found(ctx)

    @staticmethod
    def _own(ctx: Ctx, upath: str) -> str | None:
        if upath in (PREFIX, f"{PREFIX}/trang-chủ"):
            return _home(ctx)
        if upath == f"{PREFIX}/tin-tức":
            return _news_page(ctx)
        for sec in SECTIONS:
            for n in range(1, len(section_pages(sec)) + 1):
                if upath == listing_path(sec, n):
                    return _section_page(ctx, sec, n)
        if upath in _POSTS:
            return _post_page(ctx, _POSTS[upath])
        if upath == PLACEHOLDER:
            return _placeholder(ctx)
        if upath in STATIC:
            name, paragraphs = STATIC[upath]
            return _static(ctx, upath, name, paragraphs)
        if upath == f"{PREFIX}/văn-bản":
            return _docs_page(ctx)
        if upath == f"{PREFIX}/thư-viện-ảnh":
            return _gallery(ctx)
        if upath == f"{PREFIX}/lịch-công-tác":
            return _calendar(ctx)
        if upath == f"{PREFIX}/liên-hệ":
            return _contact(ctx)
        return None


def build_site() -> GoogleSitesHost:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return GoogleSitesHost()


# ------------------------------------------------------------------------- gold

GOLD: list[dict] = [
    gold_record(s, post_path(s), SECTIONS[s.cat], alt_paths=[post_path(s) + "?authuser=0"])
    for s in STORIES
]

NON_ARTICLES: list[str] = [
    PREFIX,
    enc(f"{PREFIX}/trang-chủ"),
    enc(f"{PREFIX}/tin-tức"),
    *(enc(listing_path(sec, n)) for sec in SECTIONS for n in range(1, len(section_pages(sec)) + 1)),
    enc(PLACEHOLDER),
    *(enc(p) for p in STATIC),
    enc(f"{PREFIX}/văn-bản"),
    enc(f"{PREFIX}/thư-viện-ảnh"),
    enc(f"{PREFIX}/lịch-công-tác"),
    enc(f"{PREFIX}/liên-hệ"),
    enc(f"{PREFIX}/tin-tức") + "?authuser=0",
    "/view/thhoaphuoc",
    enc("/view/thhoaphuoc/tin-tức"),
    "/view/thcshoaphu",
    "/view/mnhoaphu",
]
